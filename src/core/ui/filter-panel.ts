/**
 * The filter panel every filtering widget shares: one group of checkboxes
 * with counts per facet, yes/no features in one group, "clear all", and on
 * narrow screens a button that shows and hides it, with "show N results".
 * A skip button takes keyboard users past it to the results.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../locale/localize.js';
import { formatNumber } from '../locale/format.js';
import { facetOptions } from '../filters/facet-labels.js';
import { YES, type Selection } from '../filters/facets.js';
import type { FilterView } from '../filters/filter-view.js';
import { filterGroup, type FilterOption } from './filter-group.js';

/** What the panel needs of the filter state (a `FilterController` has it). */
export interface PanelChoices {
  readonly state: { readonly selection: Selection };
  readonly locked: ReadonlySet<string>;
  readonly lastToggled?: { facet: string; value: string };
  toggle(facet: string, value: string, checked: boolean): void;
  clear(): void;
  activeCount(table: FilterView['table']): number;
}

export interface FilterPanelOptions {
  choices: PanelChoices;
  view: FilterView;
  ui: string;
  /** The panel's heading ("Filter offers"). */
  heading: string;
  /** Shown on narrow screens (the toggle button's state). */
  open: boolean;
  onOpen: (open: boolean) => void;
  /** Closes the narrow-screen panel and moves to the results. */
  onShowResults: () => void;
  /** Instead of the choices' own toggle and clear (to move focus, say). */
  onToggle?: (facet: string, value: string, checked: boolean) => void;
  onClear?: () => void;
  /** Escape on a narrow screen. */
  onKeydown?: (event: KeyboardEvent) => void;
  onFocusOut?: (event: FocusEvent) => void;
}

export const filterPanelStyles = css`
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
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

function groups(o: FilterPanelOptions, toggle: (facet: string, value: string, checked: boolean) => void): { lists: TemplateResult[]; features: FilterOption[] } {
  const { view, choices } = o;
  const formatCount = (n: number) => formatNumber(n, o.ui);
  const lists: TemplateResult[] = [];
  const features: FilterOption[] = [];
  for (const column of view.table.columns) {
    const id = column.spec.id;
    if (choices.locked.has(id)) continue;
    const options = facetOptions(column, view.labels.get(id)!, view.counts, view.slice, choices.state.selection);
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
        onToggle: (value, checked) => toggle(id, value, checked),
        keepEnabled: choices.lastToggled?.facet === id ? choices.lastToggled.value : undefined,
      }),
    );
  }
  return { lists, features };
}

export function filterPanel(o: FilterPanelOptions): TemplateResult {
  const { choices, view } = o;
  const toggle = o.onToggle ?? ((facet: string, value: string, checked: boolean) => choices.toggle(facet, value, checked));
  const clear = o.onClear ?? (() => choices.clear());
  const formatCount = (n: number) => formatNumber(n, o.ui);
  const total = view.results.length;
  const active = choices.activeCount(view.table);
  const { lists, features } = groups(o, toggle);
  return html`<div class="side">
    <button
      type="button"
      class="filter-toggle secondary"
      part="filter-toggle"
      aria-expanded=${String(o.open)}
      aria-controls="filters"
      @click=${() => o.onOpen(!o.open)}
    >
      <bdi>${active ? msg(str`Filters (${formatCount(active)} active)`) : msg('Filters')}</bdi>
    </button>
    <div id="filters" class="filters ${o.open ? 'open' : ''}" part="filters" @keydown=${o.onKeydown} @focusout=${o.onFocusOut}>
      <button type="button" class="secondary skip visually-hidden-focusable" @click=${o.onShowResults}>
        <bdi>${msg(str`Skip to the results (${formatCount(total)})`)}</bdi>
      </button>
      <h2 id="filters-heading" tabindex="-1">${o.heading}</h2>
      ${active ? html`<p><button type="button" class="secondary clear" @click=${clear}>${msg('Clear all filters')}</button></p>` : nothing}
      ${lists}
      ${features.length
        ? filterGroup({
            name: 'features',
            legend: msg('Features'),
            options: features,
            formatCount,
            onToggle: (facet, checked) => toggle(facet, YES, checked),
            keepEnabled: choices.lastToggled?.value === YES ? choices.lastToggled.facet : undefined,
          })
        : nothing}
      <button type="button" class="show-results" @click=${o.onShowResults}>
        <bdi>${msg('Show results')} (${formatCount(total)})</bdi>
      </button>
    </div>
  </div>`;
}
