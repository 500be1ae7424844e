/**
 * Calendar days and wall-clock time in Europe/Berlin, where the offers take
 * place, whatever time zone the reader's device is set to. Plain dates
 * (`2026-11-25`) are handled as day numbers, free of time zones.
 */
export interface BerlinNow {
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:MM`, 00:00–23:59 */
  time: string;
}

let parts: Intl.DateTimeFormat | undefined;

export function berlinNow(now: Date = new Date()): BerlinNow {
  parts ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const p: Record<string, string> = {};
  for (const { type, value } of parts.formatToParts(now)) p[type] = value;
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

const DAY = 86_400_000;

/**
 * True when a record's `verified` day lies more than a year before `today`
 * (both `YYYY-MM-DD`): staff should check it again, residents confirm it.
 */
export function unverifiedForAYear(verified: string, today: string): boolean {
  return verified < `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
}

/** Days since 1970-01-01 for an ISO date. */
export function dayNumber(iso: string): number {
  return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY;
}

export function isoDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** 0 = Monday … 6 = Sunday (the order of `WEEKDAYS`). */
export function weekdayOf(day: number): number {
  return (day + 3) % 7;
}
