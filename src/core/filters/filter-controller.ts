/**
 * The search-and-filter state of a widget, and everything that follows from
 * it: presets from attributes (`topics="sport"`) and `locked-filters`, the
 * state in the page URL (with the per-id prefix) and in the browser's
 * history, and the step after a change: once the resident pauses, the count
 * is announced and the host page hears `lotse-filter-change` and
 * `lotse-results-change`.
 *
 * A widget configures it with its facets (see `facets.ts`) and its own
 * fields (`sort`, `page`, the open record, a calendar's view and month), and
 * reads `state`, which is current whenever it is read: presets changed since
 * the last update are applied then, not one update late.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AttributeWarnings, splitList } from '../attributes.js';
import { afterPaint } from '../ui/later-task.js';
import { UrlStateController } from '../url-state.js';
import { emptySelection, valueKey, YES, type FacetSpec, type FacetTable, type Selection } from './facets.js';

/** One of a widget's own values in the URL. */
export interface FieldSpec<T> {
  /** The value for a URL parameter (`undefined` when absent); anything unusable gives the default. */
  read(raw: string | undefined): T;
  /** The URL parameter for a value; `undefined` leaves it out (the default). */
  write(value: T): string | undefined;
  /** Back to its default when the search or a filter changes (a page number). */
  resetOnChange?: boolean;
}

/** Ready-made fields. */
export const fields = {
  /** One of fixed values; the first is the default and stays out of the URL. */
  oneOf<const T extends string>(values: readonly T[]): FieldSpec<T> {
    return {
      read: (raw) => (values as readonly (string | undefined)[]).includes(raw) ? (raw as T) : values[0],
      write: (value) => (value === values[0] ? undefined : value),
    };
  },
  /** A page number from 1. */
  page(): FieldSpec<number> {
    return {
      read: (raw) => {
        const n = Number.parseInt(raw ?? '', 10);
        return n >= 1 && n <= 100_000 ? n : 1;
      },
      write: (n) => (n > 1 ? String(n) : undefined),
      resetOnChange: true,
    };
  },
  /** A short text matching `pattern` (a record key, a postcode); empty by default. */
  text(pattern: RegExp, max = 300): FieldSpec<string> {
    return {
      read: (raw) => (raw !== undefined && raw.length <= max && pattern.test(raw) ? raw : ''),
      write: (value) => value || undefined,
    };
  },
};

type Fields<F> = { [K in keyof F]: FieldSpec<F[K]> };

export interface FilterState<F> {
  readonly query: string;
  readonly selection: Selection;
  readonly fields: Readonly<F>;
}

export interface FilterHost extends ReactiveControllerHost, HTMLElement {
  /** Keeps the state out of the page URL. */
  noUrlSync: boolean;
  /** Facets whose presets residents cannot change; `''` locks every preset, `null` none. */
  lockedFilters: string | null;
}

export interface FilterOptions<F> {
  facets: readonly FacetSpec<never>[];
  fields: Fields<F>;
  /** What the live region says once a change has settled (the count), already in the UI language. */
  announcement: () => string;
  /** Speaks through the host's live region. */
  announce: (text: string) => void;
  /** `lotse-filter-change`'s detail. */
  detail: () => unknown;
  /** `lotse-results-change`'s total. */
  total: () => number;
  /** After Back or Forward, with the state before: the host moves focus. */
  onPop?: (previous: FilterState<F>) => void;
}

/** Typing pauses this long before the count is announced and the host page hears of it. */
export const SETTLE_MS = 600;
/** Nobody types more; longer queries (a crafted link) are cut here. */
export const MAX_QUERY = 200;
/** Values per facet taken from a URL or attribute. */
const MAX_VALUES = 100;
/** Results follow a key press after its frame is painted, and at the latest after this (no frames in a hidden tab). */
const AFTER_PAINT_AT_MOST_MS = 100;

/** Our events bubble out of the shadow root to the host page. */
export function fire(target: EventTarget, type: string, detail: unknown): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

export class FilterController<F extends object> implements ReactiveController {
  /** Presets from the attributes, per facet. */
  presets: Selection;
  /** Facets whose presets are locked. */
  locked: ReadonlySet<string> = new Set();
  /** The filter option last toggled: kept enabled while it has focus (see `filterGroup`). */
  lastToggled?: { facet: string; value: string };
  readonly warnings: AttributeWarnings;

