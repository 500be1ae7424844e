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
  /* Ids and field paths break only where they allow it (a hyphen, a dot), never inside a word. */
  code {
    overflow-wrap: normal;
    word-break: normal;
  }
  /* A value found in the feed may be anything: a long one may break where it must. */
  dd code {
    overflow-wrap: anywhere;
  }
  /* The result first: green when all is well, red with links to each record when not (the GOV.UK error summary). */
  .report-status {
    border: var(--_control-border-width) solid var(--_success);
    border-inline-start-width: 0.5em;
    border-radius: var(--_radius);
    padding: var(--_space);
    margin-block-end: calc(var(--_space) * 1.5);
    background: color-mix(in srgb, var(--_success) 7%, var(--_bg));
  }
  .report-status.problems {
    border-color: var(--_danger);
    background: color-mix(in srgb, var(--_danger) 5%, var(--_bg));
  }
  .report-status h2 {
    font-size: var(--_size-medium);
  }
  .report-status h2:focus {
    outline: none;
  }
  .report-status h2:focus-visible {
    outline: var(--_focus);
  }
  .report-status > :last-child {
    margin-block-end: 0;
  }
  .summary-links {
    margin-block: 0 0.75em;
    padding-inline-start: 1.25em;
  }
  .summary-links a {
    color: var(--_danger);
    font-weight: 600;
  }
  .problem-records {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .problem-record {
    border: var(--_border-width) solid var(--_border);
    border-inline-start: 0.375em solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75) var(--_space);
  }
  .problem-record.left-out {
    border-inline-start-color: var(--_danger);
  }
  .problem-record:focus {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  .problem-record h3 {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.5em;
    font-size: 1em;
  }
  .problem-record .facts {
    margin: 0;
  }
  .badge {
    border: 1px solid currentColor;
    border-radius: 999px;
    padding-inline: 0.5em;
    font-size: var(--_size-small);
    font-weight: normal;
  }
  .left-out .badge {
    color: var(--_danger);
  }
  @media (forced-colors: active) {
    .report-status,
    .problem-record {
      border-color: CanvasText;
    }
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
    border-block-end: var(--_border-width) solid var(--_border);
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
