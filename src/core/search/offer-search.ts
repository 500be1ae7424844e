/**
 * Full-text search over a catalogue's offers, in every language the feeds
 * carry. One index per catalogue, shared by every widget on the page.
 *
 * The index and its ranking (offer-index.ts) are loaded with a dynamic
 * import, so they are a chunk of their own that only pages with a search
 * download. Until the chunk is there (or if it cannot be loaded) a plain
 * match of word beginnings answers, so a resident who types at once still
 * gets results.
 *
 * What is forgiven: case, umlauts written out or left off, ß as ss, extra
 * spaces, words still being typed, one slip in words of five letters or more
 * and two from eight (a wrong, missing, extra or doubled letter, two
 * neighbours swapped), Turkish ı, and Cyrillic spellings of German names.
 */
import type { Catalog, OfferEntry } from '../feed/catalog.js';
import { fold, foldText, queryWords, SPLIT } from './fold.js';
import type { OfferIndex } from './offer-index.js';
import { fieldText, indexSource, languageTest, sharedThings } from './offer-texts.js';
import { laterTask } from '../ui/later-task.js';

/**
 * Resolves in a task of background priority (see `laterTask`), so the index
 * is built after the first results are painted and its slices
 * (`scheduler.yield()` keeps their priority) never hold up input or painting.
 */
const inBackground = () => new Promise<void>((resolve) => laterTask(resolve));

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
  /** What the simple matcher reads: titles while the chunk loads, more if it failed. */
  private titles?: { title: string; all: string }[];
  private haystacks?: { title: string; all: string }[];
  /** True when the search chunk could not be loaded or the index not built. */
  private failed = false;

  /**
   * @param languages - Languages whose titles are indexed first (the readers'
   *   and the feeds' own); the other languages follow with the full index.
   */
  private readonly first: Set<string>;

  constructor(
    private readonly catalog: Catalog,
    languages: string[] = [],
  ) {
    const first = (this.first = new Set([...languages, ...catalog.feeds.map((f) => f.language)].map((l) => l.toLowerCase().split('-')[0])));
    let settleReady!: () => void;
    this.whenReady = new Promise((resolve) => (settleReady = resolve));
    this.whenComplete = import('./offer-index.js')
      .then(async ({ OfferIndex }) => {
        // Residents see results before the index exists (nobody has typed yet): it is built afterwards.
        await inBackground();
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
        this.failed = true;
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
    const version = this.index ? this.index.version : this.failed ? -2 : -1;
    if (this.last?.query !== query || this.last.version !== version) {
      const words = queryWords(query);
      const positions = words.length === 0 ? undefined : this.index ? this.index.search(words) : this.simpleSearch(words.map((w) => w.term));
      this.last = { query, version, positions };
    }
    return this.last.positions?.slice();
  }

  /**
   * Until the search chunk is there: the offers whose titles in the readers'
   * and the feeds' languages hold every term, which costs little even in a
   * large catalogue. If the chunk cannot be loaded: every term anywhere in
   * the offer's title, keywords, topics, provider, places or languages,
   * title matches first (built once, so the first keystroke pays for it).
   */
  private simpleSearch(terms: string[]): number[] {
    const haystacks = this.failed ? (this.haystacks ??= this.simpleHaystacks()) : (this.titles ??= this.simpleTitles());
    const inTitle: number[] = [];
    const elsewhere: number[] = [];
    haystacks.forEach(({ title, all }, position) => {
      if (!terms.every((t) => all.includes(t))) return;
      (terms.some((t) => title.includes(t)) ? inTitle : elsewhere).push(position);
    });
    return inTitle.concat(elsewhere);
  }

  private simpleTitles(): { title: string; all: string }[] {
    const inFirst = languageTest(this.first);
    return this.catalog.offers.map((entry) => {
      // Word by word: titles repeat their words, and folded words are remembered.
      const title = fieldText(entry, 'title', inFirst).split(SPLIT).map(fold).join(' ');
      return { title, all: title };
    });
  }

  private simpleHaystacks(): { title: string; all: string }[] {
    const shared = sharedThings(this.catalog).map(({ keysOf, text }) => {
      const folded = new Map<unknown, string>();
      return (entry: OfferEntry) =>
        keysOf(entry).map((key) => {
          let known = folded.get(key);
          if (known === undefined) folded.set(key, (known = foldText(text(key))));
          return known;
        });
    });
    return this.catalog.offers.map((entry) => {
      const title = foldText(fieldText(entry, 'title'));
      return { title, all: [title, foldText(fieldText(entry, 'keywords')), ...shared.flatMap((of) => of(entry))].join(' ') };
    });
  }
}

const searches = new WeakMap<Catalog, OfferSearch>();

/** The search for a catalogue, created (and its index built) on first use. */
export function offerSearch(catalog: Catalog, languages: string[] = []): OfferSearch {
  let search = searches.get(catalog);
  if (!search) searches.set(catalog, (search = new OfferSearch(catalog, languages)));
  return search;
}
