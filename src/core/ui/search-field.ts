/**
 * A labelled search field. `live()` keeps the value in sync without moving
 * the caret, so results can update while the resident types.
 */
import { css, html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';

export interface SearchFieldOptions {
  id: string;
  label: string;
  value: string;
  /** `byKey`: typed by a person (a trusted event), not set by a script. */
  onInput: (value: string, byKey: boolean) => void;
  hint?: string;
  placeholder?: string;
}

export const searchFieldStyles = css`
  .search {
    display: grid;
    gap: 0.25em;
    margin-block-end: var(--_space);
  }
  .search label {
    font-weight: 600;
  }
  .search input {
    inline-size: 100%;
    padding-block: 0.5em;
    padding-inline: 0.75em;
  }
  .search .hint {
    color: var(--_muted);
    font-size: var(--_size-small);
  }
`;

export function searchField({ id, label, value, onInput, hint, placeholder }: SearchFieldOptions) {
  return html`<div class="search" part="search">
    <label for=${id}>${label}</label>
    ${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : nothing}
    <input
      id=${id}
      type="search"
      autocomplete="off"
      spellcheck="false"
      enterkeyhint="search"
      placeholder=${placeholder ?? nothing}
      aria-describedby=${hint ? `${id}-hint` : nothing}
      .value=${live(value)}
      @input=${(event: Event) => onInput((event.target as HTMLInputElement).value, event.isTrusted)}
    />
  </div>`;
}
