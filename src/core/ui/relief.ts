/**
 * How the empty state names the filter that excludes the most: "Search: …"
 * or "Level: A1, A2", each value quoted short (it may come from a crafted link).
 */
import type { Selection } from '../filters/facets.js';
import type { FilterView } from '../filters/filter-view.js';
import { msg, str } from '../locale/localize.js';
import { formatList } from '../locale/format.js';
import { quoteShort } from './quote.js';

export interface ReliefWords {
  /** "Search: “…”" or the facet's legend with the chosen values. */
  name: string;
  /** The facet's legend; empty for the search. */
  legend: string;
}

/** `what`: a facet id, or `'q'` for the search (see `bestRelief`). */
export function reliefWords(view: FilterView, what: string, state: { query: string; selection: Selection }, ui: string): ReliefWords {
  if (what === 'q') return { name: msg(str`Search: ${quoteShort(state.query)}`), legend: '' };
  const column = view.table.byId.get(what)!;
  const labels = view.labels.get(what)!;
  const legend = column.spec.legend();
  const values = state.selection[what].flatMap((v) => {
    const n = column.index.get(v);
    return n === undefined ? [] : [quoteShort(labels.text[n])];
  });
  return { name: column.spec.kind === 'flag' ? legend : `${legend}: ${formatList(values, ui, 'unit')}`, legend };
}
