/**
 * Merges validated feeds into one catalogue. A county can aggregate its
 * towns' and providers' feeds: records keep their own feed's references, and
 * ids are namespaced per feed so equal ids in two feeds never clash. Topics and
 * audiences form one shared vocabulary and are merged by id.
 */
import type { Audience, Offer, Organization, Place, Text, Topic } from './schema.js';
import type { FeedProblem, ValidatedFeed } from './validate-records.js';

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

/**
 * Merges topics or audiences by id. Labels become maps language -> text, and
 * for a language two feeds both have, the first feed's wording wins.
 */
function mergeVocabulary<T extends { id: string; label: Text }>(
  feeds: ValidatedFeed[],
  pick: (feed: ValidatedFeed) => T[],
): Map<string, T> {
  const merged = new Map<string, T>();
  for (const feed of feeds) {
    for (const item of pick(feed)) {
      // Blank translations are allowed in a feed; they must not hide another feed's wording.
      const label =
        typeof item.label === 'string'
          ? { [feed.language]: item.label }
          : Object.fromEntries(Object.entries(item.label).filter(([, value]) => value.trim() !== ''));
      // What is already merged always has a map as its label.
      const known = merged.get(item.id);
      merged.set(item.id, { ...(known ?? item), label: { ...label, ...(known?.label as Record<string, string>) } });
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
