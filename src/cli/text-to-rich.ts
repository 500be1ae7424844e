/**
 * A spreadsheet cell's text as formatted text: what staff type in a cell
 * (blank lines between paragraphs, lines starting with "-", "•" or "*" as a
 * list, addresses starting with https://) becomes paragraphs, lists and
 * links. Only a text with a list or a link needs it; plain paragraphs stay
 * in `description`, whose line breaks the widgets keep.
 */
import { MAX_RICH_CHARS, type RichNode } from '../core/feed/rich-text-rules.js';

type Block = Extract<RichNode, object>;

const URL_IN_TEXT = /https?:\/\/[^\s<>"]+/g;
const HAS_URL = /https?:\/\/[^\s<>"]+/;
const BULLET = /^\s*[-•*–]\s+/;

/** Text with its web addresses as links; punctuation at an address's end stays text. */
function inline(text: string): RichNode[] {
  const parts: RichNode[] = [];
  let at = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    const href = match[0].replace(/[.,;:!?)\]]+$/, '');
    if (match.index > at) parts.push(text.slice(at, match.index));
    parts.push({ k: 'a', href, c: [href] });
    at = match.index + href.length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

export function textToRich(text: string): Block[] | undefined {
  if (text.length > MAX_RICH_CHARS || (!BULLET.test(text) && !/\n\s*[-•*–]\s+/.test(text) && !HAS_URL.test(text))) return undefined;
  const blocks: Block[] = [];
  for (const paragraph of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    let lines: string[] = [];
    let items: string[] = [];
    const flush = () => {
      if (lines.length) blocks.push({ k: 'p', c: inline(lines.join('\n')) });
      if (items.length) blocks.push({ k: 'ul', c: items.map((item) => ({ k: 'li' as const, c: inline(item) })) });
      lines = [];
      items = [];
    };
    for (const line of paragraph.split('\n')) {
      if (line.trim() === '') continue;
      if (BULLET.test(line)) {
        if (lines.length) {
          blocks.push({ k: 'p', c: inline(lines.join('\n')) });
          lines = [];
        }
        items.push(line.replace(BULLET, '').trim());
      } else {
        if (items.length) flush();
        lines.push(line.trim());
      }
    }
    flush();
  }
  return blocks.length ? blocks : undefined;
}
