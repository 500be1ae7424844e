/**
 * How many slips separate a query term from a word of the index, counted as
 * residents make them: a wrong, missing or extra letter is one slip, and so
 * is a swap of two neighbours ("Kinderartz"), which plain Levenshtein counts
 * as two (Damerau's optimal string alignment).
 *
 * Only distances up to `max` matter, so only a band of the table around its
 * diagonal is filled, and the count stops as soon as every cell of a row is
 * above `max`: most words of the index are given up after two letters.
 */
/** The most slips any term is forgiven (see `slipsAllowed`). */
export const MAX_SLIPS = 2;

/**
 * Slips forgiven in a term of `length` letters: none up to four letters
 * ("Asyl" and "Asul" are different words), one up to seven, two from eight
 * (German compounds: "Antidiskriminierugnsbertung").
 */
export function slipsAllowed(length: number): number {
  return length <= 4 ? 0 : length <= 7 ? 1 : MAX_SLIPS;
}

/** Three rows of the table (the one before last is needed for swaps), reused across calls and grown when a word needs more. */
let rows = [new Uint8Array(48), new Uint8Array(48), new Uint8Array(48)];

/**
 * Slips from `query` to the whole of `word` and to the closest beginning of
 * `word` (a word still being typed), as `whole * 8 + prefix`; each is `max + 1`
 * when above `max` (at most 6). The work grows with the query's length times
 * `max`, whatever the word's length.
 */
export function slipsBetween(query: string, word: string, max: number): number {
  const above = max + 1;
  const n = query.length;
  // Only the first n + max letters of the word can be part of a beginning within reach.
  const m = Math.min(word.length, n + max);
  if (m < n - max) return above * 8 + above;
  if (rows[0].length < m + 2) rows = rows.map(() => new Uint8Array(m + 2));
  let [before, previous, current] = rows;
  for (let j = 0; j <= m; j++) previous[j] = j > above ? above : j;
  for (let i = 1; i <= n; i++) {
    const q = query.charCodeAt(i - 1);
    const from = Math.max(1, i - max);
    const to = Math.min(m, i + max);
    current[0] = i > above ? above : i;
    if (from > 1) current[from - 1] = above;
    let best = from > 1 ? above : current[0];
    for (let j = from; j <= to; j++) {
      const w = word.charCodeAt(j - 1);
      let cost = previous[j - 1] + (q === w ? 0 : 1);
      // Cells outside the band hold `above` (set below and before the loop).
      const insert = current[j - 1] + 1;
      const remove = (j <= i - 1 + max ? previous[j] : above) + 1;
      if (insert < cost) cost = insert;
      if (remove < cost) cost = remove;
      if (i > 1 && j > 1 && q === word.charCodeAt(j - 2) && query.charCodeAt(i - 2) === w) {
        const swap = before[j - 2] + 1;
        if (swap < cost) cost = swap;
      }
      current[j] = cost > above ? above : cost;
      if (current[j] < best) best = current[j];
    }
    if (to < m) current[to + 1] = above;
    if (best > max) return above * 8 + above;
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  // `previous` is now the last row.
  let prefix = above;
  for (let j = Math.max(0, n - max); j <= m; j++) if (previous[j] < prefix) prefix = previous[j];
  const whole = word.length <= n + max ? previous[word.length] : above;
  return whole * 8 + prefix;
}
