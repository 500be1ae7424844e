/**
 * Names of languages: in the reader's language ("Arabisch") and in the
 * language itself ("العربية"), which is how a newcomer scans a list.
 */
import type { ShownText } from './text.js';
import { baseLanguage, directionOf } from './direction.js';
import { wordsFor } from './format.js';

/**
 * Autonyms that browsers' trimmed ICU data often lacks (Chromium answers
 * these in English), for languages that newcomers to Germany speak.
 */
const AUTONYMS: Record<string, string> = {
  ps: 'پښتو',
  ku: 'Kurdî',
  kmr: 'Kurmancî',
  ckb: 'کوردیی ناوەندی',
  ti: 'ትግርኛ',
  so: 'Soomaali',
  sq: 'shqip',
  ka: 'ქართული',
  hy: 'հայերեն',
  mk: 'македонски',
  ha: 'Hausa',
  yo: 'Èdè Yorùbá',
  ig: 'Asụsụ Igbo',
  ln: 'lingála',
  wo: 'Wolof',
  ff: 'Pulaar',
  tg: 'тоҷикӣ',
  ky: 'кыргызча',
  mn: 'монгол',
  ne: 'नेपाली',
  si: 'සිංහල',
  rom: 'romani čhib',
  dv: 'ދިވެހި',
  ug: 'ئۇيغۇرچە',
};

/** The language Intl answers in when it has no data for the one asked for. */
let fallbackLanguage: string | undefined;
const namers = new Map<string, Intl.DisplayNames | null>();

function namer(locale: string): Intl.DisplayNames | null {
  let found = namers.get(locale);
  if (found === undefined) {
    try {
      found = new Intl.DisplayNames([locale], { type: 'language' });
    } catch {
      found = null;
    }
    namers.set(locale, found);
  }
  return found;
}

/**
 * Intl loads the data for naming languages the first time any locale names
 * one, a task of some 40 ms on this project's test machine; widgets call this
 * while their feed downloads, so that no key press or first result waits for it.
 */
export function preloadLanguageNames(): void {
  namer('en');
}

/** Names already made, by locale and code: the search names every language of every offer in twelve locales. */
const named = new Map<string, string>();

/** A language's name in the given locale ("Arabisch"), or the code when Intl does not know it. */
export function languageName(code: string, locale: string): string {
  const names = wordsFor(locale)?.names;
  // Names made before a locale's own words loaded (Albanian) are made again after.
  const key = `${locale}|${names ? 'own' : ''}|${code}`;
  let name = named.get(key);
  if (name === undefined) {
    if (named.size >= 20_000) named.clear();
    named.set(key, (name = nameOf(code, locale, names)));
  }
  return name;
}

function nameOf(code: string, locale: string, names: Record<string, string> | undefined): string {
  // Own entries only: "constructor" must not find Object's.
  if (names && Object.hasOwn(names, code.toLowerCase())) return names[code.toLowerCase()];
  try {
    return namer(locale)?.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * A language's name in itself ("العربية", "Türkçe"), or undefined when
 * neither the browser nor the table knows it. A browser without data for
 * the language falls back to its default locale; that answer is not taken.
 */
export function languageAutonym(code: string): string | undefined {
  const own = namer(code);
  const used = own ? baseLanguage(own.resolvedOptions().locale) : '';
  // Intl falls back to the browser's default locale, which DateTimeFormat names without ever throwing.
  fallbackLanguage ??= baseLanguage(new Intl.DateTimeFormat().resolvedOptions().locale);
  if (own && (used === baseLanguage(code) || used !== fallbackLanguage)) {
    const name = languageName(code, code);
    if (name !== code) return name;
  }
  // Own entries only: "constructor" must not find Object.
  const listed = (key: string) => (Object.hasOwn(AUTONYMS, key) ? AUTONYMS[key] : undefined);
  return listed(code.toLowerCase()) ?? listed(baseLanguage(code));
}

/**
 * The name to show for a language: its autonym, marked with that language,
 * or else its name in the reader's language, marked with the reader's.
 */
export function ownLanguageName(code: string, ui: string): ShownText {
  const autonym = languageAutonym(code);
  return autonym
    ? { text: autonym, lang: code, dir: directionOf(code) }
    : { text: languageName(code, ui), lang: ui, dir: directionOf(ui) };
}
