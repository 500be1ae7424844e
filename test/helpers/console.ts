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

/** The warnings of a test, kept out of its output. */
export const spyWarn = () => spyConsole('warn');
