import { css } from 'lit';

export const feedInfoStyles = css`
  :host {
    --_table-stripe: var(--lotse-feed-info-stripe, var(--_surface));
  }
  section {
    margin-block-end: calc(var(--_space) * 1.5);
  }
  .table-wrap {
    overflow-x: auto;
    max-inline-size: 100%;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    font-variant-numeric: tabular-nums;
    /* Words and numbers stay whole; on a narrow screen the table scrolls instead. */
    overflow-wrap: break-word;
  }
  thead th,
  td.number {
    white-space: nowrap;
  }
  /* Ids, field paths and found values are codes: on a phone they may break anywhere, so the table fits. */
  td code {
    overflow-wrap: anywhere;
  }
  .unverified ul {
    margin-block: 0.5em 0;
    padding-inline-start: 1.25em;
  }
  .unverified summary {
    cursor: pointer;
    min-block-size: var(--_target);
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.375em;
  }
  th,
  td {
    text-align: start;
    padding-block: 0.375em;
    padding-inline: 0.5em;
    border-block-end: 1px solid var(--_border);
    vertical-align: top;
  }
  tbody tr:nth-child(odd) {
    background: var(--_table-stripe);
  }
  td.number,
  th.number {
    text-align: end;
  }
  .ok {
    color: var(--_success);
    font-weight: 600;
  }
  @media print {
    button {
      display: none;
    }
  }
`;
