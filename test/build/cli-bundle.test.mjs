// The command line's libraries (CSV, HTML, progress bar, encodings) and its own code never reach
// what residents download: the script-tag bundle with its chunks, or the npm build's browser modules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** A string each library's code holds, checked against the library itself below so the test can fail. */
const SIGNATURES = [
  { name: 'papaparse', file: 'node_modules/papaparse/papaparse.js', mark: 'UndetectableDelimiter' },
  { name: 'htmlparser2', file: 'node_modules/htmlparser2/dist/Tokenizer.js', mark: 'recognizeSelfClosing' },
  { name: 'cli-progress', file: 'node_modules/cli-progress/lib/options.js', mark: 'barCompleteChar' },
  { name: 'iconv-lite', file: 'node_modules/iconv-lite/encodings/sbcs-data-generated.js', mark: '"windows1252"' },
  { name: 'the CLI messages', file: 'src/cli/messages.ts', mark: 'lotse: den Feed einer Kommune pflegen' },
];

function browserFiles() {
  const files = [];
  for (const file of readdirSync(join(root, 'dist'), { recursive: true })) {
    const path = String(file);
    // dist/cli is the command line itself; dist/types holds declarations.
    if (!path.endsWith('.js') || path.startsWith('cli/') || path.startsWith('types/')) continue;
    files.push(path);
  }
  return files;
}

test('each signature is in its library (the check below can fail)', () => {
  for (const { name, file, mark } of SIGNATURES) assert.ok(readFileSync(join(root, file), 'utf8').includes(mark), `${name}: ${mark} not in ${file}`);
});

test('no command-line library and no CLI code in dist/lotse.js, its chunks or dist/npm', () => {
  const files = browserFiles();
  assert.ok(files.includes('lotse.js') && files.some((f) => f.startsWith('npm/')), 'run npm run build first');
  for (const file of files) {
    const code = readFileSync(join(root, 'dist', file), 'utf8');
    for (const { name, mark } of SIGNATURES) assert.ok(!code.includes(mark), `${name} in dist/${file}`);
    assert.doesNotMatch(code, /from\s*["'](papaparse|htmlparser2|cli-progress|iconv-lite|node:[a-z]+)/, `dist/${file} imports a command-line module`);
  }
});

test('the command line ships compiled for plain Node: a bin entry with a shebang, its libraries as dependencies', () => {
  assert.deepEqual(pkg.bin, { lotse: './dist/cli/cli/lotse.js' });
  const bin = join(root, pkg.bin.lotse);
  assert.ok(existsSync(bin), 'run npm run build first');
  assert.match(readFileSync(bin, 'utf8'), /^#!\/usr\/bin\/env node\n/);
  for (const name of ['papaparse', 'htmlparser2', 'cli-progress', 'iconv-lite', 'ical.js']) assert.ok(pkg.dependencies[name], `${name} must be a dependency`);
  // The validator the CLI runs is the compiled core, not a copy.
  assert.ok(existsSync(join(root, 'dist/cli/core/feed/validate-records.js')));
  assert.equal(readdirSync(join(root, 'src/cli')).filter((f) => /rules|schema/.test(f)).length, 0, 'no rules of its own under src/cli');
});
