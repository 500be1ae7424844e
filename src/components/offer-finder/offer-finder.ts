import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '../../core/locale/localize.js';
import { LotseElement } from '../../core/lotse-element.js';
import { FeedController, type FeedState } from '../../core/feed/feed-controller.js';
import type { Catalog, OfferEntry } from '../../core/feed/catalog.js';
import type { Offer } from '../../core/feed/schema.js';
import { OFFER_KINDS } from '../../core/feed/vocabulary.js';
import { formatList, formatNumber } from '../../core/locale/format.js';
import { ownLanguageName } from '../../core/locale/language-names.js';
import { languageLabel } from '../../core/ui/language-label.js';
import { plural } from '../../core/locale/plural.js';
import { pickText } from '../../core/locale/text.js';
import { offerSearch, type OfferSearch } from '../../core/search/offer-search.js';
import { berlinNow } from '../../core/time/berlin.js';
import { UrlStateController } from '../../core/url-state.js';
import { baseStyles } from '../../core/ui/base-styles.js';
import { cardStyles } from '../../core/ui/card.js';
import { filterGroup, filterGroupStyles, type FilterOption } from '../../core/ui/filter-group.js';
import { audienceLabel, kindLabel } from '../../core/ui/labels.js';
import { searchField, searchFieldStyles } from '../../core/ui/search-field.js';
import { shownText } from '../../core/ui/shown-text.js';
import { printOnly } from '../../core/ui/print.js';
import { emptyState, errorState, feedStateView, staleNotice, stateStyles } from '../../core/ui/states.js';
import { renderDetail } from './detail.js';
import { offerDistance, postcodePoint, type Point } from './distance.js';
import {
  activeFilters,
  countFacets,
  emptySelection,
  facetTable,
  FACETS,
  FLAG_FACETS,
  LIST_FACETS,
  YES,
  type FacetCounts,
  type FacetId,
  type FacetTable,
  type Selection,
  valueKey,
} from './filters.js';
import { offerFinderStyles } from './offer-finder.styles.js';
import { renderCard, type RenderContext } from './results.js';
import { nextDateKeys, SORTS, sortBy, titleRank, type SortKey } from './sort.js';

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

interface FinderEvents {
  'lotse-offer-select': OfferSelectDetail;
  'lotse-filter-change': OfferFinderFilters;
  'lotse-results-change': ResultsChangeDetail;
}

/** Our events bubble out of the shadow root to the host page. */
function fire<K extends keyof FinderEvents>(target: EventTarget, type: K, detail: FinderEvents[K]): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

type ListFacet = (typeof LIST_FACETS)[number];
type FocusTarget = 'detail' | 'results' | 'filters' | 'filter-toggle' | { key: string };

const URL_KEYS = ['q', ...FACETS, 'sort', 'postcode', 'page', 'offer'] as const;
const SETTLE_MS = 600;
const LANGUAGE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

interface View {
  catalog: Catalog;
  key: string;
  table: FacetTable;
  search: OfferSearch;
  facets: FacetCounts;
  /** Counts with only the locked presets: options absent from the town's slice are left out. */
  slice: FacetCounts;
  results: number[];
  distances?: Map<number, number>;
  origin?: Point;
}

interface Labels {
  key: string;
  catalog: Catalog;
  slice: FacetCounts;
  /** Plain text per facet value, for sorting and for the empty state. */
  text: Record<FacetId, string[]>;
  markup: Record<FacetId, (TemplateResult | string)[]>;
  order: Record<FacetId, number[]>;
  /** How deep each topic sits under broader topics that are shown too (0 for the others). */
  depth: number[];
}

/**
 * Puts narrower topics right after their broader topic (keeping the sorted
 * order among siblings) and returns each topic's depth. `order` is sorted in
 * place; `ids` are the topic ids by position.
 */
function topicTree(order: number[], ids: string[], catalog: Catalog): number[] {
  const position = new Map(ids.map((id, n) => [id, n]));
  const parentOf = (n: number) => position.get(catalog.topics.get(ids[n])?.parent ?? '');
  const children = new Map<number | undefined, number[]>();
  for (const n of order) {
    // A topic whose parent is itself or not shown is a root.
    let parent = parentOf(n);
    if (parent === n) parent = undefined;
    const siblings = children.get(parent);
    if (siblings) siblings.push(n);
    else children.set(parent, [n]);
  }
  const depth = ids.map(() => 0);
  const sorted: number[] = [];
  const seen = new Set<number>();
  const visit = (n: number, level: number) => {
    if (seen.has(n)) return; // a cycle in the feed's topic tree
    seen.add(n);
    depth[n] = level;
    sorted.push(n);
    for (const child of children.get(n) ?? []) visit(child, level + 1);
  };
  for (const n of children.get(undefined) ?? []) visit(n, 0);
  for (const n of order) visit(n, 0); // topics caught in a cycle of parents
  order.splice(0, order.length, ...sorted);
  return depth;
}

