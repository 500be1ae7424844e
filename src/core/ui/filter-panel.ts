/**
 * The filter panel every filtering widget shares: one folding group of
 * checkboxes with counts per facet, yes/no features in one group, "clear
 * all", and on narrow widths a button that shows and hides it, with a
 * "show N results" button that stays in sight. A skip button takes keyboard
 * users past it to the results.
 */
import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '../locale/localize.js';
import { formatNumber } from '../locale/format.js';
import { facetOptions } from '../filters/facet-labels.js';
import { YES, type Selection } from '../filters/facets.js';
import type { FilterView } from '../filters/filter-view.js';
import { filterGroup, MOST_USED, type FilterOption } from './filter-group.js';
import type { FocusController } from './focus.js';

/** What the panel needs of the filter state (a `FilterController` has it). */
export interface PanelChoices {
  readonly state: { readonly selection: Selection };
  readonly locked: ReadonlySet<string>;
  lastToggled?: { facet: string; value: string };
  toggle(facet: string, value: string, checked: boolean): void;
  clear(): void;
  activeCount(table: FilterView['table']): number;
}

/**
 * The panel's own state: open on a narrow widget, which groups the resident
 * opened or closed, which show all their options; Escape and focus.
 */
export class FilterPanelController {
  /** Shown on a narrow widget (the toggle button's state). */
  open = false;
  /** Groups the resident opened (true) or closed (false); others are open while a filter in them is set. */
  readonly groups = new Map<string, boolean>();
  /** Groups that show every option. */
  readonly expanded = new Set<string>();
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #focus: FocusController;
  readonly #choices: PanelChoices;

  constructor(host: ReactiveControllerHost & HTMLElement, choices: PanelChoices, focus: FocusController) {
    this.#host = host;
    this.#choices = choices;
    this.#focus = focus;
  }

  setOpen(open: boolean): void {
    this.open = open;
    this.#host.requestUpdate();
  }

  isGroupOpen(id: string, selected: boolean): boolean {
    return this.groups.get(id) ?? selected;
  }

  setGroupOpen(id: string, open: boolean): void {
    this.groups.set(id, open);
    this.#version++;
    this.#host.requestUpdate();
  }

  #version = 0;

  /** Changes whenever a group opens or closes (what must be counted changes with it). */
  get version(): number {
    return this.#version;
  }

  /**
   * The facets whose options are shown: those of open groups (the yes/no
   * ones are one group, `features`). Only they need counting.
   */
  counted(facets: readonly { id: string; kind: 'list' | 'flag' }[], selection: Selection): (facet: string) => boolean {
    const selected = (ids: string[]) => ids.some((id) => (Object.hasOwn(selection, id) ? selection[id].length > 0 : false));
    const flags = facets.filter((f) => f.kind === 'flag').map((f) => f.id);
    const featuresOpen = this.isGroupOpen('features', selected(flags));
    const open = new Set(facets.filter((f) => (f.kind === 'flag' ? featuresOpen : this.isGroupOpen(f.id, selected([f.id])))).map((f) => f.id));
    return (facet) => open.has(facet);
  }

  /** Shows every option of a group; focus goes to the first one that was hidden. */
  expand(id: string, firstHidden: number): void {
    this.expanded.add(id);
    this.#focus.request((root) => root.querySelectorAll<HTMLElement>(`input[name="${CSS.escape(id)}"]`)[firstHidden] ?? null);
  }

  /** Escape closes the panel of a narrow widget and returns to its button. */
  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.open) return;
    const toggle = this.#host.shadowRoot?.querySelector<HTMLElement>('[part="filter-toggle"]');
    // The toggle is hidden on wide widgets, where the panel is always shown.
    if (!toggle || getComputedStyle(toggle).display === 'none') return;
    event.preventDefault();
    this.setOpen(false);
    this.#focus.request('[part="filter-toggle"]');
  };

  /** Once focus leaves the option just toggled, it may be disabled like any option without results. */
  readonly onFocusOut = (): void => {
    if (!this.#choices.lastToggled) return;
    this.#choices.lastToggled = undefined;
    this.#host.requestUpdate();
  };
}

