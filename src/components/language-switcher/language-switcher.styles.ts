import { css } from 'lit';

export const languageSwitcherStyles = css`
  :host {
    --_columns-min: var(--lotse-language-switcher-columns-min, 9em);
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    text-align: start;
  }
  .globe {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
  }
  /* A chevron drawn with borders: down when closed, up when open. Right to left the borders are on the other side, so the same turns go the other way. */
  .chevron {
    flex: none;
    inline-size: 0.5em;
    block-size: 0.5em;
    margin-inline: 0.15em;
    border-block-end: 0.15em solid currentColor;
    border-inline-end: 0.15em solid currentColor;
    transform: rotate(45deg);
    translate: 0 -0.15em;
  }
  .chevron:dir(rtl) {
    transform: rotate(-45deg);
  }
  [aria-expanded='true'] .chevron {
    transform: rotate(-135deg);
    translate: 0 0.15em;
  }
  [aria-expanded='true'] .chevron:dir(rtl) {
    transform: rotate(135deg);
  }
  /* A panel of its own, so the links keep their contrast on a dark page header. */
  ul {
    list-style: none;
    margin-block: 0.5em 0;
    padding: 0.25em;
    background: var(--_bg);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_columns-min)), 1fr));
    gap: 0.25em 1em;
  }
  ul[hidden] {
    display: none;
  }
  a {
    display: flex;
    align-items: center;
    min-block-size: var(--_target);
    padding-block: 0.25em;
    padding-inline: 0.5em;
    border-radius: var(--_radius);
  }
  a[aria-current='true'] {
    font-weight: 700;
    text-decoration: none;
    border-inline-start: 0.25em solid currentColor;
  }
  @media (forced-colors: active) {
    .globe {
      stroke: ButtonText;
    }
  }
`;
