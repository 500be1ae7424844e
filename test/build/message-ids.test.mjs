// The build step that gives msg() calls their numbers (scripts/message-ids.mjs).
// Run with `node --test test/build/`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { fileURLToPath } from 'node:url';
import { addMessageIds, lotseMessages, rekeyLocaleModule } from '../../scripts/message-ids.mjs';

const german = readFileSync(new URL('../../src/generated/locales/de.ts', import.meta.url), 'utf8');
const rekeyed = rekeyLocaleModule(german);
/** The number the build gave to a source text, read back from the rekeyed German module. */
function numberOf(source, strings = [source]) {
  const hashed = generateMsgId(strings.length === 1 ? strings[0] : strings, false);
  const line = german.split('\n').find((l) => l.includes(`'${hashed}'`));
  assert.ok(line, `no German translation of ${source}`);
  const value = line.slice(line.indexOf(':') + 1);
  const numbered = rekeyed.split('\n').find((l) => /^\s*\d+:/.test(l) && l.slice(l.indexOf(':') + 1) === value);
  return Number(numbered.trim().split(':')[0]);
}

test('locale modules: hashed keys become numbers, and str is their own', () => {
  assert.doesNotMatch(rekeyed, /'s[0-9a-f]{16}'/);
  assert.doesNotMatch(rekeyed, /@lit\/localize/);
  assert.match(rekeyed, /const str = \(strings, \.\.\.values\) => \(\{ strTag: true, strings, values \}\);/);
  const keys = [...rekeyed.matchAll(/^\s*(\d+):/gm)].map((m) => Number(m[1]));
  assert.equal(new Set(keys).size, keys.length, 'every key is unique');
  assert.ok(keys.length >= 200, `${keys.length} German messages`);
});

test('msg() calls get the number of their translation; desc is dropped', () => {
  const id = numberOf('Places');
  assert.equal(addMessageIds('x = msg("Places");', 't'), `x = msg("Places",${id});`);
  assert.equal(addMessageIds('x = msg(`Places`);', 't'), `x = msg(\`Places\`,${id});`);
  assert.equal(addMessageIds('x = msg("Places", { desc: "a heading" });', 't'), `x = msg("Places",${id});`);
});

test('str templates are hashed by their strings, as @lit/localize does at runtime', () => {
  const source = 'x = msg(str`Page ${a} of ${b}`);';
  const id = numberOf('Page', ['Page ', ' of ', '']);
  assert.equal(addMessageIds(source, 't'), source.replace(');', `,${id});`));
});

test('untranslated messages and other calls stay as they are', () => {
  for (const code of ['x = msg("Nobody translated this yet");', 'x = other("Places");', 'x = a.msg;']) {
    assert.equal(addMessageIds(code, 't'), code);
  }
});

test('forms the lookup cannot serve fail the build with the file name', () => {
  assert.throws(() => addMessageIds('x = msg(html`<b>Places</b>`);', 'src/a.ts'), /src\/a\.ts: msg\(\) takes a string or a str``/);
  assert.throws(() => addMessageIds('x = msg("Places", options);', 'src/b.ts'), /src\/b\.ts: msg\(\) options must be written as an object literal/);
  assert.throws(() => addMessageIds('x = msg(text);', 'src/c.ts'), /src\/c\.ts/);
});

test('the build of every element fails when a translated message reached no call', () => {
  const plugin = lotseMessages({ requireEveryMessage: true });
  plugin.buildStart();
  const out = plugin.transform('x = msg("Places");', fileURLToPath(new URL('../../src/example.ts', import.meta.url)));
  assert.match(out.code, /msg\("Places",\d+\)/);
  assert.throws(() => plugin.buildEnd(), /translated message\(s\) reached no msg\(\) call/);
  // Files outside src/ (dependencies) are left alone.
  assert.equal(plugin.transform('x = msg("Places");', '/elsewhere/node_modules/a/index.js'), null);
});

test('an explicit id names a plural form, which gets its number; any other is refused', () => {
  const given = addMessageIds('x = msg(str`${n} offers found`, { id: "offers-found.few" });', 't');
  assert.match(given, /^x = msg\(str`\$\{n\} offers found`,\d+\);$/);
  assert.notEqual(given, addMessageIds('x = msg(str`${n} offers found`);', 't'), 'its own number, not that of other');
  assert.throws(() => addMessageIds('x = msg("Places", { id: "places" });', 'src/d.ts'), /src\/d\.ts: an explicit msg\(\) id names a plural form/);
  assert.throws(() => addMessageIds('x = msg("Places", { id: `places.few` });', 'src/e.ts'), /src\/e\.ts/);
});

test('a locale module keeps the plural forms its rules pick, no others', () => {
  const module = "export const templates = {\n's00d8eebb5df48562': str`a ${0}`,\n'offers-found.two': str`two ${0}`,\n'offers-found.few': str`few \\` ${0}`,\n'offers-found.many': `many`,\n'offers-found.zero': str`zero ${0}`\n};\n";
  const values = (code) => [...code.matchAll(/`(\w+)/g)].map((m) => m[1]);
  assert.deepEqual(values(rekeyLocaleModule(module, 'pl')), ['a', 'few', 'many']);
  assert.deepEqual(values(rekeyLocaleModule(module, 'de')), ['a']);
  assert.deepEqual(values(rekeyLocaleModule(module, 'ar')), ['a', 'two', 'few', 'many', 'zero']);
  assert.deepEqual(values(rekeyLocaleModule(module)), ['a', 'two', 'few', 'many', 'zero']);
  // The real German module: lit-localize wrote every form into it, in English; the forms German never picks are gone, the rest numbered.
  const entries = (code) => [...code.matchAll(/^\s*(?:'[^']+'|\d+):/gm)].length;
  const forms = [...german.matchAll(/^'[a-z][a-z0-9-]*\.(?:zero|two|few|many)':/gm)].length;
  assert.ok(forms >= 40, `${forms} plural forms in the German module`);
  assert.equal(entries(rekeyed), entries(german), 'without a locale, nothing is dropped');
  const dropped = rekeyLocaleModule(german, 'de');
  assert.equal(entries(dropped), entries(german) - forms);
  assert.doesNotMatch(dropped, /'[a-z][a-z0-9-]*\.[a-z]+'/);
});

test('the localize step hides only warnings about plural forms a language never uses', async () => {
  const { isUnusedFormWarning } = await import('../../scripts/localize.mjs');
  const missing = (locale, id) => `${locale} message ${id} is missing, using canonical text as fallback`;
  // Vietnamese has only `other`; German has no `few`.
  assert.equal(isUnusedFormWarning(missing('vi', 'dates.few')), true);
  assert.equal(isUnusedFormWarning(missing('de', 'services-found.few')), true);
  // Forms the language does pick stay warnings: a translator left them out.
  assert.equal(isUnusedFormWarning(missing('ar', 'dates.few')), false);
  assert.equal(isUnusedFormWarning(missing('uk', 'dates.many')), false);
  assert.equal(isUnusedFormWarning(missing('de', 'dates.one')), false);
  // Anything else is shown as it is.
  assert.equal(isUnusedFormWarning(missing('de', 'h3a8f0c1d2e4b5a69')), false);
  assert.equal(isUnusedFormWarning('Building'), false);
  assert.equal(isUnusedFormWarning(missing('xx-invalid-@@', 'dates.few')), false);
});
