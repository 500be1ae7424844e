/** Dates, numbers and lists through Intl, with one cached formatter per kind, locale and options. */
import { baseLanguage } from './direction.js';
import { languageTag } from './language-tag.js';

type Formatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat;

const formatters = new Map<string, Formatter>();

/**
 * The cached formatter; `kind` names the constructor (polyfills may have
 * minified class names). An invalid locale falls back (see `languageTag`)
 * instead of throwing.
 */
function formatter<T extends Formatter, O>(kind: string, Kind: new (locale: string, options: O) => T, locale: string, options: O): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let cached = formatters.get(key) as T | undefined;
  if (!cached) formatters.set(key, (cached = new Kind(languageTag(locale), options)));
  return cached;
}

/**
 * A UI language whose data the browser's Intl lacks (Chrome and Edge carry
 * no Albanian, and would write "Tuesday, December 15", "6:00 PM", "A, B, and
 * C", "German"): Intl formats in `proxy`'s order and digits, and these put in
 * the language's own words. Loaded with the language's UI strings (see
 * `messages.ts`).
 */
export interface LocaleWords {
  proxy: string;
  /** The date's parts in the proxy's form, the date (its day in `timeZone`) and the options asked for, in the language's words. */
  date(parts: Intl.DateTimeFormatPart[], date: Date, timeZone: string, options: Intl.DateTimeFormatOptions): string;
  /** A list's joining words in the proxy's language (", ", " und ") in the language's. */
  joiner(literal: string): string;
  /** Names of languages by code. */
  names: Record<string, string>;
}

const localeWords = new Map<string, LocaleWords>();

/** Uses `words` for `lang` (for a language this browser's Intl does not know). */
export function addLocaleWords(lang: string, words: LocaleWords): void {
  localeWords.set(lang, words);
}

/** The words that stand in for Intl's in `locale`, if any. */
export const wordsFor = (locale: string): LocaleWords | undefined => (localeWords.size ? localeWords.get(baseLanguage(locale)) : undefined);

/** The locale to give Intl for `locale`: itself, or the stand-in whose order and digits its dates take. */
export const intlLocale = (locale: string): string => wordsFor(locale)?.proxy ?? locale;

/**
 * Formats an ISO date (`2026-11-25`) or timestamp. Plain dates are calendar
 * days and are shown as such, whatever the reader's time zone. Always in the
 * Gregorian calendar: Farsi's own default is the Solar Hijri one, but the
 * dates are German appointments, and the letters residents get carry them
 * in the Gregorian calendar too.
 */
export function formatDate(iso: string, locale: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  const plainDay = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(plainDay ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  const timeZone = plainDay ? 'UTC' : 'Europe/Berlin';
  const words = wordsFor(locale);
  const format = formatter('d', Intl.DateTimeFormat, words?.proxy ?? locale, { ...options, timeZone, calendar: 'gregory' });
  return words ? words.date(format.formatToParts(date), date, timeZone, options) : format.format(date);
}

export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  return formatter('n', Intl.NumberFormat, intlLocale(locale), options).format(value);
}

/** The cached list formatter, for callers that join rendered items (see `list-parts.ts`; its literals go through `listWord`). */
export function listFormatter(locale: string, options: Intl.ListFormatOptions): Intl.ListFormat {
  return formatter('l', Intl.ListFormat, intlLocale(locale), options);
}

/** A list's literal from `listFormatter` in `locale`'s words. */
export const listWord = (locale: string, literal: string): string => wordsFor(locale)?.joiner(literal) ?? literal;

export function formatList(items: string[], locale: string, type: Intl.ListFormatType = 'conjunction'): string {
  const words = wordsFor(locale);
  const format = listFormatter(locale, { type });
  return words ? format.formatToParts(items).map(({ type: kind, value }) => (kind === 'literal' ? words.joiner(value) : value)).join('') : format.format(items);
}

/** Two ISO calendar days as one range the way the locale writes it ("3.–7. März 2027"). */
export function formatDateRange(start: string, end: string, locale: string): string {
  const day = (iso: string) => new Date(`${iso}T12:00:00Z`);
  const [from, to] = [day(start), day(end)];
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || to < from) return `${start} – ${end}`;
  return formatter('d', Intl.DateTimeFormat, intlLocale(locale), { dateStyle: 'medium', timeZone: 'UTC', calendar: 'gregory' }).formatRange(from, to);
}
