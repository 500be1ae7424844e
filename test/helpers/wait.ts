/**
 * The one way tests wait: for the state they assert, never for a time.
 * `eventually` polls with timers (requestAnimationFrame never fires in a
 * test page that is a background tab, and the runner runs two files at
 * once). Its timeout is a safety net for a broken test, generous because
 * CI machines are shared and busy.
 */
export async function eventually(check: () => boolean | Promise<boolean>, message = 'condition', timeout = 15_000): Promise<void> {
  const start = performance.now();
  while (!(await check())) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Resolves with the next event of `type` on `target`. */
export function nextEvent<T extends Event = Event>(target: EventTarget, type: string): Promise<T> {
  return new Promise((resolve) => target.addEventListener(type, (event) => resolve(event as T), { once: true }));
}
