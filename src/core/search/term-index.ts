/**
 * The words of a catalogue and where each occurs, and the words of the index
 * a query term matches, each with a quality: the word itself, a word it
 * begins, a word one or two slips away (see slips.ts), or a beginning of a
 * word that far away (a word still being typed with a slip in it).
 *
 * A word is looked up in the whole vocabulary once; the next keystroke, which
 * adds a letter, only looks again among the words the shorter term matched
 * (a term never matches a word its own beginning did not), so typing gets
 * cheaper with every letter.
 */
import { slipsAllowed, slipsBetween } from './slips.js';

/** How well a term matches a word; the order of these is the order of results. */
export const QUALITY = {
  exact: 1,
  /** Plus up to 0.1 for a word that is nearly typed out (see `prefixQuality`). */
  prefix: 0.8,
  slips: [1, 0.6, 0.4],
  /** A beginning of the word with slips ranks just below the whole word with as many. */
  prefixWithSlips: -0.05,
};

/** A word that begins with the term ranks higher the more of it is typed. */
const prefixQuality = (term: string, word: string) => QUALITY.prefix + (0.1 * term.length) / word.length;

/** Terms remembered with their candidates and matches. */
const REMEMBERED = 64;

export class TermIndex {
  /** The words, by number. */
  readonly words: string[] = [];
  /** For each word, where it occurs: `doc * 16 + kind`, each document once. */
  readonly postings: number[][] = [];
  private numbers = new Map<string, number>();
  /** A term's candidates (words within its slips, as a beginning) and its matches `[word, quality]`. */
  private remembered = new Map<string, { slips: number; candidates: number[]; matches: [number, number][] }>();

  /**
   * Records that `word` (already a term) occurs in document `doc` as `kind`
   * (0–15: the field and how the word is there); false if it was recorded
   * already. A document's fields are added one after another, the one that
   * ranks highest first, and within a field words before compound heads, so
   * a word already recorded for the document is recorded in a better place.
   */
  add(word: string, doc: number, kind: number): boolean {
    let number = this.numbers.get(word);
    if (number === undefined) {
      this.numbers.set(word, (number = this.words.push(word) - 1));
      this.postings.push([]);
    }
    const list = this.postings[number];
    if (list.length > 0 && list[list.length - 1] >>> 4 === doc) return false;
    list.push(doc * 16 + kind);
    return true;
  }

  /** Forgets what lookups remembered; called whenever words were added. */
  changed(): void {
    this.remembered.clear();
  }

  /** The words `term` matches with at most `slips` slips (by default as many as its length allows), as `[word number, quality]`. */
  matches(term: string, slips = slipsAllowed(term.length)): [number, number][] {
    const known = this.remembered.get(term);
    if (known && known.slips === slips) return known.matches;
    // The term without its last letter matched every word this term can match, with the same slips.
    const shorter = this.remembered.get(term.slice(0, -1));
    const pool = shorter && shorter.slips === slips ? shorter.candidates : undefined;
    const candidates: number[] = [];
    const matches: [number, number][] = [];
    const consider = (number: number) => {
      const word = this.words[number];
      if (slips === 0) {
        if (!word.startsWith(term)) return;
        candidates.push(number);
        matches.push([number, word.length === term.length ? QUALITY.exact : prefixQuality(term, word)]);
        return;
      }
      const found = slipsBetween(term, word, slips);
      const prefix = found & 7;
      if (prefix > slips) return;
      candidates.push(number);
      const whole = found >> 3;
      if (whole === 0) matches.push([number, QUALITY.exact]);
      else if (prefix === 0) matches.push([number, prefixQuality(term, word)]);
      else if (whole <= slips) matches.push([number, QUALITY.slips[whole]]);
      else matches.push([number, QUALITY.slips[prefix] + QUALITY.prefixWithSlips]);
    };
    if (pool) for (const number of pool) consider(number);
    else for (let number = 0; number < this.words.length; number++) consider(number);
    if (this.remembered.size >= REMEMBERED) this.remembered.clear();
    this.remembered.set(term, { slips, candidates, matches });
    return matches;
  }
}
