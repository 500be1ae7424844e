/**
 * The next occurrence of a course or event from its schedule: explicit dates,
 * a weekly rhythm (every n-th week, counted from the start's week) between
 * start and end, minus the dates it does not take place; or a single start day.
 */
import type { Schedule } from '../feed/schema.js';
import { WEEKDAYS } from '../feed/vocabulary.js';
import { dayNumber, isoDay, weekdayOf, type BerlinNow } from './berlin.js';

export interface NextDate {
  /** `YYYY-MM-DD` */
  date: string;
  start?: string;
  end?: string;
}

/** How far ahead a weekly rhythm is followed. */
const HORIZON_DAYS = 3 * 366;

export function nextDate(schedule: Schedule | undefined, now: BerlinNow): NextDate | undefined {
  if (!schedule) return undefined;
  const except = new Set(schedule.except ?? []);
  const today = dayNumber(now.date);
  /** An occurrence today is over once its end (or start) time has passed. */
  const upcoming = (date: string, start?: string, end?: string) =>
    !except.has(date) && (date > now.date || (date === now.date && !((end ?? start ?? '24') <= now.time)));
  const found: NextDate[] = [];

  for (const d of schedule.dates ?? []) {
    if (upcoming(d.date, d.start ?? schedule.startTime, d.end ?? schedule.endTime)) {
      found.push({ date: d.date, start: d.start ?? schedule.startTime, end: d.end ?? schedule.endTime });
    }
  }
  const { startTime: start, endTime: end } = schedule;
  if (schedule.weekly) {
    const days = new Set(schedule.weekly.days.map((d) => WEEKDAYS.indexOf(d)));
    const interval = schedule.weekly.interval ?? 1;
    const first = schedule.start ? dayNumber(schedule.start) : today;
    const anchorMonday = first - weekdayOf(first);
    const last = Math.min(schedule.end ? dayNumber(schedule.end) : Infinity, Math.max(today, first) + HORIZON_DAYS);
    for (let day = Math.max(today, first); day <= last; day++) {
      const week = Math.floor((day - weekdayOf(day) - anchorMonday) / 7);
      const date = isoDay(day);
      if (days.has(weekdayOf(day)) && week % interval === 0 && upcoming(date, start, end)) {
        found.push({ date, start, end });
        break;
      }
    }
  } else if (schedule.start && !schedule.dates && upcoming(schedule.start, start, end)) {
    found.push({ date: schedule.start, start, end });
  }
  return found.sort((a, b) => (a.date + (a.start ?? '') < b.date + (b.start ?? '') ? -1 : 1))[0];
}
