import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '../../core/locale/localize.js';
import { asciiDigits } from '../../core/locale/digits.js';
import type { TypedEvents } from '../../core/typed-events.js';
import { LotseFeedElement } from '../../core/feed-element.js';
import type { Catalog, OfferEntry } from '../../core/feed/catalog.js';
import { entryByKey } from '../../core/feed/entries.js';
import type { Offer } from '../../core/feed/schema.js';
import { fields, fire, FilterController, type FilterState } from '../../core/filters/filter-controller.js';
import { bestRelief, filterView, type FilterView } from '../../core/filters/filter-view.js';
import { builtTable, facetTableInSlices } from '../../core/filters/facets.js';
import { OFFER_FACETS } from '../../core/filters/offer-facets.js';
import { nextDateKeys, sortBy, titleRank } from '../../core/filters/order.js';
import { offerDistance, postcodePoint, type Point } from '../../core/geo/distance.js';
import { formatNumber } from '../../core/locale/format.js';
import { plural } from '../../core/locale/plural.js';
import { offerSearch, type OfferSearch } from '../../core/search/offer-search.js';
import { ClockController } from '../../core/time/clock.js';
import { baseStyles } from '../../core/ui/base-styles.js';
import { cardStyles } from '../../core/ui/card.js';
import { filterGroupStyles } from '../../core/ui/filter-group.js';
import { filterPanel, FilterPanelController, filterPanelStyles } from '../../core/ui/filter-panel.js';
import { FocusController } from '../../core/ui/focus.js';
import { offerDetail } from '../../core/ui/offer-detail.js';
import { offerCountText, type OfferContext } from '../../core/ui/offer-parts.js';
import { offerStyles } from '../../core/ui/offer-styles.js';
import { printOnly } from '../../core/ui/print.js';
import { reliefWords } from '../../core/ui/relief.js';
import { searchFieldStyles } from '../../core/ui/search-field.js';
import { emptyState, errorState, loadingPlaceholder, staleNotice, stateStyles, type ReadyFeedState } from '../../core/ui/states.js';
import { earlyCatalog, finderSearch, firstPage, offerCards, plainList, sortLabel } from './finder-results.js';
import { ListSteps } from '../../core/ui/list-steps.js';
import { offerFinderStyles } from './offer-finder.styles.js';

const SORTS = ['relevance', 'title', 'date', 'distance'] as const;
/** Catalogues larger than this get their filters worked out in slices, so no long task holds the resident's typing. */
const FILTERS_IN_SLICES_FROM = 2000;
export type SortKey = (typeof SORTS)[number];

/** The filter state, as `lotse-filter-change` reports it. */
export interface OfferFinderFilters {
  query: string;
  topics: string[];
  audiences: string[];
  languages: string[];
  municipality: string[];
  kinds: string[];
  free: boolean;
  wheelchair: boolean;
  childcare: boolean;
  sort: SortKey;
}

export interface OfferSelectDetail {
  key: string;
  offer: Offer;
}

export interface ResultsChangeDetail {
  total: number;
}

/** The finder's own values in the URL, beside the search and the filters. */
interface FinderFields {
  sort: SortKey;
  postcode: string;
  page: number;
  /** The key of the open offer, or empty. */
  offer: string;
}

const POSTCODE = /^\d{5}$/;

/** Everything the list shows, computed once per change in `willUpdate()`. */
interface View extends FilterView {
  catalog: Catalog;
  filterState: FilterState<FinderFields>;
  key: string;
  search: OfferSearch;
  distances?: Map<number, number>;
  origin?: Point;
  /** When nothing matches: the filter (or the search) whose removal brings back the most. */
  relief?: { what: string; count: number };
}

/** The finder's events: `lotse-filter-change` and `lotse-results-change` carry its own details here (the calendar fires them too). */
export interface OfferFinderEvents {
  'lotse-offer-select': CustomEvent<OfferSelectDetail>;
  'lotse-filter-change': CustomEvent<OfferFinderFilters>;
  'lotse-results-change': CustomEvent<ResultsChangeDetail>;
}
/* eslint-disable @typescript-eslint/no-unsafe-declaration-merging -- the interface only types listeners; addEventListener is HTMLElement's own */
export interface LotseOfferFinder {
  addEventListener: TypedEvents<OfferFinderEvents, LotseOfferFinder>['addEventListener'];
  removeEventListener: TypedEvents<OfferFinderEvents, LotseOfferFinder>['removeEventListener'];
}

