/**
 * The search index of a catalogue and its ranking; loaded on demand (its own
 * chunk), built in slices of a few milliseconds that let the browser handle
 * key presses and paint in between.
 *
 * Large catalogues are indexed in two steps, so search is usable early: first
 * the titles in the readers' and the feeds' languages, the keywords and the
 * shared topics, providers, places and languages; then the titles in every
 * other language and the running text, in an index of its own that joins the
 * search when it is complete.
 *
 * Ranking: each query term scores an offer by the best place it matches
 * there, the field's weight times the match's quality, so an exact title
 * word ranks above a title word begun, that above one with a slip, that above
 * one with two slips, and every title hit above any hit in the running text.
 * Every term must match (AND); the scores add up; among equals, shorter
 * titles (more of the title matched) first, then the feed's order.
 */
import { slipsAllowed } from './slips.js';
import { TermIndex } from './term-index.js';
import { isCyrillic, transliterate } from './transliterate.js';

/**
 * What the index reads, given by the main bundle (offer-search.ts): this
 * module is a chunk of its own and imports nothing the main bundle holds,
 * so a page never loads the main bundle's code twice.
 */
export interface IndexSource {
  /** Number of offers. */
  count: number;
  /**
   * An offer's text in one field: its title in the readers' and the feeds'
   * languages, its title in other languages, its keywords, its running text.
   */
  text(position: number, field: 'title' | 'otherTitle' | 'keywords' | 'text'): string;
  /** The things many offers share (topics, providers, places, languages): the offers that have each, and its text on demand. */
  shared(): { offers: number[]; text: () => string }[];
  /** Visits the terms of a text, words before the heads of compounds (`head` true); a term may come twice. */
  terms(text: string, visit: (term: string, head: boolean) => void): void;
  /** The two parts of a German compound, if the term is one. */
  compoundParts(term: string): [string, string] | undefined;
}

/** A query term, and the letters typed for it (which decide the slips forgiven). */
export interface SearchWord {
  term: string;
  typed: number;
}

/**
 * Fields as the index numbers them: the title in the readers' and the feeds'
 * languages, the title in other languages, keywords, running text, and the
 * offer's topics, provider, places and languages (`SHARED`, documents of
 * their own). An offer's fields are added in this order, which is also
 * their rank (see `TermIndex.add`).
 */
const TITLE = 0;
const OTHER_TITLE = 1;
const KEYWORDS = 2;
const TEXT = 3;
const SHARED = 4;
/** Added to a field's number for the head of a German compound ("beratung" in "Suchtberatung"), which ranks below a word of its own. */
const HEAD = 8;
const FIELD_WEIGHT = [10, 9, 7, 2, 4, 0, 0, 0];
/** By kind (field, or field + HEAD). */
const WEIGHT = [...FIELD_WEIGHT, ...FIELD_WEIGHT.map((w) => w * 0.9)];
/** A query compound found as its two parts ("Deutschkurs" as "Deutsch" and "Kurs") ranks below the whole word. */
const PARTS_WEIGHT = 0.8;
/** A Cyrillic term matched through its Latin spelling ranks below a match in its own script. */
const TRANSLITERATED_WEIGHT = 0.9;
/** At most this is added for a short title; less than the gap between two qualities of a title hit. */
const SHORT_TITLE_BONUS = 0.25;

/** Above any sum of scores (`MAX_TERMS` terms of at most 10 each, plus the bonus), and above any position. */
const MAX_SCORE = 256;
const POSITIONS = 2 ** 24;

/** Catalogues above this size get the quick index first. */
const TWO_STEPS_FROM = 1500;
/** Longest stretch of indexing before the browser gets a turn. */
const SLICE_MS = 6;