const split = (value: string) =>
  value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

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
export class LotseOfferFinder extends LotseElement {
  static override styles = [
    ...baseStyles,
    stateStyles,
    searchFieldStyles,
    filterGroupStyles,
    cardStyles,
    offerFinderStyles,
  ];
  static override properties: PropertyDeclarations = {
    src: {},
    cache: {},
    topics: {},
    audiences: {},
    kinds: {},
    municipality: {},
    languages: {},
    pageSize: { attribute: 'page-size', type: Number },
    lockedFilters: { attribute: 'locked-filters' },
    noUrlSync: { attribute: 'no-url-sync', type: Boolean },
    query: { state: true },
    selection: { state: true },
    sort: { state: true },
    postcode: { state: true },
    page: { state: true },
    openKey: { state: true },
    filtersOpen: { state: true },
    located: { state: true },
    locating: { state: true },
  };

  /** URL of the feed; several URLs separated by spaces are merged. */
  src = '';
  /** `persistent` keeps the last good copy in IndexedDB; anything else keeps it in memory only. */
  cache: 'memory' | 'persistent' = 'memory';
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

  private query = '';
  private selection: Selection = emptySelection();
  private sort: SortKey = 'relevance';
  private postcode = '';
  private page = 1;
  private openKey = '';
  private filtersOpen = false;
  private located?: Point;
  private locating: '' | 'busy' | 'failed' = '';

  private readonly feed = new FeedController(this, () => ({ src: this.src, persistent: this.cache === 'persistent' }));
  private readonly url = new UrlStateController(this, {
    keys: URL_KEYS,
    prefix: () => (this.id ? `lotse-${this.id}-` : 'lotse-'),
    enabled: () => !this.noUrlSync,
    onPop: (values) => this.popState(values),
  });
  private initialized = false;
  private view?: View;
  private slice?: { catalog: Catalog; key: string; counts: FacetCounts };
  private labels?: Labels;
  private presets = emptySelection();
  private locked = new Set<FacetId>();
  private warned = new Set<string>();
  private checkedPresetsFor?: Catalog;
  private pendingFocus?: FocusTarget;
  private settleTimer?: ReturnType<typeof setTimeout>;
  private queryChanged = false;
  private announced = '';
  private shownResults = false;
  /** Set when a deep link named an offer that the feed no longer has. */
  private missingOffer = false;
  /** The filter option last toggled, kept enabled while it has focus (see filterGroup). */
  private lastToggled?: { facet: FacetId; value: string };
  /** The results heading shows the count; the live region only speaks it. */
  protected override announceOnly = true;
  /** The URL right after opening an offer: "back" there is the browser's back. */
  private openedAt?: string;

