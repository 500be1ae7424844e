/**
 * Merges validated feeds into one catalogue. A county can aggregate its
 * towns' and providers' feeds: records keep their own feed's references, and
 * offer keys are unique across feeds whatever their ids.
 *
 * Topics and audiences: the first feed in `src` owns the page's vocabulary.
 * A feed the page trusts (`CatalogOptions.trusted`) shares it: its ids mean
 * the first feed's topics, and its labels may only fill in languages the
 * earlier trusted feeds lack. Every other feed keeps a vocabulary of its own,
 * under keys `<feed key>~<id>`, so it can neither relabel the county's
 * topics nor merge into its filter options by an id that is equal by
 * accident. Built-in audience ids (`KNOWN_AUDIENCES`) mean the same in every
 * feed and are shared by all.
 */
import type { Offer, Organization, Place, Text, Topic } from './schema.js';
import { recordIndex, type FeedProblem, type ValidatedFeed } from './validate-records.js';
import { KNOWN_AUDIENCES } from './vocabulary.js';
import { atOnce, inSlices } from './slices.js';
import { linksToCut } from './topic-tree.js';

/** One topic or audience as widgets show it: a filter option and the label of the offers that have it. */
export interface VocabularyEntry {
  /** The id as the feed wrote it. */
  id: string;
  /** The key in `Catalog.topics` / `Catalog.audiences`: the id, or `<feed key>~<id>` in an untrusted feed's own vocabulary. */
  key: string;
  /** Language -> text, without blank translations; `{}` for an id that no feed labels. */
  label: Record<string, string>;
  /** The language of the feed that defines the entry first: its plain-string label's language. */
  language: string;
  /** The key of the broader topic (topics only); chains are acyclic and at most `MAX_TOPIC_DEPTH` deep. */
  parent?: string;
  /** The feed that defines the entry first (or uses it, when no feed defines it). */
  feed: ValidatedFeed;
}

export interface OfferEntry {
  /** Unique across all merged feeds; equal to the offer's id when only one feed is shown. */
  key: string;
  offer: Offer;
  feed: ValidatedFeed;
  organization?: Organization;
  places: Place[];
  /** The offer's topics as keys of `Catalog.topics` (use these, not `offer.topics`, for labels and filters). */
  topics: string[];
  /** The offer's audiences as keys of `Catalog.audiences`. */
  audiences: string[];
}

export interface Catalog {
  feeds: ValidatedFeed[];
  offers: OfferEntry[];
  /** Every topic an offer can have, by key, in feed order: the filter options. */
  topics: Map<string, VocabularyEntry>;
  /** Every audience an offer has or a feed defines, by key. */
  audiences: Map<string, VocabularyEntry>;
  /** The feeds' problems, then those of merging (a broader-topic link cut in the merged tree). */
  problems: FeedProblem[];
  /**
   * The first feed and those the page trusts: only they may replace what
   * the page shows as its own (an emergency number, a guide's steps); a
   * provider's feed merged in adds its offers, nothing more.
   */
  trustedFeeds: ValidatedFeed[];
}

export interface CatalogOptions {
  /**
   * Feeds, by URL, that share the first feed's vocabulary (`true`: every
   * feed). The first feed always does. What a page trusts is up to the page:
   * never a feed's own claim.
   */
  trusted?: ReadonlySet<string> | true;
}

/** Offers between two chances to pause. */
const STEP = 512;

/** Prefixes that make offer keys and vocabulary keys unique: `<feed id>~`, numbered when two feeds share an id. */
function feedPrefixes(feeds: ValidatedFeed[]): string[] {
  if (feeds.length === 1) return [''];
  // No `~` inside a prefix: the first `~` of a key ends it.
  const names = feeds.map((feed, index) => feed.id?.replace(/~/g, '-') || `feed${index + 1}`);
  const count = new Map<string, number>();
  for (const name of names) count.set(name, (count.get(name) ?? 0) + 1);
  // Ids that only one feed has keep their name; the others are numbered around them.
  const used = new Set(names.filter((name) => count.get(name) === 1));
  return names.map((name, index) => {
    let prefix = name;
    if (count.get(name)! > 1) {
      for (let n = index; used.has(prefix); ) prefix = `${name}${++n}`;
      used.add(prefix);
    }
    return `${prefix}~`;
  });
}

/** A label as a map language -> text, blank translations left out. */
function labelMap(label: Text, language: string): Record<string, string> {
  return typeof label === 'string'
    ? { [language]: label }
    : Object.fromEntries(Object.entries(label).filter(([, text]) => text.trim() !== ''));
}

const isBuiltIn = (id: string) => (KNOWN_AUDIENCES as readonly string[]).includes(id);

/**
 * The catalogue as steps. `space` per feed: '' for the shared vocabulary,
 * the feed's prefix for its own.
 */
