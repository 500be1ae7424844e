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
  .sort {
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  .sort select {
    flex: 1 1 auto;
  }
  .near .hint {
    flex-basis: 100%;
    margin: 0;
    color: var(--_muted);
    font-size: var(--_size-small);
  }
  select,
  .near input {
    padding-inline: 0.5em;
    /* A long option ("Найкраща відповідність") must not widen a narrow widget. */
    min-inline-size: 0;
    max-inline-size: 100%;
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
  .pagination .previous {
    justify-self: end;
  }
  .pagination .next {
    justify-self: start;
  }
  /* Narrow: the page above, the two buttons side by side below; in a sidebar, one under the other. */
  @container lotse (max-width: 30em) {
    .pagination {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
    .pagination .page {
      grid-column: 1 / -1;
      grid-row: 1;
    }
    .pagination button {
      justify-self: stretch;
    }
  }
  @container lotse (max-width: 20em) {
    .pagination {
      grid-template-columns: minmax(0, 1fr);
    }
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
