/**
 * Full-text search over a catalogue's offers, in every language the feeds
 * carry. One index per catalogue, shared by every widget on the page.
 *
 * MiniSearch is loaded with a dynamic import, so it is its own chunk that
 * only pages with a search download. Until it is there (or if it cannot be
 * loaded) a plain folded substring match answers the same questions, so a
 * resident who types at once still gets results.
 *
 * Large catalogues are indexed in two steps, so the page never freezes and
 * search is usable early: first everything but the long descriptions (one
 * short task), then the full index in small slices between frames, which
 * replaces the first one when it is done.
 */
import type MiniSearch from 'minisearch';
import type { Catalog, OfferEntry } from '../feed/catalog.js';
import { allTexts } from '../locale/text.js';
import { fold, foldText, queryTerms, SPLIT, STOP_WORDS } from './fold.js';

/**
 * Three fields keep both indexing and each keystroke cheap: the title (hits
 * there rank first), the words the publisher chose (keywords, topics,
 * provider, place), and the running text.
 */
const FIELDS = ['title', 'tags', 'text'] as const;
type Field = (typeof FIELDS)[number];
const BOOST: Partial<Record<Field, number>> = { title: 4, tags: 2 };

/** Catalogues above this size get the quick index (without the running text) first. */
const TWO_STEPS_FROM = 1500;
/** Offers indexed per slice of the full index. */
const SLICE = 500;

function fieldText(entry: OfferEntry, field: Field, catalog: Catalog): string {
  const { offer } = entry;
  switch (field) {
    case 'title':
      return allTexts(offer.title).join(' ');
    case 'tags':
      return [
        ...allTexts(offer.keywords),
        ...(offer.topics ?? []).flatMap((id) => allTexts(catalog.topics.get(id)?.label)),
        ...allTexts(entry.organization?.name),
        ...entry.places.flatMap((p) => [...allTexts(p.name), p.address.municipality, p.address.district ?? '']),
      ].join(' ');
    case 'text':
      return [...allTexts(offer.summary), ...allTexts(offer.description)].join(' ');
  }
}

export class OfferSearch {
  /** True once an index is built (maybe without descriptions); before that, `search` uses the simple matcher. */
  ready = false;
  /** True once every field is indexed. */
  complete = false;
  /** Settles when search by index is possible, or when loading MiniSearch failed (the simple matcher stays). */
  readonly whenReady: Promise<void>;
  /** Settles when every field is indexed (or loading failed). */
  readonly whenComplete: Promise<void>;
  private index?: MiniSearch<number>;
  private remembered = new Map<string, Map<number, number>>();
  private haystacks?: { title: string; all: string }[];

  constructor(private readonly catalog: Catalog) {
    const positions = catalog.offers.map((_, position) => position);
    const loaded = import('minisearch').then(({ default: MiniSearchClass }) => {
      const build = (fields: readonly Field[]) =>
        new MiniSearchClass<number>({
          fields: [...fields],
          idField: 'id',
          storeFields: [],
          extractField: (position, field) =>
            field === 'id' ? position : fieldText(catalog.offers[position], field as Field, catalog),
          // Each word once per field (frequency hardly matters in short texts), stop words not at all.
          tokenize: (text) => [...new Set(text.split(SPLIT))],
          processTerm: (term) => {
            const folded = fold(term);
            return folded && !STOP_WORDS.has(folded) ? folded : null;
          },
          searchOptions: {
            boost: BOOST,
            prefix: true,
            fuzzy: (term) => (term.length >= 5 ? 1 : false),
            maxFuzzy: 1,
            // Queries arrive folded (see `search`).
            processTerm: (term) => term,
          },
        });
      return { build };
    });
    const failed = (error: unknown) =>
      console.warn('Lotse: the search library could not be loaded; using simple matching.', error);

    this.whenReady = loaded.then(({ build }) => {
      const twoSteps = positions.length >= TWO_STEPS_FROM;
      const index = build(twoSteps ? FIELDS.filter((f) => f !== 'text') : FIELDS);
      index.addAll(positions);
      this.index = index;
      this.ready = true;
      this.complete = !twoSteps;
    }, failed);

    this.whenComplete = this.whenReady.then(async () => {
      if (this.complete || !this.index) return;
      const { build } = await loaded;
      const full = build(FIELDS);
      for (let start = 0; start < positions.length; start += SLICE) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        full.addAll(positions.slice(start, start + SLICE));
      }
      this.index = full;
      this.remembered.clear();
      this.complete = true;
    });
  }

  /**
   * Positions in `catalog.offers` of the offers that match, best first, or
   * `undefined` when the query has nothing to search for (show everything).
   */
  search(query: string): number[] | undefined {
    const terms = queryTerms(query);
    if (terms.length === 0) return undefined;
    if (!this.index) return this.simpleSearch(terms);
    // Every term must match (AND); scores add up, as in MiniSearch's own AND. Terms are searched
    // one by one and remembered, so each keystroke only searches the word being typed.
    const [fewest, ...others] = terms.map((term) => this.hits(term)).sort((a, b) => a.size - b.size);
    const scored: [number, number][] = [];
    for (const [position, score] of fewest) {
      let total = score;
      for (const hits of others) {
        const more = hits.get(position);
        if (more === undefined) {
          total = -1;
          break;
        }
        total += more;
      }
      if (total >= 0) scored.push([position, total]);
    }
    return scored.sort((a, b) => b[1] - a[1]).map(([position]) => position);
  }

  /** Offers matching one folded term, with their scores. */
  private hits(term: string): Map<number, number> {
    let hits = this.remembered.get(term);
    if (!hits) {
      if (this.remembered.size >= 64) this.remembered.clear();
      hits = new Map(this.index!.search(term).map((hit) => [hit.id as number, hit.score]));
      this.remembered.set(term, hits);
    }
    return hits;
  }

  /** Every term must occur somewhere; title matches first. */
  private simpleSearch(terms: string[]): number[] {
    this.haystacks ??= this.catalog.offers.map((entry) => ({
      title: foldText(fieldText(entry, 'title', this.catalog)),
      all: FIELDS.map((f) => foldText(fieldText(entry, f, this.catalog))).join(' '),
    }));
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
export function offerSearch(catalog: Catalog): OfferSearch {
  let search = searches.get(catalog);
  if (!search) searches.set(catalog, (search = new OfferSearch(catalog)));
  return search;
}
