/** Figures about a catalogue that staff need to judge their feed. */
import type { Catalog, OfferEntry } from '../../core/feed/catalog.js';
import type { Text } from '../../core/feed/schema.js';
import { OFFER_KINDS, type OfferKind } from '../../core/feed/vocabulary.js';
import { baseLanguage } from '../../core/locale/direction.js';
import { textLanguages } from '../../core/locale/text.js';
import { berlinNow, unverifiedForAYear } from '../../core/time/berlin.js';

export interface LanguageCoverage {
  lang: string;
  titles: number;
  summaries: number;
  descriptions: number;
  /** Offers whose texts in this language the feed marks as machine-made (`machineTranslated`). */
  machine: number;
}

export interface FeedStats {
  offers: number;
  byKind: { kind: OfferKind; count: number }[];
  organizations: number;
  places: number;
  topics: number;
  /** Languages of offer texts, most covered first. */
  coverage: LanguageCoverage[];
  /** Offers whose last verification is more than a year old, the oldest first. */
  unverified: OfferEntry[];
}

export function feedStats(catalog: Catalog, today = new Date()): FeedStats {
  const todayDay = berlinNow(today).date;
  const byKind = new Map<OfferKind, number>(OFFER_KINDS.map((k) => [k, 0]));
  const coverage = new Map<string, LanguageCoverage>();
  const count = (text: Text | undefined, feedLanguage: string, field: 'titles' | 'summaries' | 'descriptions') => {
    for (const lang of textLanguages(text, feedLanguage)) {
      let entry = coverage.get(lang);
      if (!entry) coverage.set(lang, (entry = { lang, titles: 0, summaries: 0, descriptions: 0, machine: 0 }));
      entry[field]++;
    }
  };
  /** Counts an offer once for each language it has a text in that the feed marks as machine-made. */
  const countMachine = ({ offer, feed }: OfferEntry) => {
    const machine = (offer.machineTranslated ?? []).map(baseLanguage);
    if (machine.length === 0) return;
    const langs = new Set([offer.title, offer.summary, offer.description].flatMap((text) => textLanguages(text, feed.language)));
    for (const lang of langs) if (machine.includes(baseLanguage(lang))) coverage.get(lang)!.machine++;
  };
  const unverified: OfferEntry[] = [];
  for (const entry of catalog.offers) {
    const { offer, feed } = entry;
    byKind.set(offer.kind, (byKind.get(offer.kind) ?? 0) + 1);
    count(offer.title, feed.language, 'titles');
    count(offer.summary, feed.language, 'summaries');
    count(offer.description, feed.language, 'descriptions');
    countMachine(entry);
    if (unverifiedForAYear(offer.verified, todayDay)) unverified.push(entry);
  }
  return {
    offers: catalog.offers.length,
    byKind: [...byKind].map(([kind, n]) => ({ kind, count: n })),
    organizations: catalog.feeds.reduce((n, f) => n + f.organizations.length, 0),
    places: catalog.feeds.reduce((n, f) => n + f.places.length, 0),
    topics: catalog.topics.size,
    coverage: [...coverage.values()].sort((a, b) => b.titles - a.titles || a.lang.localeCompare(b.lang)),
    unverified: unverified.sort((a, b) => a.offer.verified.localeCompare(b.offer.verified)),
  };
}
