/**
 * Facets described as data, and the one linear pass that filters and counts
 * with them (standard faceting: a facet's counts apply every active filter
 * except its own).
 *
 * A widget lists the facets it offers (`offer-facets.ts` has the ones every
 * offer has; a calendar adds levels and times of day); which values a record
 * has, how values compare, whether a value also counts for a broader one and
 * how a preset attribute is checked are all said by the facet, so the
 * filtering, counting, URL and preset machinery never names a field.
 */
import type { Catalog, OfferEntry } from '../feed/catalog.js';
import { atOnce, inSlices } from '../feed/slices.js';

/** How a facet's options are ordered: by label, by how many records have them, in a fixed order, or as a tree. */
export type FacetOrder = 'label' | 'count' | 'fixed' | 'tree';

export interface FacetContext {
  catalog: Catalog;
  /** The language asked for (for sorting). */
  requested: string;
  /** The languages feed texts are shown in, best first (`LocaleController.texts`). */
  texts: readonly string[];
  /** The UI locale; the widget's own words and numbers follow it. */
  ui: string;
}

/** An option's label: plain text (for sorting and sentences) and what is shown (with `lang`/`dir`). */
export interface FacetLabel {
  text: string;
  markup: unknown;
}

export interface FacetSpec<R = OfferEntry> {
  /** Name in the URL (`lotse-topics`), in presets (the attribute of the same name) and in `locked-filters`. */
  readonly id: string;
  /** A list of values to choose from, or one yes/no option. */
  readonly kind: 'list' | 'flag';
  /** The record's values; for a flag facet, whether the record has the feature. */
  values(record: R, catalog: Catalog): readonly string[] | boolean;
  /** Values are compared case-insensitively (names, language codes). */
  readonly caseless?: boolean;
  /** The broader value a value also counts for (a topic's parent), if any. */
  broader?(value: string, catalog: Catalog): string | undefined;
  /** The facet's name over its options, in the UI language. */
  legend(): string;
  /** An option's label; by default the value as the feed spells it. */
  label?(value: string, shown: string, ctx: FacetContext): FacetLabel;
  readonly order?: FacetOrder;
  /** For `order: 'fixed'`: the values in their order. */
  readonly fixed?: readonly string[];
  /**
   * The facet has a preset attribute (the facet id). `accepts` checks a
   * value before any feed is loaded (a fixed vocabulary, a language code);
   * `known` presets must exist in the feed, else the webmaster is warned.
   */
  readonly preset?: { accepts?: (value: string) => boolean; accepted?: string; known?: boolean };
}

/** The one value of a yes/no facet. */
export const YES = 'yes';

/** Selected value keys per facet id. */
export type Selection = Readonly<Record<string, readonly string[]>>;

export function emptySelection(facets: readonly FacetSpec<never>[]): Selection {
  return Object.fromEntries(facets.map((f) => [f.id, []]));
}

/** Value keys are compared in this form. */
export function valueKey(facet: Pick<FacetSpec<never>, 'caseless'>, value: string): string {
  return facet.caseless ? value.trim().toLowerCase() : value.trim();
}

/** One facet's values across the records. */
export interface FacetColumn {
  spec: FacetSpec<never>;
  /** Distinct value keys. */
  values: string[];
  /** Each value as the feed spells it first (a municipality's name, a language code). */
  shown: string[];
  index: Map<string, number>;
  /** Per record: its value numbers. */
  of: number[][];
}

export interface FacetTable {
  size: number;
  columns: FacetColumn[];
  byId: Map<string, FacetColumn>;
}

const NONE: number[] = [];
const ONE: number[] = [0];

/** Broader values are followed at most this deep, which also ends any cycle. */
const MAX_BROADER = 16;

const tables = new WeakMap<object, WeakMap<readonly FacetSpec<never>[], FacetTable>>();

/**
 * Which values each record has, computed once per record list and facet
 * list. `records` is usually `catalog.offers` (the cache key).
 */
export function facetTable<R>(records: readonly R[], catalog: Catalog, facets: readonly FacetSpec<R>[]): FacetTable {
  return builtTable(records, facets) ?? atOnce(tableSteps(records, catalog, facets));
}

/** The table if it is built already. */
export function builtTable<R>(records: readonly R[], facets: readonly FacetSpec<R>[]): FacetTable | undefined {
  return tables.get(records)?.get(facets as readonly FacetSpec<never>[]);
}

const building = new WeakMap<object, WeakMap<readonly FacetSpec<never>[], Promise<FacetTable>>>();

/**
 * `facetTable` in slices, for a large record list (it would hold the page
 * for a long task): resolves once `facetTable` answers at once.
 */
export function facetTableInSlices<R>(records: readonly R[], catalog: Catalog, facets: readonly FacetSpec<R>[]): Promise<FacetTable> {
  const built = builtTable(records, facets);
  if (built) return Promise.resolve(built);
  let perFacets = building.get(records);
  if (!perFacets) building.set(records, (perFacets = new WeakMap()));
  const key = facets as readonly FacetSpec<never>[];
  let table = perFacets.get(key);
  if (!table) perFacets.set(key, (table = inSlices(tableSteps(records, catalog, facets))));
  return table;
}

/** Records between two chances to pause while a table is built. */
const TABLE_STEP = 256;

