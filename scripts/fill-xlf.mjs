#!/usr/bin/env node
// Fills missing <target>s in locales/*.xlf from a translation table, the
// format of locales/pending/*.json:
//
//   { "English source with {0} placeholders": { "de": "...", "ar": "..." } }
//
// A plural form with an id of its own (`services-found.few`, see
// src/core/locale/plural.ts) shares its English source with `other`, so
// its row is keyed by that id instead; only languages whose plural rules
// pick the form translate it (a form a language never picks is not
// reported missing).
//
// Placeholders are numbered in the order of the `${}` in the source and
// become the unit's own <x> elements, so a translator may move them.
// Targets already present are kept unless --replace is given; their
// placeholders are brought in line with the source's (a variable renamed in
// the code renames the placeholder, not its place). Prints what is still
// missing per language.
//
//   node scripts/fill-xlf.mjs locales/pending/course-calendar.json [--replace] [de ar ...]
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseXlf, toPlain } from './xlf.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const replace = args.includes('--replace');
const [tablePath, ...wanted] = args.filter((a) => a !== '--replace');
if (!tablePath) {
  console.error('usage: node scripts/fill-xlf.mjs <table.json> [--replace] [lang ...]');
  process.exit(2);
}
const table = JSON.parse(readFileSync(tablePath, 'utf8'));
const config = JSON.parse(readFileSync(`${root}lit-localize.json`, 'utf8'));
const languages = wanted.length ? wanted : config.targetLocales;

/** Whether `lang` ever shows the message `id`: every message but a plural form its rules never pick. */
function picks(lang, id) {
  const form = /^[a-z][a-z0-9-]*\.(zero|one|two|few|many|other)$/.exec(id)?.[1];
  return !form || new Intl.PluralRules(lang).resolvedOptions().pluralCategories.includes(form);
}

const escapeXml = (text) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

let failed = false;
for (const lang of languages) {
  const path = `${root}locales/${lang}.xlf`;
  let text = readFileSync(path, 'utf8');
  const missing = [];
  for (const unit of parseXlf(text)) {
    const plain = toPlain(unit.source);
    const key = Object.hasOwn(table, unit.id) ? unit.id : plain;
    const row = Object.hasOwn(table, key) ? table[key] : undefined;
    const translation = row && Object.hasOwn(row, lang) ? row[lang] : undefined;
    if (typeof translation !== 'string' || (unit.target !== undefined && !replace)) {
      if (unit.target === undefined && picks(lang, unit.id)) missing.push(plain);
      else text = text.replace(unit.xml, unit.xml.replace(/<target>[\s\S]*?<\/target>/, (t) => t.replace(/<x id="(\d+)" equiv-text="[^"]*"\/>/g, (x, n) => unit.placeholders[Number(n)] ?? x)));
      continue;
    }
    const used = [...translation.matchAll(/\{(\d+)\}/g)].map((m) => Number(m[1]));
    if (used.some((n) => n >= unit.placeholders.length)) {
      console.error(`${lang}: "${translation}" names a placeholder that "${plain}" lacks`);
      failed = true;
      continue;
    }
    const target = escapeXml(translation).replace(/\{(\d+)\}/g, (_, n) => unit.placeholders[Number(n)]);
    const replaced = unit.target === undefined
      ? unit.xml.replace('</source>', `</source>\n  <target>${target}</target>`)
      : unit.xml.replace(/<target>[\s\S]*?<\/target>/, `<target>${target}</target>`);
    text = text.replace(unit.xml, replaced);
  }
  writeFileSync(path, text);
  console.log(`${lang}: ${missing.length} missing${missing.length ? `: ${missing.slice(0, 5).join(' | ')}` : ''}`);
}
process.exit(failed ? 1 : 0);
