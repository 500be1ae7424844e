/**
 * A list of rendered items (each with its own `lang`) joined the way the UI
 * language joins lists: "Deutsch, English" in German, "Deutsch، English" in
 * Arabic. Intl builds the list around placeholders; the items go back in.
 */
import { listFormatter, listWord } from './format.js';

export function listParts<T>(items: readonly T[], locale: string, type: Intl.ListFormatType = 'unit'): (T | string)[] {
  let next = 0;
  return listFormatter(locale, { type, style: 'short' })
    .formatToParts(items.map((_, i) => String(i)))
    .map((part) => (part.type === 'element' ? items[next++] : listWord(locale, part.value)));
}
