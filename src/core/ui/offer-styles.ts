/** Styles of the offer parts (cards, detail, places, hours, contact), shared by every widget that shows offers. */
import { css } from 'lit';

export const offerStyles = css`
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
  /* Labels as separate items: "Beratung" | "Aufenthalt und Einbürgerung". */
  .tags {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.25em 0.375em;
    margin: 0;
    padding: 0;
    list-style: none;
    vertical-align: top;
  }
  .tags li {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding-inline: 0.4em;
    font-size: 0.875em;
  }
  .card .badges {
    margin-block-start: 0.5em;
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
  .place,
  .hours {
    margin-block: var(--_space);
  }
  address {
    font-style: normal;
    margin-block-end: 0.5em;
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
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  @media print {
    .open-now,
    .actions {
      display: none !important;
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