/**
 * A search for integration offers: search as you type in every language of
 * the feed, filters with counts, sorting, pages, a detail view with contact,
 * directions and opening hours, and deep links in the page URL.
 *
 * @element lotse-offer-finder
 * @summary Lets residents search and filter a town's integration offers.
 *
 * @attr src - URL of the feed; several URLs separated by spaces are merged.
 * @attr cache - `persistent` keeps the last good copy in the browser (IndexedDB) for when the server is down. Default: memory only.
 * @attr cache-max-age - Days a persistent copy may still be shown when the server is down (0 to 3650). Default: 30.
 * @attr trusted-feeds - Feeds of `src` that share the first feed's topics and audiences: space-separated URLs, or the bare attribute for every feed. Without it, each other feed keeps its own.
 * @attr lang - UI and content language; inherited from the nearest ancestor with `lang`, else German.
 * @attr topics - Preset topic ids, comma-separated (`sprache,arbeit`). A topic includes its narrower topics.
 * @attr audiences - Preset audience ids, comma-separated (`women,parents`).
 * @attr kinds - Preset kinds of offer, comma-separated: service, course, event, health, authority, network, programme.
 * @attr municipality - Preset municipalities by name, comma-separated (`Altenau,Neustadt`).
 * @attr languages - Preset languages the offers are held in, comma-separated language codes (`ar,fa`).
 * @attr locked-filters - Presets residents cannot change or clear: facet names, comma-separated (`topics,kinds`), or empty (the bare attribute) for every preset.
 * @attr page-size - Offers per page, 1 to 100. Default: 20.
 * @attr no-url-sync - Boolean. Keeps search, filters and the open offer out of the page URL.
 * @attr id - When set, URL parameters are prefixed `lotse-<id>-` instead of `lotse-`, so two finders on one page keep their own state.
 *
 * @fires {CustomEvent<OfferSelectDetail>} lotse-offer-select - The resident opened an offer. `detail: { key, offer }`.
 * @fires {CustomEvent<OfferFinderFilters>} lotse-filter-change - The resident changed the search, a filter or the order. `detail`: the filter state (`OfferFinderFilters`).
 * @fires {CustomEvent<ResultsChangeDetail>} lotse-results-change - The number of results after a change by the resident, once typing has paused. `detail: { total }`.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart status - The polite live region that announces the number of results.
 * @csspart search - The search field.
 * @csspart filter-toggle - The button that shows the filters on narrow screens.
 * @csspart filters - The filter panel.
 * @csspart filter-group - One group of filter options.
 * @csspart results - The list of result cards.
 * @csspart card - One result card.
 * @csspart pagination - The page navigation.
 * @csspart detail - The detail view of one offer.
 * @csspart empty - The message shown when nothing matches.
 * @csspart placeholder - The loading placeholder.
 * @csspart error - The error message with its retry button.
 * @csspart notice - The notice shown when older data is displayed.
 *
 * @cssprop --lotse-offer-finder-sidebar-width - Width of the filter column on wide screens (default 17em).
 * @cssprop --lotse-placeholder-height - Height reserved while the feed loads.
 * @cssprop --lotse-font-family - Font (inherits the page's font by default).
 * @cssprop --lotse-font-size - Base font size (default: the page's, at least 16px).
 * @cssprop --lotse-line-height - Line height (default 1.5).
 * @cssprop --lotse-color-text - Text colour.
 * @cssprop --lotse-color-muted - Secondary text colour.
 * @cssprop --lotse-color-background - Background of cards and inputs.
 * @cssprop --lotse-color-surface - Background of subtle areas.
 * @cssprop --lotse-color-border - Border colour.
 * @cssprop --lotse-color-accent - Links, buttons and selected states.
 * @cssprop --lotse-color-on-accent - Text on the accent colour.
 * @cssprop --lotse-color-danger - Error colour.
 * @cssprop --lotse-color-success - Positive colour ("free", "open now").
 * @cssprop --lotse-color-warning-background - Background of notices.
 * @cssprop --lotse-radius - Corner radius.
 * @cssprop --lotse-space - Base spacing unit.
 * @cssprop --lotse-color-focus - Colour of the focus outline (default: the accent colour).
 * @cssprop --lotse-focus-ring - The whole focus outline, e.g. `3px solid #0a58a8`.
 */
