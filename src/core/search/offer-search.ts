/**
 * Full-text search over a catalogue's offers, in every language the feeds
 * carry. One index per catalogue, shared by every widget on the page.
 *
 * The index and its ranking (offer-index.ts) are loaded with a dynamic
 * import, so they are a chunk of their own that only pages with a search
 * download. Until the chunk is there (or if it cannot be loaded) a plain
 * folded substring match answers the same questions, so a resident who types
 * at once still gets results.
 *
 * What is forgiven: case, umlauts written out or left off, ß as ss, extra
 * spaces, words still being typed, one slip in words of five letters or more
 * and two from eight (a wrong, missing, extra or doubled letter, two
 * neighbours swapped), Turkish ı, and Cyrillic spellings of German names.
 */
import type { Catalog } from '../feed/catalog.js';
import { foldText, queryWords } from './fold.js';
import type { OfferIndex } from './offer-index.js';
import { FIELDS, fieldText, indexSource, sharedThings } from './offer-texts.js';

export class OfferSearch {
  /** True once offers can be searched by title, keywords, topics, providers and places. */
  ready = false;
  /** True once every language and the running text are indexed too. */
  complete = false;
  /** Settles when the quick index is built, or when building failed (then the simple matcher stays). */
  readonly whenReady: Promise<void>;
  /** Settles when the full index is built (or building failed). */
  readonly whenComplete: Promise<void>;
  private index?: OfferIndex;
  /** The last answer: a finder asks twice for the same query (its results and what removing a filter would bring back). */
  private last?: { query: string; version: number; positions: number[] | undefined };
  private haystacks?: { title: string; all: string }[];

  /**
   * @param languages - Languages whose titles are indexed first (the readers'
   *   and the feeds' own); the other languages follow with the full index.
   */
  constructor(
    private readonly catalog: Catalog,
    languages: string[] = [],
  ) {
    const first = new Set([...languages, ...catalog.feeds.map((f) => f.language)].map((l) => l.toLowerCase().split('-')[0]));
    let settleReady!: () => void;
    this.whenReady = new Promise((resolve) => (settleReady = resolve));
    this.whenComplete = import('./offer-index.js')
      .then(async ({ OfferIndex }) => {
        const index = new OfferIndex(indexSource(catalog, first));
        // Searched while it is being built: offers not yet indexed simply do not match for those few milliseconds.
        this.index = index;
        await index.build(() => {
          this.ready = true;
          settleReady();
        });
        this.complete = true;
      })
      .catch((error: unknown) => {
        this.index = undefined;
        this.ready = this.complete = false;
        console.warn('Lotse: the search index could not be built; using simple matching.', error);
      })
      .finally(settleReady);
  }

  /**
   * Positions in `catalog.offers` of the offers that match, best first, or
   * `undefined` when the query has nothing to search for (show everything).
   * The query is bounded (see `queryWords`): a megabyte costs what a sentence does.
   */
  search(query: string): number[] | undefined {
    const version = this.index ? this.index.version : -1;
    if (this.last?.query !== query || this.last.version !== version) {
      const words = queryWords(query);
      const positions = words.length === 0 ? undefined : this.index ? this.index.search(words) : this.simpleSearch(words.map((w) => w.term));
      this.last = { query, version, positions };
    }
    return this.last.positions?.slice();
  }

  /** Every term must occur somewhere; title matches first. */
  private simpleSearch(terms: string[]): number[] {
    if (!this.haystacks) {
      const shared = sharedThings(this.catalog);
      this.haystacks = this.catalog.offers.map((entry) => ({
        title: foldText(fieldText(entry, 'title')),
        all: foldText([...FIELDS.map((f) => fieldText(entry, f)), ...shared.flatMap(({ keysOf, text }) => keysOf(entry).map(text))].join(' ')),
      }));
    }
    const inTitle: number[] = [];
    const elsewhere: number[] = [];
    this.haystacks.forEach(({ title, all }, position) => {
      if (!terms.every((t) => all.includes(t))) return;
      (terms.some((t) => title.includes(t)) ? inTitle : elsewhere).push(position);
    });
    return inTitle.concat(elsewhere);
  }
}

const searches = new WeakMap<Catalog, OfferSearch>();

/** The search for a catalogue, created (and its index built) on first use. */
export function offerSearch(catalog: Catalog, languages: string[] = []): OfferSearch {
  let search = searches.get(catalog);
  if (!search) searches.set(catalog, (search = new OfferSearch(catalog, languages)));
  return search;
}
