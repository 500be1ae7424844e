/**
 * UI strings through `@lit/localize`, with one twist: every Lotse element may
 * have its own UI locale (a page can show a German and an Arabic widget side
 * by side), so instead of one global locale the active translation table is
 * chosen around each render with `inLocale()`.
 *
 * This is the only module that installs the `msg()` implementation. The
 * bundled `dist/lotse.js` carries its own copy of `@lit/localize`, so a host
 * page's Lit app cannot clash with it.
 */

import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { joinStringsAndValues, type StrResult } from '@lit/localize/internal/str-tag.js';
import type { LocaleModule } from '@lit/localize';
import type { MsgFn } from '@lit/localize/internal/types.js';
import { sourceLocale, targetLocales } from '../../generated/locale-codes.js';
import { baseLanguage } from './direction.js';
import { addLocaleWords, type LocaleWords } from './format.js';

export type UiLocale = typeof sourceLocale | (typeof targetLocales)[number];

/** A language's strings once its `words` (if it needs any) are in use too (see `addLocaleWords`). */
const withWords =
  (lang: string, words: Promise<{ default: LocaleWords }> | undefined) =>
  async (strings: LocaleModule): Promise<LocaleModule> => {
    // Without them (a failed request), Intl's fallback words; the strings still count.
    const found = await words?.then((module) => module.default, () => undefined);
    if (found) addLocaleWords(lang, found);
    return strings;
  };

/** Explicit loaders, so the bundler emits one chunk per locale next to the script. */
const loaders: Record<Exclude<UiLocale, typeof sourceLocale>, () => Promise<LocaleModule>> = {
  de: () => import('../../generated/locales/de.js'),
  ar: () => import('../../generated/locales/ar.js'),
  tr: () => import('../../generated/locales/tr.js'),
  uk: () => import('../../generated/locales/uk.js'),
  ru: () => import('../../generated/locales/ru.js'),
  pl: () => import('../../generated/locales/pl.js'),
  ro: () => import('../../generated/locales/ro.js'),
  bg: () => import('../../generated/locales/bg.js'),
  fa: () => import('../../generated/locales/fa.js'),
  // Chrome and Edge have no Albanian data: there its words for dates, lists and languages load beside the strings.
  sq: () => import('../../generated/locales/sq.js').then(withWords('sq', Intl.DateTimeFormat.supportedLocalesOf('sq').length ? undefined : import('./locale-words-sq.js'))),
  vi: () => import('../../generated/locales/vi.js'),
};

/** The UI locale for pages and elements without any language. */
export const DEFAULT_LOCALE: UiLocale = 'de';
export const UI_LOCALES: readonly UiLocale[] = [sourceLocale, ...targetLocales];

/** Translation tables by locale; the source locale needs none. */
const loaded = new Map<UiLocale, LocaleModule['templates'] | undefined>([[sourceLocale, undefined]]);
const loading = new Map<UiLocale, Promise<void>>([[sourceLocale, Promise.resolve()]]);
let active: LocaleModule['templates'] | undefined;

/**
 * The lookup behind `msg()`. The build gives every translated message its
 * number as the second argument (`scripts/message-ids.mjs`), so nothing is
 * hashed here; a message without one has no translation yet and shows its
 * source text. Translations of a `str` template number the source's values,
 * as translators may move them.
 */
function lookup(template: string | StrResult, id?: number): string {
  // An empty translation (an unfinished XLIFF target) counts as none, as in `@lit/localize`.
  const found = (typeof id === 'number' && active?.[id]) || undefined;
  if (typeof found === 'string') return found;
  if (typeof template === 'string') return template;
  const translated = found as StrResult | undefined;
  return joinStringsAndValues(translated?.strings ?? template.strings, template.values, translated?.values as number[] | undefined);
}

// Every build bundles its own copy of `@lit/localize` (see the Vite configs),
// so no other setup can have claimed this one's msg().
_installMsgImplementation(lookup as MsgFn);

/**
 * The UI locale for a requested language: exact, then base language, then
 * German for German variants and no language at all, English otherwise
 * (newcomers read English more often than German).
 */
export function matchUiLocale(lang: string | undefined): UiLocale {
  if (!lang) return DEFAULT_LOCALE;
  const lower = lang.toLowerCase();
  return UI_LOCALES.find((l) => l.toLowerCase() === lower) ?? UI_LOCALES.find((l) => l === baseLanguage(lower)) ?? 'en';
}

export function isLocaleLoaded(locale: UiLocale): boolean {
  return loaded.has(locale);
}

/** Loads a locale's strings once; failures fall back to the source strings. */
export function loadLocale(locale: UiLocale): Promise<void> {
  let pending = loading.get(locale);
  if (!pending) {
    pending = loaders[locale as keyof typeof loaders]().then(
      (module) => void loaded.set(locale, module.templates),
      (error: unknown) => {
        console.error(`Lotse: the ${locale} texts could not be loaded; showing English.`, error);
        loaded.set(locale, undefined);
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}

/** The strings `msg()` answers with now (undefined: English): caches of words key on it. */
export const activeMessages = (): unknown => active;

/** Runs `work` (a render, a message) with `locale`'s strings active. */
export function inLocale<T>(locale: UiLocale, work: () => T): T {
  const previous = active;
  active = loaded.get(locale);
  try {
    return work();
  } finally {
    active = previous;
  }
}

