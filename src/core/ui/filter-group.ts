/**
 * A group of checkbox filters with result counts. Options that would give no
 * result stay visible but disabled, so residents see what exists.
 */
import { css, html, nothing } from 'lit';

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
  /** Shown as chips instead of a list. */
  chips?: boolean;
  /**
   * The option the resident just toggled. It stays enabled even when it
   * would now give no result, so focus is not lost from under the keyboard.
   */
  keepEnabled?: string;
}

export const filterGroupStyles = css`
  .filter-group {
    border: 0;
    margin: 0 0 var(--_space);
    padding: 0;
    min-inline-size: 0;
  }
  .filter-group legend {
    font-weight: 600;
    padding: 0;
    margin-block-end: 0.375em;
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
  .filter-group.chips ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .filter-group label {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: var(--_target);
    cursor: pointer;
  }
  .filter-group.chips label {
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding-inline: 0.75em;
  }
  .filter-group.chips label:has(input:checked) {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  .filter-group input {
    flex: none;
    inline-size: 1.125em;
    block-size: 1.125em;
    min-block-size: 0;
    margin: 0;
    accent-color: var(--_accent);
  }
  .filter-group .count {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .filter-group.chips label:has(input:checked) .count {
    color: inherit;
  }
  .filter-group label:has(input:disabled) {
    cursor: default;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .filter-group label:has(input:disabled),
    .filter-group label:has(input:disabled) .count {
      color: GrayText;
    }
  }
`;

export function filterGroup({ name, legend, options, onToggle, formatCount, chips, keepEnabled }: FilterGroupOptions) {
  return html`<fieldset class="filter-group ${chips ? 'chips' : ''}" part="filter-group">
    <legend>${legend}</legend>
    <ul>
      ${options.map(
        (option) => html`<li class=${option.level ? `level-${Math.min(option.level, 3)}` : ''}>
          <label>
            <input
              type="checkbox"
              name=${name}
              .value=${option.value}
              .checked=${option.checked}
              ?disabled=${option.count === 0 && !option.checked && option.value !== keepEnabled}
              @change=${(event: Event) => onToggle(option.value, (event.target as HTMLInputElement).checked)}
            />
            <span
              >${option.label}${option.count >= 0
                ? // Inside the text, so a wrapped label keeps its count next to its last word.
                  html` <span class="count">(${formatCount(option.count)})</span>`
                : nothing}</span
            >
          </label>
        </li>`,
      )}
    </ul>
  </fieldset>`;
}
