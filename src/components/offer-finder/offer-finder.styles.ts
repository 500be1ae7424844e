import { css } from 'lit';

export const offerFinderStyles = css`
  :host {
    --_sidebar: var(--lotse-offer-finder-sidebar-width, 17em);
  }
  /* While loading, the first screen is reserved: search field, heading and the first cards. */
  .placeholder {
    min-block-size: var(--lotse-placeholder-height, 40em);
  }
  /* Inherited text settings that a host theme may set, even on the host itself ("* {…}"). */
  .base {
    container: lotse-finder / inline-size;
  }
  .layout {
    display: grid;
    gap: var(--_space) calc(var(--_space) * 1.5);
    align-items: start;
  }
  .filter-toggle,
  .show-results {
    inline-size: 100%;
  }
  .filters h2,
  .bar h2 {
    font-size: 1.125em;
  }
  .filters h2 {
    margin-block: 0 0.75em;
  }
  /* For keyboard users: past the filters in one step; shown while it has focus. */
  .skip {
    margin-block-end: 0.5em;
  }
  .skip:not(:focus) {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    min-block-size: 0;
    padding: 0;
    border: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @container lotse-finder (min-width: 46em) {
    .layout {
      grid-template-columns: var(--_sidebar) minmax(0, 1fr);
    }
    .filter-toggle,
    .show-results {
      display: none;
    }
  }
  @container lotse-finder (max-width: 45.99em) {
    .filters:not(.open) {
      display: none;
    }
    .filters {
      margin-block-start: var(--_space);
    }
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em 1em;
    margin-block-end: var(--_space);
  }
  .bar h2 {
    margin: 0;
  }
  .sort,
  .near {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .near {
    flex-basis: 100%;
  }
  .near .hint {
    flex-basis: 100%;
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  select,
  .near input {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    padding-inline: 0.5em;
  }
  .near input {
    inline-size: 6em;
  }
  .card {
    position: relative;
  }
  .card .open {
    background: none;
    border: 0;
    padding: 0;
    min-inline-size: 0;
    color: var(--_accent);
    font-weight: 700;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  /* The whole card opens the offer: a large target on a phone. */
  .card .open::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .summary {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
  }
  .line {
    margin-block-end: 0.25em;
  }
  .card .badges {
    margin-block-start: 0.5em;
  }
  .label,
  dt {
    font-weight: 600;
  }
  .muted {
    color: var(--_muted);
  }
  .pagination {
    display: grid;
    grid-template-columns: 1fr auto 1fr;
    align-items: center;
    gap: 0.5em;
    margin-block-start: var(--_space);
    text-align: center;
  }
  .pagination button:first-child {
    justify-self: end;
  }
  .pagination button:last-child {
    justify-self: start;
  }
  button:disabled {
    opacity: 0.45;
    cursor: default;
  }
  .detail h2 {
    font-size: 1.5em;
  }
  .detail h2:focus {
    outline: none;
  }
  .detail h2:focus-visible {
    outline: var(--_focus);
  }
  .meta {
    color: var(--_muted);
  }
  .lead {
    font-size: 1.0625em;
  }
  .description {
    white-space: pre-line;
  }
  .facts {
    display: grid;
    grid-template-columns: minmax(8em, max-content) minmax(0, 1fr);
    gap: 0.375em 1em;
    margin-block: 0 var(--_space);
  }
  dd {
    margin: 0;
  }
  @container lotse-finder (max-width: 30em) {
    .facts {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
    dd {
      margin-block-end: 0.5em;
    }
  }
  .place,
  .hours {
    margin-block: var(--_space);
  }
  address {
    font-style: normal;
    margin-block-end: 0.5em;
  }
  .plain {
    list-style: none;
    margin: 0 0 0.75em;
    padding: 0;
  }
  /* Contact links stand one per line: each a 24 px target. */
  .plain a {
    display: inline-block;
    min-block-size: 1.5em;
    line-height: 1.5;
  }
  .open-now {
    font-weight: 600;
  }
  .open-now.is-open {
    color: var(--_success);
  }
  .stale-record {
    border-inline-start: 0.25em solid var(--_border);
    padding-inline-start: 0.5em;
  }
  .nowrap {
    white-space: nowrap;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  @media print {
    .status,
    .open-now,
    .actions,
    .search-area,
    .side,
    .bar .sort,
    .near,
    .pagination {
      display: none !important;
    }
    .detail a[href^='http']::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
    .card,
    .place {
      break-inside: avoid;
    }
  }
  @media (forced-colors: active) {
    .card .open {
      color: LinkText;
    }
    .open-now.is-open {
      color: CanvasText;
    }
  }
`;
