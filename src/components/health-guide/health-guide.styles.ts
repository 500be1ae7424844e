/** The guide's own layout: the numbers, big answer buttons, the directory beside its filters, and the printed handout. */
import { css } from 'lit';

export const healthGuideStyles = css`
  .emergency-area {
    margin-block-end: var(--_space);
  }
  .emergency {
    border: var(--_border-width) solid var(--_danger);
    border-inline-start-width: 0.375em;
    border-radius: var(--_radius);
    background: var(--lotse-health-guide-emergency-background, var(--_surface));
    padding: calc(var(--_space) * 0.75);
  }
  .emergency h2 {
    font-size: var(--_size-medium);
  }
  .hotlines {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15em), 1fr));
    gap: 0.5em var(--_space);
  }
  .hotline {
    display: flex;
    flex-direction: column;
  }
  .hotline-label {
    font-weight: 600;
  }
  .numbers {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
  }
  a.tel {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75em;
    font-size: var(--_size-medium);
    font-weight: 700;
    color: var(--_danger);
    white-space: nowrap;
  }
  .hotline-text,
  .scope {
    font-size: var(--_size-small);
  }
  .compact .hotlines {
    grid-template-columns: minmax(0, 1fr);
  }
  .modes {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-end: var(--_space);
  }
  .modes [aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .progress {
    margin-block-end: 0.25em;
  }
  .answers {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
    gap: 0.5em;
  }
  button.answer {
    inline-size: 100%;
    min-block-size: 3em;
    padding-inline: 0.625em;
    font-weight: 400;
    text-align: start;
    background: var(--_bg);
    color: var(--_text);
    border-color: var(--_border);
  }
  button.answer:hover {
    border-color: var(--_accent);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .actions button {
    min-block-size: 2.75em;
  }
  .words dt {
    font-weight: 600;
  }
  .words dd {
    margin-inline-start: 0;
    margin-block-end: 0.5em;
  }
  .explanation {
    margin-block-end: var(--_space);
  }
  .badge.open {
    color: var(--_success);
    font-weight: 600;
  }
  /* A long German name on an Arabic page wraps inside its card instead of leaving it at the start side. */
  .card .open {
    max-inline-size: 100%;
  }
  /* In a sidebar: cards keep their words whole. */
  @container lotse (max-width: 20em) {
    .card {
      padding: 0.5em;
    }
    .card h3 {
      font-size: 1em;
    }
  }
  .source {
    margin-block-start: var(--_space);
  }
  .handout,
  .qr {
    display: none;
  }
  @media print {
    .handout {
      display: block;
    }
    .qr {
      display: block;
      inline-size: 3.5cm;
      block-size: 3.5cm;
    }
    .modes,
    .question,
    .result,
    .source,
    .status,
    .notice,
    .emergency-area,
    .detail .actions {
      display: none;
    }
    .handout .url {
      overflow-wrap: anywhere;
    }
  }
`;
