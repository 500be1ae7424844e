// Runs the built command line (dist/cli, `npm run build:cli`) as users do: a Node process.
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const bin = join(root, 'dist/cli/cli/lotse.js');
export const fixture = (...parts) => join(root, 'test/cli/fixtures', ...parts);
export const tempDir = () => mkdtempSync(join(tmpdir(), 'lotse-cli-'));

/** Runs `lotse ...args`; resolves with its exit code and output, never rejects on a non-zero exit. */
export function lotse(args, { env = {}, cwd = root, input } = {}) {
  return new Promise((done) => {
    const child = execFile(
      process.execPath,
      [bin, ...args],
      { cwd, env: { PATH: process.env.PATH, LANG: 'de_DE.UTF-8', LOTSE_NOW: '2026-12-07T10:00:00Z', LOTSE_TODAY: '2026-12-07', ...env }, maxBuffer: 1 << 26 },
      (error, stdout, stderr) => done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
    if (input !== undefined) child.stdin.end(input);
  });
}
