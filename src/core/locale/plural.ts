import { languageTag } from './language-tag.js';

/**
 * Plural forms for UI strings. `@lit/localize` has no ICU plurals, so each
 * form is its own `msg()` and `Intl.PluralRules` picks one. Every call
 * names all six forms: English uses `one` and `other` (its `zero`, `two`,
 * `few` and `many` repeat `other`'s source text under an id of their own,
 * `msg(str`…`, { id: 'services-found.few' })`), Arabic all six, Polish,
 * Russian and Ukrainian `one`, `few`, `many`, Romanian `one`, `few`. A
 * language translates only the forms its rules pick
 * (test/build/locales.test.mjs checks both ways), so no locale chunk
 * carries forms it never shows.
 */
export type PluralForms = Record<Intl.LDMLPluralRule, () => string>;

const rules = new Map<string, Intl.PluralRules>();

export function plural(count: number, locale: string, forms: PluralForms): string {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(languageTag(locale))));
  return forms[rule.select(count)]();
}
