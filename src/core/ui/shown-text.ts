/**
 * Feed text in markup: always as text (Lit escapes it), marked with the
 * language actually shown and its direction, which also isolates it from
 * the surrounding bidi context.
 */
import { html, nothing } from 'lit';
import type { ShownText } from '../locale/text.js';

export function shownText(shown: ShownText | undefined, fallback: unknown = nothing) {
  return shown ? html`<span lang=${shown.lang} dir=${shown.dir}>${shown.text}</span>` : fallback;
}