/** Lets the browser handle input and paint: `scheduler.yield()` where there is one (it keeps the work's place in line). */
function pause(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return typeof scheduler?.yield === 'function' ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

export class OfferIndex {
  /** Changes whenever what `search` answers may change. */
  version = 0;
  private readonly count: number;
  private readonly quick = new TermIndex();
  private rest: TermIndex | undefined;
  /** For each shared thing (document `count + n`), the offers that have it. */
  private shared: number[][] = [];
  /** Title words per offer, for the short-title bonus. */
  private readonly titleWords: Uint16Array;
  private remembered = new Map<string, Float32Array>();
  /** Sort keys of the last search, kept so that a keystroke does not allocate them again. */
  private keys?: Float64Array;

  constructor(private readonly source: IndexSource) {
    this.count = source.count;
    this.titleWords = new Uint16Array(this.count);
  }

  /** Builds the index in slices; calls `onReady` once offers can be searched by title and keywords. */
  async build(onReady: () => void): Promise<void> {
    const { source, count, quick } = this;
    const twoSteps = count >= TWO_STEPS_FROM;
    let deadline = performance.now() + SLICE_MS;
    /** Gives the browser a turn when the slice is used up; `searched`: the index is already searched. */
    const slice = async (index: TermIndex, searched: boolean) => {
      if (performance.now() < deadline) return;
      if (searched) this.changed(index);
      await pause();
      deadline = performance.now() + SLICE_MS;
    };
    /** Adds a text's terms; returns how many were new to the document. */
    const add = (index: TermIndex, text: string, doc: number, field: number) => {
      let added = 0;
      source.terms(text, (t, head) => {
        if (index.add(t, doc, field + (head ? HEAD : 0))) added++;
      });
      return added;
    };

    // Shared things: each indexed once, as a document of its own after the offers.
    const shared = source.shared();
    this.shared = shared.map((thing) => thing.offers);
    for (let id = 0; id < shared.length; id++) {
      add(quick, shared[id].text(), count + id, SHARED);
      await slice(quick, true);
    }
    for (let position = 0; position < count; position++) {
      this.titleWords[position] = Math.min(add(quick, source.text(position, 'title'), position, TITLE), 0xffff);
      if (!twoSteps) add(quick, source.text(position, 'otherTitle'), position, OTHER_TITLE);
      add(quick, source.text(position, 'keywords'), position, KEYWORDS);
      if (!twoSteps) add(quick, source.text(position, 'text'), position, TEXT);
      await slice(quick, true);
    }
    this.changed(quick);
    onReady();
    if (!twoSteps) return;

    // Not searched until complete: what `search` answers stays as it is meanwhile.
    const rest = new TermIndex();
    for (let position = 0; position < count; position++) {
      add(rest, source.text(position, 'otherTitle'), position, OTHER_TITLE);
      add(rest, source.text(position, 'text'), position, TEXT);
      await slice(rest, false);
    }
    this.rest = rest;
    this.changed(rest);
  }

  private changed(index: TermIndex): void {
    index.changed();
    this.remembered.clear();
    this.version++;
  }

  /** Positions in `catalog.offers` of the offers that match every term, best first. */
  search(words: SearchWord[]): number[] {
    const scores = words.map(({ term: t, typed }) => this.termScores(t, slipsAllowed(typed)));
    // Sorted as numbers, which is several times faster than a comparison function: each key holds
    // the score (rounded to 1/4096, highest first) above the position (lowest first).
    const keys = (this.keys ??= new Float64Array(this.count));
    let found = 0;
    for (let position = 0; position < this.count; position++) {
      let sum = 0;
      for (const of of scores) {
        const score = of[position];
        if (score === 0) {
          sum = 0;
          break;
        }
        sum += score;
      }
      if (sum > 0) {
        const total = sum + SHORT_TITLE_BONUS / (1 + this.titleWords[position]);
        keys[found++] = Math.round((MAX_SCORE - total) * 4096) * POSITIONS + position;
      }
    }
    const sorted = keys.subarray(0, found).sort();
    const positions: number[] = new Array<number>(found);
    for (let i = 0; i < found; i++) positions[i] = sorted[i] % POSITIONS;
    return positions;
  }

  /**
   * Each offer's best score for a query term (0: no match). A German compound
   * also matches as its two parts ("Sprachkurs": "Sprach…" and "Kurs"), below
   * the whole word. Remembered, so a keystroke only scores the word being typed.
   */
  private termScores(t: string, slips: number): Float32Array {
    const key = `${slips}\u0001${t}`;
    let scores = this.remembered.get(key);
    if (scores) return scores;
    scores = this.hits(t, slips);
    const parts = this.source.compoundParts(t);
    if (parts) {
      scores = scores.slice();
      const [modifier, head] = parts.map((part) => this.hits(part, slipsAllowed(part.length)));
      for (let position = 0; position < this.count; position++) {
        const both = Math.min(modifier[position], head[position]) * PARTS_WEIGHT;
        if (both > scores[position]) scores[position] = both;
      }
    }
    this.remember(key, scores);
    return scores;
  }

  /** Each offer's best score for one term as typed (and, in Cyrillic, as spelled in Latin letters). */
  private hits(t: string, slips: number): Float32Array {
    const key = `${slips}${t}`;
    let scores = this.remembered.get(key);
    if (scores) return scores;
    scores = new Float32Array(this.count);
    this.score(t, slips, 1, scores);
    if (isCyrillic(t)) {
      for (const latin of transliterate(t)) this.score(latin, Math.max(slips, slipsAllowed(latin.length)), TRANSLITERATED_WEIGHT, scores);
    }
    this.remember(key, scores);
    return scores;
  }

  private score(t: string, slips: number, weight: number, scores: Float32Array): void {
    const { count, shared } = this;
    for (const index of this.rest ? [this.quick, this.rest] : [this.quick]) {
      for (const [word, quality] of index.matches(t, slips)) {
        for (const posting of index.postings[word]) {
          const doc = posting >>> 4;
          const score = WEIGHT[posting & 15] * quality * weight;
          if (doc < count) {
            if (score > scores[doc]) scores[doc] = score;
          } else {
            for (const position of shared[doc - count]) if (score > scores[position]) scores[position] = score;
          }
        }
      }
    }
  }

  private remember(key: string, scores: Float32Array): void {
    if (this.remembered.size >= 48) this.remembered.clear();
    this.remembered.set(key, scores);
  }
}
