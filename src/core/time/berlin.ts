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

const DAY = 86_400_000;
const HOUR = 3_600_000;

/**
 * Tomorrow's date in Europe/Berlin (`YYYY-MM-DD`), computed from the EU rule
 * (UTC+2 from the last Sunday of March to the last Sunday of October, both at
 * 01:00 UTC; UTC+1 otherwise) rather than with Intl: a first
 * `Intl.DateTimeFormat` with a time zone costs a cold page 20–60 ms, and the
 * validator needs this before every feed.
 */
export function berlinTomorrow(now: number = Date.now()): string {
  return new Date(berlinTime(now) + DAY).toISOString().slice(0, 10);
}

/**
 * The wall-clock time in Berlin as if it were UTC (a number of milliseconds
 * whose UTC fields read as Berlin's), by the EU rule.
 */
function berlinTime(now: number): number {
  const year = new Date(now).getUTCFullYear();
  /** The last Sunday of a month (0-based) at 01:00 UTC: the month's last day, less its weekday. */
  const lastSunday = (month: number) => {
    const lastDay = Date.UTC(year, month + 1, 0, 1);
    return lastDay - new Date(lastDay).getUTCDay() * DAY;
  };
  return now + (now >= lastSunday(2) && now < lastSunday(9) ? 2 : 1) * HOUR;
}

/**
 * Today and the time of day in Europe/Berlin, by the same rule rather than
 * with Intl: widgets need it before their first paint, and a first
 * `Intl.DateTimeFormat` with a time zone costs a cold page 20–60 ms.
 */
export function berlinNow(now: Date = new Date()): BerlinNow {
  const iso = new Date(berlinTime(now.getTime())).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/**
 * True when a record's `verified` day lies more than a year before `today`
 * (both `YYYY-MM-DD`): staff should check it again, residents confirm it.
 */
export function unverifiedForAYear(verified: string, today: string): boolean {
  return verified < `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
}

// Calendars convert the same few hundred days thousands of times per render; a `Date` each time cost
// a month of 500 sessions several milliseconds. Bounded, so a long-running page does not grow them.
const numbers = new Map<string, number>();
const names = new Map<number, string>();
const REMEMBERED = 4096;

/** Days since 1970-01-01 for an ISO date. */
export function dayNumber(iso: string): number {
  let day = numbers.get(iso);
  if (day === undefined) {
    day = Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY;
    if (numbers.size >= REMEMBERED) numbers.clear();
    numbers.set(iso, day);
  }
  return day;
}

export function isoDay(day: number): string {
  let iso = names.get(day);
  if (iso === undefined) {
    iso = new Date(day * DAY).toISOString().slice(0, 10);
    if (names.size >= REMEMBERED) names.clear();
    names.set(day, iso);
  }
  return iso;
}

/** 0 = Monday … 6 = Sunday (the order of `WEEKDAYS`). */
export function weekdayOf(day: number): number {
  // Days before 1970 are negative numbers, whose remainder is negative too.
  return (((day + 3) % 7) + 7) % 7;
}
