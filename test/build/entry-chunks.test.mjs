// The script-tag files hold everything an element needs to start: their chunks load only with
// `import()` (a language's strings, the .ics reader, staff checks). A static import of a chunk
// would make every resident wait for a second round trip before anything runs; it happens when a
// lazily loaded module imports a core module directly and the bundler moves that module apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** `import{a as b}from"./chunks/x.js"`, `import*as c from"./chunks/x.js"`, `import"./chunks/x.js"`; not `import("./chunks/x.js")`. */
const STATIC_CHUNK_IMPORT = /(?:^|[;}\s])import\s*(?:[{*\w][^;()"']*?from\s*)?["']\.\/chunks\//;

test('the pattern tells static imports of a chunk from dynamic ones (so the check below can fail)', () => {
  for (const code of ['import{a as b}from"./chunks/schema-x.js";', 'var a=1;import*as c from"./chunks/x.js"', 'import"./chunks/x.js";', 'import { a } from \'./chunks/x.js\'']) {
    assert.match(code, STATIC_CHUNK_IMPORT, code);
  }
  for (const code of ['const m=import("./chunks/x.js")', 'await import(`./chunks/x.js`)', 'x.import("./chunks/y.js")']) {
    assert.doesNotMatch(code, STATIC_CHUNK_IMPORT, code);
  }
});

test('dist/lotse.js and each one-element file import no chunk statically', () => {
  const entries = readdirSync(join(root, 'dist')).filter((file) => /^lotse(-[a-z-]+)?\.js$/.test(file));
  assert.ok(entries.includes('lotse.js') && entries.length > 1, 'run npm run build first');
  for (const file of entries) {
    const found = STATIC_CHUNK_IMPORT.exec(readFileSync(join(root, 'dist', file), 'utf8'));
    // The message names the import, not the whole minified file.
    assert.equal(found, null, `dist/${file} imports a chunk statically: ${found?.input.slice(found.index, found.index + 120)}`);
  }
});
