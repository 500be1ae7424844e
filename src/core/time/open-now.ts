/** Opening hours on a given day and "open now", in Europe/Berlin. */
import type { OpeningHours } from '../feed/schema.js';
import { WEEKDAYS } from '../feed/vocabulary.js';
import { dayNumber, isoDay, weekdayOf, type BerlinNow } from './berlin.js';

export interface Span {
  opens: string;
  closes: string;
}

/**
 * The hours on one day: an exception for that date wins over the regular
 * hours (`[]` when closed). `undefined` when the feed says nothing for it.
 */
export function hoursOn(hours: OpeningHours, date: string): Span[] | undefined {
  const exception = hours.exceptions?.find((e) => e.date === date);
  if (exception?.closed) return [];
  if (exception?.opens && exception.closes) return [{ opens: exception.opens, closes: exception.closes }];
  // Day and night: one span from midnight to midnight (a span that closes when it opens runs past midnight).
  if (hours.always) return [{ opens: '00:00', closes: '00:00' }];
  if (!hours.regular) return undefined;
  const day = WEEKDAYS[weekdayOf(dayNumber(date))];
  return hours.regular.filter((s) => s.days.includes(day)).map(({ opens, closes }) => ({ opens, closes }));
}

/**
 * Whether the place is open at `now`; `undefined` when the hours do not
 * tell. A span that closes at or before it opens runs past midnight.
 */
export function isOpen(hours: OpeningHours, now: BerlinNow): boolean | undefined {
  const today = hoursOn(hours, now.date);
  const yesterday = hoursOn(hours, isoDay(dayNumber(now.date) - 1));
  if (today === undefined && yesterday === undefined) return undefined;
  const t = now.time;
  return (
    (today ?? []).some((s) => t >= s.opens && (s.closes <= s.opens || t < s.closes)) ||
    (yesterday ?? []).some((s) => s.closes <= s.opens && t < s.closes)
  );
}
