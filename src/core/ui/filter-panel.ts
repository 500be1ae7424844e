/**
 * The filter panel every filtering widget shares: one group of checkboxes
 * with counts per facet, yes/no features in one group, "clear all", and on
 * narrow screens a button that shows and hides it, with "show N results".
 * A skip button takes keyboard users past it to the results.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../locale/localize.js';
import { formatNumber } from '../locale/format.js';
import { facetOptions, type FacetLabels } from '../filters/facet-labels.js';
import type { FacetCounts, FacetTable, Selection } from '../filters/facets.js';
import { YES } from '../filters/facets.js';
import { filterGroup, type FilterOption } from './filter-group.js';

export interface FilterPanelOptions {
  table: FacetTable;
  labels: FacetLabels;
  counts: FacetCounts;
  /** Counts with only the locked presets: options the widget's slice lacks are left out. */
  slice: FacetCounts;
  selection: Selection;
  /** Facets residents cannot change: not shown. */
  locked: ReadonlySet<string>;
  ui: string;
  /** The panel's heading ("Filter offers"). */
  heading: string;
  /** Shown on narrow screens (the toggle button's state). */
  open: boolean;
  /** Filters residents set (for the toggle's label and "clear all"). */
  active: number;
  /** Results now, for "skip to" and "show" buttons. */
  total: number;
  /** The option just toggled: kept enabled while it has focus. */
  lastToggled?: { facet: string; value: string };
  onToggle: (facet: string, value: string, checked: boolean) => void;
  onOpen: (open: boolean) => void;
  onClear: () => void;
  /** Closes the narrow-screen panel and moves to the results. */
  onShowResults: () => void;
  /** Escape on a narrow screen. */
  onKeydown?: (event: KeyboardEvent) => void;
  onFocusOut?: (event: FocusEvent) => void;
}

export const filterPanelStyles = css`
  .layout {
    display: grid;
    gap: var(--_space) calc(var(--_space) * 1.5);
    align-items: start;
  }
  .filter-toggle,
  .show-results {
    inline-size: 100%;
  }
  .filters h2 {
    font-size: 1.125em;
    margin-block: 0 0.75em;
  }
  .skip {
    margin-block-end: 0.5em;
  }
  @container lotse (min-width: 46em) {
    .layout {
      grid-template-columns: var(--_sidebar, 17em) minmax(0, 1fr);
    }
    .filter-toggle,
    .show-results {
      display: none;
    }
  }
  @container lotse (max-width: 45.99em) {
    .filters:not(.open) {
      display: none;
    }
    .filters {
      margin-block-start: var(--_space);
    }
  }
  @media print {
    .side {
      display: none !important;
    }
  }
`;

function groups(o: FilterPanelOptions): { lists: TemplateResult[]; features: FilterOption[] } {
  const formatCount = (n: number) => formatNumber(n, o.ui);
  const lists: TemplateResult[] = [];
  const features: FilterOption[] = [];
  for (const column of o.table.columns) {
    const id = column.spec.id;
    if (o.locked.has(id)) continue;
    const options = facetOptions(column, o.labels.get(id)!, o.counts, o.slice, o.selection);
    if (options.length === 0) continue;
    if (column.spec.kind === 'flag') {
      features.push(...options.map((option) => ({ ...option, value: id })));
      continue;
    }
    lists.push(
      filterGroup({
        name: id,
        legend: column.spec.legend(),
        options,
        formatCount,
        onToggle: (value, checked) => o.onToggle(id, value, checked),
        keepEnabled: o.lastToggled?.facet === id ? o.lastToggled.value : undefined,
      }),
    );
  }
  return { lists, features };
}

export function filterPanel(o: FilterPanelOptions): TemplateResult {
  const formatCount = (n: number) => formatNumber(n, o.ui);
  const { lists, features } = groups(o);
  return html`<div class="side">
    <button
      type="button"
      class="filter-toggle secondary"
      part="filter-toggle"
      aria-expanded=${String(o.open)}
      aria-controls="filters"
      @click=${() => o.onOpen(!o.open)}
    >
      <bdi>${o.active ? msg(str`Filters (${formatCount(o.active)} active)`) : msg('Filters')}</bdi>
    </button>
    <div id="filters" class="filters ${o.open ? 'open' : ''}" part="filters" @keydown=${o.onKeydown} @focusout=${o.onFocusOut}>
      <button type="button" class="secondary skip visually-hidden-focusable" @click=${o.onShowResults}>
        <bdi>${msg(str`Skip to the results (${formatCount(o.total)})`)}</bdi>
      </button>
      <h2 id="filters-heading" tabindex="-1">${o.heading}</h2>
      ${o.active
        ? html`<p><button type="button" class="secondary clear" @click=${o.onClear}>${msg('Clear all filters')}</button></p>`
        : nothing}
      ${lists}
      ${features.length
        ? filterGroup({
            name: 'features',
            legend: msg('Features'),
            options: features,
            formatCount,
            onToggle: (facet, checked) => o.onToggle(facet, YES, checked),
            keepEnabled: o.lastToggled?.value === YES ? o.lastToggled.facet : undefined,
          })
        : nothing}
      <button type="button" class="show-results" @click=${o.onShowResults}>
        <bdi>${msg('Show results')} (${formatCount(o.total)})</bdi>
      </button>
    </div>
  </div>`;
}
