/**
 * The sessions of a course or event, from its schedule: a weekly rhythm
 * (every n-th week, counted from the week of `start`, weeks from Monday), a
 * monthly one ("first Tuesday", "last Friday", "the 15th"), either between
 * `start` and `end` or for `count` sessions, without the days in `except`,
 * plus extra `dates`, and `changes` that cancel or move single sessions.
 * Without a rule and without dates, `start` alone is one date, over several
 * days when `end` is later.
 *
 * Everything is wall-clock time in the feed's time zone: a session at 18:00
 * is at 18:00 on either side of a change to summer time, and days are plain
 * day numbers, free of time zones. An end time not after the start time
 * means the session ends the next day (22:00–02:00), as in opening hours.
 *
 * The same rules write iCalendar (`core/calendar/offer-events.ts`) with
 * RFC 5545 semantics, and tests compare both with ical.js: an interval
 * counts from the first session's week or month, days a month lacks (a 31st,
 * a fifth Tuesday) are skipped, and `count` counts sessions that take place
 * or were cancelled, not days in `except`.
 */
import type { Schedule, Text } from '../feed/schema.js';
import { MONTH_WEEKS, WEEKDAYS } from '../feed/vocabulary.js';
import { dayNumber, isoDay, weekdayOf } from './berlin.js';

export type OccurrenceStatus = 'scheduled' | 'cancelled' | 'moved';
/** Where a session comes from: a rule, an extra date, or `start` alone. */
export type OccurrenceSource = 'weekly' | 'monthly' | 'date' | 'single';

export interface Occurrence {
  /** `YYYY-MM-DD`, the day it takes place (after a move). */
  date: string;
  /** `HH:MM`; none for a whole-day date. */
  start?: string;
  end?: string;
  /** The last day, when it ends on a later day (past midnight, several days). */
  endDate?: string;
  /** The day and time it was planned for: its identity (iCalendar's RECURRENCE-ID) even when moved. */
  planned: string;
  plannedStart?: string;
  source: OccurrenceSource;
  status: OccurrenceStatus;
  note?: Text;
  /** The id of a place other than the offer's. */
  place?: string;
}

/** A rule's day, with the series that made it; `excepted` days are in `except` (iCalendar's EXDATE). */
export interface RuleDay {
  day: number;
  series: 'weekly' | 'monthly';
  excepted: boolean;
}

/** Monthly and weekly rules are followed at most this far (about 40 years): every loop ends. */
const MAX_RULE_DAYS = 40 * 366;

type Monthly = NonNullable<Schedule['monthly']>;

/** Days in a month (`month` counted from year 0, January = 0). */
function monthStart(month: number): number {
  return Date.UTC(Math.floor(month / 12), month % 12, 1) / 86_400_000;
}

