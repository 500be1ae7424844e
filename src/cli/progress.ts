/**
 * A progress bar on stderr for work that takes more than a second, only on
 * a terminal and never with --quiet: pipes and log files get no escape codes.
 */
import { SingleBar, Presets } from 'cli-progress';
import type { Context } from './io.js';

/** Milliseconds of work after which a bar appears. */
const AFTER_MS = 1000;

export interface Progress {
  tick(done: number): void;
  stop(): void;
}

export function progress(ctx: Context, total: number, label: string): Progress {
  if (!ctx.tty || ctx.quiet) return { tick() {}, stop() {} };
  const started = performance.now();
  let bar: SingleBar | undefined;
  return {
    tick(done) {
      if (!bar && performance.now() - started > AFTER_MS) {
        bar = new SingleBar({ format: `${label} [{bar}] {value}/{total}`, stream: process.stderr, hideCursor: true }, Presets.shades_classic);
        bar.start(total, done);
      }
      bar?.update(done);
    },
    stop() {
      bar?.stop();
    },
  };
}
