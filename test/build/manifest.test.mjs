// custom-elements.json as tools read it: valid against the Custom Elements
// Manifest schema, every path a file the package ships, one definition per
// tag from its define module. Needs `npm run build` first (npm test does it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { elementNames } from '../../scripts/package-entries.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);
const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
const schema = require('custom-elements-manifest/schema.json');
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));

const modules = new Map(manifest.modules.map((m) => [m.path, m]));
const declarationOf = (ref) => modules.get(ref.module)?.declarations?.find((d) => d.name === ref.name);
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement).map((d) => ({ module: m, d })));

/** Every `{ module }` reference in the manifest that names a module of this package. */
function references(value, out = []) {
  if (Array.isArray(value)) value.forEach((v) => references(v, out));
  else if (value && typeof value === 'object') {
    if (typeof value.module === 'string' && !value.package) out.push(value);
    Object.values(value).forEach((v) => references(v, out));
  }
  return out;
}

test('validates against the custom-elements-manifest schema', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  assert.ok(validate(manifest), ajv.errorsText(validate.errors, { separator: '\n' }));
  assert.equal(manifest.schemaVersion, require('custom-elements-manifest/package.json').version);
  assert.equal(pkg.customElements, 'custom-elements.json');
});

test('every module path is a shipped file: dist/npm/*.js with its dist/types/*.d.ts', () => {
  assert.ok(existsSync(`${root}dist/npm`), 'run `npm run build` first');
  for (const m of manifest.modules) {
    assert.match(m.path, /^dist\/npm\/.+\.js$/, m.path);
    assert.ok(existsSync(root + m.path), `${m.path} is not built`);
    assert.equal(m.typeDefinitionPath, m.path.replace(/^dist\/npm\//, 'dist/types/').replace(/\.js$/, '.d.ts'));
    assert.ok(existsSync(root + m.typeDefinitionPath), `${m.typeDefinitionPath} is not built`);
    for (const ref of references([m.declarations, m.exports])) {
      assert.ok(modules.has(ref.module), `${m.path}: reference to ${ref.module}, which the manifest does not describe`);
    }
  }
  // `files` in package.json ships them.
  for (const dir of ['dist', 'custom-elements.json']) assert.ok(pkg.files.includes(dir), `${dir} not in files`);
});

test('the exports map reaches every manifest path', () => {
  const pattern = pkg.exports['./dist/npm/*.js'];
  assert.deepEqual(pattern, { types: './dist/types/*.d.ts', default: './dist/npm/*.js' });
});

test('each element folder has one tagged class and one custom-element-definition in its define module', () => {
  const names = elementNames();
  assert.ok(names.length >= 2, `element folders: ${names}`);
  for (const name of names) {
    const define = modules.get(`dist/npm/components/${name}/define.js`);
    assert.ok(define, `no manifest module for src/components/${name}/define.ts`);
    const definitions = define.exports.filter((e) => e.kind === 'custom-element-definition');
    assert.equal(definitions.length, 1, `${name}: ${JSON.stringify(define.exports)}`);
    const [definition] = definitions;
    assert.equal(definition.declaration.module, `dist/npm/components/${name}/${name}.js`);
    const element = declarationOf(definition.declaration);
    assert.ok(element?.customElement, `${definition.name}: ${JSON.stringify(definition.declaration)} is no custom element`);
    assert.equal(element.tagName, definition.name);
    // The re-export of the class points at the module that declares it.
    const reexport = define.exports.find((e) => e.kind === 'js' && e.name === element.name);
    assert.deepEqual(reexport?.declaration, definition.declaration);
  }
});

test('no bogus definitions, no tagless custom elements, no type-only exports', () => {
  const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition'));
  assert.equal(definitions.length, elementNames().length, JSON.stringify(definitions));
  for (const { d } of elements) assert.ok(d.tagName, `${d.name} is marked as a custom element without a tag`);
  const base = declarationOf({ name: 'LotseElement', module: 'dist/npm/core/lotse-element.js' });
  assert.equal(base?.kind, 'class');
  assert.equal(base.customElement, undefined);
  for (const m of manifest.modules) {
    for (const e of m.exports ?? []) {
      if (e.kind !== 'js') continue;
      const target = modules.get(e.declaration.module);
      assert.ok(target?.declarations?.some((d) => d.name === e.declaration.name), `${m.path} exports ${e.name}, declared nowhere`);
    }
  }
});
