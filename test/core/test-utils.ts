/** Records console calls during a test and keeps them out of the test output. */
type Method = 'warn' | 'error' | 'info' | 'log';

export interface ConsoleSpy {
  /** The arguments of each call, joined to one string. */
  readonly calls: string[];
  restore(): void;
}

export function spyConsole(method: Method): ConsoleSpy {
  const original = console[method];
  const calls: string[] = [];
  console[method] = (...args: unknown[]) => {
    calls.push(args.map(String).join(' '));
  };
  return {
    calls,
    restore: () => {
      console[method] = original;
    },
  };
}

/**
 * Waits until `check` is true, polling with timers. Unlike `waitUntil` from
 * fixture.ts it does not use requestAnimationFrame, which never fires in a
 * test page that is a background tab (the runner runs two files at once).
 */
export async function eventually(check: () => boolean | Promise<boolean>, message = 'condition', timeout = 2000): Promise<void> {
  const start = performance.now();
  while (!(await check())) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Resolves after `ms` milliseconds. */
export const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
