/**
 * Says, in the reader's language, when an offer's texts are not in it
 * ("Only in this language: German") or were translated by a machine
 * (`machineTranslated` in the feed). The texts themselves already carry
 * their own `lang` and `dir` (see `shown-text.ts`).
 */
import { msg, str } from '../locale/localize.js';
import type { OfferEntry } from '../feed/catalog.js';
import { baseLanguage } from '../locale/direction.js';
import { languageName } from '../locale/language-names.js';
import type { ShownText } from '../locale/text.js';

/** The notes for an offer whose texts are shown as `shown` (title, summary …), for a reader of `texts[0]`. */
export function contentNotes(entry: OfferEntry, shown: readonly (ShownText | undefined)[], ctx: { texts: readonly string[]; ui: string }): string[] {
  const wanted = baseLanguage(ctx.texts[0] ?? '');
  const texts = shown.filter((s): s is ShownText => s !== undefined);
  const other = texts.find((s) => baseLanguage(s.lang) !== wanted);
  const machine = entry.offer.machineTranslated ?? [];
  const notes: string[] = [];
  if (other) notes.push(msg(str`Only in this language: ${languageName(other.lang, ctx.ui)}`));
  if (texts.some((s) => machine.some((code) => baseLanguage(code) === baseLanguage(s.lang)))) notes.push(msg('Machine translation'));
  return notes;
}
