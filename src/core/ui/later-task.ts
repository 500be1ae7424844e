/**
 * A task of its own, where the browser has `scheduler.postTask` at the given
 * priority (`background`: after everything else; `user-visible`: in turn
 * with other work the resident waits for), else after a timer. Input and
 * paint go first either way. Returns a function that cancels the task if it
 * has not run.
 */
type PostTask = (task: () => void, options: { priority: string; signal?: AbortSignal }) => Promise<void>;

export function laterTask(task: () => void, priority: 'background' | 'user-visible' = 'background'): () => void {
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  if (scheduler?.postTask) {
    const abort = new AbortController();
    scheduler.postTask(task, { priority, signal: abort.signal }).catch(() => undefined);
    return () => abort.abort();
  }
  const timer = setTimeout(task);
  return () => clearTimeout(timer);
}