function* steps(feeds: ValidatedFeed[], { trusted }: CatalogOptions): Generator<void, Catalog> {
  const prefixes = feedPrefixes(feeds);
  const spaces = feeds.map((feed, index) => (index === 0 || trusted === true || trusted?.has(feed.url) ? '' : prefixes[index]));
  const topics = new Map<string, VocabularyEntry>();
  const audiences = new Map<string, VocabularyEntry>();
  /** The record that gave each topic entry its broader topic, for problems of the merged tree. */
  const linkedBy = new Map<string, Topic>();

  /** The entry for a key, created (unlabelled) if needed. */
  const entry = (vocabulary: Map<string, VocabularyEntry>, key: string, id: string, feed: ValidatedFeed) => {
    let found = vocabulary.get(key);
    if (!found) vocabulary.set(key, (found = { id, key, label: {}, language: feed.language, feed }));
    return found;
  };
  /** Adds a feed's label to the entry for `key`, earlier feeds winning per language; true if the entry is new. */
  const define = (vocabulary: Map<string, VocabularyEntry>, key: string, { id, label }: { id: string; label: Text }, feed: ValidatedFeed) => {
    const known = vocabulary.has(key);
    const found = entry(vocabulary, key, id, feed);
    // fromEntries makes every language an own property, whatever its name.
    found.label = Object.fromEntries([...Object.entries(labelMap(label, feed.language)), ...Object.entries(found.label)]);
    return !known;
  };
  /** The key of an audience: built-in ids are shared by every feed. */
  const audienceKey = (id: string, space: string) => (isBuiltIn(id) ? id : space + id);

  feeds.forEach((feed, index) => {
    const space = spaces[index];
    for (const topic of feed.topics) {
      // The broader topic comes from the first feed that defines the topic.
      if (define(topics, space + topic.id, topic, feed) && topic.parent !== undefined) {
        topics.get(space + topic.id)!.parent = space + topic.parent;
        linkedBy.set(space + topic.id, topic);
      }
    }
    for (const audience of feed.audiences) {
      // An untrusted feed's words for a built-in audience are not taken.
      if (!(space && isBuiltIn(audience.id))) define(audiences, audienceKey(audience.id, space), audience, feed);
    }
  });

  // Merged, a trusted feed's topic may hang below one of the first feed's that sits deeper than in its own feed.
  const problems = feeds.flatMap((feed) => feed.problems);
  const cut = linksToCut(new Map([...topics].map(([key, { parent }]) => [key, parent !== undefined && topics.has(parent) ? parent : undefined])));
  for (const found of topics.values()) {
    const reason = found.parent === undefined ? undefined : topics.has(found.parent) ? cut.get(found.key) : 'existing';
    if (!reason) continue;
    const topic = linkedBy.get(found.key)!;
    problems.push({
      source: found.feed.url,
      collection: 'topics',
      id: found.id,
      index: recordIndex.get(topic) ?? found.feed.topics.indexOf(topic),
      field: 'parent',
      reason: 'reference',
      expect: reason,
      value: topic.parent,
      dropped: false,
    });
    delete found.parent;
  }

  const offers: OfferEntry[] = [];
  const keys = new Set<string>();
  for (let index = 0; index < feeds.length; index++) {
    const feed = feeds[index];
    const space = spaces[index];
    const prefix = prefixes[index];
    const organizations = new Map(feed.organizations.map((o) => [o.id, o]));
    const places = new Map(feed.places.map((p) => [p.id, p]));
    for (let n = 0; n < feed.offers.length; n++) {
      if (n % STEP === STEP - 1) yield;
      const offer = feed.offers[n];
      // Unique even for hand-made feeds with an id twice.
      let key = prefix + offer.id;
      for (let copy = 1; keys.has(key); ) key = `${prefix}${offer.id}~${++copy}`;
      keys.add(key);
      offers.push({
        key,
        offer,
        feed,
        organization: offer.organization ? organizations.get(offer.organization) : undefined,
        places: (offer.places ?? []).flatMap((id) => places.get(id) ?? []),
        topics: (offer.topics ?? []).map((id) => entry(topics, space + id, id, feed).key),
        audiences: (offer.audiences ?? []).map((id) => entry(audiences, audienceKey(id, space), id, feed).key),
      });
    }
  }
  return { feeds, offers, topics, audiences, problems, trustedFeeds: feeds.filter((_, index) => spaces[index] === '') };
}

/** Merges `feeds` at once: for small catalogues and for callers that cannot wait. */
export function buildCatalog(feeds: ValidatedFeed[], options: CatalogOptions = {}): Catalog {
  return atOnce(steps(feeds, options));
}

/** `buildCatalog` in slices of a few milliseconds, with the page free to run in between. */
export function buildCatalogInSlices(feeds: ValidatedFeed[], options: CatalogOptions = {}): Promise<Catalog> {
  return inSlices(steps(feeds, options));
}
