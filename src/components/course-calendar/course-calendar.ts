import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '../../core/locale/localize.js';
import { LotseFeedElement } from '../../core/feed-element.js';
import type { Catalog, OfferEntry } from '../../core/feed/catalog.js';
import { entryByKey } from '../../core/feed/entries.js';
import type { CalendarResultsDetail, CourseCalendarEvents, CourseSelectDetail } from './calendar-events.js';
import type { TypedEvents } from '../../core/typed-events.js';
import { acceptIcsSources } from '../../core/calendar/ics-source.js';
import { fields, FilterController, type FilterState } from '../../core/filters/filter-controller.js';
import { formatNumber } from '../../core/locale/format.js';
import { plural } from '../../core/locale/plural.js';
import { offerSearch } from '../../core/search/offer-search.js';
import { berlinNow, dayNumber, isoDay } from '../../core/time/berlin.js';
import { ClockController } from '../../core/time/clock.js';
import { baseStyles } from '../../core/ui/base-styles.js';
import { cardStyles } from '../../core/ui/card.js';
import { filterGroupStyles } from '../../core/ui/filter-group.js';
import { filterPanel, FilterPanelController, filterPanelStyles } from '../../core/ui/filter-panel.js';
import { FocusController } from '../../core/ui/focus.js';
import type { OfferContext } from '../../core/ui/offer-parts.js';
import { offerStyles } from '../../core/ui/offer-styles.js';
import { printOnly } from '../../core/ui/print.js';
import { reliefWords } from '../../core/ui/relief.js';
import { searchField, searchFieldStyles } from '../../core/ui/search-field.js';
import { emptyState, errorState, staleNotice, stateStyles, type ReadyFeedState } from '../../core/ui/states.js';
// The order of these imports is the bundle's: the month's, the detail's and the toolbar's templates
// beside the element's own pack 0.45 KB smaller in gzip than in alphabetical order.
import { courseCalendarStyles } from './course-calendar.styles.js';
import { calendarFacets } from './course-facets.js';
import { monthOf } from './calendar-data.js';
import { filtersOf, formatLocaleOf, GROUPS, shownFor, VIEWS, type CalendarFields, type CalendarView, type CourseCalendarFilters, type Shown } from './calendar-view.js';
import { downloadCalendar } from './calendar-links.js';
import { agendaView, openFromList, sizeDays } from './agenda.js';
import { AgendaSteps } from './agenda-steps.js';
import { datesText, dayAfterKey, monthTitle, monthView } from './month-grid.js';
import { courseDetail } from './course-detail.js';
import { calendarToolbar } from './calendar-toolbar.js';

export type { CalendarResultsDetail, CalendarView, CourseCalendarFilters, CourseSelectDetail };

/** Months and days of links: from 1900 to 2199, which `Date.UTC` and every grid can show. */
const MONTH = /^(19|20|21)\d\d-(0[1-9]|1[0-2])$/;
const DAY = /^(19|20|21)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Widgets narrower than this many em show the agenda unless told otherwise. */
const WIDE_EM = 44;

/* eslint-disable @typescript-eslint/no-unsafe-declaration-merging -- the interface only types listeners; addEventListener is HTMLElement's own */
export interface LotseCourseCalendar {
  addEventListener: TypedEvents<CourseCalendarEvents, LotseCourseCalendar>['addEventListener'];
  removeEventListener: TypedEvents<CourseCalendarEvents, LotseCourseCalendar>['removeEventListener'];
}

