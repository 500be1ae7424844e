/**
 * Merges validated feeds into one catalogue. A county can aggregate its
 * towns' and providers' feeds: records keep their own feed's references, and
 * ids are namespaced per feed so equal ids in two feeds never clash. Topics and
 * audiences form one shared vocabulary and are merged by id.
 */
import type { Audience, Offer, Organization, Place, Text, Topic } from './schema.js';
import type { FeedProblem, ValidatedFeed } from './validate.js';

export interface OfferEntry {
  /** Unique across all merged feeds; equal to the feed's id when only one feed is shown. */
  key: string;
  offer: Offer;
  feed: ValidatedFeed;
  organization?: Organization;
  places: Place[];
}

export interface Catalog {
  feeds: ValidatedFeed[];
  offers: OfferEntry[];
  topics: Map<string, Topic>;
  audiences: Map<string, Audience>;
  problems: FeedProblem[];
}

/** Joins two texts; the first one's wording wins for a language both have. */
function mergeText(first: Text, second: Text, firstLang: string, secondLang: string): Text {
  const asMap = (text: Text, lang: string) => (typeof text === 'string' ? { [lang]: text } : text);
  return { ...asMap(second, secondLang), ...asMap(first, firstLang) };
}

function mergeVocabulary<T extends { id: string; label: Text }>(
  feeds: ValidatedFeed[],
  pick: (feed: ValidatedFeed) => T[],
): Map<string, T> {
  const merged = new Map<string, T>();
  const langs = new Map<string, string>();
  for (const feed of feeds) {
    for (const item of pick(feed)) {
      const known = merged.get(item.id);
      if (!known) {
        merged.set(item.id, typeof item.label === 'string' ? { ...item, label: { [feed.language]: item.label } } : item);
        langs.set(item.id, feed.language);
      } else {
        merged.set(item.id, { ...known, label: mergeText(known.label, item.label, langs.get(item.id)!, feed.language) });
      }
    }
  }
  return merged;
}

function feedPrefixes(feeds: ValidatedFeed[]): string[] {
  if (feeds.length === 1) return [''];
  const used = new Set<string>();
  return feeds.map((feed, index) => {
    let prefix = feed.id ?? `feed${index + 1}`;
    if (used.has(prefix)) prefix = `${prefix}${index + 1}`;
    used.add(prefix);
    return `${prefix}~`;
  });
}

export function buildCatalog(feeds: ValidatedFeed[]): Catalog {
  const prefixes = feedPrefixes(feeds);
  const offers: OfferEntry[] = [];
  feeds.forEach((feed, index) => {
    const organizations = new Map(feed.organizations.map((o) => [o.id, o]));
    const places = new Map(feed.places.map((p) => [p.id, p]));
    for (const offer of feed.offers) {
      offers.push({
        key: prefixes[index] + offer.id,
        offer,
        feed,
        organization: offer.organization ? organizations.get(offer.organization) : undefined,
        places: (offer.places ?? []).flatMap((id) => places.get(id) ?? []),
      });
    }
  });
  return {
    feeds,
    offers,
    topics: mergeVocabulary(feeds, (feed) => feed.topics),
    audiences: mergeVocabulary(feeds, (feed) => feed.audiences),
    problems: feeds.flatMap((feed) => feed.problems),
  };
}