  #state: FilterState<F>;
  #initialized = false;
  #presetKey = '';
  #queryChanged = false;
  #timer?: ReturnType<typeof setTimeout>;
  #checkedPresets?: FacetTable;
  /** URLs this widget pushed when opening a record: "back" from there is the browser's Back. */
  readonly #opened = new Set<string>();
  readonly #host: FilterHost;
  readonly #options: FilterOptions<F>;
  readonly #url: UrlStateController;

  constructor(host: FilterHost, options: FilterOptions<F>) {
    this.#host = host;
    this.#options = options;
    this.warnings = new AttributeWarnings(host);
    this.presets = emptySelection(options.facets);
    this.#state = { query: '', selection: this.presets, fields: this.#readFields(new Map()) };
    this.#url = new UrlStateController(host, {
      keys: ['q', ...options.facets.map((f) => f.id), ...Object.keys(options.fields)],
      prefix: () => (host.id ? `lotse-${host.id}-` : 'lotse-'),
      enabled: () => !host.noUrlSync,
      onPop: (values) => this.#pop(values),
    });
    host.addController(this);
  }

  /** The resident searched or chose a filter beyond the presets (an empty list is then theirs to widen). */
  get chosen(): boolean {
    const { query, selection } = this.state;
    return query.trim() !== '' || Object.keys(selection).some((id) => selection[id].join() !== this.presets[id].join());
  }

  /** The current state, with presets changed since the last update already applied. */
  get state(): FilterState<F> {
    this.#sync();
    return this.#state;
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  // --- presets -------------------------------------------------------------

  #presetSource(): string {
    const host = this.#host as unknown as Record<string, unknown>;
    return JSON.stringify([this.#host.lockedFilters, ...this.#options.facets.map((f) => (f.preset ? String(host[f.id] ?? '') : ''))]);
  }

  #sync(): void {
    const key = this.#presetSource();
    if (this.#initialized && key === this.#presetKey) return;
    this.#presetKey = key;
    const before = this.presets;
    this.#readPresets();
    if (!this.#initialized) {
      this.#initialized = true;
      this.#apply(this.#url.read());
      const host = this.#host;
      if (!host.id && !host.noUrlSync && document.querySelectorAll(`${host.localName}:not([id]):not([no-url-sync])`).length > 1) {
        console.warn(`Lotse: two <${host.localName}> elements without an id share their URL parameters; give each an id (or set no-url-sync).`);
      }
      return;
    }
    // A preset attribute changed: that facet starts again from its presets.
    const selection = { ...this.#state.selection };
    for (const facet of this.#options.facets) {
      if (JSON.stringify(before[facet.id]) !== JSON.stringify(this.presets[facet.id]) || this.locked.has(facet.id)) {
        selection[facet.id] = this.presets[facet.id];
      }
    }
    this.#state = { ...this.#state, selection };
  }

  #readPresets(): void {
    const host = this.#host as unknown as Record<string, unknown>;
    const presets: Record<string, readonly string[]> = {};
    for (const facet of this.#options.facets) {
      const { preset } = facet;
      presets[facet.id] = !preset
        ? []
        : splitList(String(host[facet.id] ?? ''))
            .slice(0, MAX_VALUES)
            .map((v) => valueKey(facet, v))
            .filter((value) => {
              const ok = !preset.accepts || preset.accepts(value);
              if (!ok) this.warnings.warn(facet.id, value, `accepted: ${preset.accepted ?? 'see the documentation'} (comma-separated).`);
              return ok;
            });
    }
    this.presets = presets;
    const locked = new Set<string>();
    const names = this.#host.lockedFilters;
    if (names !== null) {
      const listed = splitList(names);
      const all = listed.length === 0 || listed.includes('all') || listed.includes('true');
      const lockable = this.#options.facets.filter((f) => f.preset).map((f) => f.id);
      for (const name of all ? lockable : listed) {
        if (!lockable.includes(name)) {
          this.warnings.warn('locked-filters', name, `accepted: ${lockable.join(', ')} (comma-separated), or no value to lock every preset.`);
        } else if (presets[name].length > 0) {
          locked.add(name);
        } else if (!all) {
          this.warnings.warn('locked-filters', name, `there is no preset to lock; set the ${name} attribute too.`);
        }
      }
    }
    this.locked = locked;
  }

  /** Warns once per facet table about preset values that no record has. */
  checkPresets(table: FacetTable): void {
    if (this.#checkedPresets === table) return;
    this.#checkedPresets = table;
    for (const column of table.columns) {
      if (!column.spec.preset?.known) continue;
      for (const value of this.presets[column.spec.id] ?? []) {
        if (!column.index.has(value)) {
          const known = column.shown.slice(0, 30).join(', ');
          this.warnings.warn(column.spec.id, value, `no record in the feed has it${known ? `; accepted: ${known}` : ''}.`);
        }
      }
    }
  }

  // --- URL -----------------------------------------------------------------

  #readFields(values: Map<string, string>): F {
    const out: Record<string, unknown> = {};
    for (const [key, spec] of Object.entries(this.#options.fields) as [string, FieldSpec<unknown>][]) out[key] = spec.read(values.get(key));
    return out as F;
  }

  /** State from URL parameters; what the URL leaves out comes from the presets and defaults. */
  #apply(values: Map<string, string>): void {
    const selection: Record<string, readonly string[]> = {};
    for (const facet of this.#options.facets) {
      const value = values.get(facet.id);
      selection[facet.id] =
        this.locked.has(facet.id) || value === undefined
          ? this.presets[facet.id]
          : facet.kind === 'flag'
            ? value === '1'
              ? [YES]
              : []
            : splitList(value)
                .slice(0, MAX_VALUES)
                .map((v) => valueKey(facet, v));
    }
    this.#state = { query: (values.get('q') ?? '').slice(0, MAX_QUERY), selection, fields: this.#readFields(values) };
  }

  #urlValues(): Record<string, string | undefined> {
    const { query, selection, fields } = this.#state;
    const values: Record<string, string | undefined> = { q: query.trim() ? query : undefined };
    for (const facet of this.#options.facets) {
      const current = facet.kind === 'flag' ? (selection[facet.id].length ? '1' : '') : selection[facet.id].join(',');
      const preset = facet.kind === 'flag' ? (this.presets[facet.id].length ? '1' : '') : this.presets[facet.id].join(',');
      values[facet.id] = this.locked.has(facet.id) || current === preset ? undefined : current;
    }
    for (const [key, spec] of Object.entries(this.#options.fields) as [string, FieldSpec<unknown>][]) {
      values[key] = spec.write((fields as Record<string, unknown>)[key]);
    }
    return values;
  }

  /** Writes the state to the URL: `push` adds a history entry (a step worth going back to), else the entry is replaced. */
  commit(push: boolean): void {
    this.#url.write(this.#urlValues(), push);
  }

  #pop(values: Map<string, string>): void {
    const previous = this.#state;
    const before = JSON.stringify(this.#urlValues());
    this.#apply(values);
    // Back or forward in another widget on the page (or the host's own history): nothing to show, focus stays.
    if (JSON.stringify(this.#urlValues()) === before) {
      this.#state = previous;
      return;
    }
    this.#options.onPop?.(previous);
    this.#host.requestUpdate();
  }

  // --- changes -------------------------------------------------------------

  #set(state: Partial<FilterState<F>>): void {
    this.#state = { ...this.#state, ...state };
    this.#host.requestUpdate();
  }

  /** Fields that start again after a change of the search or the filters. */
  #resetFields(): F {
    const fields = { ...this.#state.fields } as Record<string, unknown>;
    for (const [key, spec] of Object.entries(this.#options.fields) as [string, FieldSpec<unknown>][]) {
      if (spec.resetOnChange) fields[key] = spec.read(undefined);
    }
    return fields as F;
  }

  /** After a change of the filters by the resident: URL, event, and the count once things are quiet. */
  #changed(push: boolean): void {
    this.#state = { ...this.#state, fields: this.#resetFields() };
    this.commit(push);
    fire(this.#host, 'lotse-filter-change', this.#options.detail());
    this.settle();
  }

  /**
   * The resident types: the URL and the host page hear of it once typing
   * pauses. `byKey` (a person's key press): the frame of the key shows the
   * letter at once, and the results are drawn in the task after that frame,
   * for all the keys typed by then.
   */
  setQuery(query: string, byKey = false): void {
    this.#state = { ...this.#state, query: query.slice(0, MAX_QUERY), fields: this.#resetFields() };
    this.#typedState = byKey ? this.#state : undefined;
    if (byKey) this.#updateAfterPaint();
    else this.#host.requestUpdate();
    this.#queryChanged = true;
    this.settle();
  }

  #afterPaint = false;
  #typedState?: FilterState<F>;

  /** The current state comes from a person's key press in the search field (no other change since). */
  get typed(): boolean {
    return this.#typedState !== undefined && this.#state === this.#typedState;
  }

  #updateAfterPaint(): void {
    if (this.#afterPaint) return;
    this.#afterPaint = true;
    const update = () => {
      if (!this.#afterPaint) return;
      this.#afterPaint = false;
      this.#host.requestUpdate();
    };
    afterPaint(update, AFTER_PAINT_AT_MOST_MS);
  }

  toggle(facet: string, value: string, checked: boolean): void {
    this.lastToggled = { facet, value };
    const values = this.#state.selection[facet].filter((v) => v !== value);
    if (checked) values.push(value);
    this.#set({ selection: { ...this.#state.selection, [facet]: values } });
    this.#changed(true);
  }

  /** Clears every filter residents may change (not the search). */
  clear(): void {
    const selection = { ...this.#state.selection };
    for (const facet of this.#options.facets) if (!this.locked.has(facet.id)) selection[facet.id] = [];
    this.#set({ selection });
    this.#changed(true);
  }

  /** Removes one whole filter, or the search (`'q'`). */
  remove(what: string): void {
    if (what === 'q') this.#set({ query: '' });
    else if (!this.locked.has(what)) this.#set({ selection: { ...this.#state.selection, [what]: [] } });
    this.#changed(true);
  }

  /**
   * Sets one of the widget's fields. `filter: true` treats it like a filter
   * (pages start again, `lotse-filter-change`, the count is announced), as
   * for the order of results; `history` says how the URL follows
   * (`'none'`: not now).
   */
  /**
   * A field from a shared link that names a record the feed no longer has
   * (an offer, a course, a service that is gone): cleared, so the widget
   * shows its list, and true, so it can say why. The address is tidied only
   * when every feed is current (`complete`): the record may be in a feed
   * that failed, for "Try again".
   */
  dropGone<K extends keyof F>(key: K, exists: (value: string) => boolean, complete: boolean): boolean {
    const value = this.state.fields[key];
    if (typeof value !== 'string' || !value || exists(value)) return false;
    this.setField(key, '' as F[K], { history: complete ? 'replace' : 'none' });
    return true;
  }

  setField<K extends keyof F>(
    key: K,
    value: F[K],
    { history = 'replace', filter = false, announce = false }: { history?: 'push' | 'replace' | 'none'; filter?: boolean; announce?: boolean } = {},
  ): void {
    this.#set({ fields: { ...this.#state.fields, [key]: value } });
    if (filter) {
      this.#changed(history === 'push');
      return;
    }
    if (history !== 'none') this.commit(history === 'push');
    if (announce) this.settle();
  }

  /** Opens a record (its key in `field`): a history entry, so Back closes it. */
  open<K extends keyof F>(field: K, key: F[K]): void {
    this.#set({ fields: { ...this.#state.fields, [field]: key } });
    this.commit(true);
    if (!this.#host.noUrlSync) this.#opened.add(location.href);
  }

  /**
   * Closes the open record. When this widget opened it into the current
   * history entry (also after Back and Forward), that is the browser's Back,
   * so the history does not grow with every look at an offer.
   */
  close<K extends keyof F>(field: K, empty: F[K]): void {
    if (!this.#host.noUrlSync && this.#opened.has(location.href)) {
      history.back();
      return;
    }
    this.#set({ fields: { ...this.#state.fields, [field]: empty } });
    this.commit(true);
  }

  /** Number of values residents selected that the records have (locked presets not counted). */
  activeCount(table: FacetTable): number {
    let count = 0;
    for (const column of table.columns) {
      if (this.locked.has(column.spec.id)) continue;
      count += this.#state.selection[column.spec.id].filter((v) => column.index.has(v)).length;
    }
    return count;
  }

  /**
   * Once things are quiet, announce the count and tell the host page.
   * `byResident = false` (the first results) only announces.
   */
  settle(byResident = true): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      if (this.#queryChanged) {
        this.#queryChanged = false;
        this.commit(false);
        fire(this.#host, 'lotse-filter-change', this.#options.detail());
      }
      this.#options.announce(this.#options.announcement());
      if (byResident) fire(this.#host, 'lotse-results-change', { total: this.#options.total() });
    }, SETTLE_MS);
  }
}
