/**
 * What the calendar lists, computed from the filtered offers: their
 * sessions in a range as Berlin wall-clock time (feeds in another zone are
 * converted), the courses that run for weeks and are shown once with their
 * pattern, days and weeks of the agenda, and the days of a month grid.
 */
import type { Catalog, OfferEntry } from '../../core/feed/catalog.js';
import { dayNumber, isoDay, weekdayOf } from '../../core/time/berlin.js';
import { berlinOccurrences } from '../../core/time/berlin-occurrences.js';
import { hasRule, pastMidnight, type Occurrence } from '../../core/time/recurrence.js';
import { feedZone } from '../../core/time/zone.js';

export interface Session {
  entry: OfferEntry;
  /** In Europe/Berlin. */
  occurrence: Occurrence;
}

export interface Records {
  /** Offers with a schedule, in catalogue order. */
  records: OfferEntry[];
  /** For each catalogue position, the record's position, or -1. */
  position: Int32Array;
}

const recordCache = new WeakMap<Catalog, Records>();

/** The offers a calendar can show: those with a schedule. */
export function scheduledOffers(catalog: Catalog): Records {
  let found = recordCache.get(catalog);
  if (!found) {
    const records: OfferEntry[] = [];
    const position = new Int32Array(catalog.offers.length).fill(-1);
    catalog.offers.forEach((entry, i) => {
      if (entry.offer.schedule) position[i] = records.push(entry) - 1;
    });
    recordCache.set(catalog, (found = { records, position }));
  }
  return found;
}

/** The sessions of one offer from `from` to `to` (days in Berlin). */
export function sessionsOf(entry: OfferEntry, from: string, to: string): Occurrence[] {
  return entry.offer.schedule ? berlinOccurrences(entry.offer.schedule, feedZone(entry.feed), from, to) : [];
}

/** Every session of `entries` from `from` to `to`, in order of time. */
export function sessionsBetween(entries: readonly OfferEntry[], from: string, to: string): Session[] {
  const all: Session[] = [];
  for (const entry of entries) for (const occurrence of sessionsOf(entry, from, to)) all.push({ entry, occurrence });
  // Sorted by a key made once per session (day, then time; whole days first), not once per comparison.
  const keys = all.map(({ occurrence: o }) => (o.start ? `${o.date}${o.start}` : o.date));
  return all
    .map((_, i) => i)
    .sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : a - b))
    .map((i) => all[i]);
}

/** A course with a rule and this many sessions or more in the range is listed once, with its pattern. */
export const SERIES_MIN = 4;

/** Splits sessions into courses shown once (with their sessions) and single lines. */
export function splitSeries(sessions: readonly Session[]): { series: { entry: OfferEntry; sessions: Session[] }[]; lines: Session[] } {
  const byEntry = new Map<OfferEntry, Session[]>();
  for (const session of sessions) {
    if (!hasRule(session.entry.offer.schedule!)) continue;
    const list = byEntry.get(session.entry);
    if (list) list.push(session);
    else byEntry.set(session.entry, [session]);
  }
  const series = [...byEntry].filter(([, list]) => list.length >= SERIES_MIN).map(([entry, list]) => ({ entry, sessions: list }));
  const shownOnce = new Set(series.map((s) => s.entry));
  // What differs from the pattern (a cancelled or moved session, a note) is still listed on its day.
  const lines = sessions.filter((s) => !shownOnce.has(s.entry) || s.occurrence.status !== 'scheduled' || s.occurrence.note || s.occurrence.place);
  return { series, lines };
}

export interface Group {
  /** The day, or the Monday of the week. */
  key: string;
  sessions: Session[];
}

/** The Monday of the week of `date`. */
export function mondayOf(date: string): string {
  const day = dayNumber(date);
  return isoDay(day - weekdayOf(day));
}

/**
 * Sessions grouped by their day, or by the week (from Monday) they fall in; a session running over
 * several days is listed on its first, or on `from` when it began before (an exhibition that is on
 * now is listed today, not under a day long past).
 */
export function groupSessions(sessions: readonly Session[], by: 'day' | 'week', from = ''): Group[] {
  const groups: Group[] = [];
  for (const session of sessions) {
    const day = session.occurrence.date < from ? from : session.occurrence.date;
    const key = by === 'day' ? day : mondayOf(day);
    const last = groups[groups.length - 1];
    if (last?.key === key) last.sessions.push(session);
    else groups.push({ key, sessions: [session] });
  }
  return groups;
}

/** The 42 days (six weeks from Monday) that a month grid shows for `month` (`YYYY-MM`). */
export function monthDays(month: string): string[] {
  const first = dayNumber(`${month}-01`);
  const start = first - weekdayOf(first);
  return Array.from({ length: 42 }, (_, i) => isoDay(start + i));
}

/** Sessions per day, a session over several days on each of them. */
export function sessionsByDay(sessions: readonly Session[], from: string, to: string): Map<string, Session[]> {
  const byDay = new Map<string, Session[]>();
  const [fromDay, toDay] = [dayNumber(from), dayNumber(to)];
  for (const session of sessions) {
    const { date, endDate } = session.occurrence;
    const first = dayNumber(date);
    // Past midnight (an end the next day, before the start time) is not another day of the session; several days are.
    const last = endDate && !pastMidnight(session.occurrence) ? dayNumber(endDate) : first;
    for (let day = Math.max(first, fromDay), end = Math.min(last, toDay); day <= end; day++) {
      const key = isoDay(day);
      const list = byDay.get(key);
      if (list) list.push(session);
      else byDay.set(key, [session]);
    }
  }
  return byDay;
}

/** `YYYY-MM` of a day, and the month `delta` months away. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

export function addMonths(month: string, delta: number): string {
  const index = +month.slice(0, 4) * 12 + +month.slice(5, 7) - 1 + delta;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The same day of the month in another month, the last day when that month is shorter (31 January, one month on: 28 February). */
export function sameDayIn(date: string, month: string): string {
  const last = dayNumber(`${addMonths(month, 1)}-01`) - 1;
  return isoDay(Math.min(dayNumber(`${month}-01`) + +date.slice(8, 10) - 1, last));
}
