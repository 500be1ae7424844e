/**
 * Global design tokens. Every token is a `--lotse-*` custom property that a
 * host page may set on any ancestor (or `:root`); the values here are only
 * the fallbacks. Sizes are in em/px, never rem, so a host theme that shrinks
 * the root font size (html { font-size: 62.5% }) cannot shrink Lotse.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    --_font: var(--lotse-font-family, inherit);
    --_font-size: var(--lotse-font-size, max(1em, 16px));
    --_line-height: var(--lotse-line-height, 1.5);
    --_text: var(--lotse-color-text, #1b1b1b);
    --_muted: var(--lotse-color-muted, #52575e);
    --_bg: var(--lotse-color-background, #ffffff);
    --_surface: var(--lotse-color-surface, #f3f5f7);
    --_border: var(--lotse-color-border, #6f7680);
    --_accent: var(--lotse-color-accent, #0a58a8);
    --_on-accent: var(--lotse-color-on-accent, #ffffff);
    --_danger: var(--lotse-color-danger, #a8071a);
    --_warning-bg: var(--lotse-color-warning-background, #fff5d1);
    --_warning-border: var(--lotse-color-warning-border, #8a6d00);
    --_success: var(--lotse-color-success, #1d6b35);
    --_radius: var(--lotse-radius, 0.25em);
    --_border-width: var(--lotse-border-width, 1px);
    --_control-border-width: var(--lotse-control-border-width, 2px);
    --_size-large: var(--lotse-font-size-large, 1.5em);
    --_size-medium: var(--lotse-font-size-medium, 1.1875em);
    --_size-small: var(--lotse-font-size-small, 0.875em);
    --_space: var(--lotse-space, 1em);
    --_focus: var(--lotse-focus-ring, 3px solid var(--lotse-color-focus, var(--lotse-color-accent, #0a58a8)));
    --_target: max(24px, 1.75em);
  }
`;
