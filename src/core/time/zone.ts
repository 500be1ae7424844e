/**
 * Wall-clock times in a named time zone and the instants they stand for.
 * A feed states its times in its `timeZone` (Europe/Berlin unless it says
 * otherwise); an iCalendar file may use any zone or UTC. Europe/Berlin goes
 * by the EU rule without Intl (a first `Intl.DateTimeFormat` with a time
 * zone costs a cold page 20–60 ms); other zones ask Intl.
 *
 * A local time that does not exist (the hour skipped in March) or exists
 * twice (the hour repeated in October) is read as RFC 5545 and Temporal's
 * "compatible" mode read it: a skipped time moves forward by the gap
 * (02:30 is 03:30 summer time), a repeated one is the earlier instant.
 *
 * No DOM: the command-line tool runs this in Node.
 */
export const BERLIN = 'Europe/Berlin';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/** Minutes east of UTC in Europe/Berlin at `utc`: UTC+2 from the last Sunday of March to the last Sunday of October (01:00 UTC both), else UTC+1. */
function berlinOffset(utc: number): number {
  const year = new Date(utc).getUTCFullYear();
  const lastSunday = (month: number) => {
    const lastDay = Date.UTC(year, month + 1, 0, 1);
    return lastDay - new Date(lastDay).getUTCDay() * DAY;
  };
  return utc >= lastSunday(2) && utc < lastSunday(9) ? 120 : 60;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function zoneFormat(zone: string): Intl.DateTimeFormat {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(zone, format);
  }
  return format;
}

/** True when this runtime knows the zone (an IANA name such as `America/New_York`, or `UTC`). */
export function isKnownZone(zone: string): boolean {
  if (zone === BERLIN || zone === 'UTC') return true;
  try {
    zoneFormat(zone);
    return true;
  } catch {
    return false;
  }
}

/** The zone a feed's times are in: its `timeZone` if this runtime knows it, else Europe/Berlin. */
export function feedZone(feed: { timeZone?: string }): string {
  return feed.timeZone && isKnownZone(feed.timeZone) ? feed.timeZone : BERLIN;
}

/** Minutes east of UTC in `zone` at the instant `utc` (milliseconds). */
export function offsetAt(zone: string, utc: number): number {
  if (zone === BERLIN) return berlinOffset(utc);
  if (zone === 'UTC') return 0;
  const p: Record<string, number> = {};
  for (const { type, value } of zoneFormat(zone).formatToParts(new Date(Math.floor(utc / 1000) * 1000))) p[type] = Number(value);
  const local = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((local - Math.floor(utc / 1000) * 1000) / MINUTE);
}

/** The instant of a wall-clock time (`YYYY-MM-DD`, `HH:MM` or `HH:MM:SS`) in `zone`. */
export function toUtc(zone: string, date: string, time = '00:00'): number {
  const local = Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10), +time.slice(0, 2), +time.slice(3, 5), +(time.slice(6, 8) || 0));
  if (zone === 'UTC') return local;
  const before = offsetAt(zone, local - DAY);
  const after = offsetAt(zone, local + DAY);
  const fits = (offset: number) => offsetAt(zone, local - offset * MINUTE) === offset;
  // The earlier instant when the time exists twice (the larger offset comes first).
  const candidates = [Math.max(before, after), Math.min(before, after)].filter(fits);
  if (candidates.length > 0) return local - candidates[0] * MINUTE;
  // In the gap: with the offset from before it, which lands after the gap.
  return local - before * MINUTE;
}

export interface WallClock {
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:MM` */
  time: string;
  /** `HH:MM:SS` */
  seconds: string;
}

/** The wall-clock time in `zone` at the instant `utc`. */
export function fromUtc(zone: string, utc: number): WallClock {
  const iso = new Date(utc + offsetAt(zone, utc) * MINUTE).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16), seconds: iso.slice(11, 19) };
}

/** The current date and time in `zone`. */
export function zoneNow(zone: string, now: number = Date.now()): { date: string; time: string } {
  const { date, time } = fromUtc(zone, now);
  return { date, time };
}

export { DAY, HOUR, MINUTE };
