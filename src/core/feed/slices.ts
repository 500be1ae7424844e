/**
 * Long work split into slices, so that the page stays responsive: the work
 * is a generator that yields now and then, and between slices the browser
 * runs input handlers and rendering.
 */

/** Milliseconds of work per slice; a slice ends at the first `yield` after it. */
const SLICE_MS = 8;

type Scheduler = { yield?: () => Promise<void> };

/** Resolves in a new task: `scheduler.yield()` where the browser has it, else a message to ourselves (not throttled like timers in background tabs). */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
}

/** Runs `work` to its end in slices of about `SLICE_MS` each; `onValue` hears what the work yields besides pauses. */
export async function inSlices<T, Y = unknown>(work: Generator<Y, T>, onValue?: (value: NonNullable<Y>) => void): Promise<T> {
  for (let end = performance.now() + SLICE_MS; ; ) {
    const step = work.next();
    if (step.done) return step.value;
    if (step.value !== undefined && step.value !== null) onValue?.(step.value);
    if (performance.now() > end) {
      await nextTask();
      end = performance.now() + SLICE_MS;
    }
  }
}

/** Runs `work` to its end at once, for small inputs and for callers that cannot wait. */
export function atOnce<T>(work: Generator<unknown, T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}
