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
 * search is usable early: first the titles in the readers' and the feed's
 * languages, the keywords and the shared topics, providers and places (one
 * short task), then every language and the running text in small slices
 * between frames, which replaces the first index when it is done.
 */
import type MiniSearch from 'minisearch';
import type { Catalog, OfferEntry } from '../feed/catalog.js';
import { allTexts } from '../locale/text.js';
import { UI_LOCALES } from '../locale/messages.js';
import { languageAutonym, languageName } from '../locale/language-names.js';
import { compoundParts, fold, foldText, queryTerms, SPLIT, STOP_WORDS } from './fold.js';

/**
 * Offers are indexed with their own words: the title (hits there rank first),
 * their keywords, and the running text. Topics, providers and places are
 * shared by many offers, so each is indexed once, in small indexes of their
 * own, and a hit there counts for every offer that has it.
 */
const FIELDS = ['title', 'keywords', 'text'] as const;
type Field = (typeof FIELDS)[number];
const BOOST: Partial<Record<Field, number>> = { title: 4, keywords: 2 };
/** Weight of a hit on an offer's topic, provider, place or language. */
const SHARED_WEIGHT = 1.5;
/** Weight of a query compound found as its two parts ("Deutschkurs" as "Deutsch" and "Kurs"). */
const PARTS_WEIGHT = 0.8;

/**
 * What residents type for a language an offer is held in: its name in every
 * UI language and in itself ("Arabisch", "Arabic", "Arapça", "العربية").
 */
function languageSearchText(code: string): string {
  return [...UI_LOCALES.map((ui) => languageName(code, ui)), languageAutonym(code) ?? ''].join(' ');
}

/** The languages an offer is held in, other than its feed's own (German in German feeds goes without saying). */
function offerLanguages(entry: OfferEntry): string[] {
  return (entry.offer.languages ?? []).filter((code) => code !== entry.feed.language);
}

/** Catalogues above this size get the quick index first (titles in the first languages, keywords). */
const TWO_STEPS_FROM = 1500;
/** Offers indexed per slice of the full index. */
const SLICE = 500;

type TitleLanguages = ((lang: string) => boolean) | undefined;

function fieldText(entry: OfferEntry, field: Field, titleIn?: TitleLanguages): string {
  const { offer } = entry;
  switch (field) {
    case 'title': {
      const title = offer.title;
      if (!titleIn || typeof title === 'string') return allTexts(title).join(' ');
      return Object.keys(title)
        .filter(titleIn)
        .map((lang) => title[lang])
        .join(' ');
    }
    case 'keywords':
      return allTexts(offer.keywords).join(' ');
    case 'text':
      return [...allTexts(offer.summary), ...allTexts(offer.description)].join(' ');
  }
}

/** A small index over shared things (topics, providers, places) and the offers that have each. */
interface SharedIndex {
  index: MiniSearch<number>;
  offers: number[][];
}

export class OfferSearch {
  /** True once offers can be searched by title, keywords, topics, providers and places. */
  ready = false;
  /** True once every language and the running text are indexed too. */
  complete = false;
  /** Settles when the quick index is built, or when building failed (then the simple matcher stays). */
  readonly whenReady: Promise<void>;
  /** Settles when the full index is built. */
  readonly whenComplete: Promise<void>;
  private index?: MiniSearch<number>;
  private shared: SharedIndex[] = [];
  private remembered = new Map<string, Map<number, number>>();
  private haystacks?: { title: string; all: string }[];

