import { css } from 'lit';

/** The finder's own layout: the sidebar width, the results bar with sorting, pagination. */
export const offerFinderStyles = css`
  :host {
    --_sidebar: var(--lotse-offer-finder-sidebar-width, 17em);
  }
  /* While loading, the first screen is reserved: search field, heading and the first cards. */
  .placeholder {
    min-block-size: var(--lotse-placeholder-height, 40em);
  }
  .bar h2 {
    font-size: 1.125em;
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
  @media print {
    .status,
    .search-area,
    .bar .sort,
    .near,
    .pagination {
      display: none !important;
    }
  }
`;
