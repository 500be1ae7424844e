/**
 * Where a feed's JSON breaks, for the staff who fix it: line and column,
 * and the text around the mistake. Engines say where in their own words
 * and language, or not at all: V8 "… in JSON at position 5000 (line 1
 * column 5001)", Firefox "… at line 2 column 3 of the JSON data", Safari
 * and V8's "Unexpected token" messages nothing. Lotse takes the engine's
 * position when it ends the message, else finds the first mistake itself,
 * and counts lines and columns from there.
 *
 * Loaded only for a feed that is not valid JSON; no browser API is used, so
 * tools outside the browser can use it too.
 */
export interface JsonErrorPlace {
  /** From 1. */
  line: number;
  /** From 1, in UTF-16 code units as editors count them. */
  column: number;
  /** About 60 characters around the place: before it, the character at it ('' at the end of the text), after it. Line breaks show as ↵. */
  before: string;
  at: string;
  after: string;
}

/** Characters of text shown around the place. */
const AROUND = 60;

const SPACE = /[ \t\n\r]*/y;
// JSON forbids raw control characters inside strings: the pattern has to name them.
// eslint-disable-next-line no-control-regex
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /true|false|null/y;

/**
 * The offset of the first character that makes `text` invalid JSON
 * (`text.length` when it ends too early), or undefined when it is valid.
 * A loop with a stack of open brackets: deep nesting needs no call stack.
 */
export function firstMistake(text: string): number | undefined {
  let at = 0;
  const closers: string[] = [];
  let want: 'value' | 'key' | 'next' = 'value';
  /** Just after `{` or `[`, where the closing bracket may follow at once. */
  let opened = false;
  const eat = (pattern: RegExp) => {
    pattern.lastIndex = at;
    if (!pattern.test(text)) return false;
    at = pattern.lastIndex;
    return true;
  };
  for (;;) {
    eat(SPACE);
    const c = text[at];
    const closer = closers[closers.length - 1];
    if (opened && c === closer) {
      at++;
      closers.pop();
      want = 'next';
      opened = false;
      continue;
    }
    opened = false;
    if (want === 'next') {
      if (!closer) return at < text.length ? at : undefined;
      if (c === ',') {
        at++;
        want = closer === '}' ? 'key' : 'value';
      } else if (c === closer) {
        at++;
        closers.pop();
      } else return at;
    } else if (want === 'key') {
      if (c !== '"' || !eat(STRING)) return at;
      eat(SPACE);
      if (text[at] !== ':') return at;
      at++;
      want = 'value';
    } else if (c === '{' || c === '[') {
      closers.push(c === '{' ? '}' : ']');
      at++;
      want = c === '{' ? 'key' : 'value';
      opened = true;
    } else if (c === '"' ? eat(STRING) : eat(NUMBER) || eat(WORD)) {
      want = 'next';
    } else return at;
  }
}

/** The offset of a 1-based line and column, or undefined when the text has no such place. */
function offsetOf(text: string, line: number, column: number): number | undefined {
  let start = 0;
  for (let n = 1; n < line; n++) {
    start = text.indexOf('\n', start) + 1;
    if (start === 0) return undefined;
  }
  return start + column - 1;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
/** Line breaks and other control characters as something a reader can see. */
// eslint-disable-next-line no-control-regex -- control characters are what it replaces
const visible = (part: string) => part.replace(/\r?\n/g, '↵').replace(/[\u0000-\u001f]/g, ' ');

/**
 * The place of the mistake that `JSON.parse(text)` reported with `message`,
 * or undefined when neither the message nor the text tells.
 */
export function jsonErrorPlace(message: string, text: string): JsonErrorPlace | undefined {
  // Anchored at the end: the messages quote the feed's own text, which could say "at position 1" too.
  const position = / at position (\d+)(?: \(line \d+ column \d+\))?$/.exec(message);
  const lineColumn = / at line (\d+) column (\d+) of the JSON data$/.exec(message);
  const offset = position ? Number(position[1]) : lineColumn ? offsetOf(text, Number(lineColumn[1]), Number(lineColumn[2])) : firstMistake(text);
  if (offset === undefined || offset > text.length) return undefined;
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  // About half before and half after, within the text, never half of a character outside the Basic Multilingual Plane.
  let start = Math.max(0, Math.min(offset - AROUND / 2, text.length - AROUND));
  let end = Math.min(text.length, start + AROUND);
  if (isLow(text.charCodeAt(start)) && start < offset) start++;
  if (isHigh(text.charCodeAt(end - 1)) && end - 1 > offset) end--;
  const atEnd = offset + (isHigh(text.charCodeAt(offset)) ? 2 : 1);
  return {
    line,
    column: offset - (text.lastIndexOf('\n', offset - 1) + 1) + 1,
    before: visible(text.slice(start, offset)),
    at: visible(text.slice(offset, atEnd)),
    after: visible(text.slice(atEnd, end)),
  };
}
