import { css } from 'lit';

/** The calendar's own layout: toolbar, agenda lines, the month grid, the day's list; logical properties only, so it mirrors right to left. */
export const courseCalendarStyles = css`
  :host {
    --_sidebar: var(--lotse-course-calendar-sidebar-width, 17em);
  }
  .placeholder {
    min-block-size: var(--lotse-placeholder-height, 40em);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-block-end: var(--_space);
  }
  .views {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
  }
  .views button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .toolbar .download {
    max-inline-size: 100%;
  }
  .subscribe {
    flex-basis: 100%;
  }
  .subscribe summary {
    cursor: pointer;
    color: var(--_accent);
    min-block-size: var(--_target);
    padding-block: 0.5em;
  }
  .subscribe .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    padding-inline-start: 0;
    list-style: none;
    margin-block: 0.25em 0.75em;
  }
  .hint {
    color: var(--_muted);
    font-size: var(--_size-small);
  }
  .results-area > h2 {
    font-size: 1.125em;
  }
  .plain {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  /* The agenda. */
  .series,
  .day {
    margin-block-end: calc(var(--_space) * 1.25);
  }
  .series-list {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
  }
  .course {
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em var(--_space);
  }
  .course h4 {
    margin-block-end: 0.25em;
  }
  .course .content-note,
  .course .pattern,
  .course .meta {
    margin-block-end: 0.25em;
  }
  .course .meta {
    color: var(--_muted);
  }
  /*
   * Days out of sight are laid out only when they come near, so typing in an agenda of thousands
   * of lines stays quick; each day's size is estimated from its number of lines (--_lines), so a
   * scroll step lays out the days it shows and not a burst of ones guessed too small.
   */
  .day {
    content-visibility: auto;
    contain-intrinsic-size: auto calc(3.5em + var(--_lines, 3) * 2.6em);
  }
  .day h3 {
    border-block-end: var(--_border-width) solid var(--_border);
    padding-block-end: 0.25em;
  }
  .sessions > li {
    display: grid;
    grid-template-columns: minmax(6.5em, auto) minmax(0, 1fr);
    gap: 0.125em 1em;
    padding-block: 0.375em;
    border-block-end: 1px solid var(--_surface);
  }
  .sessions .when {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .sessions .what .badge,
  .sessions .what .note {
    margin-inline-start: 0.375em;
  }
  .sessions .note {
    display: block;
    margin-inline-start: 0;
  }
  .cancelled .open,
  .cancelled .preview-title {
    text-decoration: line-through;
  }
  .badge.alert {
    color: var(--_danger);
    font-weight: 600;
  }
  /* In a sidebar a long German word ("Alphabetisierungskurs") keeps the line to itself. */
  @container lotse (max-width: 16em) {
    .course {
      padding-inline: 0.375em;
    }
  }
  @container lotse (max-width: 30em) {
    .day {
      contain-intrinsic-size: auto calc(3.5em + var(--_lines, 3) * 4.6em);
    }
    .sessions > li {
      grid-template-columns: minmax(0, 1fr);
    }
    .sessions .when {
      white-space: normal;
    }
  }
  /* The month. */
  .month-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block-end: 0.5em;
  }
  .month-bar h3 {
    margin: 0;
    flex: 1 1 auto;
    text-align: center;
  }
  .month-bar .previous {
    order: -1;
  }
  /* A narrow column: the month between its two buttons (its name may wrap), "This month" below. */
  @container lotse (max-width: 24em) {
    .month-bar {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr) auto;
    }
    .month-bar .today {
      grid-column: 1 / -1;
      justify-self: center;
    }
    /* Room for the longest month name ("październik", "septembrie") without breaking it. */
    .month-bar h3 {
      font-size: 1em;
    }
    .month-bar .previous,
    .month-bar .next {
      padding-inline: 0.5em;
    }
  }
  .grid {
    inline-size: 100%;
    table-layout: fixed;
    border-collapse: collapse;
  }
  .grid th {
    font-size: var(--_size-small);
    font-weight: 600;
    padding-block: 0.25em;
    text-align: center;
  }
  .grid th .narrow {
    display: none;
  }
  .cell {
    border: var(--_border-width) solid var(--_border);
    vertical-align: top;
    block-size: 5.5em;
    padding: 0.25em;
    cursor: pointer;
    overflow: hidden;
  }
  .cell.outside {
    background: var(--_surface);
    color: var(--_muted);
  }
  /* The open day: tinted, with a bar along its top; the focus ring goes all round, so the two never look alike. */
  .cell[aria-selected='true'] {
    background: color-mix(in srgb, var(--_accent) 14%, var(--_bg));
    box-shadow: inset 0 0.3em 0 var(--_accent);
  }
  .cell:focus-visible {
    outline: var(--_focus);
    outline-offset: -3px;
  }
  .cell .number {
    display: inline-block;
    min-inline-size: 1.75em;
    text-align: center;
    border-radius: 999px;
    font-variant-numeric: tabular-nums;
  }
  .cell.today .number {
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
  }
  .preview {
    list-style: none;
    margin: 0.125em 0 0;
    padding: 0;
    font-size: 0.75em;
    line-height: 1.3;
  }
  .preview li {
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .preview li.cancelled {
    text-decoration: line-through;
  }
  .preview .more {
    color: var(--_muted);
  }
  /* Narrow: numbers only, a mark under days with dates; the day's list has the rest. */
  @container lotse (max-width: 36em) {
    .grid th .short {
      display: none;
    }
    .grid th .narrow {
      display: inline;
    }
    .cell {
      block-size: 2.75em;
      padding: 0.125em 0;
      text-align: center;
    }
    .cell .number {
      min-inline-size: 0;
      padding-inline: 0.2em;
    }
    .preview {
      display: none;
    }
    .cell.busy::after {
      content: '';
      display: block;
      inline-size: 0.4em;
      block-size: 0.4em;
      margin: 0.125em auto 0;
      border-radius: 50%;
      background: currentColor;
    }
  }
  .day-panel {
    margin-block-start: var(--_space);
    padding-block-start: 0.5em;
    border-block-start: var(--_border-width) solid var(--_border);
  }
  .sessions-of {
    margin-block-start: calc(var(--_space) * 1.5);
  }
  @media (forced-colors: active) {
    .cell.today .number,
    .views button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .cell[aria-selected='true'] {
      forced-color-adjust: none;
      background: SelectedItem;
      color: SelectedItemText;
      box-shadow: none;
    }
    .cell[aria-selected='true']:focus-visible {
      outline-color: SelectedItemText;
    }
  }
  @media print {
    .status,
    .search-area,
    .toolbar,
    .more,
    .month-bar button,
    .hint,
    .download {
      display: none !important;
    }
  }
`;
