/**
 * The next session of a course or event from its schedule (see
 * `recurrence.ts`): the first one that has not ended, cancelled ones
 * skipped, a moved one on its new day.
 */
import type { Schedule } from '../feed/schema.js';
import { dayNumber, isoDay, type BerlinNow } from './berlin.js';
import { berlinOccurrences } from './berlin-occurrences.js';
import type { Occurrence } from './recurrence.js';
import { BERLIN } from './zone.js';

export interface NextDate {
  /** `YYYY-MM-DD` */
  date: string;
  start?: string;
  end?: string;
  /** The last day of a session over several days (or the next day, past midnight). */
  endDate?: string;
}

/** How far ahead a rule is followed. */
const HORIZON_DAYS = 3 * 366;
/** Looked at first: most schedules have a session within it, and it keeps the list short. */
const NEAR_DAYS = 35;

/** True while a session has not ended: one with only a start time is over once it has begun. */
export function notOver(o: Occurrence, now: BerlinNow): boolean {
  const lastDay = o.endDate ?? o.date;
  if (lastDay !== now.date) return lastDay > now.date;
  if (o.endDate) return !(o.end !== undefined && o.end <= now.time);
  return !((o.end ?? o.start ?? '24') <= now.time);
}

/** `zone`: the feed's time zone; the date is Berlin's, as `now` is. */
export function nextDate(schedule: Schedule | undefined, now: BerlinNow, zone = BERLIN): NextDate | undefined {
  if (!schedule) return undefined;
  // From yesterday: a session past midnight may still run.
  const from = isoDay(dayNumber(now.date) - 1);
  for (const ahead of [NEAR_DAYS, HORIZON_DAYS]) {
    const next = berlinOccurrences(schedule, zone, from, isoDay(dayNumber(now.date) + ahead)).find((o) => o.status !== 'cancelled' && notOver(o, now));
    if (next) return { date: next.date, start: next.start, end: next.end, ...(next.endDate ? { endDate: next.endDate } : {}) };
  }
  return undefined;
}
