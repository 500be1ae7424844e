/**
 * A language as a label: its own name in its own script, then the reader's
 * name for it when that differs: "العربية (Arabisch)".
 */
import { html, nothing } from 'lit';
import { languageName, ownLanguageName } from '../locale/language-names.js';
import { shownText } from './shown-text.js';

export function languageLabel(code: string, ui: string) {
  const own = ownLanguageName(code, ui);
  const name = languageName(code, ui);
  return html`${shownText(own)}${name !== own.text ? html` <bdi class="muted">(${name})</bdi>` : nothing}`;
}