  /** The number of offers that match the current search and filters (0 until the feed is loaded). */
  get resultCount(): number {
    return this.view?.results.length ?? 0;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.settleTimer);
  }

  // --- configuration ---------------------------------------------------------

  private warn(attribute: string, value: string, accepted: string): void {
    const key = `${attribute}|${value}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(`Lotse: <lotse-offer-finder> ${attribute}="${value}" is not valid; ${accepted}`);
  }

  private readPresets(): void {
    const presets = emptySelection();
    for (const facet of LIST_FACETS) presets[facet] = split(this[facet]).map((v) => valueKey(facet, v));
    presets.kinds = presets.kinds.filter((kind) => {
      const ok = (OFFER_KINDS as readonly string[]).includes(kind);
      if (!ok) this.warn('kinds', kind, `accepted: ${OFFER_KINDS.join(', ')} (comma-separated).`);
      return ok;
    });
    presets.languages = presets.languages.filter((code) => {
      const ok = LANGUAGE.test(code);
      if (!ok) this.warn('languages', code, 'accepted: language codes such as ar, fa, uk, pt-BR (comma-separated).');
      return ok;
    });
    this.presets = presets;
    this.locked = new Set();
    if (this.lockedFilters !== null) {
      const names = split(this.lockedFilters);
      const all = names.length === 0 || names.includes('all') || names.includes('true');
      for (const name of all ? LIST_FACETS : names) {
        if (!(LIST_FACETS as readonly string[]).includes(name)) {
          this.warn('locked-filters', name, `accepted: ${LIST_FACETS.join(', ')} (comma-separated), or no value to lock every preset.`);
        } else if (presets[name as ListFacet].length > 0) {
          this.locked.add(name as ListFacet);
        } else if (!all) {
          this.warn('locked-filters', name, `there is no preset to lock; set the ${name} attribute too.`);
        }
      }
    }
  }

  private get size(): number {
    const size = this.pageSize;
    if (Number.isInteger(size) && size >= 1 && size <= 100) return size;
    this.warn('page-size', String(this.getAttribute('page-size') ?? size), 'accepted: a whole number from 1 to 100; using 20.');
    return 20;
  }

  /** Warns once per catalogue about preset ids and names that the feeds do not have. */
  private checkPresets(catalog: Catalog, table: FacetTable): void {
    if (this.checkedPresetsFor === catalog) return;
    this.checkedPresetsFor = catalog;
    for (const facet of ['topics', 'audiences', 'municipality', 'languages'] as const) {
      for (const value of this.presets[facet]) {
        if (!table.index[facet].has(value)) {
          const known = table.shown[facet].slice(0, 30).join(', ');
          this.warn(facet, value, `no offer in the feed has it${known ? `; accepted: ${known}` : ''}.`);
        }
      }
    }
  }

  // --- state and URL -----------------------------------------------------------

  /** State from URL parameters; what the URL leaves out comes from the presets and defaults. */
  private applyUrl(values: Map<string, string>): void {
    const selection = emptySelection();
    for (const facet of FACETS) {
      const value = values.get(facet);
      selection[facet] =
        this.locked.has(facet) || value === undefined
          ? [...this.presets[facet]]
          : (FLAG_FACETS as readonly string[]).includes(facet)
            ? value === '1'
              ? [YES]
              : []
            : split(value).map((v) => valueKey(facet, v));
    }
    this.selection = selection;
    this.query = values.get('q') ?? '';
    const sort = values.get('sort') as SortKey;
    this.sort = SORTS.includes(sort) ? sort : 'relevance';
    const postcode = values.get('postcode') ?? '';
    this.postcode = /^\d{5}$/.test(postcode) ? postcode : '';
    this.page = Math.max(1, Number.parseInt(values.get('page') ?? '1', 10) || 1);
    this.openKey = values.get('offer') ?? '';
  }

  private urlValues(): Record<string, string | undefined> {
    const values: Record<string, string | undefined> = {
      q: this.query.trim() ? this.query : undefined,
      sort: this.sort === 'relevance' ? undefined : this.sort,
      postcode: this.sort === 'distance' && this.postcode ? this.postcode : undefined,
      page: this.page > 1 ? String(this.page) : undefined,
      offer: this.openKey || undefined,
    };
    for (const facet of FACETS) {
      const flag = (FLAG_FACETS as readonly string[]).includes(facet);
      const current = flag ? (this.selection[facet].length ? '1' : '') : this.selection[facet].join(',');
      const preset = this.presets[facet].join(',');
      values[facet] = this.locked.has(facet) || current === preset ? undefined : current;
    }
    return values;
  }

  private commit(push: boolean): void {
    this.url.write(this.urlValues(), push);
  }

  private popState(values: Map<string, string>): void {
    const wasOpen = this.openKey;
    this.applyUrl(values);
    this.openedAt = undefined;
    this.missingOffer = false;
    if (this.openKey && this.openKey !== wasOpen) this.pendingFocus = 'detail';
    else if (!this.openKey && wasOpen) this.pendingFocus = { key: wasOpen };
  }

  /** The current search, filters and order (read-only; a copy). */
  get filters(): OfferFinderFilters {
    const s = this.selection;
    return {
      query: this.query,
      topics: [...s.topics],
      audiences: [...s.audiences],
      languages: [...s.languages],
      municipality: [...s.municipality],
      kinds: [...s.kinds],
      free: s.free.length > 0,
      wheelchair: s.wheelchair.length > 0,
      childcare: s.childcare.length > 0,
      sort: this.sort,
    };
  }

  private fire<K extends keyof FinderEvents>(type: K, detail: FinderEvents[K]): void {
    fire(this, type, detail);
  }

  /**
   * After a change by the resident: once things are quiet, announce the count
   * and tell the host page. `byResident = false` (the first load) only announces.
   */
  private settle(byResident = true): void {
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      if (this.queryChanged) {
        this.queryChanged = false;
        this.commit(false);
        this.fire('lotse-filter-change', this.filters);
      }
      const total = this.resultCount;
      // With the distance sort, what it is measured from (or why it cannot be) is said too.
      const near = this.sort === 'distance' && this.view ? this.inUiLocale(() => this.nearText(this.view!)) : '';
      const text = this.inUiLocale(() => {
        const count = this.countText(total);
        return near ? msg(str`${count}. ${near}`, { desc: 'The result count, then what the distance sort is measured from.' }) : count;
      });
      // The same words twice in a row are not read again; a trailing space makes them new.
      this.announcement = this.announced === text ? `${text}\u00a0` : text;
      this.announced = this.announcement;
      if (byResident) this.fire('lotse-results-change', { total });
    }, SETTLE_MS);
  }

  private changed(push = true): void {
    this.missingOffer = false;
    this.page = 1;
    this.commit(push);
    this.fire('lotse-filter-change', this.filters);
    this.settle();
  }

  private onInput(value: string): void {
    this.query = value;
    this.page = 1;
    this.queryChanged = true;
    this.settle();
  }

  private toggle(facet: FacetId, value: string, checked: boolean): void {
    this.lastToggled = { facet, value };
    const values = this.selection[facet].filter((v) => v !== value);
    if (checked) values.push(value);
    this.selection = { ...this.selection, [facet]: values };
    this.changed();
  }

  private clearAll(): void {
    const selection = { ...this.selection };
    for (const facet of FACETS) if (!this.locked.has(facet)) selection[facet] = [];
    this.selection = selection;
    this.pendingFocus = 'filters';
    this.changed();
  }

  /** Removes a whole filter (or the search term) from the empty state. */
  private removeFilter(what: FacetId | 'q'): void {
    if (what === 'q') {
      this.query = '';
    } else {
      this.selection = { ...this.selection, [what]: [] };
    }
    this.pendingFocus = 'results';
    this.changed();
  }

  private setSort(sort: SortKey): void {
    this.sort = sort;
    // Arrowing through the select changes it at every step: replace, do not pile up history.
    this.changed(false);
  }

  /** Once focus leaves the option just toggled, it may be disabled like any option without results. */
  private readonly onFiltersFocusOut = (): void => {
    if (!this.lastToggled) return;
    this.lastToggled = undefined;
    this.requestUpdate();
  };

  /** Escape closes the collapsed filter panel of a narrow screen and returns to its button. */
  private readonly onFiltersKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.filtersOpen) return;
    const toggle = this.renderRoot.querySelector<HTMLElement>('[part="filter-toggle"]');
    // The toggle is hidden on wide screens, where the panel is always shown.
    if (!toggle || getComputedStyle(toggle).display === 'none') return;
    event.preventDefault();
    this.filtersOpen = false;
    this.pendingFocus = 'filter-toggle';
  };

  /** Closes the filter panel (narrow screens) and takes the resident to the results. */
  private showResults(): void {
    this.filtersOpen = false;
    this.pendingFocus = 'results';
  }

  private goTo(page: number): void {
    this.page = page;
    this.pendingFocus = 'results';
    this.commit(true);
  }

  private open(entry: OfferEntry): void {
    this.missingOffer = false;
    this.openKey = entry.key;
    this.pendingFocus = 'detail';
    this.commit(true);
    this.openedAt = location.href;
    this.fire('lotse-offer-select', { key: entry.key, offer: entry.offer });
  }

  private back(): void {
    if (!this.noUrlSync && this.openedAt === location.href) {
      // The entry we pushed: going back restores the list (popstate does the rest).
      history.back();
      return;
    }
    const key = this.openKey;
    this.openKey = '';
    this.pendingFocus = { key };
    this.commit(true);
  }

  private locate(): void {
    if (!navigator.geolocation) {
      this.locating = 'failed';
      this.settle();
      return;
    }
    this.locating = 'busy';
    this.announcement = this.inUiLocale(() => msg('Finding your location…'));
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        this.located = { lat: coords.latitude, lon: coords.longitude };
        this.postcode = '';
        this.locating = '';
        this.commit(false);
        this.settle();
      },
      () => {
        this.locating = 'failed';
        this.settle();
      },
      { maximumAge: 600_000, timeout: 15_000 },
    );
  }

  // --- computing the results --------------------------------------------------------

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.initialized) {
      this.initialized = true;
      this.readPresets();
      this.applyUrl(this.url.read());
      if (!this.id && !this.noUrlSync && document.querySelectorAll('lotse-offer-finder:not([id]):not([no-url-sync])').length > 1) {
        console.warn('Lotse: two <lotse-offer-finder> elements without an id share their URL parameters; give each an id (or set no-url-sync).');
      }
    } else if (['topics', 'audiences', 'kinds', 'municipality', 'languages', 'lockedFilters'].some((p) => changed.has(p))) {
      this.readPresets();
      this.selection = { ...this.selection, ...this.presets };
    }
    const state = this.feed.state;
    if (state.status === 'ready') this.computeView(state.catalog, state.errors.length === 0 && state.stale.length === 0);
    else this.view = undefined;
    // The first count (and the one after a retry) is announced too, like every later one.
    if (this.view && !this.shownResults && this.locale.ready) this.settle(false);
    this.shownResults = Boolean(this.view) && this.locale.ready;
  }

  /** `complete`: every feed loaded as it is now (none failed, none from an older copy). */
  private computeView(catalog: Catalog, complete: boolean): void {
    const search = offerSearch(catalog, [this.locale.requested]);
    if (!search.complete && this.view?.search !== search) {
      const update = () => this.requestUpdate();
      void search.whenReady.then(update);
      void search.whenComplete.then(update);
    }
    const origin = this.sort === 'distance' ? (this.located ?? postcodePoint(catalog, this.postcode)) : undefined;
    const key = JSON.stringify([
      search.ready,
      search.complete,
      this.query,
      this.selection,
      this.sort,
      origin,
      this.locale.requested,
      [...this.locked],
      this.sort === 'date' ? berlinNow().time : '',
    ]);
    if (this.view?.catalog === catalog && this.view.key === key) return;
    const table = facetTable(catalog);
    this.checkPresets(catalog, table);
    const strict = this.locked;
    const matched = search.search(this.query);
    const facets = countFacets(table, matched, activeFilters(table, this.selection, strict));
    const lockedOnly = emptySelection();
    for (const facet of strict) lockedOnly[facet] = this.presets[facet];
    const sliceKey = JSON.stringify(lockedOnly);
    if (this.slice?.catalog !== catalog || this.slice.key !== sliceKey) {
      this.slice = { catalog, key: sliceKey, counts: countFacets(table, undefined, activeFilters(table, lockedOnly, strict)) };
    }
    const slice = this.slice.counts;
    const results = facets.results;
    let distances: Map<number, number> | undefined;
    if (this.sort === 'title') sortBy(results, titleRank(catalog, this.locale.requested));
    else if (this.sort === 'date') sortBy(results, nextDateKeys(catalog, berlinNow()));
    else if (origin) {
      const km = new Float64Array(catalog.offers.length);
      for (const i of results) km[i] = offerDistance(catalog.offers[i], origin);
      sortBy(results, km);
      distances = new Map(results.map((i) => [i, km[i]]));
    }
    if (this.openKey && !catalog.offers.some((o) => o.key === this.openKey)) {
      // A shared link to an offer that is gone: say so and show the list. The URL is tidied only
      // when every feed is current: the offer may be in a feed that failed, for "try again".
      this.openKey = '';
      this.missingOffer = true;
      if (this.pendingFocus === 'detail') this.pendingFocus = 'results';
      if (complete) queueMicrotask(() => this.commit(false));
    }
    this.view = { catalog, key, table, search, facets, slice, results, distances, origin };
  }

  // --- rendering ------------------------------------------------------------------

  private countText(total: number): string {
    const n = formatNumber(total, this.locale.ui);
    return plural(total, this.locale.ui, {
      one: () => msg(str`${n} offer found`),
      other: () => msg(str`${n} offers found`),
    });
  }

  private facetLegend(facet: FacetId): string {
    switch (facet) {
      case 'topics':
        return msg('Topic');
      case 'audiences':
        return msg('For whom');
      case 'languages':
        return msg('Offered in');
      case 'municipality':
        return msg('Town');
      case 'kinds':
        return msg('Type of offer');
      case 'free':
        return msg('Free of charge');
      case 'wheelchair':
        return msg('Wheelchair accessible');
      case 'childcare':
        return msg('Childcare available');
    }
  }

  /** Labels and display order of every facet value, per catalogue and language. */
  private labelsFor(view: View): Labels {
    const { requested, ui } = this.locale;
    const key = `${requested}|${ui}`;
    const cached = this.labels;
    if (cached?.key === key && cached.catalog === view.catalog && cached.slice === view.slice) return cached;
    const { table, catalog } = view;
    const lang = catalog.feeds[0]?.language ?? 'de';
    const text = {} as Labels['text'];
    const markup = {} as Labels['markup'];
    const order = {} as Labels['order'];
    const collator = new Intl.Collator(requested, { sensitivity: 'base', numeric: true });
    for (const facet of FACETS) {
      const values = table.values[facet];
      const shown = table.shown[facet];
      text[facet] = [];
      markup[facet] = [];
      values.forEach((value, n) => {
        let label: TemplateResult | string;
        let plain: string;
        if (facet === 'topics') {
          const picked = pickText(catalog.topics.get(value)?.label, requested, lang);
          plain = picked?.text ?? value;
          label = shownText(picked, value) as TemplateResult | string;
        } else if (facet === 'audiences') {
          const picked = audienceLabel(value, catalog, requested);
          plain = typeof picked === 'string' ? picked : picked.text;
          label = typeof picked === 'string' ? picked : (shownText(picked) as TemplateResult);
        } else if (facet === 'languages') {
          plain = ownLanguageName(shown[n], ui).text;
          label = languageLabel(shown[n], ui);
        } else if (facet === 'kinds') {
          plain = label = kindLabel(value as Offer['kind']);
        } else if (facet === 'municipality') {
          plain = label = shown[n];
        } else {
          plain = label = this.facetLegend(facet);
        }
        text[facet].push(plain);
        markup[facet].push(label);
      });
      const positions = values.map((_, n) => n);
      order[facet] =
        facet === 'kinds'
          ? positions.sort((a, b) => OFFER_KINDS.indexOf(values[a] as Offer['kind']) - OFFER_KINDS.indexOf(values[b] as Offer['kind']))
          : facet === 'languages'
            ? positions.sort((a, b) => view.slice.counts.languages[b] - view.slice.counts.languages[a])
            : positions.sort((a, b) => collator.compare(text[facet][a], text[facet][b]));
    }
    // Narrower topics follow their broader topic, indented: "Sprache", then "Sprachkurse".
    const depth = topicTree(order.topics, table.values.topics, catalog);
    return (this.labels = { key, catalog, slice: view.slice, text, markup, order, depth });
  }

  private context(catalog: Catalog): RenderContext {
    return { catalog, requested: this.locale.requested, ui: this.locale.ui, now: berlinNow() };
  }

  protected renderContent(): TemplateResult {
    return feedStateView(this.feed.state, {
      loading: msg('Loading offers…'),
      retry: () => void this.retry(() => this.feed.reload()),
      ready: (state) => this.renderReady(state),
    });
  }


  private renderReady(state: Extract<FeedState, { status: 'ready' }>): TemplateResult {
    const view = this.view!;
    const ctx = this.context(state.catalog);
    const entry = this.openKey ? state.catalog.offers.find((o) => o.key === this.openKey) : undefined;
    return html`${staleNotice(state.stale, this.locale.ui)}
    ${state.errors.length ? errorState(state.errors, () => void this.retry(() => this.feed.reload())) : nothing}
    ${entry
      ? renderDetail(entry, ctx, { back: () => this.back(), print: () => printOnly(this) })
      : this.renderList(view, ctx)}`;
  }

  private renderList(view: View, ctx: RenderContext): TemplateResult {
    const total = view.results.length;
    const size = this.size;
    const pages = Math.max(1, Math.ceil(total / size));
    const page = Math.min(this.page, pages);
    const shown = view.results.slice((page - 1) * size, page * size);
    const pageText = msg(str`Page ${formatNumber(page, ctx.ui)} of ${formatNumber(pages, ctx.ui)}`);
    const open = (entry: OfferEntry) => this.open(entry);
    return html`<div role="search" class="search-area">
        ${searchField({
          id: 'q',
          label: msg('Search offers'),
          hint: msg('For example: German course, counselling, Arabic'),
          value: this.query,
          onInput: (value) => this.onInput(value),
        })}
      </div>
      ${this.missingOffer
        ? html`<div class="notice" part="notice">
            <p>${msg('The offer in this link is no longer available. Here are all current offers.')}</p>
          </div>`
        : nothing}
      <div class="layout">
        ${this.renderFilters(view)}
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
            : html`<ul class="cards" part="results">
                ${shown.map((i) => renderCard(view.catalog.offers[i], ctx, view.distances?.get(i), open))}
              </ul>`}
          ${pages > 1
            ? html`<nav class="pagination" part="pagination" aria-label=${msg('Pages')}>
                <button type="button" class="secondary" ?disabled=${page <= 1} @click=${() => this.goTo(page - 1)}>
                  ${msg('Previous page')}
                </button>
                <bdi>${pageText}</bdi>
                <button type="button" class="secondary" ?disabled=${page >= pages} @click=${() => this.goTo(page + 1)}>
                  ${msg('Next page')}
                </button>
              </nav>`
            : nothing}
        </section>
      </div>`;
  }

  private activeCount(view: View): number {
    let count = 0;
    for (const facet of FACETS) {
      if (this.locked.has(facet)) continue;
      count += this.selection[facet].filter((v) => view.table.index[facet].has(v)).length;
    }
    return count;
  }

  private options(view: View, labels: Labels, facet: FacetId): FilterOption[] {
    const selected = new Set(this.selection[facet]);
    const sliceTotal = view.slice.results.length;
    const options = labels.order[facet]
      .filter((n) => view.slice.counts[facet][n] > 0 || selected.has(view.table.values[facet][n]))
      .map((n) => ({
        value: view.table.values[facet][n],
        label: labels.markup[facet][n],
        count: view.facets.counts[facet][n],
        checked: selected.has(view.table.values[facet][n]),
        level: facet === 'topics' ? labels.depth[n] : 0,
      }));
    // One option that every offer has filters nothing.
    return options.length === 1 && !options[0].checked && view.slice.counts[facet][view.table.index[facet].get(options[0].value)!] === sliceTotal
      ? []
      : options;
  }

  private renderFilters(view: View): TemplateResult {
    const labels = this.labelsFor(view);
    const active = this.activeCount(view);
    const formatCount = (n: number) => formatNumber(n, this.locale.ui);
    const groups = LIST_FACETS.filter((f) => !this.locked.has(f)).map((facet) => {
      const options = this.options(view, labels, facet);
      return options.length
        ? filterGroup({
            name: facet,
            legend: this.facetLegend(facet),
            options,
            formatCount,
            onToggle: (value, checked) => this.toggle(facet, value, checked),
            keepEnabled: this.lastToggled?.facet === facet ? this.lastToggled.value : undefined,
          })
        : nothing;
    });
    const flags = FLAG_FACETS.flatMap((facet) => this.options(view, labels, facet).map((o) => ({ ...o, value: facet })));
    return html`<div class="side">
      <button
        type="button"
        class="filter-toggle secondary"
        part="filter-toggle"
        aria-expanded=${String(this.filtersOpen)}
        aria-controls="filters"
        @click=${() => (this.filtersOpen = !this.filtersOpen)}
      >
        <bdi>${active ? msg(str`Filters (${formatCount(active)} active)`) : msg('Filters')}</bdi>
      </button>
      <div id="filters" class="filters ${this.filtersOpen ? 'open' : ''}" part="filters" @keydown=${this.onFiltersKey} @focusout=${this.onFiltersFocusOut}>
        <button type="button" class="secondary skip" @click=${() => this.showResults()}>
          <bdi>${msg(str`Skip to the results (${formatCount(view.results.length)})`)}</bdi>
        </button>
        <h2 id="filters-heading" tabindex="-1">${msg('Filter offers')}</h2>
        ${active
          ? html`<p><button type="button" class="secondary clear" @click=${() => this.clearAll()}>${msg('Clear all filters')}</button></p>`
          : nothing}
        ${groups}
        ${flags.length
          ? filterGroup({
              name: 'features',
              legend: msg('Features'),
              options: flags,
              formatCount,
              onToggle: (value, checked) => this.toggle(value as FacetId, YES, checked),
              keepEnabled: this.lastToggled?.value === YES ? this.lastToggled.facet : undefined,
            })
          : nothing}
        <button type="button" class="show-results" @click=${() => this.showResults()}>
          <bdi>${msg('Show results')} (${formatCount(view.results.length)})</bdi>
        </button>
      </div>
    </div>`;
  }

  private sortLabel(sort: SortKey): string {
    switch (sort) {
      case 'relevance':
        return msg('Best match');
      case 'title':
        return msg('A–Z');
      case 'date':
        return msg('Next date');
      case 'distance':
        return msg('Distance');
    }
  }

  /** What the distance sort is measured from, or what it needs. */
  private nearText(view: View): string {
    if (this.locating === 'busy') return msg('Finding your location…');
    if (this.locating === 'failed') return msg('Your location could not be determined.');
    if (this.located) return msg('Sorted by distance from your location.');
    if (!view.origin && /^\d{5}$/.test(this.postcode)) return msg('This postcode is not in the data. Please try a postcode nearby.');
    return view.origin ? msg(str`Sorted by distance from ${this.postcode}.`) : msg('Enter a postcode to see the nearest offers first.');
  }

  private renderSort(view: View): TemplateResult {
    return html`<div class="sort">
        <label for="sort">${msg('Sort by')}</label>
        <select id="sort" @change=${(e: Event) => this.setSort((e.target as HTMLSelectElement).value as SortKey)}>
          ${SORTS.map((s) => html`<option value=${s} ?selected=${s === this.sort}>${this.sortLabel(s)}</option>`)}
        </select>
      </div>
      ${this.sort === 'distance'
        ? html`<div class="near">
            <label for="postcode">${msg('Your postcode')}</label>
            <input
              id="postcode"
              inputmode="numeric"
              autocomplete="postal-code"
              maxlength="5"
              aria-describedby="near-hint"
              .value=${live(this.postcode)}
              @input=${(e: Event) => {
                this.postcode = (e.target as HTMLInputElement).value.replace(/\D/g, '');
                this.located = undefined;
                this.locating = '';
                this.commit(false);
                this.settle();
              }}
            />
            <button type="button" class="secondary" @click=${() => this.locate()}>${msg('Use my location')}</button>
            <p id="near-hint" class="hint">${this.nearText(view)}</p>
          </div>`
        : nothing}`;
  }

  /** What removing each filter (or the search term) would bring back; the most first. */
  private renderEmpty(view: View): TemplateResult {
    const { table, facets } = view;
    const labels = this.labelsFor(view);
    const ui = this.locale.ui;
    let best: { what: FacetId | 'q'; count: number; name: string } | undefined;
    for (const facet of FACETS) {
      const count = facets.relief[facet];
      if (count === undefined || this.locked.has(facet) || (best && best.count >= count)) continue;
      const values = this.selection[facet].flatMap((v) => {
        const n = table.index[facet].get(v);
        return n === undefined ? [] : [labels.text[facet][n]];
      });
      const legend = this.facetLegend(facet);
      const name = (FLAG_FACETS as readonly string[]).includes(facet) ? legend : `${legend}: ${formatList(values, this.locale.ui, 'unit')}`;
      best = { what: facet, count, name };
    }
    if (this.query.trim() && view.search.search(this.query)) {
      const withoutQuery = countFacets(table, undefined, activeFilters(table, this.selection, this.locked)).results.length;
      if (!best || withoutQuery > best.count) best = { what: 'q', count: withoutQuery, name: msg(str`Search: ${this.query}`) };
    }
    if (!best || best.count === 0) return emptyState(msg('No offers match. Please try other words or fewer filters.'));
    const { what, count, name } = best;
    const n = formatNumber(count, ui);
    const message = plural(count, ui, {
      one: () => msg(str`No offers match. The filter “${name}” excludes the most: without it, ${n} offer would be shown.`),
      other: () => msg(str`No offers match. The filter “${name}” excludes the most: without it, ${n} offers would be shown.`),
    });
    return emptyState(message, {
      label: what === 'q' ? msg('Clear the search') : msg(str`Remove filter “${this.facetLegend(what)}”`),
      run: () => this.removeFilter(what),
    });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const target = this.pendingFocus;
    if (!target || !this.view) return;
    const root = this.renderRoot as ShadowRoot;
    const element =
      target === 'detail'
        ? root.getElementById('detail-heading')
        : target === 'results'
          ? root.getElementById('results-heading')
          : target === 'filters'
            ? root.getElementById('filters-heading')
            : target === 'filter-toggle'
              ? root.querySelector<HTMLElement>('[part="filter-toggle"]')
              : (root.querySelector<HTMLElement>(`button.open[data-key="${CSS.escape(target.key)}"]`) ??
              root.getElementById('results-heading'));
    if (element) {
      this.pendingFocus = undefined;
      element.focus();
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lotse-offer-finder': LotseOfferFinder;
  }
  interface HTMLElementEventMap {
    'lotse-offer-select': CustomEvent<OfferSelectDetail>;
    'lotse-filter-change': CustomEvent<OfferFinderFilters>;
    'lotse-results-change': CustomEvent<ResultsChangeDetail>;
  }
}
