/**
 * Text from a URL or a feed quoted inside the widget's own sentences ("The
 * filter “Search: …” excludes the most"): short and on one line, so a crafted
 * link cannot put a whole message of its own on the town's page; without
 * its direction controls and isolated (FSI … PDI, what `<bdi>` is in a
 * string), so it cannot turn the sentence around it backwards either, and
 * an Arabic word in a German sentence keeps the quotes in their places.
 */
const MAX_QUOTED = 40;
const DIRECTION_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function quoteShort(text: string, max = MAX_QUOTED): string {
  const oneLine = text.replace(DIRECTION_CONTROLS, '').replace(/\s+/g, ' ').trim();
  const chars = Array.from(oneLine);
  return `\u2068${chars.length <= max ? oneLine : `${chars.slice(0, max - 1).join('').trimEnd()}…`}\u2069`;
}
