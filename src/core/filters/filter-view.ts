/**
 * From the resident's choices to what a filtering widget shows: the records
 * that pass every filter (among the search's hits), the counts per option,
 * the counts of the widget's own slice (its locked presets), and the labels
 * of every option. Computed in `willUpdate()`, never in `render()`.
 */
import { facetLabels, type FacetLabels } from './facet-labels.js';
import { activeFilters, countFacets, emptySelection, facetTable, type FacetContext, type FacetCounts, type FacetSpec, type FacetTable, type Selection } from './facets.js';

export interface FilterView {
  table: FacetTable;
  counts: FacetCounts;
  /** Counts with only the locked presets: options absent from the widget's slice are left out. */
  slice: FacetCounts;
  labels: FacetLabels;
  /** Positions of the records that pass, in the order of `matched` (else of the records). */
  results: number[];
}

/** What the view needs of the filter state (a `FilterController` has it). */
export interface FilterChoices {
  readonly state: { readonly selection: Selection };
  readonly locked: ReadonlySet<string>;
  readonly presets: Selection;
}

const slices = new WeakMap<FacetTable, Map<string, FacetCounts>>();

/** The counts of the locked presets alone, per table and presets. */
function sliceCounts(table: FacetTable, facets: readonly FacetSpec<never>[], choices: FilterChoices): FacetCounts {
  const lockedOnly: Record<string, readonly string[]> = { ...emptySelection(facets) };
  for (const facet of choices.locked) lockedOnly[facet] = choices.presets[facet];
  const key = JSON.stringify(lockedOnly);
  let perTable = slices.get(table);
  if (!perTable) slices.set(table, (perTable = new Map()));
  let counts = perTable.get(key);
  if (!counts) perTable.set(key, (counts = countFacets(table, undefined, activeFilters(table, lockedOnly, choices.locked))));
  return counts;
}

/**
 * `matched`: the search's hits, best first, or `undefined` when there is no
 * search (every record is a candidate). `counted`: the facets whose option
 * counts are shown (open filter groups); by default all.
 */
export function filterView<R>(
  records: readonly R[],
  facets: readonly FacetSpec<R>[],
  choices: FilterChoices,
  ctx: FacetContext,
  matched?: readonly number[],
  counted?: (facet: string) => boolean,
): FilterView {
  const table = facetTable(records, ctx.catalog, facets);
  const counts = countFacets(table, matched, activeFilters(table, choices.state.selection, choices.locked), counted);
  const slice = sliceCounts(table, facets as readonly FacetSpec<never>[], choices);
  return { table, counts, slice, labels: facetLabels(table, ctx, slice), results: counts.results };
}

/**
 * What removing one filter (or the search, `'q'`) would bring back, for the
 * empty state: the filter that excludes the most.
 */
export function bestRelief(view: FilterView, choices: FilterChoices, query: { text: string; searched: boolean }): { what: string; count: number } | undefined {
  let best: { what: string; count: number } | undefined;
  for (const [facet, count] of view.counts.relief) {
    if (choices.locked.has(facet) || (best && best.count >= count)) continue;
    best = { what: facet, count };
  }
  if (query.text.trim() && query.searched) {
    const withoutQuery = countFacets(view.table, undefined, activeFilters(view.table, choices.state.selection, choices.locked)).results.length;
    if (!best || withoutQuery > best.count) best = { what: 'q', count: withoutQuery };
  }
  return best;
}
