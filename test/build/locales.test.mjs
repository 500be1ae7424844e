// Every UI language is complete: the messages of the code (as
// `lit-localize extract` finds them) are exactly the translated ones of each
// locales/<lang>.xlf, each translation keeps its source's placeholders, and
// the glossary's terms (locales/glossary.json) are translated one way.
// Run with `node --test test/build/`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseXlf, placeholderTexts, toPlain } from '../../scripts/xlf.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
const languages = config.targetLocales;
const glossary = JSON.parse(readFileSync(join(root, 'locales/glossary.json'), 'utf8'));

/** The code's messages, extracted afresh into a scratch folder: the xlf files in the repository may be stale. */
function sourceMessages() {
  const dir = mkdtempSync(join(tmpdir(), 'lotse-extract-'));
  try {
    const scratch = { ...config, tsConfig: join(root, config.tsConfig), targetLocales: ['de'], interchange: { ...config.interchange, xliffDir: dir } };
    delete scratch.$schema;
    writeFileSync(join(dir, 'config.json'), JSON.stringify(scratch));
    execFileSync(join(root, 'node_modules/.bin/lit-localize'), ['extract', '--config', join(dir, 'config.json')], { cwd: root, stdio: 'pipe' });
    return new Map(parseXlf(readFileSync(join(dir, 'de.xlf'), 'utf8')).map((unit) => [unit.id, unit]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const sources = sourceMessages();

/** A plural form's explicit id (`services-found.few`, see src/core/locale/plural.ts) and its category. */
const PLURAL_FORM = /^[a-z][a-z0-9-]*\.(zero|one|two|few|many|other)$/;

/** Whether `lang` shows the message `id`: every message but a plural form its rules never pick (Polish has no `two`; the build leaves those out of its chunk). */
function picks(lang, id) {
  const form = PLURAL_FORM.exec(id)?.[1];
  return !form || new Intl.PluralRules(lang).resolvedOptions().pluralCategories.includes(form);
}

test('plural forms: every call names all six, the same message under one id each', () => {
  const groups = new Map();
  for (const id of sources.keys()) {
    const [, form] = PLURAL_FORM.exec(id) ?? [];
    if (form) groups.set(id.slice(0, -form.length - 1), [...(groups.get(id.slice(0, -form.length - 1)) ?? []), form]);
  }
  assert.ok(groups.size > 0, 'plural forms found');
  // `one` and `other` keep their hashed ids (their translations stay); the other four are named.
  for (const [name, forms] of groups) assert.deepEqual(forms.sort(), ['few', 'many', 'two', 'zero'], name);
});
const translations = new Map(languages.map((lang) => [lang, parseXlf(readFileSync(join(root, `locales/${lang}.xlf`), 'utf8'))]));

test('every locale file is listed in lit-localize.json, and every listed locale has one', () => {
  const files = readdirSync(join(root, 'locales')).filter((f) => f.endsWith('.xlf')).map((f) => f.slice(0, -4)).sort();
  assert.deepEqual(files, [...languages].sort());
});

test('the locale chunks are loaded one by one, for every listed locale', () => {
  const messages = readFileSync(join(root, 'src/core/locale/messages.ts'), 'utf8');
  for (const lang of languages) assert.match(messages, new RegExp(`\\b${lang}: \\(\\) => import\\('../../generated/locales/${lang}\\.js'\\)`), lang);
});

for (const lang of languages) {
  test(`${lang}: every message translated, none extra, placeholders as in the source`, () => {
    const units = translations.get(lang);
    const ids = new Set(units.map((u) => u.id));
    const missing = [...sources.keys()].filter((id) => !ids.has(id)).map((id) => toPlain(sources.get(id).source));
    assert.deepEqual(missing, [], `${lang} lacks these messages (run npm run localize:extract, then translate)`);
    const extra = units.filter((u) => !sources.has(u.id)).map((u) => toPlain(u.source));
    assert.deepEqual(extra, [], `${lang} has messages the code no longer uses (run npm run localize:extract)`);
    const translated = (u) => u.target !== undefined && toPlain(u.target).trim() !== '';
    const untranslated = units.filter((u) => !translated(u) && picks(lang, u.id)).map((u) => u.id.includes('.') ? u.id : toPlain(u.source));
    assert.deepEqual(untranslated, [], `${lang} has no translation for these`);
    for (const unit of units.filter(translated)) {
      const source = sources.get(unit.id).source;
      assert.deepEqual(placeholderTexts(unit.target), placeholderTexts(source), `${lang}: placeholders of "${toPlain(source)}" in "${toPlain(unit.target)}"`);
      // A placeholder typed as text ({0}) would show as such to residents.
      assert.doesNotMatch(toPlain(unit.target).replace(/\{\d+\}/g, (p) => (toPlain(source).includes(p) ? '' : p)), /\{\d+\}|\$\{/, `${lang}: "${toPlain(unit.target)}"`);
    }
  });
}

test('the glossary names every language, and its patterns compile', () => {
  for (const term of glossary.terms) {
    assert.ok(term.id && term.en, JSON.stringify(term));
    new RegExp(term.en, 'iu');
    if (term.keep) continue;
    for (const lang of ['de', ...languages.filter((l) => l !== 'de')]) {
      assert.ok(term[lang]?.term, `${term.id}: no ${lang} term`);
      new RegExp(term[lang].match ?? term[lang].term, 'iu');
    }
  }
});

for (const lang of languages) {
  test(`${lang}: glossary terms are translated as the glossary says`, () => {
    const problems = [];
    for (const unit of translations.get(lang).filter((u) => picks(lang, u.id))) {
      const source = toPlain(unit.source);
      const target = toPlain(unit.target ?? '');
      for (const term of glossary.terms) {
        if (!new RegExp(term.en, 'iu').test(source) || term.except?.includes(source)) continue;
        const wanted = term.keep ?? term[lang].match ?? term[lang].term;
        const found = term.keep ? target.includes(wanted) : new RegExp(wanted, 'iu').test(target);
        if (!found) problems.push(`${term.id}: "${source}" -> "${target}" lacks ${term.keep ?? term[lang].term}`);
      }
    }
    assert.deepEqual(problems, []);
  });
}
