/**
 * The calendar's own facets, as data like `core/filters/offer-facets.ts`:
 * course type, language level, time of day, starts within n weeks, places
 * free; beside the shared town, language, language of the texts, kind,
 * topic, free-of-charge and childcare facets. "Starts within" depends on today, so the list is made
 * per day (and the facet table with it).
 */
import type { Schedule } from '../../core/feed/schema.js';
import { CEFR, COURSE_TYPES, WEEKDAYS, type CourseType } from '../../core/feed/vocabulary.js';
import type { FacetSpec } from '../../core/filters/facets.js';
import { childcareFacet, freeFacet, kindsFacet, languagesFacet, municipalityFacet, textLanguagesFacet, topicsFacet } from '../../core/filters/offer-facets.js';
import { formatNumber } from '../../core/locale/format.js';
import { msg, str } from '../../core/locale/localize.js';
import { plural } from '../../core/locale/plural.js';
import { dayNumber, weekdayOf } from '../../core/time/berlin.js';
import { courseTypeLabel, seatsState } from './course-labels.js';

export const TIMES_OF_DAY = ['morning', 'afternoon', 'evening', 'weekend'] as const;
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];
/** The "starts within" options, in weeks. */
export const START_WEEKS = ['2', '4', '8', '12'] as const;

const LEVELS = CEFR.map((level) => level.toLowerCase());

export const typesFacet: FacetSpec = {
  id: 'types',
  kind: 'list',
  values: ({ offer }) => (offer.courseType ? [offer.courseType] : []),
  legend: () => msg('Type of course'),
  label: (type) => {
    const text = courseTypeLabel(type as CourseType);
    return { text, markup: text };
  },
  order: 'fixed',
  fixed: COURSE_TYPES,
  preset: { accepts: (type) => (COURSE_TYPES as readonly string[]).includes(type), accepted: COURSE_TYPES.join(', ') },
};

/** Every level a course leads through: A1–B1 is for A1, A2 and B1. */
export const levelsFacet: FacetSpec = {
  id: 'levels',
  kind: 'list',
  caseless: true,
  values: ({ offer }) => {
    const { level } = offer;
    if (!level?.from && !level?.to) return [];
    const from = CEFR.indexOf(level.from ?? level.to!);
    const to = CEFR.indexOf(level.to ?? level.from!);
    return CEFR.slice(Math.min(from, to), Math.max(from, to) + 1);
  },
  legend: () => msg('Language level'),
  label: (_key, shown) => ({ text: shown === 'A0' ? msg('A0 (no prior knowledge)') : shown, markup: shown === 'A0' ? msg('A0 (no prior knowledge)') : shown }),
  order: 'fixed',
  fixed: LEVELS,
  preset: { accepts: (level) => LEVELS.includes(level.toLowerCase()), accepted: CEFR.join(', ') },
};

/** The weekdays (0 = Monday) and start times a schedule's sessions have. */
function shape(schedule: Schedule): { days: Set<number>; starts: string[] } {
  const days = new Set<number>();
  const starts: string[] = [];
  if (schedule.startTime) starts.push(schedule.startTime);
  for (const day of schedule.weekly?.days ?? []) days.add(WEEKDAYS.indexOf(day));
  if (schedule.monthly && 'weekday' in schedule.monthly) days.add(WEEKDAYS.indexOf(schedule.monthly.weekday));
  for (const date of schedule.dates ?? []) {
    addDays(days, date.date, date.endDate);
    if (date.start) starts.push(date.start);
  }
  if (!schedule.weekly && !schedule.monthly && !schedule.dates && schedule.start) addDays(days, schedule.start, schedule.end);
  return { days, starts };
}

/** The weekdays from `first` to `last` (a festival from Friday to Sunday is on a weekend); a week has them all. */
function addDays(days: Set<number>, first: string, last = first): void {
  const from = dayNumber(first);
  for (let day = from, end = Math.min(dayNumber(last), from + 6); day <= end; day++) days.add(weekdayOf(day));
}

