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

/**
 * A paragraph of feed text: the paragraph itself carries the language and
 * direction, so a German description on an Arabic page starts at the left.
 */
export function shownParagraph(shown: ShownText | undefined, className: string) {
  return shown ? html`<p class=${className} lang=${shown.lang} dir=${shown.dir}>${shown.text}</p>` : nothing;
}
