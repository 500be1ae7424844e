/**
 * A task of its own at background priority, where the browser has
 * `scheduler.postTask`, else after a timer: input and paint go first.
 * Returns a function that cancels the task if it has not run.
 */
type PostTask = (task: () => void, options: { priority: string; signal?: AbortSignal }) => Promise<void>;

export function inBackground(task: () => void): () => void {
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  if (scheduler?.postTask) {
    const abort = new AbortController();
    scheduler.postTask(task, { priority: 'background', signal: abort.signal }).catch(() => undefined);
    return () => abort.abort();
  }
  const timer = setTimeout(task);
  return () => clearTimeout(timer);
}
