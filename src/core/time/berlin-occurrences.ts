/**
 * A schedule's sessions as Berlin wall-clock time, which is what every
 * widget shows and what "now" is measured in. A feed in another time zone
 * (`timeZone`) is converted session by session: 22:00 in New York is 04:00
 * the next day here, 05:00 in the weeks when only one side has summer time.
 */
import type { Schedule } from '../feed/schema.js';
import { dayNumber, isoDay } from './berlin.js';
import { occurrences, type Occurrence } from './recurrence.js';
import { BERLIN, fromUtc, toUtc } from './zone.js';

/** An occurrence in another zone as Berlin wall-clock time. */
function toBerlin(o: Occurrence, zone: string): Occurrence {
  if (!o.start) return o;
  const start = fromUtc(BERLIN, toUtc(zone, o.date, o.start));
  const moved: Occurrence = { ...o, date: start.date, start: start.time };
  if (o.end) {
    const end = fromUtc(BERLIN, toUtc(zone, o.endDate ?? (o.end <= o.start ? isoDay(dayNumber(o.date) + 1) : o.date), o.end));
    moved.end = end.time;
    if (end.date > start.date) moved.endDate = end.date;
    else delete moved.endDate;
  }
  return moved;
}

/** The sessions of `schedule` (times in `zone`) from `from` to `to`, days and times in Berlin. */
export function berlinOccurrences(schedule: Schedule, zone: string, from: string, to: string): Occurrence[] {
  if (zone === BERLIN) return occurrences(schedule, from, to);
  // A day more on each side: a day in the feed's zone may be the day before or after in Berlin.
  return occurrences(schedule, isoDay(dayNumber(from) - 1), isoDay(dayNumber(to) + 1))
    .map((o) => toBerlin(o, zone))
    .filter((o) => (o.endDate ?? o.date) >= from && o.date <= to);
}
