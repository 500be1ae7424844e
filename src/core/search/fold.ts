/**
 * Folding for search terms, applied alike to the index and the query:
 * case, diacritics (ä -> a, é -> e, Arabic vowel marks), German
 * transcriptions (ae -> a, oe -> o, ue -> u, ß -> ss), Turkish dotless ı and
 * Polish ł (letters of their own, not marks), Arabic letter variants and the
 * Arabic article, so "Fluechtlinge", "Flüchtlinge" and "fluchtlinge" are one
 * word, and so are "الاستشارة" and "استشارة". Invisible format characters
 * (direction marks, soft hyphens, the Persian zero-width non-joiner) go;
 * Arabic-Indic and Persian digits are 0–9.
 */
import { asciiDigits } from '../locale/digits.js';

const MARKS = /\p{M}+/gu;
/** Invisible format characters: direction marks that pasted Arabic carries, soft hyphens, joiners. */
const FORMAT = /\p{Cf}+/gu;

/**
 * Bounds on what one search input may cost: a query is read up to
 * `MAX_QUERY_CHARS` characters and `MAX_TERMS` words, and every word, in the
 * index as in the query, up to `MAX_TERM_CHARS` letters. A 1 MB `?lotse-q=`
 * then costs what a sentence costs; German compounds stay whole.
 */
export const MAX_QUERY_CHARS = 256;
export const MAX_TERMS = 8;
export const MAX_TERM_CHARS = 40;

/** Folded words; feeds repeat their words a lot, so indexing mostly hits this. */
const memo = new Map<string, string>();

/** Folds one word (remembered). */
export function fold(word: string): string {
  let folded = memo.get(word);
  if (folded === undefined) {
    if (memo.size > 100_000) memo.clear();
    memo.set(word, (folded = foldText(word)));
  }
  return folded;
}

/** Folds any text (not remembered). */
export function foldText(text: string): string {
  return (
    asciiDigits(text)
      .replace(FORMAT, '')
      .toLowerCase()
      // The Arabic article, before marks are split off: "العربية" is found as "عربية", and
      // "ألمانيا" keeps its first letter (after NFD, أ would be ا plus a mark).
      .replace(/(^|[^\p{L}])ال(?=\p{L})/gu, '$1')
      .replace(/ß/g, 'ss')
      .replace(/ı/g, 'i')
      .replace(/ł/g, 'l')
      .normalize('NFD')
      .replace(MARKS, '')
      .replace(/([aou])e/g, '$1')
      .replace(/ة/g, 'ه')
      .replace(/ى/g, 'ي')
  );
}

/** Words a query can do without when it has others ("Beratung für Frauen"), already folded. Not indexed. */
export const STOP_WORDS = new Set(
  'fur und oder der die das den dem des ein eine einen einer im in mit von vom zu zum zur auf an am bei the and or for of with to a an on at'.split(' '),
);

/** Splits like MiniSearch's default tokenizer: at spaces and punctuation. */
export const SPLIT = /[\n\r\p{Z}\p{P}]+/u;

/** A word as the index and the query hold it: folded and cut to `MAX_TERM_CHARS` (remembered). */
export function term(word: string): string {
  // Cut before folding too, so a hostile word of a megabyte is never folded or remembered whole.
  return fold(word.length > 2 * MAX_TERM_CHARS ? word.slice(0, 2 * MAX_TERM_CHARS) : word).slice(0, MAX_TERM_CHARS);
}

/** A query term, and how many letters the resident typed for it ("comptuer" is typed with 8, folded to "comptur"). */
export interface QueryWord {
  term: string;
  typed: number;
}

/**
 * The folded terms of a query that are worth searching for, each once and at
 * most `MAX_TERMS`: words of one letter are left out (they would match nearly
 * everything), and stop words too unless nothing else is left.
 */
export function queryWords(query: string): QueryWord[] {
  const words = new Map<string, number>();
  for (const word of query.slice(0, MAX_QUERY_CHARS).replace(FORMAT, '').split(SPLIT)) {
    const t = term(word);
    if (t.length > 1) words.set(t, Math.max(words.get(t) ?? 0, Math.min(word.length, MAX_TERM_CHARS), t.length));
  }
  const all = [...words].map(([t, typed]) => ({ term: t, typed }));
  const meaningful = all.filter((w) => !STOP_WORDS.has(w.term));
  return (meaningful.length > 0 ? meaningful : all).slice(0, MAX_TERMS);
}

/** The terms of `queryWords`. */
export function queryTerms(query: string): string[] {
  return queryWords(query).map((w) => w.term);
}

/**
 * Heads of German compounds that residents also search for on their own,
 * folded: a "Deutschkurs" is a "Kurs", an "Integrationskurs" too.
 */
const HEADS = [
  'kurs', 'kurse', 'beratung', 'hilfe', 'stelle', 'treff', 'gruppe', 'training', 'angebot', 'sprechstunde',
  'cafe', 'zentrum', 'schule', 'dienst', 'verein', 'projekt', 'arzt', 'arztin', 'praxis', 'abend', 'antrag', 'ausweis',
];
/** The shortest modifier of three letters or more before a known head; a joining "s" stays (fuzzy search forgives it). */
const COMPOUND = new RegExp(`^(.{3,}?)(${HEADS.join('|')})$`);
/** Split words, remembered like folded ones. */
const compounds = new Map<string, [string, string] | null>();

/** The two parts of a folded German compound with a known head ("deutschkurs" -> deutsch, kurs), if it is one. */
export function compoundParts(folded: string): [string, string] | undefined {
  let parts = compounds.get(folded);
  if (parts === undefined) {
    if (compounds.size > 100_000) compounds.clear();
    const match = COMPOUND.exec(folded);
    compounds.set(folded, (parts = match ? [match[1], match[2]] : null));
  }
  return parts ?? undefined;
}

/**
 * Each word of the index as its term and the heads of its compound, also
 * those inside ("kinderarztpraxis": praxis, arzt), remembered; null for a
 * word that is not indexed.
 */
const indexed = new Map<string, readonly [string, string[]] | null>();

function indexWord(word: string): readonly [string, string[]] | null {
  let found = indexed.get(word);
  if (found === undefined) {
    if (indexed.size > 100_000) indexed.clear();
    const t = term(word);
    const heads: string[] = [];
    for (let parts = compoundParts(t); parts; parts = compoundParts(parts[0])) heads.push(parts[1]);
    found = t.length < 2 || STOP_WORDS.has(t) ? null : [t, heads];
    indexed.set(word, found);
  }
  return found;
}

/**
 * Visits the terms of a text for the index: each word's term, then the heads
 * of each German compound as words of their own ("deutschkurs", then "kurs";
 * `head` true). Words of one letter and stop words are left out; a term may
 * come more than once.
 */
export function indexTerms(text: string, visit: (term: string, head: boolean) => void): void {
  let heads: string[] | undefined;
  for (const word of text.split(SPLIT)) {
    const found = indexWord(word);
    if (!found) continue;
    visit(found[0], false);
    if (found[1].length) (heads ??= []).push(...found[1]);
  }
  if (heads) for (const head of heads) visit(head, true);
}
