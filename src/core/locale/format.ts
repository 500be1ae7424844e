/** Dates, numbers and lists through Intl, with one cached formatter per kind, locale and options. */
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
  return formatter('d', Intl.DateTimeFormat, locale, { ...options, timeZone, calendar: 'gregory' }).format(date);
}

export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  return formatter('n', Intl.NumberFormat, locale, options).format(value);
}

/** The cached list formatter, for callers that join rendered items (see `list-parts.ts`). */
export function listFormatter(locale: string, options: Intl.ListFormatOptions): Intl.ListFormat {
  return formatter('l', Intl.ListFormat, locale, options);
}

export function formatList(items: string[], locale: string, type: Intl.ListFormatType = 'conjunction'): string {
  return formatter('l', Intl.ListFormat, locale, { type }).format(items);
}

/** Two ISO calendar days as one range the way the locale writes it ("3.–7. März 2027"). */
export function formatDateRange(start: string, end: string, locale: string): string {
  const day = (iso: string) => new Date(`${iso}T12:00:00Z`);
  const [from, to] = [day(start), day(end)];
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || to < from) return `${start} – ${end}`;
  return formatter('d', Intl.DateTimeFormat, locale, { dateStyle: 'medium', timeZone: 'UTC', calendar: 'gregory' }).formatRange(from, to);
}
