import { languageTag } from './language-tag.js';

/**
 * Plural forms for UI strings. `@lit/localize` has no ICU plurals, so each
 * form is its own `msg()`; `Intl.PluralRules` picks the form. Forms a
 * language needs but the message set lacks fall back to `other`.
 */
type Forms = Partial<Record<Intl.LDMLPluralRule, () => string>> & { other: () => string };

const rules = new Map<string, Intl.PluralRules>();

export function plural(count: number, locale: string, forms: Forms): string {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(languageTag(locale))));
  return (forms[rule.select(count)] ?? forms.other)();
}