/**
 * Language courses, trainings and events at a glance: an agenda (one line
 * per session, courses that run for weeks once with their pattern) or a
 * month grid, filters for type, level, time of day, town, childcare, cost,
 * start and free places, a detail view with the course's facts, and .ics
 * files to take the dates into one's own calendar. Sources may be Lotse
 * feeds and iCalendar files (`.ics`).
 *
 * @element lotse-course-calendar
 * @summary Shows courses and events as an agenda or a month, filters them and puts them into residents' own calendars.
 *
 * @attr src - URL of the feed; several URLs separated by spaces are merged. An address ending in `.ics` is read as an iCalendar file.
 * @attr cache - `persistent` keeps the last good copy in the browser (IndexedDB) for when the server is down. Default: memory only.
 * @attr cache-max-age - Days a persistent copy may still be shown when the server is down (0 to 3650). Default: 30.
 * @attr trusted-feeds - Feeds of `src` that share the first feed's topics and audiences: space-separated URLs, or the bare attribute for every feed.
 * @attr lang - UI and content language; inherited from the nearest ancestor with `lang`, else German.
 * @attr topics - Preset topic ids, comma-separated. A topic includes its narrower topics.
 * @attr kinds - Preset kinds of offer, comma-separated: service, course, event, health, authority, network, programme.
 * @attr municipality - Preset municipalities by name, comma-separated.
 * @attr languages - Preset languages the courses are held in, comma-separated language codes (`de,ar`).
 * @attr levels - Preset language levels, comma-separated: A0, A1, A2, B1, B2, C1, C2. A course from A1 to B1 counts for each.
 * @attr types - Preset course types, comma-separated: integration, literacy, youth-integration, job-german, german-for-parents, german, homework-help, volunteer-training, training, information, meeting, conference, festival, culture, sport.
 * @attr locked-filters - Presets residents cannot change or clear: facet names, comma-separated (`types,levels`), or empty (the bare attribute) for every preset.
 * @attr view - `agenda` or `month`. Default: the agenda in a widget narrower than 44em, else the month.
 * @attr weeks-ahead - Weeks the agenda shows from today, 1 to 52. Default: 8.
 * @attr no-url-sync - Boolean. Keeps search, filters, view, month and the open course out of the page URL.
 * @attr id - When set, URL parameters are prefixed `lotse-<id>-` instead of `lotse-`.
 *
 * @fires {CustomEvent<CourseSelectDetail>} lotse-course-select - The resident opened a course or event. `detail: { key, offer }`.
 * @fires {CustomEvent<CourseCalendarFilters>} lotse-filter-change - The resident changed the search, a filter, the view or the month. `detail`: the filter state (`CourseCalendarFilters`).
 * @fires {CustomEvent<CalendarResultsDetail>} lotse-results-change - The number of courses and events after a change by the resident, once typing has paused. `detail: { total }`.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart status - The polite live region that announces results and months.
 * @csspart search - The search field.
 * @csspart toolbar - The view switch and the calendar downloads.
 * @csspart filter-toggle - The button that shows the filters on narrow screens.
 * @csspart filters - The filter panel.
 * @csspart filter-group - One group of filter options.
 * @csspart agenda - The agenda.
 * @csspart month - The month grid with its navigation.
 * @csspart day - The sessions of the day opened in the month grid.
 * @csspart subscribe - The list of calendars to subscribe to.
 * @csspart detail - The detail view of one course or event.
 * @csspart empty - The message shown when nothing matches.
 * @csspart placeholder - The loading placeholder.
 * @csspart error - The error message with its retry button.
 * @csspart notice - The notice shown when older data is displayed.
 *
 * @cssprop --lotse-course-calendar-sidebar-width - Width of the filter column on wide screens (default 17em).
 * @cssprop --lotse-placeholder-height - Height reserved while the feed loads.
 * @cssprop --lotse-font-family - Font (inherits the page's font by default).
 * @cssprop --lotse-font-size - Base font size (default: the page's, at least 16px).
 * @cssprop --lotse-line-height - Line height (default 1.5).
 * @cssprop --lotse-color-text - Text colour.
 * @cssprop --lotse-color-muted - Secondary text colour.
 * @cssprop --lotse-color-background - Background of cards and inputs.
 * @cssprop --lotse-color-surface - Background of subtle areas (days of other months).
 * @cssprop --lotse-color-border - Border colour.
 * @cssprop --lotse-color-accent - Links, buttons, today and the selected day.
 * @cssprop --lotse-color-on-accent - Text on the accent colour.
 * @cssprop --lotse-color-danger - Error colour, cancelled sessions.
 * @cssprop --lotse-color-success - Positive colour ("free").
 * @cssprop --lotse-color-warning-background - Background of notices.
 * @cssprop --lotse-radius - Corner radius.
 * @cssprop --lotse-space - Base spacing unit.
 * @cssprop --lotse-color-focus - Colour of the focus outline (default: the accent colour).
 * @cssprop --lotse-focus-ring - The whole focus outline, e.g. `3px solid #0a58a8`.
 */
export class LotseCourseCalendar extends LotseFeedElement {
  static override styles = [
    ...baseStyles,
    stateStyles,
    searchFieldStyles,
    filterGroupStyles,
    filterPanelStyles,
    cardStyles,
    offerStyles,
    courseCalendarStyles,
  ];
  static override properties: PropertyDeclarations = {
    ...LotseFeedElement.properties,
    topics: {},
    kinds: {},
    municipality: {},
    languages: {},
    levels: {},
    types: {},
    view: {},
    weeksAhead: { attribute: 'weeks-ahead', type: Number },
    lockedFilters: { attribute: 'locked-filters' },
    noUrlSync: { attribute: 'no-url-sync', type: Boolean },
    wide: { state: true },
    activeDay: { state: true },
    moreWeeks: { state: true },
  };

