/** Styles every Lotse element shares: box model, text, controls, focus, motion, forced colours. */
import { css } from 'lit';
import { tokens } from './tokens.js';

const base = css`
  :host {
    display: block;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_text);
    text-align: start;
    contain: layout style;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* Inherited text styles of an aggressive host theme stop here. Layouts follow the widget's own width (a sidebar, a column), not the screen's. */
  .base {
    container: lotse / inline-size;
    min-inline-size: 0;
    /* Words break only when they do not fit a line of their own, with a hyphen where the browser knows the language. */
    overflow-wrap: break-word;
    hyphens: auto;
    color: var(--_text);
    line-height: var(--_line-height);
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-align: start;
    font-style: normal;
    font-weight: normal;
    white-space: normal;
  }
  /* A short type scale, as public-sector design systems use: 24, 19, 16 and 14 px at the default size. */
  h2,
  h3,
  h4 {
    line-height: 1.25;
    margin-block: 0 0.5em;
    font-weight: 700;
  }
  h2 {
    font-size: var(--_size-large);
  }
  h3 {
    font-size: var(--_size-medium);
  }
  h4 {
    font-size: 1em;
  }
  p {
    margin-block: 0 0.75em;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
    min-block-size: var(--_target);
  }
  button {
    cursor: pointer;
    border: var(--_control-border-width) solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
    padding-block: 0.375em;
    padding-inline: 1em;
    min-inline-size: var(--_target);
    /* A long word in a narrow widget ("Gesundheitsangebote" in 200 px) wraps inside the button rather than pushing it out. */
    max-inline-size: 100%;
  }
  button.secondary {
    background: var(--_bg);
    color: var(--_accent);
  }
  /* An action that reads as a link: "show all", "clear all filters", "back to the list". */
  button.link {
    border: 0;
    background: none;
    color: var(--_accent);
    font-weight: normal;
    padding-inline: 0;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  button.link:hover,
  a:hover {
    text-decoration-thickness: 0.15em;
  }
  input,
  select {
    border: var(--_control-border-width) solid var(--_text);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  summary:focus-visible,
  [tabindex]:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* Hidden until it has keyboard focus (a skip button). */
  .visually-hidden-focusable:not(:focus):not(:focus-within) {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    min-block-size: 0;
    min-inline-size: 0;
    padding: 0;
    border: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .muted {
    color: var(--_muted);
  }
  .nowrap {
    white-space: nowrap;
  }
  .label,
  dt {
    font-weight: 600;
  }
  /* Terms beside their descriptions; one under the other in a narrow widget. */
  .facts {
    display: grid;
    grid-template-columns: minmax(8em, max-content) minmax(0, 1fr);
    gap: 0.375em 1em;
    margin-block: 0 var(--_space);
  }
  dd {
    margin: 0;
  }
  @container lotse (max-width: 30em) {
    .facts {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
    .facts dd {
      margin-block-end: 0.5em;
    }
  }
  .plain {
    list-style: none;
    margin: 0 0 0.75em;
    padding: 0;
  }
  button:disabled {
    opacity: 0.45;
    cursor: default;
  }
  .status {
    margin: 0;
    color: var(--_muted);
  }
  .status:not(:empty) {
    margin-block-end: 0.75em;
  }
  /* Web addresses behind links, printed after them (see external-link.ts). */
  .print-url {
    display: none;
  }
  @media print {
    .print-url {
      display: inline;
      overflow-wrap: anywhere;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
    a:focus-visible,
    button:focus-visible,
    input:focus-visible,
    select:focus-visible,
    [tabindex]:focus-visible {
      outline-color: Highlight;
    }
  }
`;

export const baseStyles = [tokens, base];
