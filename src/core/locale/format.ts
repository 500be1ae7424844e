/** Dates, numbers, lists and language names through Intl, with one cached formatter per kind, locale and options. */
type Formatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat | Intl.DisplayNames;

const formatters = new Map<string, Formatter>();

/** The cached formatter; `kind` names the constructor (polyfills may have minified class names). */
function formatter<T extends Formatter, O>(kind: string, Kind: new (locale: string, options: O) => T, locale: string, options: O): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let cached = formatters.get(key) as T | undefined;
  if (!cached) formatters.set(key, (cached = new Kind(locale, options)));
  return cached;
}

/**
 * Formats an ISO date (`2026-11-25`) or timestamp. Plain dates are calendar
 * days and are shown as such, whatever the reader's time zone.
 */
export function formatDate(iso: string, locale: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  const plainDay = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(plainDay ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  const timeZone = plainDay ? 'UTC' : 'Europe/Berlin';
  return formatter('d', Intl.DateTimeFormat, locale, { ...options, timeZone }).format(date);
}

export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  return formatter('n', Intl.NumberFormat, locale, options).format(value);
}

export function formatList(items: string[], locale: string, type: Intl.ListFormatType = 'conjunction'): string {
  return formatter('l', Intl.ListFormat, locale, { type }).format(items);
}

/** A language's name in the given locale ("Arabisch"), or the code when Intl does not know it. */
export function languageName(code: string, locale: string): string {
  try {
    return formatter('dn', Intl.DisplayNames, locale, { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A language's name in itself ("العربية", "Türkçe"). */
export function languageAutonym(code: string): string {
  return languageName(code, code);
}
