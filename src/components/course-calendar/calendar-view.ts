/**
 * What the calendar shows for a feed and a filter state: the filtered
 * offers, and for the agenda its courses shown once and its days or weeks,
 * for the month its 42 days and their sessions. Computed once per change in
 * the element's `willUpdate()`; what did not change is taken from the last
 * result (a new month keeps the filtering, an unchanged state the whole).
 */
import type { Catalog, OfferEntry } from '../../core/feed/catalog.js';
import type { FilterController, FilterState } from '../../core/filters/filter-controller.js';
import { bestRelief, filterView, type FilterView } from '../../core/filters/filter-view.js';
import type { OfferSearch } from '../../core/search/offer-search.js';
import { dayNumber, isoDay } from '../../core/time/berlin.js';
import { baseLanguage } from '../../core/locale/direction.js';
import { groupSessions, monthDays, monthOf, scheduledOffers, sessionsBetween, sessionsByDay, splitSeries, type Group, type Session } from './calendar-data.js';
import { calendarFacets } from './course-facets.js';

export const VIEWS = ['', 'agenda', 'month'] as const;
export type CalendarView = 'agenda' | 'month';
export const GROUPS = ['day', 'week'] as const;

/** The calendar's own values in the URL, beside the search and the filters. */
export interface CalendarFields {
  /** The resident's choice; empty: the attribute's, else by width. */
  view: (typeof VIEWS)[number];
  month: string;
  /** The open day of the month view. */
  day: string;
  /** The key of the open course. */
  course: string;
  group: (typeof GROUPS)[number];
}

/** The filter state and view, as `lotse-filter-change` reports it. */
export interface CourseCalendarFilters {
  query: string;
  types: string[];
  levels: string[];
  times: string[];
  starts: string[];
  municipality: string[];
  languages: string[];
  kinds: string[];
  topics: string[];
  free: boolean;
  childcare: boolean;
  seats: boolean;
  view: CalendarView;
  /** `YYYY-MM`, the month shown in the month view. */
  month: string;
}

/** The filter state as `lotse-filter-change` reports it (copies). */
export function filtersOf({ query, selection }: FilterState<CalendarFields>, view: CalendarView, month: string): CourseCalendarFilters {
  const list = (id: string) => [...(selection[id] ?? [])];
  return {
    query,
    types: list('types'),
    levels: list('levels'),
    times: list('times'),
    starts: list('starts'),
    municipality: list('municipality'),
    languages: list('languages'),
    kinds: list('kinds'),
    topics: list('topics'),
    free: list('free').length > 0,
    childcare: list('childcare').length > 0,
    seats: list('seats').length > 0,
    view,
    month,
  };
}

/** Everything the calendar shows. */
export interface Shown extends FilterView {
  catalog: Catalog;
  filterState: FilterState<CalendarFields>;
  /** What the filtering depends on beside the filter state: the search index, the languages, the day. */
  filterKey: string;
  locked: ReadonlySet<string>;
  hits: number[] | undefined;
  key: string;
  search: OfferSearch;
  entries: OfferEntry[];
  shape: CalendarView;
  /** Agenda: courses shown once, and the other sessions by day or week. */
  series: { entry: OfferEntry; sessions: Session[] }[];
  groups: Group[];
  /** Month: its days and their sessions. */
  month: string;
  days: string[];
  byDay: Map<string, Session[]>;
  /** Sessions in the period shown. */
  dates: number;
  until: string;
  relief?: { what: string; count: number };
}

export interface ShownInput {
  catalog: Catalog;
  filtering: FilterController<CalendarFields>;
  search: OfferSearch;
  requested: string;
  ui: string;
  /** The UI language's strings are loaded (labels made before are made again). */
  words: boolean;
  texts: readonly string[];
  /** Today in Berlin. */
  today: string;
  shape: CalendarView;
  month: string;
  /** Weeks the agenda shows. */
  weeks: number;
  /** The last result, whose parts are kept where nothing they depend on changed. */
  last?: Shown;
}

export function shownFor({ catalog, filtering, search, requested, ui, words, texts, today, shape, month, weeks, last }: ShownInput): Shown {
  const filterState = filtering.state;
  const { query, fields: f } = filterState;
  const key = [search.ready, search.complete, texts.join(' '), ui, words, today, shape, month, weeks, f.group].join('|');
  if (last?.catalog === catalog && last.key === key && last.filterState === filterState) return last;

  // The filtering is the same when only the view or the month changed.
  const filterKey = [search.ready, search.complete, texts.join(' '), ui, words, today].join('|');
  const same = last?.catalog === catalog && last.filterState.query === query && last.filterState.selection === filterState.selection && last.filterKey === filterKey && last.locked === filtering.locked;
  const { records, position } = scheduledOffers(catalog);
  const hits = same ? last.hits : search.search(query);
  const matched = hits?.map((i) => position[i]).filter((i) => i >= 0);
  const filtered: FilterView = same ? last : filterView(records, calendarFacets(today), filtering, { catalog, requested, texts, ui }, matched);
  if (!same) filtering.checkPresets(filtered.table);
  const entries = same ? last.entries : filtered.results.map((i) => records[i]);
  const { table, counts, slice, labels, results } = filtered;
  const shown: Shown = { table, counts, slice, labels, results, catalog, filterState, filterKey, locked: filtering.locked, hits, key, search, entries, shape, series: [], groups: [], month, days: [], byDay: new Map(), dates: 0, until: '' };
  if (shape === 'agenda') {
    const until = isoDay(dayNumber(today) + weeks * 7 - 1);
    const sessions = sessionsBetween(entries, today, until);
    const { series, lines } = splitSeries(sessions);
    shown.series = series;
    shown.groups = groupSessions(lines, f.group, today);
    shown.dates = sessions.length;
    shown.until = until;
  } else {
    const days = monthDays(month);
    const sessions = sessionsBetween(entries, days[0], days[41]);
    shown.days = days;
    shown.byDay = sessionsByDay(sessions, days[0], days[41]);
    shown.dates = sessions.filter((s) => monthOf(s.occurrence.date) === month).length;
  }
  if (entries.length === 0) shown.relief = bestRelief(shown, filtering, { text: query, searched: hits !== undefined });
  return shown;
}

/**
 * The locale dates and numbers are written in: the page's own when it is
 * a variant of the UI language (`ar-EG` writes Arabic-Indic digits, `de-AT`
 * "Jänner"), else the UI language.
 */
export function formatLocaleOf(requested: string, ui: string): string {
  return baseLanguage(requested) === ui ? requested : ui;
}