export class LotseOfferFinder extends LotseFeedElement {
  static override styles = [
    ...baseStyles,
    stateStyles,
    searchFieldStyles,
    filterGroupStyles,
    filterPanelStyles,
    cardStyles,
    offerStyles,
    offerFinderStyles,
  ];
  static override properties: PropertyDeclarations = {
    ...LotseFeedElement.properties,
    topics: {},
    audiences: {},
    kinds: {},
    municipality: {},
    languages: {},
    pageSize: { attribute: 'page-size', type: Number },
    lockedFilters: { attribute: 'locked-filters' },
    noUrlSync: { attribute: 'no-url-sync', type: Boolean },
    located: { state: true },
    locating: { state: true },
  };

  /** Preset topic ids, comma-separated. */
  topics = '';
  /** Preset audience ids, comma-separated. */
  audiences = '';
  /** Preset kinds, comma-separated. */
  kinds = '';
  /** Preset municipalities, comma-separated. */
  municipality = '';
  /** Preset language codes, comma-separated. */
  languages = '';
  /** Offers per page (1–100). */
  pageSize = 20;
  /** Facets whose presets are locked; `''` locks every preset, `null` none. */
  lockedFilters: string | null = null;
  /** Keeps the state out of the page URL. */
  noUrlSync = false;

  private located?: Point;
  private locating: '' | 'busy' | 'failed' = '';

  private readonly filtering = new FilterController<FinderFields>(this, {
    facets: OFFER_FACETS,
    fields: { sort: fields.oneOf(SORTS), postcode: fields.text(POSTCODE), page: fields.page(), offer: fields.text(/^\S+$/) },
    announcement: () => this.inUiLocale(() => this.announcementText()),
    announce: (text) => this.announce(text),
    detail: () => this.filters,
    total: () => this.resultCount,
    onPop: (previous) => this.afterHistory(previous),
  });
  private readonly focusing = new FocusController(this);
  private readonly panel = new FilterPanelController(this, this.filtering, this.focusing);
  private readonly clock = new ClockController(this);
  private readonly cardSteps = new ListSteps(this);
  #earlyShown = false;
  private view?: View;
  private shownResults = false;
  /** Set when a deep link named an offer that the feed no longer has. */
  private missingOffer = false;
  /** The results heading shows the count; the live region only speaks it. */
  protected override announceOnly = true;

  /** The number of offers that match the current search and filters (0 until the feed is loaded). */
  get resultCount(): number {
    return this.view?.results.length ?? 0;
  }

  /** The current search, filters and order (read-only; a copy). */
  get filters(): OfferFinderFilters {
    const { query, selection, fields: f } = this.filtering.state;
    const list = (id: string) => [...selection[id]];
    return {
      query,
      topics: list('topics'),
      audiences: list('audiences'),
      languages: list('languages'),
      municipality: list('municipality'),
      kinds: list('kinds'),
      free: selection.free.length > 0,
      wheelchair: selection.wheelchair.length > 0,
      childcare: selection.childcare.length > 0,
      sort: f.sort,
    };
  }

  /**
   * Resolves once the element has rendered its current state, including
   * results that wait for the search index of a newly loaded feed.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    const search = this.view?.search;
    if (search && !search.complete) {
      await search.whenComplete;
      complete = await super.getUpdateComplete();
    }
    // Every card of the page drawn, not only the first step's.
    while (this.cardSteps.drawing) complete = await this.cardSteps.whenDrawn().then(() => super.getUpdateComplete());
    return complete;
  }

  private get size(): number {
    return this.filtering.warnings.integer('page-size', this.pageSize, 1, 100, 20);
  }

  protected loadingText(): string {
    return msg('Loading offers…');
  }

  // --- what the resident does --------------------------------------------------

  /** After Back or Forward: focus follows what opened or closed. */
  private afterHistory(previous: FilterState<FinderFields>): void {
    this.missingOffer = false;
    const now = this.filtering.state.fields.offer;
    if (now && now !== previous.fields.offer) this.focusing.request('#detail-heading');
    else if (!now && previous.fields.offer) this.focusCard(previous.fields.offer);
  }

  /** Focus on an offer's card (after closing it), else the results heading. */
  private focusCard(key: string): void {
    this.focusing.request((root) => root.querySelector<HTMLElement>(`button.open[data-key="${CSS.escape(key)}"]`) ?? root.getElementById('results-heading'));
  }

  private onInput(value: string, byKey: boolean): void {
    this.missingOffer = false;
    this.filtering.setQuery(value, byKey);
  }

  private toggle(facet: string, value: string, checked: boolean): void {
    this.missingOffer = false;
    this.filtering.toggle(facet, value, checked);
  }

  private clearAll(): void {
    this.filtering.clear();
    this.focusing.request('#filters-heading');
  }

