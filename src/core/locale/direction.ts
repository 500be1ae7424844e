/** Languages written right to left, by primary subtag. */
const RTL_LANGUAGES = /^(ar|fa|he|ur|ckb|ps|yi|dv|sd|ug|prs)$/;
const RTL_SCRIPTS = /-(Arab|Hebr|Thaa|Syrc|Nkoo|Adlm|Rohg)\b/i;
const LTR_SCRIPTS = /-(Latn|Cyrl)\b/i;

export type Direction = 'ltr' | 'rtl';

export function directionOf(lang: string): Direction {
  if (RTL_SCRIPTS.test(lang)) return 'rtl';
  if (LTR_SCRIPTS.test(lang)) return 'ltr';
  return RTL_LANGUAGES.test(baseLanguage(lang)) ? 'rtl' : 'ltr';
}

/** The primary language subtag, lower-cased: "de-AT" -> "de". */
export function baseLanguage(lang: string): string {
  return lang.toLowerCase().split('-')[0];
}
