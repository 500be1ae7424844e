/**
 * Feed text in markup: always as text (Lit escapes it), marked with the
 * language actually shown and its direction, which also isolates it from
 * the surrounding bidi context.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { baseLanguage } from '../locale/direction.js';
import { languageName } from '../locale/language-names.js';
import type { ShownText } from '../locale/text.js';

export function shownText(shown: ShownText | undefined, fallback: unknown = nothing) {
  return shown ? html`<span lang=${shown.lang} dir=${shown.dir}>${shown.text}</span>` : fallback;
}

/**
 * After a short feed text that is not in the reader's language (`requested`),
 * that language named in the reader's own ("(Deutsch)", "(الألمانية)"): for
 * texts without an offer's note of their own (a session's note, a guide's
 * explanation from the town, a calendar's name).
 */
export function languageHint(shown: ShownText | undefined, requested: string): TemplateResult | typeof nothing {
  return shown && baseLanguage(shown.lang) !== baseLanguage(requested)
    ? html` <span class="muted lang-hint">(${languageName(shown.lang, requested)})</span>`
    : nothing;
}

/** Feed text, with its language named when it is not the reader's (see `languageHint`). */
export function shownTextNamed(shown: ShownText | undefined, requested: string): TemplateResult | typeof nothing {
  return shown ? html`${shownText(shown)}${languageHint(shown, requested)}` : nothing;
}

/**
 * A paragraph of feed text: the paragraph itself carries the language and
 * direction, so a German description on an Arabic page starts at the left.
 */
export function shownParagraph(shown: ShownText | undefined, className: string): TemplateResult | typeof nothing {
  return shown ? html`<p class=${className} lang=${shown.lang} dir=${shown.dir}>${shown.text}</p>` : nothing;
}