  /** Removes a whole filter (or the search term) from the empty state. */
  private removeFilter(what: string): void {
    this.filtering.remove(what);
    this.focusing.request('#results-heading');
  }

  private setSort(sort: SortKey): void {
    // Arrowing through the select changes it at every step: replace, do not pile up history.
    this.filtering.setField('sort', sort, { filter: true });
  }

  private setPostcode(raw: string): void {
    this.located = undefined;
    this.locating = '';
    this.filtering.setField('postcode', asciiDigits(raw).replace(/\D/g, '').slice(0, 5), { announce: true });
  }

  /** Closes the filter panel (narrow screens) and takes the resident to the results, at every width. */
  private showResults(): void {
    this.panel.setOpen(false);
    this.focusing.request('#results-heading');
  }

  private goTo(page: number): void {
    this.filtering.setField('page', page, { history: 'push' });
    this.focusing.request('#results-heading');
  }

  private open(entry: OfferEntry): void {
    this.missingOffer = false;
    this.filtering.open('offer', entry.key);
    this.focusing.request('#detail-heading');
    fire(this, 'lotse-offer-select', { key: entry.key, offer: entry.offer } satisfies OfferSelectDetail);
  }

  private back(): void {
    const key = this.filtering.state.fields.offer;
    this.focusCard(key);
    this.filtering.close('offer', '');
  }

