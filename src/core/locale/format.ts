/** Dates, numbers and lists through Intl, with one cache of formatters per locale and options. */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(
  key: string,
  make: () => T,
): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Formats an ISO date (`2026-11-25`) or timestamp. Plain dates are calendar
 * days and are shown as such, whatever the reader's time zone.
 */
export function formatDate(iso: string, locale: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  const plainDay = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(plainDay ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  const zone = plainDay ? { timeZone: 'UTC' } : { timeZone: 'Europe/Berlin' };
  const key = `d|${locale}|${JSON.stringify(options)}|${zone.timeZone}`;
  return cached(key, () => new Intl.DateTimeFormat(locale, { ...options, ...zone })).format(date);
}

export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  return cached(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options)).format(value);
}

export function formatList(items: string[], locale: string, type: Intl.ListFormatType = 'conjunction'): string {
  return cached(`l|${locale}|${type}`, () => new Intl.ListFormat(locale, { type })).format(items);
}

/** Two ISO calendar days as one range the way the locale writes it ("3.–7. März 2027"). */
export function formatDateRange(start: string, end: string, locale: string): string {
  const day = (iso: string) => new Date(`${iso}T12:00:00Z`);
  const [from, to] = [day(start), day(end)];
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || to < from) return `${start} – ${end}`;
  const key = `r|${locale}`;
  return cached(key, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })).formatRange(from, to);
}