  /**
   * @param languages - Languages whose titles are indexed first (the readers'
   *   and the feeds' own); the other languages follow with the full index.
   */
  constructor(
    private readonly catalog: Catalog,
    languages: string[] = [],
  ) {
    const positions = catalog.offers.map((_, position) => position);
    const first = new Set([...languages, ...catalog.feeds.map((f) => f.language)].map((l) => l.toLowerCase().split('-')[0]));
    const loaded = import('minisearch').then(({ default: MiniSearchClass }) => {
      const options = <T>(fields: string[], extract: (item: T, field: string) => string) => ({
        fields,
        idField: 'id',
        storeFields: [],
        // Each word once per field (frequency hardly matters in short texts), stop words not at all;
        // the head of a German compound as a word of its own.
        tokenize: (text: string) => {
          const words = new Set(text.split(SPLIT));
          for (const word of words) {
            const parts = compoundParts(fold(word));
            if (parts) words.add(parts[1]);
          }
          return [...words];
        },
        processTerm: (term: string) => {
          const folded = fold(term);
          return folded && !STOP_WORDS.has(folded) ? folded : null;
        },
        searchOptions: {
          boost: BOOST,
          prefix: true,
          fuzzy: (term: string) => (term.length >= 5 ? 1 : false),
          maxFuzzy: 1,
          // Queries arrive folded and one term at a time (see `search`): not split again, and
          // not widened by the index tokenizer's compound heads ("deutschkurs" must not mean "kurs").
          processTerm: (term: string) => term,
          tokenize: (term: string) => [term],
        },
        extractField: (item: unknown, field: string) => (field === 'id' ? (item as number) : extract(item as T, field)),
      });
      const offersIndex = (fields: readonly Field[], titleIn?: TitleLanguages) =>
        new MiniSearchClass<number>(options<number>([...fields], (position, field) => fieldText(catalog.offers[position], field as Field, titleIn)));
      /** One small index per kind of shared thing, keyed by the thing itself. */
      const sharedIndex = <K>(keysOf: (entry: OfferEntry) => K[], text: (key: K) => string): SharedIndex => {
        const keys = new Map<K, number>();
        const offers: number[][] = [];
        catalog.offers.forEach((entry, position) => {
          for (const key of keysOf(entry)) {
            let id = keys.get(key);
            if (id === undefined) keys.set(key, (id = offers.push([]) - 1));
            offers[id].push(position);
          }
        });
        const texts = [...keys.keys()].map(text);
        const index = new MiniSearchClass<number>(options<number>(['text'], (id) => texts[id]));
        index.addAll(texts.map((_, id) => id));
        return { index, offers };
      };
      return { offersIndex, sharedIndex };
    });
    const failed = (error: unknown) =>
      console.warn('Lotse: the search library could not be loaded; using simple matching.', error);

    this.whenReady = loaded.then(({ offersIndex, sharedIndex }) => {
      const twoSteps = positions.length >= TWO_STEPS_FROM;
      const index = twoSteps
        ? offersIndex(['title', 'keywords'], (lang) => first.has(lang.toLowerCase().split('-')[0]))
        : offersIndex(FIELDS);
      index.addAll(positions);
      this.shared = [
        sharedIndex((e) => e.offer.topics ?? [], (id) => allTexts(catalog.topics.get(id)?.label).join(' ')),
        sharedIndex((e) => (e.organization ? [e.organization] : []), (org) => allTexts(org.name).join(' ')),
        sharedIndex(
          (e) => e.places,
          (p) => [...allTexts(p.name), p.address.municipality, p.address.district ?? '', p.address.postcode].join(' '),
        ),
        sharedIndex(offerLanguages, languageSearchText),
      ];
      this.index = index;
      this.ready = true;
      this.complete = !twoSteps;
    }, failed);

    this.whenComplete = this.whenReady.then(async () => {
      if (this.complete || !this.index) return;
      const { offersIndex } = await loaded;
      const full = offersIndex(FIELDS);
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
    const [fewest, ...others] = terms.map((term) => this.termHits(term)).sort((a, b) => a.size - b.size);
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

  /**
   * Offers matching a query term; a German compound also matches as its two
   * parts ("Deutschkurs": "Deutsch" and "Kurs"). A match of the whole word
   * adds to its parts' score, so it ranks above the parts alone. Remembered
   * like single terms, so a keystroke does not merge again.
   */
  private termHits(term: string): Map<number, number> {
    const whole = this.hits(term);
    const parts = compoundParts(term);
    if (!parts) return whole;
    const key = `\u0001${term}`;
    let merged = this.remembered.get(key);
    if (!merged) {
      const [modifier, head] = parts.map((part) => this.hits(part));
      merged = new Map(whole);
      for (const [position, score] of modifier) {
        const other = head.get(position);
        if (other !== undefined) merged.set(position, (whole.get(position) ?? 0) + (score + other) * PARTS_WEIGHT);
      }
      this.remembered.set(key, merged);
    }
    return merged;
  }

  /** Offers matching one folded term, with their scores: their own words plus their topics, provider, places and languages. */
  private hits(term: string): Map<number, number> {
    let hits = this.remembered.get(term);
    if (!hits) {
      if (this.remembered.size >= 64) this.remembered.clear();
      hits = new Map(this.index!.search(term).map((hit) => [hit.id as number, hit.score]));
      for (const { index, offers } of this.shared) {
        for (const hit of index.search(term)) {
          for (const position of offers[hit.id as number]) {
            hits.set(position, (hits.get(position) ?? 0) + hit.score * SHARED_WEIGHT);
          }
        }
      }
      this.remembered.set(term, hits);
    }
    return hits;
  }

  /** Every term must occur somewhere; title matches first. */
  private simpleSearch(terms: string[]): number[] {
    this.haystacks ??= this.catalog.offers.map((entry) => ({
      title: foldText(fieldText(entry, 'title')),
      all: foldText(
        [
          ...FIELDS.map((f) => fieldText(entry, f)),
          ...(entry.offer.topics ?? []).flatMap((id) => allTexts(this.catalog.topics.get(id)?.label)),
          ...allTexts(entry.organization?.name),
          ...entry.places.flatMap((p) => [...allTexts(p.name), p.address.municipality, p.address.district ?? '']),
          ...offerLanguages(entry).map(languageSearchText),
        ].join(' '),
      ),
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
export function offerSearch(catalog: Catalog, languages: string[] = []): OfferSearch {
  let search = searches.get(catalog);
  if (!search) searches.set(catalog, (search = new OfferSearch(catalog, languages)));
  return search;
}
