/**
 * A group of checkbox filters with result counts, folded into a disclosure
 * (open while a filter in it is set, or when the resident opens it). Options
 * that would give no result stay visible but disabled, so residents see what
 * exists. A long group first shows its most used options, with "show all".
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../locale/localize.js';

export interface FilterOption {
  value: string;
  label: unknown;
  count: number;
  checked: boolean;
  /** Nesting under a broader option shown just before (narrower topics). */
  level?: number;
}

export interface FilterGroupOptions {
  name: string;
  legend: string;
  options: FilterOption[];
  onToggle: (value: string, checked: boolean) => void;
  /** Formats a count for the reader's locale. */
  formatCount: (count: number) => string;
  /**
   * The option the resident just toggled. It stays enabled even when it
   * would now give no result, so focus is not lost from under the keyboard.
   */
  keepEnabled?: string;
  /** The disclosure is open. */
  open: boolean;
  onOpen: (open: boolean) => void;
  /** Every option is shown, not only the most used ones. */
  expanded: boolean;
  onExpand: () => void;
}

/** Options shown before "show all"; a group with only a few more shows them all. */
export const MOST_USED = 6;
const WORTH_FOLDING = MOST_USED + 3;

export const filterGroupStyles = css`
  .filter-group {
    border-block-end: var(--_border-width) solid var(--_border);
  }
  .filter-group > summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.5em;
    min-block-size: var(--_target);
    padding-block: 0.5em;
    cursor: pointer;
    font-weight: 700;
    list-style: none;
  }
  .filter-group > summary::-webkit-details-marker {
    display: none;
  }
  /* A chevron drawn with borders: down when open, towards the end of the line when closed. */
  .filter-group > summary::before {
    content: '';
    flex: none;
    inline-size: 0.5em;
    block-size: 0.5em;
    /* The turned square reaches past its box: room on both sides. */
    margin-inline: 0.15em 0.3em;
    border-block-end: 0.15em solid currentColor;
    border-inline-end: 0.15em solid currentColor;
    transform: rotate(45deg);
    translate: 0 -0.15em;
  }
  .filter-group:not([open]) > summary::before {
    transform: rotate(-45deg);
    translate: 0;
  }
  /* Right to left, the borders are on the other side: the same turns go the other way. */
  .filter-group:dir(rtl) > summary::before {
    transform: rotate(-45deg);
  }
  .filter-group:not([open]):dir(rtl) > summary::before {
    transform: rotate(45deg);
  }
  /* A long legend wraps beside its chevron, not below it. */
  .filter-group > summary > span:first-of-type {
    flex: 1 1 10em;
    min-inline-size: 0;
  }
  .filter-group > summary .selected {
    font-weight: normal;
    color: var(--_muted);
  }
  .filter-group fieldset {
    border: 0;
    margin: 0;
    padding: 0 0 0.75em;
    min-inline-size: 0;
  }
  .filter-group ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.125em;
  }
  .filter-group li.level-1 {
    padding-inline-start: 1.625em;
  }
  .filter-group li.level-2 {
    padding-inline-start: 3.25em;
  }
  .filter-group li.level-3 {
    padding-inline-start: 4.875em;
  }
  .filter-group label {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    min-block-size: var(--_target);
    padding-block: 0.125em;
    cursor: pointer;
  }
  .filter-group input {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    min-block-size: 0;
    margin: 0.1em 0 0;
    accent-color: var(--_accent);
  }
  .filter-group .count {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  /* A class, not :has(): :has() makes the browser re-check styles widely on every change, which a resident pays for on every key. */
  .filter-group label.disabled {
    cursor: default;
    color: var(--_muted);
  }
  .filter-group .show-all {
    margin-block-start: 0.25em;
  }
  @media (forced-colors: active) {
    .filter-group label.disabled,
    .filter-group label.disabled .count {
      color: GrayText;
    }
  }
`;

/** The most used options (the checked ones always among them), most used first and without nesting. */
function mostUsed(options: FilterOption[], keep?: string): FilterOption[] {
  return [...options]
    .sort((a, b) => Number(b.checked || b.value === keep) - Number(a.checked || a.value === keep) || b.count - a.count)
    .slice(0, MOST_USED)
    .map((option) => ({ ...option, level: 0 }));
}

// The return type is named from 'lit': inferred, the published types would name 'lit-html', which a strict install (pnpm) does not give the app.
export function filterGroup(o: FilterGroupOptions): TemplateResult {
  const checked = o.options.filter((option) => option.checked).length;
  const folded = !o.expanded && o.options.length >= WORTH_FOLDING;
  const shown = folded ? mostUsed(o.options, o.keepEnabled) : o.options;
  return html`<details class="filter-group" part="filter-group" data-facet=${o.name} ?open=${o.open} @toggle=${(event: Event) => {
    const open = (event.target as HTMLDetailsElement).open;
    if (open !== o.open) o.onOpen(open);
  }}>
    <summary>
      <span>${o.legend}</span>
      ${checked ? html`<span class="selected">${msg(str`(${o.formatCount(checked)} selected)`)}</span>` : nothing}
    </summary>
    ${o.open ? options(o, shown, folded) : nothing}
  </details>`;
}

/** The options of an open group; a closed group renders none, so a key press neither counts nor draws them. */
function options(o: FilterGroupOptions, shown: FilterOption[], folded: boolean) {
  return html`<fieldset>
      <legend class="visually-hidden">${o.legend}</legend>
      <ul>
        ${shown.map(
          (option) => {
            const disabled = option.count === 0 && !option.checked && option.value !== o.keepEnabled;
            return html`<li class=${option.level ? `level-${Math.min(option.level, 3)}` : ''}>
            <label class=${disabled ? 'disabled' : ''}>
              <input
                type="checkbox"
                name=${o.name}
                .value=${option.value}
                .checked=${option.checked}
                ?disabled=${disabled}
                @change=${(event: Event) => o.onToggle(option.value, (event.target as HTMLInputElement).checked)}
              />
              <span
                >${option.label}${option.count >= 0
                  ? // Inside the text, so a wrapped label keeps its count next to its last word.
                    html` <span class="count">(${o.formatCount(option.count)})</span>`
                  : nothing}</span
              >
            </label>
          </li>`;
          },
        )}
      </ul>
      ${folded
        ? html`<button type="button" class="link show-all" @click=${o.onExpand}>
            ${msg(str`Show all ${o.formatCount(o.options.length)} options`)}
          </button>`
        : nothing}
    </fieldset>`;
}
