/**
 * Folding for search terms, applied alike to the index and the query:
 * case, diacritics (ä -> a, é -> e, Arabic vowel marks), German
 * transcriptions (ae -> a, oe -> o, ue -> u, ß -> ss), Arabic letter
 * variants and the Arabic article, so "Fluechtlinge", "Flüchtlinge" and
 * "fluchtlinge" are one word, and so are "الاستشارة" and "استشارة".
 */
const MARKS = /\p{M}+/gu;

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
    text
      .toLowerCase()
      // The Arabic article, before marks are split off: "العربية" is found as "عربية", and
      // "ألمانيا" keeps its first letter (after NFD, أ would be ا plus a mark).
      .replace(/(^|[^\p{L}])ال(?=\p{L})/gu, '$1')
      .replace(/ß/g, 'ss')
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

/**
 * The folded terms of a query that are worth searching for: words of one
 * letter are left out (they would match nearly everything), and stop words
 * too unless nothing else is left.
 */
export function queryTerms(query: string): string[] {
  const terms = query.split(SPLIT).map(fold).filter((t) => t.length > 1);
  const meaningful = terms.filter((t) => !STOP_WORDS.has(t));
  return meaningful.length > 0 ? meaningful : terms;
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
