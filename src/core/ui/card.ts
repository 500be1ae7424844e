/**
 * A result card: a heading (optionally a button or link that opens the
 * record), a meta line and free content. Cards go in a list, so screen
 * readers announce how many there are.
 */
import { css, html, nothing, type TemplateResult } from 'lit';

export interface CardOptions {
  key: string;
  heading: TemplateResult;
  /** Heading level inside the widget (2 or 3). */
  level?: 2 | 3;
  meta?: TemplateResult | typeof nothing;
  body?: TemplateResult | typeof nothing;
  badges?: TemplateResult[];
}

export const cardStyles = css`
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }
  .card {
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_bg);
    /* Cards out of sight are not laid out or painted until scrolled to: a key press pays for what is seen. */
    content-visibility: auto;
    contain-intrinsic-size: auto 12em;
  }
  .card h2,
  .card h3 {
    margin-block-end: 0.25em;
  }
  .card .meta {
    color: var(--_muted);
    margin-block-end: 0.5em;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .badge {
    border: 1px solid currentColor;
    border-radius: 999px;
    padding-inline: 0.625em;
    font-size: var(--_size-small);
  }
  .badge.free {
    color: var(--_success);
    font-weight: 600;
  }
`;

export function card({ key, heading, level = 3, meta = nothing, body = nothing, badges = [] }: CardOptions) {
  const title = level === 2 ? html`<h2>${heading}</h2>` : html`<h3>${heading}</h3>`;
  return html`<li class="card" part="card" data-key=${key}>
    ${title}
    ${meta === nothing ? nothing : html`<p class="meta">${meta}</p>`}
    ${body}
    ${badges.length ? html`<ul class="badges">${badges.map((b) => html`<li>${b}</li>`)}</ul>` : nothing}
  </li>`;
}