function monthIndex(day: number): number {
  const date = new Date(day * 86_400_000);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/** The day of `monthly` in a month, or undefined when that month has none (a 31st in April, a fifth Tuesday). */
function dayInMonth(monthly: Monthly, month: number): number | undefined {
  const first = monthStart(month);
  const last = monthStart(month + 1) - 1;
  if ('day' in monthly) {
    const day = first + monthly.day - 1;
    return day <= last ? day : undefined;
  }
  const weekday = WEEKDAYS.indexOf(monthly.weekday);
  if (monthly.week === 'last') return last - ((weekdayOf(last) - weekday + 7) % 7);
  const day = first + ((weekday - weekdayOf(first) + 7) % 7) + 7 * MONTH_WEEKS.indexOf(monthly.week);
  return day <= last ? day : undefined;
}

/** Ascending days of the weekly rule from `first` on, in phase with the week of `anchor`. */
function* weeklyDays(weekly: NonNullable<Schedule['weekly']>, first: number, anchor: number, last: number): Generator<number> {
  const days = [...new Set(weekly.days.map((d) => WEEKDAYS.indexOf(d)))].sort((a, b) => a - b);
  const step = 7 * (weekly.interval ?? 1);
  const anchorMonday = anchor - weekdayOf(anchor);
  let monday = first - weekdayOf(first);
  monday += (((anchorMonday - monday) % step) + step) % step;
  for (; monday <= last; monday += step) {
    for (const weekday of days) {
      const day = monday + weekday;
      if (day > last) return;
      if (day >= first) yield day;
    }
  }
}

/** Ascending days of the monthly rule from `first` on, in phase with the month of `anchor`. */
function* monthlyDays(monthly: Monthly, first: number, anchor: number, last: number): Generator<number> {
  const step = monthly.interval ?? 1;
  const anchorMonth = monthIndex(anchor);
  let month = monthIndex(first);
  month += (((anchorMonth - month) % step) + step) % step;
  for (; monthStart(month) <= last; month += step) {
    const day = dayInMonth(monthly, month);
    if (day === undefined || day < first) continue;
    if (day > last) return;
    yield day;
  }
}

/** The days off of a schedule: single days and ranges, however long. */
export interface ExceptedDays {
  has(day: string): boolean;
  /** The last day off, if any. */
  last?: string;
  /** The first day of a break of 20 years or more ("paused until further notice"): rules end the day before. */
  pausedFrom?: string;
}

/** A break this long is an end, not a holiday. */
const ENDLESS_BREAK_DAYS = 20 * 365;
const exceptCache = new WeakMap<Schedule, ExceptedDays>();

/** The days of `except`, ranges kept as ranges (compared, never spelled out). */
export function exceptedDays(schedule: Schedule): ExceptedDays {
  let days = exceptCache.get(schedule);
  if (!days) {
    const single = new Set<string>();
    const ranges: { from: string; to: string }[] = [];
    let last: string | undefined;
    let pausedFrom: string | undefined;
    for (const item of schedule.except ?? []) {
      const range = typeof item === 'string' ? { from: item, to: item } : item;
      if (range.from === range.to) single.add(range.from);
      else if (range.from < range.to) ranges.push(range);
      else continue;
      if (!last || range.to > last) last = range.to;
      if (dayNumber(range.to) - dayNumber(range.from) >= ENDLESS_BREAK_DAYS && (!pausedFrom || range.from < pausedFrom)) pausedFrom = range.from;
    }
    days = { has: (day) => single.has(day) || ranges.some((r) => day >= r.from && day <= r.to), last, pausedFrom };
    exceptCache.set(schedule, days);
  }
  return days;
}

/** True when the schedule has a weekly or monthly rule. */
export function hasRule(schedule: Schedule): boolean {
  return Boolean(schedule.weekly || schedule.monthly);
}

/**
 * The rule's days in order, excepted ones included and marked, from `start`
 * (or from `from` without one) to the end: `end`, `count` sessions, or
 * `to`, whichever comes first. A day both rules make comes once, from the
 * weekly one.
 */
export function ruleDays(schedule: Schedule, from?: string, to?: string): RuleDay[] {
  const { weekly, monthly } = schedule;
  if (!weekly && !monthly) return [];
  const start = schedule.start ? dayNumber(schedule.start) : undefined;
  // Without a start, rules run in phase with the week or month of 5 January 1970 (a Monday).
  const anchor = start ?? 4;
  // Counted sessions are counted from the start, whatever range is asked for.
  const counting = schedule.count !== undefined && start !== undefined;
  const low = from === undefined ? -Infinity : dayNumber(from);
  const first = counting ? start : Math.max(start ?? -Infinity, low === -Infinity ? anchor : low);
  let last = first + MAX_RULE_DAYS;
  if (schedule.end) last = Math.min(last, dayNumber(schedule.end));
  if (to !== undefined) last = Math.min(last, dayNumber(to));
  const except = exceptedDays(schedule);
  if (except.pausedFrom) last = Math.min(last, dayNumber(except.pausedFrom) - 1);
  const a = weekly ? weeklyDays(weekly, first, anchor, last) : undefined;
  const b = monthly ? monthlyDays(monthly, first, anchor, last) : undefined;
  let nextA = a?.next();
  let nextB = b?.next();
  const out: RuleDay[] = [];
  let counted = 0;
  while ((nextA && !nextA.done) || (nextB && !nextB.done)) {
    const dayA = nextA && !nextA.done ? nextA.value : Infinity;
    const dayB = nextB && !nextB.done ? nextB.value : Infinity;
    const day = Math.min(dayA, dayB);
    if (dayA === day) nextA = a!.next();
    if (dayB === day) nextB = b!.next();
    const excepted = except.has(isoDay(day));
    if (day >= low) out.push({ day, series: day === dayA ? 'weekly' : 'monthly', excepted });
    if (!excepted && counting && ++counted >= schedule.count!) break;
  }
  return out;
}

/** The last day of the rule, when it has one (an `end`, or `count` sessions from `start`). */
export function lastRuleDay(schedule: Schedule): string | undefined {
  if (!hasRule(schedule)) return undefined;
  const paused = exceptedDays(schedule).pausedFrom;
  const beforePause = paused ? isoDay(dayNumber(paused) - 1) : undefined;
  const earliest = (a: string | undefined, b: string | undefined) => (a && b ? (a < b ? a : b) : (a ?? b));
  if (schedule.count !== undefined && schedule.start) {
    const days = ruleDays(schedule).filter((d) => !d.excepted);
    const last = days[days.length - 1];
    const byCount = last ? isoDay(last.day) : undefined;
    return earliest(schedule.end && byCount && schedule.end < byCount ? schedule.end : byCount, beforePause);
  }
  return earliest(schedule.end, beforePause);
}

/** The day after `date` when a session from `start` to `end` runs past midnight. */
function endDateOf(date: string, start: string | undefined, end: string | undefined, endDate: string | undefined): string | undefined {
  if (endDate && endDate > date) return endDate;
  if (start && end && end <= start) return isoDay(dayNumber(date) + 1);
  return undefined;
}

function session(date: string, start: string | undefined, end: string | undefined, source: OccurrenceSource, endDate?: string): Occurrence {
  const occurrence: Occurrence = { date, planned: date, source, status: 'scheduled' };
  if (start) occurrence.start = occurrence.plannedStart = start;
  if (start && end) occurrence.end = end;
  const last = endDateOf(date, start, end, endDate);
  if (last) occurrence.endDate = last;
  return occurrence;
}

/** True when a session ends the next day at an earlier time than it began (a night out), not over several days. */
export function pastMidnight(o: { date: string; start?: string; end?: string; endDate?: string }): boolean {
  return !!(o.start && o.end && o.end <= o.start && o.endDate === isoDay(dayNumber(o.date) + 1));
}

/** Orders sessions by day, then time (whole days first). */
export function compareOccurrences(a: Occurrence, b: Occurrence): number {
  const x = `${a.date} ${a.start ?? ''}`;
  const y = `${b.date} ${b.start ?? ''}`;
  return x < y ? -1 : x > y ? 1 : 0;
}

const minutes = (time: string) => +time.slice(0, 2) * 60 + +time.slice(3, 5);

/** A wall-clock time moved by `delta` minutes, around the clock. */
function shift(time: string, delta: number): string {
  const total = (((minutes(time) + delta) % 1440) + 1440) % 1440;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

const cache = new WeakMap<Schedule, Map<string, Occurrence[]>>();

/**
 * Every session that takes place (or was cancelled) on a day from `from` to
 * `to` (`YYYY-MM-DD`, inclusive), in order; one that started earlier and
 * still runs on `from` counts. Cancelled sessions stay in the list, marked,
 * so residents read that they are off. Cached per schedule and range.
 */
export function occurrences(schedule: Schedule, from: string, to: string): Occurrence[] {
  let perRange = cache.get(schedule);
  if (!perRange) cache.set(schedule, (perRange = new Map()));
  const key = `${from}|${to}`;
  let found = perRange.get(key);
  if (!found) {
    found = compute(schedule, from, to);
    if (perRange.size > 16) perRange.clear();
    perRange.set(key, found);
  }
  return found;
}

/** How far before `from` a session may start and still run into it (a festival of several days). */
const LOOK_BACK_DAYS = 31;

function compute(schedule: Schedule, from: string, to: string): Occurrence[] {
  const { startTime, endTime } = schedule;
  const changes = schedule.changes ?? [];
  const low = isoDay(dayNumber(from) - LOOK_BACK_DAYS);
  const high = to;
  const except = exceptedDays(schedule);
  const all: Occurrence[] = [];
  const addRuleDays = (days: RuleDay[]) => {
    for (const { day, series, excepted } of days) if (!excepted) all.push(session(isoDay(day), startTime, endTime, series));
  };
  addRuleDays(ruleDays(schedule, low, high));
  // A session moved into the range (or out of it) may have been planned far away: each such
  // planned day is looked at alone, so an old or mistyped date never shifts the whole range.
  const farChanges = new Set(changes.map((change) => change.date).filter((date) => date < low || date > high));
  for (const date of farChanges) addRuleDays(ruleDays(schedule, date, date));
  const ruleSessions = new Set(all.map((o) => `${o.date} ${o.start}`));
  for (const extra of schedule.dates ?? []) {
    // A date over several days counts while it runs (an exhibition from October to January).
    const inRange = (extra.endDate ?? extra.date) >= low && extra.date <= high;
    if ((!inRange && !farChanges.has(extra.date)) || except.has(extra.date)) continue;
    const start = extra.start ?? startTime;
    // A date the rule already has at that time is that session, not a second one.
    if (ruleSessions.has(`${extra.date} ${start}`)) continue;
    const occurrence = session(extra.date, start, extra.start ? extra.end : (extra.end ?? endTime), 'date', extra.endDate);
    if (extra.note) occurrence.note = extra.note;
    if (extra.place) occurrence.place = extra.place;
    all.push(occurrence);
  }
  if (!hasRule(schedule) && !schedule.dates && schedule.start && schedule.start <= high) {
    all.push(session(schedule.start, startTime, endTime, 'single', schedule.end));
  }
  for (const change of changes) {
    const target = all.find((o) => o.planned === change.date && (!change.plannedStart || o.plannedStart === change.plannedStart));
    if (!target) continue;
    if (change.note) target.note = change.note;
    if (change.cancelled) {
      target.status = 'cancelled';
      continue;
    }
    if (change.place) target.place = change.place;
    if (change.newDate || change.startTime || change.endTime) {
      const start = change.startTime ?? target.start;
      // A new start without a new end keeps the session's length.
      const end = change.endTime ?? (change.startTime && target.start && target.end ? shift(target.end, minutes(change.startTime) - minutes(target.start)) : target.end);
      const moved = session(change.newDate ?? target.date, start, end, target.source);
      target.date = moved.date;
      if (start) target.start = start;
      if (end) target.end = end;
      else delete target.end;
      if (moved.endDate) target.endDate = moved.endDate;
      else delete target.endDate;
      target.status = 'moved';
    } else if (change.place) {
      target.status = 'moved';
    }
  }
  return all.filter((o) => (o.endDate ?? o.date) >= from && o.date <= to).sort(compareOccurrences);
}
