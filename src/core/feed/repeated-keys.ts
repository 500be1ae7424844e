/**
 * Fields written twice in one record (`"title"` copied with its line and
 * edited): `JSON.parse` keeps the last one without a word, so the first
 * value is lost and staff never learn why their edit does not show. Found in
 * the feed's text, for staff only: `<lotse-feed-info>` and `lotse validate`.
 *
 * Loaded only where staff check a feed; no browser API is used.
 */
import type { RecordCollection } from './schema.js';
import type { FeedProblem } from './validate-records.js';
import type { TextPlace } from './repeated-token.js';

export interface RepeatedKey {
  /** Keys and list positions from the top of the file down to the repeated key. */
  path: (string | number)[];
  /** Offsets in the text of the key's first and of its repeated spelling. */
  first: number;
  again: number;
}

/** Repeated keys reported at most; a file with more has a systematic mistake that the first ones show. */
export const MAX_REPEATED = 1000;

const STRING = /"(?:[^"\\]|\\.)*"/y;
const SCALAR = /[^\s,:\]}]+/y;

type Frame = { keys: Map<string, number>; wantKey: boolean } | { index: number };

/**
 * Every key written again in the same object of valid JSON `text`, in the
 * order of the text. Keys count as the same when `JSON.parse` reads them
 * alike (`"ti\u0074le"` is `"title"`). A loop with a stack, as deep nesting needs no call stack.
 */
export function repeatedKeys(text: string, limit = MAX_REPEATED): { found: RepeatedKey[]; more: number } {
  const found: RepeatedKey[] = [];
  /** Repeated keys beyond `limit`: counted, not kept. */
  let more = 0;
  const frames: Frame[] = [];
  const path: (string | number)[] = [];
  let at = 0;
  while (at < text.length) {
    const c = text[at];
    const top = frames[frames.length - 1];
    if (c === '{' || c === '[') {
      frames.push(c === '{' ? { keys: new Map(), wantKey: true } : { index: 0 });
      path.push(c === '{' ? '' : 0);
      at++;
    } else if (c === '}' || c === ']') {
      frames.pop();
      path.pop();
      at++;
    } else if (c === ',') {
      if (top && 'index' in top) path[path.length - 1] = ++top.index;
      else if (top) top.wantKey = true;
      at++;
    } else if (c === '"') {
      STRING.lastIndex = at;
      if (!STRING.test(text)) break;
      const end = STRING.lastIndex;
      if (top && 'keys' in top && top.wantKey) {
        const raw = text.slice(at + 1, end - 1);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(at, end)) as string) : raw;
        const first = top.keys.get(key);
        path[path.length - 1] = key;
        if (first === undefined) top.keys.set(key, at);
        else {
          dropInside(found, path, first);
          if (found.length < limit) found.push({ path: [...path], first, again: at });
          else more++;
        }
        top.wantKey = false;
      }
      at = end;
    } else if (c === ':' || c === ' ' || c === '\n' || c === '\r' || c === '\t') {
      at++;
    } else {
      SCALAR.lastIndex = at;
      at = SCALAR.test(text) ? SCALAR.lastIndex : at + 1;
    }
  }
  return { found, more };
}

/**
 * A key written again discards its first value, with whatever that held:
 * keys repeated inside it are not problems of the records that stay (the
 * second `"offers"` list's records are not the first one's).
 */
function dropInside(found: RepeatedKey[], path: (string | number)[], first: number): void {
  const depth = path.length;
  for (let i = found.length - 1; i >= 0 && found[i].again > first; i--) {
    const inner = found[i].path;
    if (inner.length > depth && path.every((part, n) => inner[n] === part)) found.splice(i, 1);
  }
}

/** The token for two places, as `readRepeatedToken` in repeated-token.ts reads it. */
function repeatedToken(first: TextPlace, again: TextPlace): string {
  return first.line === again.line ? `repeated ${first.line}:${first.column} ${again.line}:${again.column}` : `repeated ${first.line} ${again.line}`;
}

/** The line and column (both from 1) of each offset, counted in one pass over the text. */
function placesOf(text: string, offsets: number[]): Map<number, TextPlace> {
  const places = new Map<number, TextPlace>();
  let line = 1;
  let from = 0;
  for (const offset of [...offsets].sort((a, b) => a - b)) {
    for (let i = text.indexOf('\n', from); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
      line++;
      from = i + 1;
    }
    places.set(offset, { line, column: offset - from + 1 });
  }
  return places;
}

/**
 * The repeated keys of a feed's text as problems of their records: the
 * field's path in the record, `expect` `repeated FIRST AGAIN` (the two
 * lines, as `LINE:COLUMN` when they are one), and how many more there are
 * beyond `MAX_REPEATED`. Keys outside the record lists (`collections`, from
 * `validate-records.ts`: this module stays apart from the schema) are
 * problems of the feed itself.
 */
export function repeatedKeyProblems(text: string, json: unknown, source: string, collections: readonly RecordCollection[]): { problems: FeedProblem[]; more: number } {
  const isCollection = (name: unknown): name is RecordCollection => collections.includes(name as RecordCollection);
  const { found: repeated, more } = repeatedKeys(text);
  const places = placesOf(text, repeated.flatMap((r) => [r.first, r.again]));
  const problems = repeated.map(({ path, first, again }): FeedProblem => {
    const [collection, index] = path;
    const inRecord = isCollection(collection) && typeof index === 'number' && path.length > 2;
    const record = inRecord ? (json as Record<string, unknown[]>)[collection]?.[index] : undefined;
    const id = record && typeof record === 'object' ? (record as { id?: unknown }).id : undefined;
    return {
      source,
      collection: inRecord ? collection : 'feed',
      ...(typeof id === 'string' ? { id } : {}),
      index: inRecord ? index : 0,
      field: (inRecord ? path.slice(2) : path).join('.'),
      reason: 'format',
      expect: repeatedToken(places.get(first)!, places.get(again)!),
      dropped: false,
    };
  });
  return { problems, more };
}