export function timesOfDay(schedule: Schedule | undefined): TimeOfDay[] {
  if (!schedule) return [];
  const { days, starts } = shape(schedule);
  const out = new Set<TimeOfDay>();
  for (const start of starts) out.add(start < '12:00' ? 'morning' : start < '17:00' ? 'afternoon' : 'evening');
  if (days.has(5) || days.has(6)) out.add('weekend');
  return TIMES_OF_DAY.filter((t) => out.has(t));
}

export function timeOfDayLabel(time: TimeOfDay): string {
  switch (time) {
    case 'morning':
      return msg('Mornings (before 12:00)');
    case 'afternoon':
      return msg('Afternoons (12:00–17:00)');
    case 'evening':
      return msg('Evenings (from 17:00)');
    case 'weekend':
      return msg('Weekends');
  }
}

export const timesFacet: FacetSpec = {
  id: 'times',
  kind: 'list',
  values: ({ offer }) => timesOfDay(offer.schedule),
  legend: () => msg('Time of day'),
  label: (time) => {
    const text = timeOfDayLabel(time as TimeOfDay);
    return { text, markup: text };
  },
  order: 'fixed',
  fixed: TIMES_OF_DAY,
};

/** The first day of a schedule, if it has a fixed one (a rule without a start runs already). */
export function firstDay(schedule: Schedule | undefined): string | undefined {
  if (!schedule) return undefined;
  const dates = (schedule.dates ?? []).map((d) => d.date).sort();
  const candidates = [schedule.start, dates[0]].filter((d): d is string => Boolean(d));
  if (!schedule.start && (schedule.weekly || schedule.monthly)) return undefined;
  return candidates.sort()[0];
}

export function startsLabel(weeks: number, ui: string): string {
  const n = formatNumber(weeks, ui);
  return plural(weeks, ui, {
    zero: () => msg(str`Within ${n} weeks`, { id: 'within-weeks.zero' }),
    one: () => msg(str`Within ${n} week`),
    two: () => msg(str`Within ${n} weeks`, { id: 'within-weeks.two' }),
    few: () => msg(str`Within ${n} weeks`, { id: 'within-weeks.few' }),
    many: () => msg(str`Within ${n} weeks`, { id: 'within-weeks.many' }),
    other: () => msg(str`Within ${n} weeks`),
  });
}

const startsFacets = new Map<string, FacetSpec>();

/** Courses whose first session is from today to n weeks ahead. */
function startsFacet(today: string): FacetSpec {
  let facet = startsFacets.get(today);
  if (!facet) {
    startsFacets.clear();
    const now = dayNumber(today);
    facet = {
      id: 'starts',
      kind: 'list',
      values: ({ offer }) => {
        const first = firstDay(offer.schedule);
        if (!first || offer.status === 'cancelled') return [];
        const ahead = dayNumber(first) - now;
        return ahead < 0 ? [] : START_WEEKS.filter((weeks) => ahead < Number(weeks) * 7);
      },
      legend: () => msg('Starts'),
      label: (weeks, _shown, { ui }) => {
        const text = startsLabel(Number(weeks), ui);
        return { text, markup: text };
      },
      order: 'fixed',
      fixed: START_WEEKS,
    };
    startsFacets.set(today, facet);
  }
  return facet;
}

/** Places are free unless the course is full (or cancelled); a course that says nothing of places counts as free. */
export const seatsFacet: FacetSpec = {
  id: 'seats',
  kind: 'flag',
  values: ({ offer }) => {
    if (offer.status === 'cancelled') return false;
    const state = seatsState(offer.schedule?.seats, offer.schedule?.seatsLeft, offer.status, offer.registration?.waitingList);
    return state !== 'full' && state !== 'waiting-list';
  },
  legend: () => msg('Places free'),
};

const lists = new Map<string, readonly FacetSpec[]>();

/** The calendar's facets on `today`, in the order of its filter panel: the same list all day. */
export function calendarFacets(today: string): readonly FacetSpec[] {
  let facets = lists.get(today);
  if (!facets) {
    lists.clear();
    facets = [typesFacet, levelsFacet, timesFacet, startsFacet(today), municipalityFacet, languagesFacet, textLanguagesFacet, kindsFacet, topicsFacet, freeFacet, childcareFacet, seatsFacet];
    lists.set(today, facets);
  }
  return facets;
}

