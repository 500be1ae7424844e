/**
 * The `expect` token of a key written twice in a record: the lines of both
 * spellings, `repeated 7 8`, or line and column when both stand on one line,
 * `repeated 1:77 1:5000`. `repeated-keys.ts` writes it in a chunk of its own;
 * feed-info and `lotse validate` read it here, so they need not load that
 * chunk (importing one module into both would make feed-info's file import
 * a chunk statically, see test/build/entry-chunks.test.mjs).
 */
export interface TextPlace {
  line: number;
  column: number;
}

/** The places a token names (a column only where both stand on one line), or undefined for any other token. */
export function readRepeatedToken(token: string | undefined): { first: number; again: number; firstColumn?: number; againColumn?: number } | undefined {
  const found = token === undefined ? null : /^repeated (\d+)(?::(\d+))? (\d+)(?::(\d+))?$/.exec(token);
  if (!found) return undefined;
  const [first, firstColumn, again, againColumn] = found.slice(1).map((n) => (n === undefined ? undefined : Number(n)));
  return { first: first!, again: again!, ...(firstColumn !== undefined && againColumn !== undefined ? { firstColumn, againColumn } : {}) };
}
