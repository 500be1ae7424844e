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
  /* Other links and buttons on the card (a practice's phone number) lie above that target: one tap calls. */
  .card a[href],
  .card button:not(.open) {
    position: relative;
    z-index: 1;
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
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.375em;
    margin: 0;
    padding: 0;
    list-style: none;
    vertical-align: top;
  }
  .tags li {
    /* A long word ("Krankenversicherungskarte") wraps inside its tag in a narrow widget. */
    min-inline-size: 0;
    max-inline-size: 100%;
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding-inline: 0.4em;
    font-size: var(--_size-small);
  }
  .card .badges {
    margin-block-start: 0.5em;
  }
  .detail h2 {
    font-size: calc(var(--_size-large) * 1.1667);
    margin-block-end: 0.25em;
  }
  .detail .kind {
    margin-block-end: 0.5em;
  }
  /* "Only in this language: German", "Machine translation": beside the texts they are about. */
  .content-note {
    color: var(--_muted);
    font-size: var(--_size-small);
  }
  .badge.content-note {
    border-style: dashed;
  }
  .detail-section {
    border-block-start: var(--_border-width) solid var(--_border);
    padding-block-start: var(--_space);
    margin-block-start: var(--_space);
  }
  .detail-section > :last-child {
    margin-block-end: 0;
  }
  .places {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
    gap: var(--_space) calc(var(--_space) * 1.5);
  }
  .places .place {
    margin: 0;
  }
  .places h4,
  .place h4 {
    margin-block: 0.75em 0.25em;
  }
  .provider {
    font-weight: 600;
    margin-block-end: 0.25em;
  }
  .checked {
    margin-block-start: calc(var(--_space) * 1.5);
  }
  /* A back link, as GOV.UK and KERN show it: a small chevron before the words, pointing back in either direction. */
  .back::before {
    content: '';
    display: inline-block;
    inline-size: 0.45em;
    block-size: 0.45em;
    /* The turned square reaches past its box: room on both sides, so nothing sticks out of the widget. */
    margin-inline: 0.15em 0.4em;
    border-block-end: 0.125em solid currentColor;
    border-inline-start: 0.125em solid currentColor;
    transform: rotate(45deg);
    vertical-align: 0.1em;
  }
  .back:dir(rtl)::before {
    transform: rotate(-45deg);
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
    font-size: var(--_size-medium);
  }
  .description {
    white-space: pre-line;
  }
  .place,
  .hours {
    margin-block: var(--_space);
  }
  .place h4 {
    font-size: 1em;
  }
  h5 {
    font-size: 1em;
    margin-block: 0.75em 0.25em;
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
  .closure {
    border-inline-start: 0.25em solid var(--_border);
    padding-inline-start: 0.5em;
  }
  .appointment {
    margin-inline-start: 0.25em;
  }
  .rich > :first-child {
    margin-block-start: 0;
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