export interface FilterPanelOptions {
  panel: FilterPanelController;
  choices: PanelChoices;
  view: FilterView;
  ui: string;
  /** The panel's heading ("Filter offers"). */
  heading: string;
  /** Closes the narrow-screen panel and moves to the results. */
  onShowResults: () => void;
  /** Instead of the choices' own toggle and clear (to move focus, say). */
  onToggle?: (facet: string, value: string, checked: boolean) => void;
  onClear?: () => void;
}

export const filterPanelStyles = css`
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space) calc(var(--_space) * 2);
    align-items: start;
  }
  .filter-toggle,
  .show-results {
    inline-size: 100%;
  }
  .filters h2 {
    font-size: 1.1875em;
    margin-block: 0 0.5em;
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
    /*
     * A long panel scrolls within itself, so "show N results" right below it stays in sight
     * without covering any option (a sticky button would hide the one under it).
     */
    .filter-groups {
      max-block-size: 65vh;
      max-block-size: 65dvh;
      overflow-y: auto;
      overscroll-behavior: contain;
      border-block: var(--_border-width) solid var(--_border);
    }
    .show-results {
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
  const { view, choices, panel } = o;
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
        open: panel.isGroupOpen(id, options.some((option) => option.checked)),
        onOpen: (open) => panel.setGroupOpen(id, open),
        expanded: panel.expanded.has(id),
        onExpand: () => panel.expand(id, MOST_USED),
      }),
    );
  }
  return { lists, features };
}

export function filterPanel(o: FilterPanelOptions): TemplateResult {
  const { choices, view, panel } = o;
  const change = o.onToggle ?? ((facet: string, value: string, checked: boolean) => choices.toggle(facet, value, checked));
  // A group the resident chose in stays open, also when its last filter is unchecked under the keyboard.
  const toggle = (facet: string, value: string, checked: boolean) => {
    panel.groups.set(view.table.byId.get(facet)?.spec.kind === 'flag' ? 'features' : facet, true);
    change(facet, value, checked);
  };
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
      aria-expanded=${String(panel.open)}
      aria-controls="filters"
      @click=${() => panel.setOpen(!panel.open)}
    >
      <bdi>${active ? msg(str`Filters (${formatCount(active)} active)`) : msg('Filters')}</bdi>
    </button>
    <div id="filters" class="filters ${panel.open ? 'open' : ''}" part="filters" @keydown=${panel.onKeydown} @focusout=${panel.onFocusOut}>
      <button type="button" class="secondary skip visually-hidden-focusable" @click=${o.onShowResults}>
        <bdi>${msg(str`Skip to the results (${formatCount(total)})`)}</bdi>
      </button>
      <h2 id="filters-heading" tabindex="-1">${o.heading}</h2>
      ${active ? html`<p><button type="button" class="link clear" @click=${clear}>${msg('Clear all filters')}</button></p>` : nothing}
      <div class="filter-groups">
      ${lists}
      ${features.length
        ? filterGroup({
            name: 'features',
            legend: msg('Features'),
            options: features,
            formatCount,
            onToggle: (facet, checked) => toggle(facet, YES, checked),
            keepEnabled: choices.lastToggled?.value === YES ? choices.lastToggled.facet : undefined,
            open: panel.isGroupOpen('features', features.some((option) => option.checked)),
            onOpen: (open) => panel.setGroupOpen('features', open),
            expanded: true,
            onExpand: () => undefined,
          })
        : nothing}
      </div>
      <button type="button" class="show-results" @click=${o.onShowResults}>
        <bdi>${msg('Show results')} (${formatCount(total)})</bdi>
      </button>
    </div>
  </div>`;
}
