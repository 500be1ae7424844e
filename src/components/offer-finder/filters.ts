/**
 * Facets: which values each offer has (computed once per catalogue), and
 * one linear pass that filters and counts with standard faceting: a facet's
 * counts apply every active filter except its own.
 */
import type { Catalog } from '../../core/feed/catalog.js';

export const LIST_FACETS = ['topics', 'audiences', 'languages', 'municipality', 'kinds'] as const;
export const FLAG_FACETS = ['free', 'wheelchair', 'childcare'] as const;
export const FACETS = [...LIST_FACETS, ...FLAG_FACETS] as const;
export type FacetId = (typeof FACETS)[number];
export type Selection = Record<FacetId, string[]>;

/** The one value of a yes/no facet. */
export const YES = 'yes';

export interface FacetTable {
  /** Distinct value keys per facet. */
  values: Record<FacetId, string[]>;
  /** The original spelling of each value (municipality name, language code). */
  shown: Record<FacetId, string[]>;
  index: Record<FacetId, Map<string, number>>;
  /** Per facet, per offer: the offer's value numbers. */
  of: Record<FacetId, number[][]>;
}

export function emptySelection(): Selection {
  return { topics: [], audiences: [], languages: [], municipality: [], kinds: [], free: [], wheelchair: [], childcare: [] };
}

/** Value keys are compared in this form (case-insensitive for names and language codes). */
export function valueKey(facet: FacetId, value: string): string {
  return facet === 'languages' || facet === 'municipality' ? value.trim().toLowerCase() : value.trim();
}

const tables = new WeakMap<Catalog, FacetTable>();
const NONE: number[] = [];
const ONE: number[] = [0];

export function facetTable(catalog: Catalog): FacetTable {
  const cached = tables.get(catalog);
  if (cached) return cached;
  const make = <T>(f: (facet: FacetId) => T) => Object.fromEntries(FACETS.map((facet) => [facet, f(facet)])) as Record<FacetId, T>;
  const table: FacetTable = { values: make(() => []), shown: make(() => []), index: make(() => new Map()), of: make(() => []) };
  const numbers = (facet: FacetId, raw: string[]): number[] => {
    if (raw.length === 0) return NONE;
    const index = table.index[facet];
    const out = new Set<number>();
    for (const value of raw) {
      const key = valueKey(facet, value);
      let n = index.get(key);
      if (n === undefined) {
        index.set(key, (n = table.values[facet].length));
        table.values[facet].push(key);
        table.shown[facet].push(value.trim());
      }
      out.add(n);
    }
    return [...out];
  };
  for (const flag of FLAG_FACETS) numbers(flag, [YES]);
  /** A topic counts for its broader topics too. */
  const withParents = (ids: string[]) => {
    const all = new Set<string>();
    for (let id of ids) {
      while (id && !all.has(id)) {
        all.add(id);
        id = catalog.topics.get(id)?.parent ?? '';
      }
    }
    return [...all];
  };
  for (const { offer, places } of catalog.offers) {
    table.of.topics.push(numbers('topics', withParents(offer.topics ?? [])));
    table.of.audiences.push(numbers('audiences', offer.audiences ?? []));
    table.of.languages.push(numbers('languages', offer.languages ?? []));
    table.of.municipality.push(numbers('municipality', places.map((p) => p.address.municipality)));
    table.of.kinds.push(numbers('kinds', [offer.kind]));
    table.of.free.push(offer.cost?.free ? ONE : NONE);
    table.of.wheelchair.push(places.some((p) => p.wheelchair === 'yes') ? ONE : NONE);
    table.of.childcare.push(offer.childcare ? ONE : NONE);
  }
  tables.set(catalog, table);
  return table;
}

/** Active filters as flags per value; a facet is absent when it does not filter. */
export type ActiveFilters = Partial<Record<FacetId, Uint8Array>>;

/**
 * Turns selected keys into flags. Unknown keys are dropped, except in
 * `strict` facets (locked presets), which then match nothing rather than
 * silently widening the town's slice.
 */
export function activeFilters(table: FacetTable, selection: Selection, strict: ReadonlySet<FacetId> = new Set()): ActiveFilters {
  const active: ActiveFilters = {};
  for (const facet of FACETS) {
    const keys = selection[facet];
    if (keys.length === 0) continue;
    const flags = new Uint8Array(table.values[facet].length);
    let known = false;
    for (const key of keys) {
      const n = table.index[facet].get(valueKey(facet, key));
      if (n !== undefined) {
        flags[n] = 1;
        known = true;
      }
    }
    if (known || strict.has(facet)) active[facet] = flags;
  }
  return active;
}

export interface FacetCounts {
  /** Positions of the offers that pass every filter, in candidate order. */
  results: number[];
  /** Per facet and value: results with every other facet's filter applied. */
  counts: Record<FacetId, Uint32Array>;
  /** Per active facet: how many offers fail that facet alone (what removing it brings back). */
  relief: Partial<Record<FacetId, number>>;
}

/** One pass over the candidates (all offers when `undefined`). */
export function countFacets(table: FacetTable, candidates: number[] | undefined, active: ActiveFilters): FacetCounts {
  const counts = Object.fromEntries(FACETS.map((f) => [f, new Uint32Array(table.values[f].length)])) as Record<FacetId, Uint32Array>;
  const relief: Partial<Record<FacetId, number>> = {};
  const filters = FACETS.filter((f) => active[f]).map((f) => ({ facet: f, flags: active[f]!, of: table.of[f] }));
  for (const { facet } of filters) relief[facet] = 0;
  const results: number[] = [];
  const total = candidates ? candidates.length : table.of.kinds.length;
  for (let c = 0; c < total; c++) {
    const i = candidates ? candidates[c] : c;
    let failed: FacetId | undefined;
    let failures = 0;
    for (const { facet, flags, of } of filters) {
      if (!of[i].some((n) => flags[n])) {
        failed = facet;
        if (++failures > 1) break;
      }
    }
    if (failures === 0) {
      results.push(i);
      for (const facet of FACETS) for (const n of table.of[facet][i]) counts[facet][n]++;
    } else if (failures === 1) {
      relief[failed!]!++;
      for (const n of table.of[failed!][i]) counts[failed!][n]++;
    }
  }
  return { results, counts, relief };
}