function* tableSteps<R>(records: readonly R[], catalog: Catalog, facets: readonly FacetSpec<R>[]): Generator<undefined, FacetTable> {
  let perFacets = tables.get(records);
  if (!perFacets) tables.set(records, (perFacets = new WeakMap()));
  const columns = facets.map((spec): FacetColumn => ({ spec: spec as FacetSpec<never>, values: [], shown: [], index: new Map(), of: [] }));
  /** Per column: each value as spelled in the records, and its number (most records share a few spellings). */
  const spelled = columns.map(() => new Map<string, number>());
  /** Per column: one shared list per value, for the many records with a single value. */
  const single = columns.map((): number[][] => []);
  const number = (column: FacetColumn, c: number, value: string): number => {
    let n = spelled[c].get(value);
    if (n !== undefined) return n;
    const key = valueKey(column.spec, value);
    n = column.index.get(key);
    if (n === undefined) {
      column.index.set(key, (n = column.values.length));
      column.values.push(key);
      column.shown.push(value.trim());
    }
    spelled[c].set(value, n);
    return n;
  };
  const numbers = (column: FacetColumn, c: number, raw: readonly string[]): number[] => {
    if (raw.length === 0) return NONE;
    if (raw.length === 1) {
      const n = number(column, c, raw[0]);
      return (single[c][n] ??= [n]);
    }
    const out: number[] = [];
    for (const value of raw) {
      const n = number(column, c, value);
      if (!out.includes(n)) out.push(n);
    }
    return out;
  };
  const withBroader = (spec: FacetSpec<R>, values: readonly string[]): string[] => {
    const all = new Set<string>();
    for (const value of values) {
      let current: string | undefined = value;
      for (let depth = 0; current && !all.has(current) && depth <= MAX_BROADER; depth++) {
        all.add(current);
        current = spec.broader!(current, catalog);
      }
    }
    return [...all];
  };
  columns.forEach((column, c) => {
    if (facets[c].kind === 'flag') numbers(column, c, [YES]);
  });
  for (let r = 0; r < records.length; r++) {
    if (r % TABLE_STEP === TABLE_STEP - 1) yield;
    const record = records[r];
    columns.forEach((column, c) => {
      const spec = facets[c];
      const raw = spec.values(record, catalog);
      if (typeof raw === 'boolean') column.of.push(raw ? ONE : NONE);
      else column.of.push(numbers(column, c, spec.broader && raw.length > 0 ? withBroader(spec, raw) : raw));
    });
  }
  // Built at once meanwhile (another widget could not wait): that one stays, so every view shares it.
  const done = builtTable(records, facets);
  if (done) return done;
  const table = { size: records.length, columns, byId: new Map(columns.map((c) => [c.spec.id, c])) };
  perFacets.set(facets as readonly FacetSpec<never>[], table);
  return table;
}

/** Active filters as flags per value, by column; a column is absent when it does not filter. */
export type ActiveFilters = Map<FacetColumn, Uint8Array>;

/**
 * Turns selected keys into flags. Unknown keys are dropped, except in
 * `strict` facets (locked presets), which then match nothing rather than
 * silently widening the town's slice.
 */
export function activeFilters(table: FacetTable, selection: Selection, strict: ReadonlySet<string> = new Set()): ActiveFilters {
  const active: ActiveFilters = new Map();
  for (const column of table.columns) {
    const keys = Object.hasOwn(selection, column.spec.id) ? selection[column.spec.id] : [];
    if (keys.length === 0) continue;
    const flags = new Uint8Array(column.values.length);
    let known = false;
    for (const key of keys) {
      const n = column.index.get(valueKey(column.spec, key));
      if (n !== undefined) {
        flags[n] = 1;
        known = true;
      }
    }
    if (known || strict.has(column.spec.id)) active.set(column, flags);
  }
  return active;
}

export interface FacetCounts {
  /** Positions of the records that pass every filter, in candidate order. */
  results: number[];
  /** Per facet id and value: results with every other facet's filter applied. */
  counts: Map<string, Uint32Array>;
  /** Per active facet id: how many records fail that facet alone (what removing it brings back). */
  relief: Map<string, number>;
}

/**
 * One pass over the candidates (all records when `undefined`). `counted`
 * names the facets whose counts are wanted (the filter groups that are
 * open): the others are left at zero, which saves a key press most of its
 * counting.
 */
export function countFacets(
  table: FacetTable,
  candidates: readonly number[] | undefined,
  active: ActiveFilters,
  counted: (facet: string) => boolean = () => true,
): FacetCounts {
  const columns = table.columns;
  const counts = columns.map((c) => new Uint32Array(c.values.length));
  const wanted = columns.flatMap((column, c) => (counted(column.spec.id) ? [c] : []));
  const filters = columns.flatMap((column, c) => {
    const flags = active.get(column);
    return flags ? [{ c, flags, of: column.of }] : [];
  });
  const relief = new Uint32Array(columns.length);
  const results: number[] = [];
  const total = candidates ? candidates.length : table.size;
  for (let k = 0; k < total; k++) {
    const i = candidates ? candidates[k] : k;
    let failed = -1;
    let failures = 0;
    for (const { c, flags, of } of filters) {
      if (!of[i].some((n) => flags[n] === 1)) {
        failed = c;
        if (++failures > 1) break;
      }
    }
    if (failures === 0) {
      results.push(i);
      for (const c of wanted) for (const n of columns[c].of[i]) counts[c][n]++;
    } else if (failures === 1) {
      relief[failed]++;
      for (const n of columns[failed].of[i]) counts[failed][n]++;
    }
  }
  return {
    results,
    counts: new Map(columns.map((column, c) => [column.spec.id, counts[c]])),
    relief: new Map(filters.map(({ c }) => [columns[c].spec.id, relief[c]])),
  };
}