  private locate(): void {
    if (!navigator.geolocation) {
      this.locating = 'failed';
      this.filtering.settle();
      return;
    }
    this.locating = 'busy';
    this.announce(this.inUiLocale(() => msg('Finding your location…')));
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        this.located = { lat: coords.latitude, lon: coords.longitude };
        this.locating = '';
        this.filtering.setField('postcode', '', { announce: true });
      },
      () => {
        this.locating = 'failed';
        this.filtering.settle();
      },
      { maximumAge: 600_000, timeout: 15_000 },
    );
  }

  // --- computing the results -----------------------------------------------------

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const state = this.feedState;
    const before = this.view;
    this.view = state.status === 'ready' ? this.computeView(state.catalog, state.errors.length === 0 && state.stale.length === 0) : undefined;
    // New results after a key press, and a large feed's first page: their first cards now, the rest after the frame (see ListSteps).
    if (this.view !== before) this.cardSteps.newList(this.filtering.typed);
    else if (!this.view && this.early && !this.#earlyShown) this.cardSteps.newList(true);
    this.#earlyShown = !this.view && Boolean(this.early);
    // The first count (and the one after a retry) is announced too, like every later one.
    if (this.view && !this.shownResults && this.locale.ready) this.filtering.settle(false);
    this.shownResults = Boolean(this.view) && this.locale.ready;
  }

  private context(catalog: Catalog): OfferContext {
    return { catalog, requested: this.locale.requested, texts: this.locale.texts, ui: this.locale.ui, now: this.clock.now };
  }

  /**
   * `complete`: every feed loaded as it is now (none failed, none from an
   * older copy). `undefined` while the filters of a large catalogue are
   * worked out in slices (the first page stays meanwhile).
   */
  private computeView(catalog: Catalog, complete: boolean): View | undefined {
    if (catalog.offers.length > FILTERS_IN_SLICES_FROM && !builtTable(catalog.offers, OFFER_FACETS)) {
      void facetTableInSlices(catalog.offers, catalog, OFFER_FACETS).then(() => this.requestUpdate());
      return undefined;
    }
    const filterState = this.filtering.state;
    const { query, fields: f } = filterState;
    const { requested, ui, texts } = this.locale;
    const search = offerSearch(catalog, [...texts]);
    if (!search.complete && this.view?.search !== search) {
      const update = () => this.requestUpdate();
      void search.whenReady.then(update);
      void search.whenComplete.then(update);
    }
    const origin = f.sort === 'distance' ? (this.located ?? postcodePoint(catalog, f.postcode)) : undefined;
    const now = this.clock.now;
    const key = [search.ready, search.complete, texts.join(' '), ui, this.locale.ready, this.panel.version, origin?.lat, origin?.lon, f.sort === 'date' ? `${now.date} ${now.time}` : ''].join('|');
    const last = this.view;
    if (last?.catalog === catalog && last.filterState === filterState && last.key === key) return last;

    const matched = search.search(query);
    // Only the open filter groups show counts: only they are counted.
    const counted = this.panel.counted(OFFER_FACETS, filterState.selection);
    const filtered = filterView(catalog.offers, OFFER_FACETS, this.filtering, { catalog, requested, texts, ui }, matched, counted);
    this.filtering.checkPresets(filtered.table);
    const results = filtered.results;
    let distances: Map<number, number> | undefined;
    if (f.sort === 'title') sortBy(results, titleRank(catalog, texts, requested));
    else if (f.sort === 'date') sortBy(results, nextDateKeys(catalog, now));
    else if (origin) {
      const km = new Float64Array(catalog.offers.length);
      for (const i of results) km[i] = offerDistance(catalog.offers[i], origin);
      sortBy(results, km);
      distances = new Map(results.map((i) => [i, km[i]]));
    }
    if (this.filtering.dropGone('offer', (key) => !!entryByKey(catalog, key), complete)) {
      this.missingOffer = true;
      if (this.focusing.pending === '#detail-heading') this.focusing.request('#results-heading');
    }
    const view: View = { ...filtered, catalog, filterState: this.filtering.state, key, search, distances, origin };
    if (results.length === 0) view.relief = bestRelief(view, this.filtering, { text: query, searched: matched !== undefined });
    return view;
  }

  // --- rendering -----------------------------------------------------------------

  private countText(total: number): string {
    return offerCountText(total, this.locale.ui);
  }

  /** The count, and with the distance sort what it is measured from (or why it cannot be). */
  private announcementText(): string {
    const count = this.countText(this.resultCount);
    const near = this.filtering.state.fields.sort === 'distance' && this.view ? this.nearText(this.view) : '';
    return near ? msg(str`${count}. ${near}`, { desc: 'The result count, then what the distance sort is measured from.' }) : count;
  }

  protected renderReady(state: ReadyFeedState): TemplateResult {
    const view = this.view!;
    const ctx = this.context(state.catalog);
    const key = this.filtering.state.fields.offer;
    const entry = key ? entryByKey(state.catalog, key) : undefined;
    return html`${staleNotice(state.stale, this.locale.ui)}
    ${state.errors.length ? errorState(state.errors, () => void this.retry(() => this.reload())) : nothing}
    ${entry ? offerDetail(entry, ctx, { back: () => this.back(), print: () => printOnly(this) }) : this.renderList(view, ctx)}`;
  }

  private renderList(view: View, ctx: OfferContext): TemplateResult {
    const { query, fields: f } = this.filtering.state;
    const total = view.results.length;
    const size = this.size;
    const pages = Math.max(1, Math.ceil(total / size));
    const page = Math.min(f.page, pages);
    const shown = view.results.slice((page - 1) * size, page * size);
    const pageText = msg(str`Page ${formatNumber(page, ctx.ui)} of ${formatNumber(pages, ctx.ui)}`);
    return html`${finderSearch(query, (value, byKey) => this.onInput(value, byKey))}
      ${this.missingOffer
        ? html`<div class="notice" part="notice">
            <p>${msg('The offer in this link is no longer available. Here are all current offers.')}</p>
          </div>`
        : nothing}
      <div class="layout">
        ${filterPanel({
          panel: this.panel,
          choices: this.filtering,
          view,
          ui: ctx.ui,
          heading: msg('Filter offers'),
          onShowResults: () => this.showResults(),
          onToggle: (facet, value, checked) => this.toggle(facet, value, checked),
          onClear: () => this.clearAll(),
        })}
        <section class="results-area" aria-labelledby="results-heading">
          <div class="bar">
            <h2 id="results-heading" tabindex="-1" data-focus-after-load>
              <bdi>${this.countText(total)}</bdi>${pages > 1
                ? // Where focus lands after a page change, so the page is named there too.
                  html`<span class="visually-hidden">${msg(str`, ${pageText}`, { desc: 'Appended to the result count heading for screen readers, e.g. ", Page 2 of 8".' })}</span>`
                : nothing}
            </h2>
            ${this.renderSort(view)}
          </div>
          ${total === 0
            ? this.renderEmpty(view)
            : offerCards(this.cardSteps.take(shown), ctx, (entry) => this.open(entry), view.distances)}
          ${pages > 1
            ? html`<nav class="pagination" part="pagination" aria-label=${msg('Pages')}>
                <button type="button" class="secondary previous" ?disabled=${page <= 1} @click=${() => this.goTo(page - 1)}>
                  ${msg('Previous page')}
                </button>
                <bdi class="page">${pageText}</bdi>
                <button type="button" class="secondary next" ?disabled=${page >= pages} @click=${() => this.goTo(page + 1)}>
                  ${msg('Next page')}
                </button>
              </nav>`
            : nothing}
        </section>
      </div>`;
  }

  /**
   * A large feed's first offers while the rest is checked and its filters
   * worked out: the start of the list as it will be, so only for that list
   * (no search, filter, order, page or offer chosen; else the placeholder).
   * The filters follow with the whole feed.
   */
  private get early(): Catalog | undefined {
    return earlyCatalog(this.feedState, Boolean(this.view));
  }

  protected override renderContent(): TemplateResult {
    const early = this.early;
    if (!early) return super.renderContent();
    const { query } = this.filtering.state;
    if (!plainList(this.filtering.state, SORTS[0])) return loadingPlaceholder(this.loadingText());
    return firstPage(finderSearch(query, (value, byKey) => this.onInput(value, byKey)), this.context(early), this.cardSteps, this.size, (entry) => this.open(entry), this.loadingText());
  }

  /** What the distance sort is measured from, or what it needs. */
  private nearText(view: View): string {
    const { postcode } = this.filtering.state.fields;
    if (this.locating === 'busy') return msg('Finding your location…');
    if (this.locating === 'failed') return msg('Your location could not be determined.');
    if (this.located) return msg('Sorted by distance from your location.');
    if (!view.origin && POSTCODE.test(postcode)) return msg('This postcode is not in the data. Please try a postcode nearby.');
    return view.origin ? msg(str`Sorted by distance from ${postcode}.`) : msg('Enter a postcode to see the nearest offers first.');
  }

  private renderSort(view: View): TemplateResult {
    const { sort, postcode } = this.filtering.state.fields;
    return html`<div class="sort">
        <label for="sort">${msg('Sort by')}</label>
        <select id="sort" @change=${(e: Event) => this.setSort((e.target as HTMLSelectElement).value as SortKey)}>
          ${SORTS.map((s) => html`<option value=${s} ?selected=${s === sort}>${sortLabel(s)}</option>`)}
        </select>
      </div>
      ${sort === 'distance'
        ? html`<div class="near">
            <label for="postcode">${msg('Your postcode')}</label>
            <input
              id="postcode"
              inputmode="numeric"
              autocomplete="postal-code"
              maxlength="5"
              aria-describedby="near-hint"
              .value=${live(postcode)}
              @input=${(e: Event) => this.setPostcode((e.target as HTMLInputElement).value)}
            />
            <button type="button" class="secondary" @click=${() => this.locate()}>${msg('Use my location')}</button>
            <p id="near-hint" class="hint">${this.nearText(view)}</p>
          </div>`
        : nothing}`;
  }

  /** Suggests removing the filter (or the search) that excludes the most. */
  private renderEmpty(view: View): TemplateResult {
    const { relief } = view;
    // Nothing to widen: the feed (or the page's choice of it) lists no offers now.
    if (!relief || relief.count === 0) return emptyState(this.filtering.chosen ? msg('No offers match. Please try other words or fewer filters.') : msg('No offers are listed at the moment.'));
    const { what, count } = relief;
    const ui = this.locale.ui;
    // The query may come from a crafted link: quoted short, it cannot pose as the town's own words.
    const { name, legend } = reliefWords(view, what, this.filtering.state, ui);
    const n = formatNumber(count, ui);
    const message = plural(count, ui, {
      zero: () => msg(str`No offers match. The filter “${name}” excludes the most: without it, ${n} offers would be shown.`, { id: 'offers-without-filter.zero' }),
      one: () => msg(str`No offers match. The filter “${name}” excludes the most: without it, ${n} offer would be shown.`),
      two: () => msg(str`No offers match. The filter “${name}” excludes the most: without it, ${n} offers would be shown.`, { id: 'offers-without-filter.two' }),
      few: () => msg(str`No offers match. The filter “${name}” excludes the most: without it, ${n} offers would be shown.`, { id: 'offers-without-filter.few' }),
      many: () => msg(str`No offers match. The filter “${name}” excludes the most: without it, ${n} offers would be shown.`, { id: 'offers-without-filter.many' }),
      other: () => msg(str`No offers match. The filter “${name}” excludes the most: without it, ${n} offers would be shown.`),
    });
    return emptyState(message, {
      label: what === 'q' ? msg('Clear the search') : msg(str`Remove filter “${legend}”`),
      run: () => this.removeFilter(what),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lotse-offer-finder': LotseOfferFinder;
  }
  interface HTMLElementEventMap {
    'lotse-offer-select': CustomEvent<OfferSelectDetail>;
  }
}
