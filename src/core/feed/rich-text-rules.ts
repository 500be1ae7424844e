/**
 * The structure of formatted text (`richDescription`): paragraphs, lists,
 * links and emphasis as plain data, so that widgets draw it with templates
 * and no HTML is ever parsed or sanitised in a resident's browser.
 *
 *   [{ "k": "p", "c": ["Beratung ", { "k": "strong", "c": ["ohne Termin"] }] },
 *    { "k": "ul", "c": [{ "k": "li", "c": ["Mo 9-12"] }] },
 *    { "k": "p", "c": [{ "k": "a", "href": "https://example.org", "c": ["Anmeldung"] }] }]
 *
 * The check walks with a stack of its own, so hostile nesting (10,000
 * levels) costs a loop, not the call stack, and it stops at the first node
 * beyond a bound.
 *
 * Loaded only for a feed with formatted text (see `store.ts`), so residents
 * of other feeds never download it: like `guide-graph.ts` it imports
 * nothing but types, and gets the link rule handed in.
 */
import type { FeedProblem, ValidatedFeed } from './validate-records.js';

export type RichKind = 'p' | 'ul' | 'ol' | 'li' | 'em' | 'strong' | 'a';
export type RichNode = string | { k: RichKind; c: RichNode[]; href?: string };
/** Blocks in the feed's language, or a map language -> blocks. */
export type RichText = RichNode[] | Record<string, RichNode[]>;

/** Levels of nodes inside each other: a link in emphasis in a list item in a list in a list is 5. */
export const MAX_RICH_DEPTH = 8;
/** Nodes and strings in one language's text. */
export const MAX_RICH_NODES = 2000;
/** Characters of text in one language's text. */
export const MAX_RICH_CHARS = 20_000;

const INLINE = new Set<RichKind>(['em', 'strong', 'a']);
/** What each kind may hold; the top level holds blocks. `string` stands for text. */
const ALLOWED: Record<RichKind | 'top', ReadonlySet<string>> = {
  top: new Set(['p', 'ul', 'ol']),
  p: new Set(['string', ...INLINE]),
  li: new Set(['string', ...INLINE, 'ul', 'ol']),
  em: new Set(['string', ...INLINE]),
  strong: new Set(['string', ...INLINE]),
  a: new Set(['string', 'em', 'strong']),
  ul: new Set(['li']),
  ol: new Set(['li']),
};

const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** What the check needs of the main bundle: the feed's rule for web links, and a record's position in its feed. */
export interface RichTextDeps {
  isWebUrl: (value: unknown) => boolean;
  indexOf: (record: object) => number | undefined;
}

/** What is wrong, as a token for staff ("depth", "kind", "link" …) and where. */
export interface RichProblem {
  path: string;
  expect: string;
  value?: string;
}

function kindOf(node: unknown): string | undefined {
  if (typeof node === 'string') return 'string';
  if (!node || typeof node !== 'object' || Array.isArray(node) || !Object.hasOwn(node, 'k')) return undefined;
  const k = (node as { k: unknown }).k;
  return typeof k === 'string' && Object.hasOwn(ALLOWED, k) && k !== 'top' ? k : undefined;
}

/** Checks one language's blocks. */
function checkBlocks(blocks: unknown, path: string, isWebUrl: RichTextDeps['isWebUrl']): RichProblem | undefined {
  if (!Array.isArray(blocks) || blocks.length === 0) return { path, expect: 'list' };
  let nodes = 0;
  let chars = 0;
  const stack: { node: unknown; parent: RichKind | 'top'; path: string; depth: number }[] = [];
  for (let i = blocks.length - 1; i >= 0; i--) stack.push({ node: blocks[i], parent: 'top', path: `${path}[${i}]`, depth: 1 });
  while (stack.length > 0) {
    const { node, parent, path: at, depth } = stack.pop()!;
    if (++nodes > MAX_RICH_NODES) return { path: at, expect: `max ${MAX_RICH_NODES} nodes` };
    if (depth > MAX_RICH_DEPTH) return { path: at, expect: `max depth ${MAX_RICH_DEPTH}` };
    const kind = kindOf(node);
    if (!kind || !ALLOWED[parent].has(kind)) return { path: at, expect: `one of: ${[...ALLOWED[parent]].join(', ')}`, value: kind ?? typeof node };
    if (kind === 'string') {
      chars += (node as string).length;
      if (chars > MAX_RICH_CHARS) return { path: at, expect: `max ${MAX_RICH_CHARS} characters` };
      continue;
    }
    const element = node as { c?: unknown; href?: unknown };
    if (kind === 'a') {
      const href = Object.hasOwn(element, 'href') ? element.href : undefined;
      if (!isWebUrl(href)) return { path: `${at}.href`, expect: 'url', value: typeof href === 'string' ? href.slice(0, 60) : String(href) };
    }
    const children = Object.hasOwn(element, 'c') ? element.c : undefined;
    if (!Array.isArray(children) || children.length === 0) return { path: `${at}.c`, expect: 'list' };
    if (children.length > MAX_RICH_NODES) return { path: `${at}.c`, expect: `max ${MAX_RICH_NODES} nodes` };
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], parent: kind as RichKind, path: `${at}.c[${i}]`, depth: depth + 1 });
  }
  return undefined;
}

/**
 * Checks formatted text, plain or per language. Returns the first problem,
 * or undefined when widgets may draw it as it is.
 */
export function checkRichText(value: unknown, isWebUrl: RichTextDeps['isWebUrl'], path = 'richDescription'): RichProblem | undefined {
  if (Array.isArray(value)) return checkBlocks(value, path, isWebUrl);
  if (!value || typeof value !== 'object') return { path, expect: 'list' };
  const languages = Object.keys(value);
  if (languages.length === 0) return { path, expect: 'list' };
  for (const language of languages) {
    if (!LANGUAGE.test(language)) return { path: `${path}.${language}`, expect: 'language', value: language.slice(0, 60) };
    const problem = checkBlocks((value as Record<string, unknown>)[language], `${path}.${language}`, isWebUrl);
    if (problem) return problem;
  }
  return undefined;
}

/**
 * Checks the formatted text of every offer of a validated feed: a wrong
 * one is left out of its offer (the offer and its plain `description`
 * stay) and reported, as `validate-records.ts` reports a wrong optional
 * field.
 */
export function checkRichTexts(feed: ValidatedFeed, deps: RichTextDeps): void {
  feed.offers.forEach((offer, n) => {
    if (offer.richDescription === undefined) return;
    const wrong = checkRichText(offer.richDescription, deps.isWebUrl);
    if (!wrong) return;
    const { richDescription: _removed, ...kept } = offer;
    const problem: FeedProblem = { source: feed.url, collection: 'offers', id: offer.id, index: deps.indexOf(offer) ?? n, field: wrong.path, reason: 'format', expect: wrong.expect, value: wrong.value, dropped: false };
    feed.problems.push(problem);
    feed.offers[n] = kept;
  });
}
