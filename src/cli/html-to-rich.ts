/**
 * HTML from other systems (Integreat pages, HSDS descriptions) turned into
 * the feed's formatted text (`feed/rich-text-rules.ts`) and a plain text
 * beside it, so residents' browsers never parse HTML. Parsed with
 * htmlparser2 here, on the command line only.
 *
 * Kept: paragraphs (headings become bold paragraphs), lists, links to
 * http(s) addresses (relative ones resolved against the page), bold and
 * italic. Dropped: scripts, styles, images, forms, iframes and every
 * attribute but a link's address. Deep nesting is flattened so that what
 * comes out always passes the validator's bounds.
 */
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { MAX_RICH_CHARS, MAX_RICH_DEPTH, MAX_RICH_NODES, type RichNode } from '../core/feed/rich-text-rules.js';

type Block = Extract<RichNode, object>;

const DROP = new Set(['script', 'style', 'img', 'iframe', 'object', 'embed', 'video', 'audio', 'form', 'input', 'button', 'select', 'textarea', 'svg', 'math', 'noscript', 'template', 'head', 'title', 'meta', 'link']);
const BLOCK = new Set(['p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'blockquote', 'figure', 'figcaption', 'address', 'pre', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'dl', 'dt', 'dd', 'center', 'details', 'summary', 'hr', 'body', 'html', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const HEADING = /^h[1-6]$/;
const STRONG = new Set(['strong', 'b']);
const EM = new Set(['em', 'i', 'cite', 'q']);
/** Levels of HTML read; anything deeper is taken as its text. */
const MAX_HTML_DEPTH = 64;

export interface Converted {
  rich?: Block[];
  plain?: string;
}

/** The text of a subtree without recursion: hostile HTML may nest thousands of levels. */
function textOf(node: ChildNode): string {
  const parts: string[] = [];
  const stack: ChildNode[] = [node];
  while (stack.length) {
    const current = stack.pop()!;
    if (current.type === 'text') parts.push(current.data);
    else if ('children' in current && !(current.type === 'tag' && DROP.has((current as Element).name))) {
      for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i]);
    }
  }
  return parts.join('');
}

