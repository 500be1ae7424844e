/**
 * Record-by-record validation: every valid record is kept, every invalid one
 * is dropped and reported with its id, the field and a reason code that the
 * widgets translate.
 */
import {
  envelope,
  FEED_FORMAT_MAJOR,
  RECORD_SCHEMAS,
  type Audience,
  type Offer,
  type Organization,
  type Place,
  type Publisher,
  type RecordCollection,
  type Topic,
} from './schema.js';
import type { Infer } from './rules.js';
import { FeedError } from './errors.js';
import { check, type Issue, type IssueReason } from './rules.js';

/** Why a record or field was rejected. Translated for display by the widgets. */
export type ProblemReason = IssueReason | 'duplicate' | 'reference';

export interface FeedProblem {
  /** The feed URL the record came from. */
  source: string;
  collection: RecordCollection;
  /** The record's id, when it has a usable one. */
  id?: string;
  /** Position of the record in its array (0-based). */
  index: number;
  /** Dotted path of the field inside the record, e.g. `title.de`; empty for the whole record. */
  field: string;
  reason: ProblemReason;
  /** Set when the record was dropped; false for problems that only lose a reference. */
  dropped: boolean;
}

/** One feed after validation: only valid records remain. */
export interface ValidatedFeed {
  url: string;
  /** The feed's own id, if it declares one. */
  id?: string;
  formatVersion: string;
  language: string;
  publisher: Publisher;
  topics: Topic[];
  audiences: Audience[];
  organizations: Organization[];
  places: Place[];
  offers: Offer[];
  problems: FeedProblem[];
}

function recordId(input: unknown): string | undefined {
  const candidate = (input as { id?: unknown } | null)?.id;
  return typeof candidate === 'string' && candidate.length > 0 && candidate.length <= 128
    ? candidate
    : undefined;
}

/**
 * Validates a parsed feed. Throws a `FeedError` only when the feed as a whole
 * is unusable (not an object, unknown major version, no publisher); record
 * problems are returned, never thrown.
 */
export function validateFeed(json: unknown, url: string): ValidatedFeed {
  const major = Number.parseInt(String((json as { lotse?: unknown } | null)?.lotse), 10);
  if (major > FEED_FORMAT_MAJOR) throw new FeedError('version', url, String(major));
  const headIssues: Issue[] = [];
  check(envelope, json, '', headIssues);
  if (headIssues.length > 0) throw new FeedError('format', url, headIssues[0].path || '(root)');
  const feed = json as Infer<typeof envelope>;
  const problems: FeedProblem[] = [];
  const positions = new WeakMap<object, number>();

  const checkAll = <T>(collection: RecordCollection): T[] => {
    const schema = RECORD_SCHEMAS[collection];
    const kept: T[] = [];
    const seen = new Set<string>();
    (feed[collection] ?? []).forEach((input, index) => {
      const id = recordId(input);
      const issues: Issue[] = [];
      check(schema, input, '', issues);
      if (issues.length > 0) {
        for (const { path, reason } of issues) {
          problems.push({ source: url, collection, id, index, field: path, reason, dropped: true });
        }
        return;
      }
      const record = input as T & { id: string };
      if (seen.has(record.id)) {
        problems.push({ source: url, collection, id, index, field: 'id', reason: 'duplicate', dropped: true });
        return;
      }
      seen.add(record.id);
      positions.set(record, index);
      kept.push(record);
    });
    return kept;
  };

  const topics = checkAll<Topic>('topics');
  const audiences = checkAll<Audience>('audiences');
  const organizations = checkAll<Organization>('organizations');
  const places = checkAll<Place>('places');
  const offers = checkAll<Offer>('offers');

  // References that point nowhere lose the link but keep the record.
  const orgIds = new Set(organizations.map((o) => o.id));
  const placeIds = new Set(places.map((p) => p.id));
  const topicIds = new Set(topics.map((t) => t.id));
  const dangling = (offer: Offer, field: string) =>
    problems.push({
      source: url,
      collection: 'offers',
      id: offer.id,
      index: positions.get(offer) ?? -1,
      field,
      reason: 'reference',
      dropped: false,
    });
  for (const offer of offers) {
    if (offer.organization && !orgIds.has(offer.organization)) {
      dangling(offer, 'organization');
      delete offer.organization;
    }
    if (offer.places?.some((p) => !placeIds.has(p))) {
      dangling(offer, 'places');
      offer.places = offer.places.filter((p) => placeIds.has(p));
    }
    if (offer.topics?.some((t) => !topicIds.has(t))) {
      dangling(offer, 'topics');
      offer.topics = offer.topics.filter((t) => topicIds.has(t));
    }
  }

  return {
    url,
    id: feed.id,
    formatVersion: feed.lotse,
    language: feed.language,
    publisher: feed.publisher,
    topics,
    audiences,
    organizations,
    places,
    offers,
    problems,
  };
}
