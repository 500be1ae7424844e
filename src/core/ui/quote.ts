/**
 * Text from a URL or a feed quoted inside the widget's own sentences ("The
 * filter “Search: …” excludes the most"): short and on one line, so a crafted
 * link cannot put a whole message of its own on the town's page.
 */
const MAX_QUOTED = 40;

export function quoteShort(text: string, max = MAX_QUOTED): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(oneLine);
  return chars.length <= max ? oneLine : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}
