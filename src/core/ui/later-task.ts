import { nextTask } from '../feed/slices.js';

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

/**
 * `task` once, in a task after the next frame is painted (a frame callback
 * runs before its paint, a task posted from it after), or after `atMostMs`
 * on pages that draw no frames (hidden tabs).
 */
export function afterPaint(task: () => void, atMostMs = 100): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    task();
  };
  requestAnimationFrame(() => void nextTask().then(once));
  setTimeout(once, atMostMs);
}