  /** Preset topic ids, comma-separated. */
  topics = '';
  /** Preset kinds, comma-separated. */
  kinds = '';
  /** Preset municipalities, comma-separated. */
  municipality = '';
  /** Preset language codes, comma-separated. */
  languages = '';
  /** Preset CEFR levels, comma-separated. */
  levels = '';
  /** Preset course types, comma-separated. */
  types = '';
  /** `agenda` or `month`; empty: by width. */
  view: 'agenda' | 'month' | '' = '';
  /** Weeks the agenda shows (1–52). */
  weeksAhead = 8;
  /** Facets whose presets are locked; `''` locks every preset, `null` none. */
  lockedFilters: string | null = null;
  /** Keeps the state out of the page URL. */
  noUrlSync = false;

  private wide = false;
  /** The day with the month grid's tab stop; empty: the open day, today or the first of the month. */
  private activeDay = '';
  /** Weeks the resident added to the agenda with "show more". */
  private moreWeeks = 0;

  // The facets of Berlin's day, as the view asks for them: a UTC day would swap the shared list (and rebuild the counting table) every late evening.
  private readonly filtering = new FilterController<CalendarFields>(this, {
    facets: calendarFacets(berlinNow().date),
    fields: {
      view: fields.oneOf(VIEWS),
      month: fields.text(MONTH),
      day: fields.text(DAY),
      course: fields.text(/^\S+$/),
      group: fields.oneOf(GROUPS),
    },
    announcement: () => this.inUiLocale(() => this.countText()),
    announce: (text) => this.announce(text),
    detail: () => this.filters,
    total: () => this.resultCount,
    onPop: (previous) => this.afterHistory(previous),
  });
  private readonly focusing = new FocusController(this);
  private readonly panel = new FilterPanelController(this, this.filtering, this.focusing);
  private readonly clock = new ClockController(this);
  private shown?: Shown;
  private readonly agendaSteps = new AgendaSteps(() => this.requestUpdate());
  /** The month changed: the update that shows it says so. */
  #announceMonth = false;
  private shownResults = false;
  private missingCourse = false;
  private resizing?: ResizeObserver;
  protected override announceOnly = true;

  constructor() {
    super();
    // .ics addresses in src: every feed widget on the page may read them once a calendar is here.
    acceptIcsSources();
  }

  /** The number of courses and events that match the current search and filters (0 until the feed is loaded). */
  get resultCount(): number {
    return this.shown?.results.length ?? 0;
  }

  /** The current search, filters, view and month (read-only; a copy). */
  get filters(): CourseCalendarFilters {
    return filtersOf(this.filtering.state, this.effectiveView(), this.month());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Measured at once, so a wide page never flashes the agenda first.
    this.wide = this.isWide(this.getBoundingClientRect().width);
    this.resizing ??= new ResizeObserver(([entry]) => {
      const wide = this.isWide(entry.contentRect.width);
      // In a task of its own: a change of view while the observer reports would change the size again in the same frame.
      if (wide !== this.wide) setTimeout(() => (this.wide = this.isWide(this.getBoundingClientRect().width)));
    });
    this.resizing.observe(this);
  }

  private isWide(width: number): boolean {
    return width >= WIDE_EM * (parseFloat(getComputedStyle(this).fontSize) || 16);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizing?.disconnect();
    this.agendaSteps.stop();
  }

