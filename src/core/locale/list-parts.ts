/**
 * A list of rendered items (each with its own `lang`) joined the way the UI
 * language joins lists: "Deutsch, English" in German, "Deutsch، English" in
 * Arabic. Intl builds the list around placeholders; the items go back in.
 */
const formatters = new Map<string, Intl.ListFormat>();

export function listParts<T>(items: readonly T[], locale: string, type: Intl.ListFormatType = 'unit'): (T | string)[] {
  const key = `${locale}|${type}`;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.ListFormat(locale, { type, style: 'short' })));
  let next = 0;
  return formatter
    .formatToParts(items.map((_, i) => String(i)))
    .map((part) => (part.type === 'element' ? items[next++] : part.value));
}
