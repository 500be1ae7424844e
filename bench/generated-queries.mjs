// Queries made mechanically from a feed's German titles, with the slips people
// make on a phone, so the relevance figure does not test only what the
// bench's author thought of. From every distinct title word of six letters or
// more: two neighbours swapped, one letter dropped, one letter doubled,
// umlauts (and ß) spelled out or dropped, the word lower-cased, and its first
// 60 %. Positions come from a seeded generator, so every run asks the same.
//
// A query has one right answer set: the offers whose German title holds the
// word it was made from. The same word in several titles ("Wohngeld
// beantragen" in nine town halls) makes each of those offers an equally right
// answer: nothing in the query could tell them apart.

/** mulberry32: small and seeded, the same generator as the demo feed's. */
function seeded(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SPELLED = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss' };
const DROPPED = { ä: 'a', ö: 'o', ü: 'u', Ä: 'A', Ö: 'O', Ü: 'U', ß: 's' };
const UMLAUT = /[äöüÄÖÜß]/g;

/** The German title of an offer (a plain string title is in the feed's language). */
export function germanTitle(offer, feedLanguage = 'de') {
  if (typeof offer.title === 'string') return feedLanguage === 'de' ? offer.title : '';
  return offer.title?.de ?? '';
}

/** The words of a title, split at anything that is not a letter. */
export const titleWords = (title) => title.split(/[^\p{L}]+/u).filter(Boolean);

/**
 * The slipped forms of one word, one per kind (kinds that cannot apply, such
 * as umlauts in a word without any, are left out).
 */
export function slips(word, random) {
  const letters = [...word];
  const n = letters.length;
  const at = (max) => Math.floor(random() * max);
  const out = {};
  // Neighbours that differ (swapping "ll" changes nothing); each such pair equally likely.
  const pairs = [];
  for (let i = 0; i + 1 < n; i++) if (letters[i].toLowerCase() !== letters[i + 1].toLowerCase()) pairs.push(i);
  if (pairs.length) {
    const i = pairs[at(pairs.length)];
    const swapped = [...letters];
    [swapped[i], swapped[i + 1]] = [swapped[i + 1], swapped[i]];
    out.swap = swapped.join('');
  }
  const drop = at(n);
  out.drop = letters.filter((_, i) => i !== drop).join('');
  const double = at(n);
  out.double = letters.flatMap((letter, i) => (i === double ? [letter, letter.toLowerCase()] : [letter])).join('');
  if (UMLAUT.test(word)) {
    out.umlautSpelled = word.replace(UMLAUT, (c) => SPELLED[c]);
    out.umlautDropped = word.replace(UMLAUT, (c) => DROPPED[c]);
  }
  if (word !== word.toLowerCase()) out.lowerCase = word.toLowerCase();
  out.prefix60 = letters.slice(0, Math.ceil(n * 0.6)).join('');
  return out;
}

/**
 * The generated query set: `{ q, kind, word, from, expect }`, where `from` is
 * the first offer whose title holds `word` and `expect` every such offer's id.
 */
export function generateQueries(feed, { seed = 15, minLetters = 6 } = {}) {
  const random = seeded(seed);
  const language = feed.language ?? 'de';
  const offersWith = new Map();
  for (const offer of feed.offers ?? []) {
    for (const word of new Set(titleWords(germanTitle(offer, language)))) {
      if ([...word].length < minLetters) continue;
      if (!offersWith.has(word)) offersWith.set(word, []);
      offersWith.get(word).push(offer.id);
    }
  }
  const queries = [];
  const seen = new Set();
  for (const [word, ids] of offersWith) {
    for (const [kind, q] of Object.entries(slips(word, random))) {
      if (seen.has(`${kind}\u0000${q}`)) continue;
      seen.add(`${kind}\u0000${q}`);
      queries.push({ q, kind, word, from: ids[0], expect: ids });
    }
  }
  return queries;
}