  /** Resolves once the element has rendered its current state, including results that wait for the search index. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    const search = this.shown?.search;
    if (search && !search.complete) {
      await search.whenComplete;
      complete = await super.getUpdateComplete();
    }
    // And every line of the agenda, drawn over a few tasks.
    while (this.isConnected && this.#agendaPending()) {
      await new Promise((resolve) => setTimeout(resolve));
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  #agendaPending(): boolean {
    const shown = this.shown;
    return shown?.shape === 'agenda' && !this.filtering.state.fields.course && this.agendaSteps.pending(shown.groups);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.shown?.shape === 'agenda') sizeDays(this.renderRoot);
    if (this.#agendaPending()) this.agendaSteps.schedule();
    else this.agendaSteps.stop();
  }

  protected loadingText(): string {
    return msg('Loading courses and events…');
  }

  // --- state ---------------------------------------------------------------------

  private effectiveView(): CalendarView {
    const chosen = this.filtering.state.fields.view;
    if (chosen) return chosen;
    if (this.view === 'agenda' || this.view === 'month') return this.view;
    if (this.view) this.filtering.warnings.warn('view', this.view, 'accepted: agenda, month.');
    return this.wide ? 'month' : 'agenda';
  }

  /** The month shown: the address's month, else the open day's (a link to a day of this month works next month too), else today's. */
  private month(): string {
    const { month, day } = this.filtering.state.fields;
    return month || monthOf(day && isoDay(dayNumber(day)) === day ? day : this.clock.now.date);
  }

  private weeks(): number {
    return this.filtering.warnings.integer('weeks-ahead', this.weeksAhead, 1, 52, 8) + this.moreWeeks;
  }

  private get formatLocale(): string {
    return formatLocaleOf(this.locale.requested, this.locale.ui);
  }

  private context(catalog: Catalog): OfferContext {
    return { catalog, requested: this.locale.requested, texts: this.locale.texts, ui: this.formatLocale, now: this.clock.now };
  }

  // --- what the resident does ------------------------------------------------------

  private afterHistory(previous: FilterState<CalendarFields>): void {
    this.missingCourse = false;
    const now = this.filtering.state.fields;
    if (now.course && now.course !== previous.fields.course) this.focusing.request('#detail-heading');
    else if (!now.course && previous.fields.course) this.focusCourse(previous.fields.course);
    // A day opened or closed by Back/Forward: its heading, or the day in the grid.
    else if (now.day && now.day !== previous.fields.day) this.focusing.request('#day-heading');
    else if (!now.day && previous.fields.day) this.focusing.request(`[data-day="${CSS.escape(previous.fields.day)}"]`);
  }

  private focusCourse(key: string): void {
    this.focusing.request((root) => root.querySelector<HTMLElement>(`button.open[data-key="${CSS.escape(key)}"]`) ?? root.getElementById('results-heading'));
  }

  private open(entry: OfferEntry): void {
    this.missingCourse = false;
    this.filtering.open('course', entry.key);
    this.focusing.request('#detail-heading');
    this.dispatchEvent(new CustomEvent('lotse-course-select', { detail: { key: entry.key, offer: entry.offer }, bubbles: true, composed: true }));
  }

  private back(): void {
    this.focusCourse(this.filtering.state.fields.course);
    this.filtering.close('course', '');
  }

  private setView(view: CalendarView): void {
    this.filtering.setField('view', view, { history: 'push', filter: false });
    this.filtering.settle();
    this.dispatchEvent(new CustomEvent('lotse-filter-change', { detail: this.filters, bubbles: true, composed: true }));
  }

  private setGroup(group: 'day' | 'week'): void {
    this.filtering.setField('group', group);
  }

  /** Shows another month; `focusDay`: the grid's day that gets focus (keyboard). */
  private goToMonth(month: string, focusDay?: string): void {
    if (!MONTH.test(month)) return;
    this.activeDay = focusDay ?? '';
    this.filtering.setField('month', month === monthOf(this.clock.now.date) ? '' : month, { history: 'replace' });
    this.filtering.setField('day', '');
    if (focusDay) this.focusing.request(`[data-day="${focusDay}"]`);
    // Read out in the update that shows the month (see willUpdate), not in one more.
    this.#announceMonth = true;
    this.dispatchEvent(new CustomEvent('lotse-filter-change', { detail: this.filters, bubbles: true, composed: true }));
  }

  private monthAnnouncement(): string {
    const shown = this.shown;
    if (!shown || shown.shape !== 'month') return '';
    // The same number as the heading: sessions that begin in the month.
    return msg(str`${monthTitle(shown.month, this.formatLocale)}: ${datesText(shown.dates, this.formatLocale)}`, { desc: 'A month, then how many dates it has.' });
  }