function absoluteHttp(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = base ? new URL(href, base) : new URL(href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const squeeze = (text: string) => text.replace(/[ \t\r\n\f\u00a0]+/g, ' ');

export function htmlToRich(html: string, base?: string): Converted {
  const document = parseDocument(html);
  const blocks: Block[] = [];
  let nodes = 0;
  let chars = 0;
  let full = false;
  /** The paragraph being filled with inline content, created on the first text. */
  let open: Block | undefined;
  const spend = (n: number, text = 0) => {
    nodes += n;
    chars += text;
    if (nodes > MAX_RICH_NODES - 8 || chars > MAX_RICH_CHARS) full = true;
    return !full;
  };

  /** Inline content into `into`, at rich depth `depth`. */
  function inline(node: ChildNode, into: RichNode[], depth: number, htmlDepth: number, inLink: boolean): void {
    if (full) return;
    if (node.type === 'text') {
      const text = squeeze(node.data);
      if (text === '' || (text === ' ' && (into.length === 0 || typeof into[into.length - 1] !== 'string'))) {
        if (text === ' ' && into.length > 0) into.push(' ');
        return;
      }
      // A text beyond the bound is cut, and the rest of the HTML left out.
      const room = MAX_RICH_CHARS - chars - 1;
      const kept = text.length > room ? `${text.slice(0, Math.max(0, room - 1))}…` : text;
      spend(1, kept.length);
      if (text.length > room) full = true;
      const last = into[into.length - 1];
      if (typeof last === 'string') into[into.length - 1] = last + kept;
      else into.push(kept);
      return;
    }
    if (node.type !== 'tag' && node.type !== 'root') return;
    const element = node as Element;
    const name = element.name?.toLowerCase();
    if (name && DROP.has(name)) return;
    if (name === 'br') {
      const last = into[into.length - 1];
      if (typeof last === 'string') into[into.length - 1] = `${last.trimEnd()}\n`;
      else if (spend(1, 1)) into.push('\n');
      return;
    }
    const tooDeep = htmlDepth > MAX_HTML_DEPTH || depth >= MAX_RICH_DEPTH;
    if (tooDeep) {
      const text = squeeze(textOf(node));
      if (text.trim() && spend(1, text.length)) into.push(text);
      return;
    }
    let kind: 'strong' | 'em' | 'a' | undefined = name && STRONG.has(name) ? 'strong' : name && EM.has(name) ? 'em' : undefined;
    const href = name === 'a' && !inLink ? absoluteHttp(element.attribs.href, base) : undefined;
    if (href) kind = 'a';
    if (!kind) {
      for (const child of element.children) inline(child, into, depth, htmlDepth + 1, inLink);
      return;
    }
    const children: RichNode[] = [];
    for (const child of element.children) inline(child, children, depth + 1, htmlDepth + 1, inLink || kind === 'a');
    const content = trimEdges(children);
    // Wrappers of content already taken are always kept: the bound leaves room for one per level.
    if (content.length === 0) return;
    nodes++;
    into.push(kind === 'a' ? { k: 'a', href: href!, c: content } : { k: kind, c: content });
  }

  /** Block content: paragraphs and lists into `into` (the top level or a list item), at rich depth `depth`. */
  function block(node: ChildNode, into: RichNode[], depth: number, htmlDepth: number): void {
    if (full) return;
    const element = node.type === 'tag' || node.type === 'root' ? (node as Element) : undefined;
    const name = element?.name?.toLowerCase();
    if (name && DROP.has(name)) return;
    if (element && htmlDepth > MAX_HTML_DEPTH) {
      closeParagraph(into);
      const text = squeeze(textOf(node)).trim();
      if (text && spend(2, text.length)) into.push({ k: 'p', c: [text] });
      return;
    }
    if (name === 'ul' || name === 'ol') {
      closeParagraph(into);
      // Lists nested too deep for the feed's bounds are read as paragraphs.
      if (depth + 3 > MAX_RICH_DEPTH - 1) {
        for (const child of element!.children) block(child, into, depth, htmlDepth + 1);
        closeParagraph(into);
        return;
      }
      const items: RichNode[] = [];
      for (const child of element!.children) {
        if (child.type !== 'tag') continue;
        const item: RichNode[] = [];
        const saved = open;
        open = undefined;
        for (const grandchild of (child as Element).children) block(grandchild, item, depth + 2, htmlDepth + 2);
        closeParagraph(item);
        open = saved;
        // A list item holds inline content and lists: its paragraphs are unwrapped, separated by line breaks.
        const flat: RichNode[] = [];
        for (const part of item) {
          if (typeof part === 'object' && part.k === 'p') {
            if (flat.length) flat.push('\n');
            flat.push(...part.c);
          } else flat.push(part);
        }
        const content = trimEdges(flat);
        if (content.length && ++nodes) items.push({ k: 'li', c: content });
      }
      if (items.length && ++nodes) into.push({ k: name, c: items });
      return;
    }
    if (element && (name === undefined || BLOCK.has(name) || node.type === 'root')) {
      closeParagraph(into);
      if (name && HEADING.test(name)) {
        const children: RichNode[] = [];
        for (const child of element.children) inline(child, children, depth + 2, htmlDepth + 1, false);
        const content = trimEdges(children);
        if (content.length && (nodes += 2)) into.push({ k: 'p', c: [{ k: 'strong', c: content }] });
        return;
      }
      for (const child of element.children) block(child, into, depth, htmlDepth + 1);
      closeParagraph(into);
      return;
    }
    // Inline content: into the open paragraph.
    if (!open) {
      open = { k: 'p', c: [] };
      openInto = into;
    }
    inline(node, open.c, depth + 1, htmlDepth, false);
  }

  let openInto: RichNode[] | undefined;
  function closeParagraph(into: RichNode[]): void {
    if (!open) return;
    const content = trimEdges(open.c);
    const target = openInto ?? into;
    if (content.length && ++nodes) target.push({ k: 'p', c: content });
    open = undefined;
    openInto = undefined;
  }

  const top: RichNode[] = [];
  block(document as unknown as ChildNode, top, 1, 0);
  closeParagraph(top);
  for (const node of top) if (typeof node === 'object') blocks.push(node);
  if (blocks.length === 0) return {};
  return { rich: blocks, plain: plainText(blocks) };
}

/** Leading and trailing spaces and line breaks of inline content removed. */
function trimEdges(nodes: RichNode[]): RichNode[] {
  const out = [...nodes];
  while (typeof out[0] === 'string' && out[0].trim() === '') out.shift();
  while (typeof out[out.length - 1] === 'string' && (out[out.length - 1] as string).trim() === '') out.pop();
  if (typeof out[0] === 'string') out[0] = out[0].trimStart();
  const last = out.length - 1;
  if (typeof out[last] === 'string') out[last] = (out[last] as string).trimEnd();
  return out;
}

/** The formatted text as plain text: paragraphs apart, list items with a bullet. */
export function plainText(blocks: readonly RichNode[]): string {
  const lines: string[] = [];
  const stack: { node: RichNode; prefix: string }[] = blocks.map((node) => ({ node, prefix: '' })).reverse();
  while (stack.length) {
    const { node, prefix } = stack.pop()!;
    if (typeof node === 'string') continue;
    if (node.k === 'ul' || node.k === 'ol') {
      for (let i = node.c.length - 1; i >= 0; i--) stack.push({ node: node.c[i], prefix: node.k === 'ol' ? `${prefix}${i + 1}. ` : `${prefix}• ` });
      continue;
    }
    // p and li: their inline text; nested lists inside an item follow it.
    const text: string[] = [];
    const nested: RichNode[] = [];
    const walk: RichNode[] = [...node.c].reverse();
    while (walk.length) {
      const part = walk.pop()!;
      if (typeof part === 'string') text.push(part);
      else if (part.k === 'ul' || part.k === 'ol') nested.push(part);
      else for (let i = part.c.length - 1; i >= 0; i--) walk.push(part.c[i]);
    }
    lines.push(`${prefix}${text.join('').trim()}`);
    for (let i = nested.length - 1; i >= 0; i--) stack.push({ node: nested[i], prefix: `  ${prefix.replace(/\S+ $/, '')}` });
  }
  return lines.filter((line) => line.trim() !== '').join('\n\n').slice(0, MAX_RICH_CHARS);
}
