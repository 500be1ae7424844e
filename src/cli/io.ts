/**
 * Files, output and exit codes of the command line.
 */
import { mkdtempSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { hasMessage, say, type Lang, type MessageKey } from './messages.js';

export const EXIT = {
  ok: 0,
  /** Some records or rows had problems and were left out. */
  problems: 1,
  /** The input as a whole cannot be used: unreadable, wrong encoding, unknown columns, not a feed. */
  unusable: 2,
  network: 3,
  usage: 64,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure that ends the command with a message for staff and an exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code: ExitCode,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** What a command gets: its language, whether to be quiet, and where to write. */
export interface Context {
  lang: Lang;
  quiet: boolean;
  /** Results (a feed without -o, a table): stdout. */
  out: (text: string) => void;
  /** Messages for people: stderr, silenced by --quiet except errors. */
  info: (text: string) => void;
  error: (text: string) => void;
  say: (key: MessageKey, ...values: (string | number)[]) => string;
  /** True when stderr is a terminal: only then a progress bar is drawn. */
  tty: boolean;
  /** The day to compare check dates with (YYYY-MM-DD); tests set it. */
  today?: string;
}

export function makeContext(lang: Lang, quiet: boolean): Context {
  return {
    lang,
    quiet,
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    info: (text) => {
      if (!quiet) process.stderr.write(`${text}\n`);
    },
    error: (text) => process.stderr.write(`${text}\n`),
    say: (key, ...values) => say(lang, key, ...values),
    tty: Boolean(process.stderr.isTTY),
    today: process.env.LOTSE_TODAY,
  };
}

/**
 * Writes a file whole or not at all: into a temporary file in the same
 * folder (so the rename stays on one file system), then renamed over the
 * target. A crash or an error half-way leaves the old file as it was. A
 * link is written through (the file it points to is replaced, the link
 * stays); something that is no file (`/dev/stdout`) is written to directly.
 */
export function writeAtomically(path: string, content: string): void {
  let target = path;
  try {
    target = realpathSync(path);
    if (!statSync(target).isFile()) {
      writeFileSync(target, content);
      return;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const dir = mkdtempSync(join(dirname(target), `.${basename(target)}.`));
  const temporary = join(dir, basename(target));
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, target);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A feed as Lotse writes it: two-space JSON with a final line break. */
export function feedText(feed: unknown): string {
  return `${JSON.stringify(feed, null, 2)}\n`;
}

/** Writes the result to `-o` atomically, or to stdout. */
export function emit(ctx: Context, output: string | undefined, content: string): void {
  if (!output) {
    process.stdout.write(content);
    return;
  }
  try {
    writeAtomically(output, content);
  } catch (error) {
    throw new CliError(ctx.say('unwritable', output, fileError(ctx, error)), EXIT.unusable);
  }
}

/** Why a file could not be read or written, in words, with the system's code for support ("nicht gefunden, ENOENT"). */
export function fileError(ctx: Context, error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (!code) return String(error);
  const key = `fs.${code}`;
  return hasMessage(key) ? `${ctx.say(key)}, ${code}` : code;
}

export function readBytes(ctx: Context, path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new CliError(ctx.say('unreadable', path, fileError(ctx, error)), EXIT.unusable);
  }
}