  private gridKey(event: KeyboardEvent): void {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-day]');
    if (!cell) return;
    const day = cell.dataset.day!;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.pickDay(day);
      return;
    }
    const next = dayAfterKey(day, event.key, event.shiftKey, this.locale.dir === 'rtl');
    if (!next) return;
    event.preventDefault();
    if (monthOf(next) !== this.month()) {
      this.goToMonth(monthOf(next), next);
      return;
    }
    this.activeDay = next;
    this.focusing.request(`[data-day="${next}"]`);
  }

  /** Opens a day of the month grid: its sessions below the grid, focus on their heading. */
  private pickDay(day: string): void {
    this.activeDay = day;
    if (monthOf(day) !== this.month()) this.filtering.setField('month', monthOf(day) === monthOf(this.clock.now.date) ? '' : monthOf(day));
    this.filtering.setField('day', day, { history: 'push' });
    this.focusing.request('#day-heading');
  }

  private closeDay(): void {
    const day = this.filtering.state.fields.day;
    this.filtering.setField('day', '', { history: 'push' });
    this.focusing.request(`[data-day="${day}"]`);
  }

  private async download(entries: readonly OfferEntry[], name: string): Promise<void> {
    const words = this.inUiLocale(() => ({ registration: msg('Registration:'), done: msg('The calendar file is downloaded.') }));
    await downloadCalendar(entries, name, this.locale.requested, words);
    this.announce(words.done);
  }

  // --- computing ---------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const state = this.feedState;
    const before = this.shown;
    this.shown = state.status === 'ready' ? this.compute(state.catalog, state.errors.length === 0 && state.stale.length === 0) : undefined;
    if (this.shown !== before) {
      // A new agenda updates the lines already drawn in place (days and weeks that stay the same
      // are not touched) and drops the rest: far cheaper at a key press than a whole new agenda.
      this.agendaSteps.restart();
    }
    if (this.#announceMonth && this.shown) {
      this.#announceMonth = false;
      this.announce(this.monthAnnouncement());
    }
    if (this.shown && !this.shownResults && this.locale.ready) this.filtering.settle(false);
    this.shownResults = Boolean(this.shown) && this.locale.ready;
  }

  private compute(catalog: Catalog, complete: boolean): Shown {
    const { requested, ui, texts } = this.locale;
    const search = offerSearch(catalog, [...texts]);
    if (!search.complete && this.shown?.search !== search) {
      const update = () => this.requestUpdate();
      void search.whenReady.then(update);
      void search.whenComplete.then(update);
    }
    if (this.filtering.dropGone('course', (key) => !!entryByKey(catalog, key), complete)) {
      this.missingCourse = true;
      if (this.focusing.pending === '#detail-heading') this.focusing.request('#results-heading');
    }
    return shownFor({
      catalog,
      filtering: this.filtering,
      search,
      requested,
      ui,
      words: this.locale.ready,
      texts,
      today: this.clock.now.date,
      shape: this.effectiveView(),
      month: this.month(),
      weeks: this.weeks(),
      last: this.shown,
    });
  }

  // --- rendering -------------------------------------------------------------------------

  private countText(): string {
    const total = this.resultCount;
    const n = formatNumber(total, this.formatLocale);
    const offers = plural(total, this.formatLocale, {
      zero: () => msg(str`${n} courses and events`, { id: 'courses-and-events.zero' }),
      one: () => msg(str`${n} course or event`),
      two: () => msg(str`${n} courses and events`, { id: 'courses-and-events.two' }),
      few: () => msg(str`${n} courses and events`, { id: 'courses-and-events.few' }),
      many: () => msg(str`${n} courses and events`, { id: 'courses-and-events.many' }),
      other: () => msg(str`${n} courses and events`),
    });
    const shown = this.shown;
    if (!shown || total === 0) return offers;
    const dates = datesText(shown.dates, this.formatLocale);
    return shown.shape === 'month'
      ? msg(str`${offers}; ${monthTitle(shown.month, this.formatLocale)}: ${dates}`, { desc: 'The number of courses, then the month shown and its number of dates.' })
      : msg(str`${offers}; ${dates} in the next ${formatNumber(this.weeks(), this.formatLocale)} weeks`, { desc: 'The number of courses, then the number of dates in the agenda.' });
  }

  protected renderReady(state: ReadyFeedState): TemplateResult {
    const shown = this.shown!;
    const ctx = this.context(state.catalog);
    const key = this.filtering.state.fields.course;
    const entry = key ? entryByKey(state.catalog, key) : undefined;
    return html`${staleNotice(state.stale, this.formatLocale)}
    ${state.errors.length ? errorState(state.errors, () => void this.retry(() => this.reload())) : nothing}
    ${entry
      ? courseDetail(entry, ctx, { back: () => this.back(), print: () => printOnly(this), download: (title) => void this.download([entry], title) })
      : this.renderList(shown, ctx)}`;
  }

  private renderList(shown: Shown, ctx: OfferContext): TemplateResult {
    const { query } = this.filtering.state;
    const listName = msg('Courses and events'); // named here, in the element's language: the click runs outside it
    return html`<div role="search" class="search-area">
        ${searchField({
          id: 'q',
          label: msg('Search courses and events'),
          hint: msg('For example: German course, evening, Arabic'),
          value: query,
          onInput: (value, byKey) => {
            this.missingCourse = false;
            this.filtering.setQuery(value, byKey);
          },
        })}
      </div>
      ${this.missingCourse
        ? html`<div class="notice" part="notice"><p>${msg('The course in this link is no longer available. Here are all current courses and events.')}</p></div>`
        : nothing}
      ${calendarToolbar({
        ctx,
        view: shown.shape,
        group: this.filtering.state.fields.group,
        any: shown.entries.length > 0,
        setView: (view) => this.setView(view),
        setGroup: (group) => this.setGroup(group),
        download: () => void this.download(shown.entries, listName),
      })}
      <div class="layout">
        ${filterPanel({
          panel: this.panel,
          choices: this.filtering,
          view: shown,
          ui: ctx.ui,
          heading: msg('Filter courses and events'),
          onShowResults: () => {
            this.panel.setOpen(false);
            this.focusing.request('#results-heading');
          },
          onToggle: (facet, value, checked) => {
            this.missingCourse = false;
            this.moreWeeks = 0;
            this.filtering.toggle(facet, value, checked);
          },
          onClear: () => {
            this.filtering.clear();
            this.focusing.request('#filters-heading');
          },
        })}
        <section class="results-area" aria-labelledby="results-heading">
          <h2 id="results-heading" tabindex="-1" data-focus-after-load><bdi>${this.countText()}</bdi></h2>
          ${shown.entries.length === 0 ? this.renderEmpty(shown) : shown.shape === 'agenda' ? this.renderAgenda(shown, ctx) : this.renderMonth(shown, ctx)}
        </section>
      </div>`;
  }

  private renderAgenda(shown: Shown, ctx: OfferContext): TemplateResult {
    const more = Math.min(8, 52 - this.moreWeeks);
    return html`<div class="agenda" part="agenda" @click=${(event: Event) => openFromList(event, ctx.catalog, (entry) => this.open(entry))}>
      <div>
        ${shown.series.length || shown.groups.length
          ? agendaView({ ctx, series: shown.series, groups: this.agendaSteps.shown(shown.groups), by: this.filtering.state.fields.group })
          : html`<p>${msg('No dates in this period.')}</p>`}
      </div>
      ${this.weeks() < 52
        ? html`<p>
            <button type="button" class="secondary more" @click=${() => {
                // The new count is read out, as after a filter.
                this.moreWeeks += more;
                this.filtering.settle();
              }}>
              ${msg(str`Show ${formatNumber(more, ctx.ui)} more weeks`)}
            </button>
          </p>`
        : nothing}
    </div>`;
  }

  private renderMonth(shown: Shown, ctx: OfferContext): TemplateResult {
    return monthView({
      shown,
      ctx,
      askedDay: this.filtering.state.fields.day,
      activeDay: this.activeDay,
      goToMonth: (month, focusDay) => this.goToMonth(month, focusDay),
      onKey: (e) => this.gridKey(e),
      onPick: (day) => this.pickDay(day),
      onOpen: (entry) => this.open(entry),
      onCloseDay: () => this.closeDay(),
    });
  }

  /** Suggests removing the filter (or the search) that excludes the most. */
  private renderEmpty(shown: Shown): TemplateResult {
    const { relief } = shown;
    if (!relief || relief.count === 0) return emptyState(this.filtering.chosen ? msg('No courses or events match. Please try other words or fewer filters.') : msg('No courses or events are listed at the moment.'));
    const { what, count } = relief;
    const ui = this.formatLocale;
    const { name, legend } = reliefWords(shown, what, this.filtering.state, ui);
    const n = formatNumber(count, ui);
    return emptyState(msg(str`No courses or events match. The filter “${name}” excludes the most: without it, ${n} would be shown.`), {
      label: what === 'q' ? msg('Clear the search') : msg(str`Remove filter “${legend}”`),
      run: () => {
        this.filtering.remove(what);
        this.focusing.request('#results-heading');
      },
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lotse-course-calendar': LotseCourseCalendar;
  }
  interface HTMLElementEventMap {
    'lotse-course-select': CustomEvent<CourseSelectDetail>;
  }
}
