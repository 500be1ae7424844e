// package.json as npm and bundlers read it: entries derived from the element
// folders, Lit shared as a peer, @lit/localize bundled. The built dist/ is
// checked where it says so (npm test builds first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { elementNames, packageFields } from '../../scripts/package-entries.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

test('exports, typesVersions, main and types are the ones derived from src/components/*/ (npm run entries)', () => {
  const derived = packageFields();
  for (const [key, value] of Object.entries(derived)) assert.deepEqual(pkg[key], value, `package.json ${key} is stale: run npm run entries`);
  for (const name of elementNames()) {
    assert.ok(pkg.exports[`./${name}`], `no lotse/${name}`);
    assert.ok(pkg.exports[`./${name}/class`], `no lotse/${name}/class`);
    assert.ok(pkg.typesVersions['*'][`${name}/class`], `no typesVersions for ${name}/class`);
  }
  assert.equal(pkg.exports['./bundle'].default, './dist/lotse.js');
  assert.equal(pkg.exports['.'].default, './dist/npm/index.js');
});

test('Lit is a peer (never a dependency), and CI tests the lowest release of the range', () => {
  assert.equal(pkg.dependencies?.lit, undefined);
  const range = pkg.peerDependencies.lit;
  const lowest = range.split('||')[0].trim().replace(/^\^/, '');
  assert.equal(pkg.devDependencies['lit-2'], `npm:lit@${lowest}`, `the lit-2 alias must be the lowest release of ${range}`);
  assert.ok(pkg.devDependencies.lit, 'the project itself builds on the newest Lit');
});

test('@lit/localize is bundled: not a dependency, and no npm module imports it', () => {
  assert.equal(pkg.dependencies?.['@lit/localize'], undefined);
  const files = readdirSync(join(root, 'dist/npm'), { recursive: true }).filter((f) => f.endsWith('.js'));
  assert.ok(files.length > 10, 'run npm run build first');
  for (const file of files) {
    const code = readFileSync(join(root, 'dist/npm', file), 'utf8');
    assert.doesNotMatch(code, /from\s*["']@lit\/localize/, file);
    // The only bare imports left are the shared dependencies.
    for (const [, specifier] of code.matchAll(/(?:from|import)\s*["']([^."'][^"']*)["']/g)) {
      const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
      assert.ok(name in (pkg.peerDependencies ?? {}) || name in (pkg.dependencies ?? {}), `${file} imports ${specifier}, which the package does not declare`);
    }
  }
});

test('only registering modules have side effects', () => {
  const effects = pkg.sideEffects.filter((p) => p.startsWith('./dist/npm/'));
  assert.deepEqual(effects.sort(), ['./dist/npm/components/*/define.js', './dist/npm/core/locale/messages.js', './dist/npm/index.js']);
});
