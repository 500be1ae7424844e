/**
 * Labels and display order of every facet value, computed once per facet
 * table and language, and the options a filter group shows.
 */
import type { FilterOption } from '../ui/filter-group.js';
import type { FacetColumn, FacetContext, FacetCounts, FacetTable, Selection } from './facets.js';
import { activeMessages } from '../locale/messages.js';

export interface ColumnLabels {
  /** Plain text per value, for sorting and for sentences ("Topic: Sprache"). */
  text: string[];
  markup: unknown[];
  /** Value positions in display order. */
  order: number[];
  /** How deep each value sits under broader values that are shown too (0 for the others). */
  depth: number[];
}

export type FacetLabels = Map<string, ColumnLabels>;

/** Deeper levels are shown at the deepest level; the tree itself is walked without recursion. */
export const MAX_TREE_DEPTH = 8;

/**
 * Puts narrower values right after their broader one (keeping `order` among
 * siblings) and returns each value's depth. Walks with a stack, not
 * recursion, so a feed's chain of 10,000 broader topics cannot overflow it;
 * values caught in a cycle of parents are shown at the top level.
 */
export function treeOrder(order: readonly number[], parentOf: (n: number) => number | undefined, size: number): { order: number[]; depth: number[] } {
  const children = new Map<number | undefined, number[]>();
  for (const n of order) {
    let parent = parentOf(n);
    if (parent === n) parent = undefined;
    const siblings = children.get(parent);
    if (siblings) siblings.push(n);
    else children.set(parent, [n]);
  }
  const depth = new Array<number>(size).fill(0);
  const sorted: number[] = [];
  const seen = new Set<number>();
  const walk = (roots: readonly number[]) => {
    const stack: [number, number][] = roots.map((n) => [n, 0] as [number, number]).reverse();
    while (stack.length > 0) {
      const [n, level] = stack.pop()!;
      if (seen.has(n)) continue;
      seen.add(n);
      depth[n] = Math.min(level, MAX_TREE_DEPTH);
      sorted.push(n);
      const below = children.get(n);
      if (below) for (let i = below.length - 1; i >= 0; i--) stack.push([below[i], level + 1]);
    }
  };
  walk(children.get(undefined) ?? []);
  walk(order); // values whose parents form a cycle
  return { order: sorted, depth };
}

const cache = new WeakMap<FacetTable, { key: string; counts: FacetCounts; words: unknown; labels: FacetLabels }>();

/**
 * Labels and order for every column of `table`, in the reader's language.
 * `counts` (the widget's slice) orders the facets ordered by frequency.
 */
export function facetLabels(table: FacetTable, ctx: FacetContext, counts: FacetCounts): FacetLabels {
  const key = `${ctx.texts.join(' ')}|${ctx.ui}`;
  const cached = cache.get(table);
  // `words`: the UI strings active now; labels made before a language's strings arrived are made again.
  const words = activeMessages();
  if (cached?.key === key && cached.counts === counts && cached.words === words) return cached.labels;
  const collator = safeCollator(ctx.requested);
  const labels: FacetLabels = new Map();
  for (const column of table.columns) labels.set(column.spec.id, columnLabels(column, ctx, collator, counts));
  cache.set(table, { key, counts, words, labels });
  return labels;
}

function safeCollator(locale: string): Intl.Collator {
  try {
    return new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  } catch {
    return new Intl.Collator('de', { sensitivity: 'base', numeric: true });
  }
}

function columnLabels(column: FacetColumn, ctx: FacetContext, collator: Intl.Collator, counts: FacetCounts): ColumnLabels {
  const { spec, values, shown } = column;
  const text: string[] = [];
  const markup: unknown[] = [];
  values.forEach((value, n) => {
    const label = spec.kind === 'flag' ? { text: spec.legend(), markup: spec.legend() } : spec.label ? spec.label(value, shown[n], ctx) : { text: shown[n], markup: shown[n] };
    text.push(label.text);
    markup.push(label.markup);
  });
  const positions = values.map((_, n) => n);
  const total = counts.counts.get(spec.id);
  switch (spec.order) {
    case 'fixed': {
      const rank = (n: number) => {
        const at = spec.fixed?.indexOf(values[n]) ?? -1;
        return at < 0 ? Infinity : at;
      };
      positions.sort((a, b) => rank(a) - rank(b));
      break;
    }
    case 'count':
      positions.sort((a, b) => (total?.[b] ?? 0) - (total?.[a] ?? 0) || collator.compare(text[a], text[b]));
      break;
    default:
      positions.sort((a, b) => collator.compare(text[a], text[b]));
  }
  if (spec.order === 'tree' && spec.broader) {
    const broader = spec.broader;
    const { catalog } = ctx;
    const parentOf = (n: number) => {
      const parent = broader(values[n], catalog);
      return parent === undefined ? undefined : column.index.get(parent);
    };
    const tree = treeOrder(positions, parentOf, values.length);
    return { text, markup, order: tree.order, depth: tree.depth };
  }
  return { text, markup, order: positions, depth: values.map(() => 0) };
}

/**
 * The options of one facet: those the widget's slice has (or that are
 * selected), with their counts. One option that every record of the slice
 * has filters nothing and is left out.
 */
export function facetOptions(
  column: FacetColumn,
  labels: ColumnLabels,
  counts: FacetCounts,
  slice: FacetCounts,
  selection: Selection,
): FilterOption[] {
  const id = column.spec.id;
  const selected = new Set(Object.hasOwn(selection, id) ? selection[id] : []);
  const now = counts.counts.get(id)!;
  const inSlice = slice.counts.get(id)!;
  const options = labels.order
    .filter((n) => inSlice[n] > 0 || selected.has(column.values[n]))
    .map((n) => ({
      value: column.values[n],
      label: labels.markup[n],
      count: now[n],
      checked: selected.has(column.values[n]),
      level: labels.depth[n],
    }));
  const only = options.length === 1 ? options[0] : undefined;
  return only && !only.checked && inSlice[column.index.get(only.value)!] === slice.results.length ? [] : options;
}
