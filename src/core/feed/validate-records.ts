/**
 * Record-by-record validation: every valid record is kept, every invalid one
 * is dropped and reported with its id, the field and a reason code that the
 * widgets translate.
 *
 * This module is the validator chunk that the store loads lazily. It does not
 * import `FeedError`: a module shared with the main bundle would become a
 * chunk of its own, one more request. `validate.ts` wraps it for direct use.
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

/** Why a feed as a whole is unusable: the `FeedError` code and its detail. */
export interface Unusable {
  code: 'version' | 'format';
  detail: string;
}

/**
 * Validates a parsed feed. Returns `Unusable` only when the feed as a whole
 * is unusable (not an object, unknown major version, no publisher); record
 * problems are part of the result.
 */
export function checkFeed(json: unknown, url: string): ValidatedFeed | Unusable {
  const major = Number.parseInt(String((json as { lotse?: unknown } | null)?.lotse), 10);
  if (major > FEED_FORMAT_MAJOR) return { code: 'version', detail: String(major) };
  const headIssues: Issue[] = [];
  check(envelope, json, '', headIssues);
  if (headIssues.length > 0) return { code: 'format', detail: headIssues[0].path || '(root)' };
  const feed = json as Infer<typeof envelope>;
  const problems: FeedProblem[] = [];
  const problem = (collection: RecordCollection, id: string | undefined, index: number, field: string, reason: ProblemReason, dropped = true) =>
    problems.push({ source: url, collection, id, index, field, reason, dropped });
  const positions = new WeakMap<object, number>();

  const checkAll = <T extends { id: string }>(collection: RecordCollection): T[] => {
    const seen = new Set<string>();
    return (feed[collection] ?? []).filter((input, index) => {
      const id = recordId(input);
      const issues: Issue[] = [];
      check(RECORD_SCHEMAS[collection], input, '', issues);
      issues.forEach(({ path, reason }) => problem(collection, id, index, path, reason));
      if (issues.length > 0) return false;
      const record = input as T;
      if (seen.has(record.id)) return problem(collection, id, index, 'id', 'duplicate') < 0;
      seen.add(record.id);
      positions.set(record, index);
      return true;
    }) as T[];
  };

  const topics = checkAll<Topic>('topics');
  const audiences = checkAll<Audience>('audiences');
  const organizations = checkAll<Organization>('organizations');
  const places = checkAll<Place>('places');
  const offers = checkAll<Offer>('offers');

  // References that point nowhere lose the link but keep the record.
  const known = (records: { id: string }[]) => new Set(records.map((r) => r.id));
  const orgIds = known(organizations);
  const placeIds = known(places);
  const topicIds = known(topics);
  for (const offer of offers) {
    const dangling = (field: string) => problem('offers', offer.id, positions.get(offer)!, field, 'reference', false);
    if (offer.organization && !orgIds.has(offer.organization)) {
      dangling('organization');
      delete offer.organization;
    }
    if (offer.places?.some((p) => !placeIds.has(p))) {
      dangling('places');
      offer.places = offer.places.filter((p) => placeIds.has(p));
    }
    if (offer.topics?.some((t) => !topicIds.has(t))) {
      dangling('topics');
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

/**
 * Logs a feed's problems as ONE grouped console warning: each line names the
 * record (collection, position, id), the field and the reason. Called by the
 * store after validation; `validateFeed` itself never logs.
 */
export function reportProblems({ problems, url }: ValidatedFeed): void {
  if (problems.length === 0) return;
  const dropped = new Set(problems.filter((p) => p.dropped).map((p) => `${p.collection}${p.index}`)).size;
  const lines = problems.map(
    (p) =>
      `\n  ${p.collection}[${p.index}]${p.id ? ` id "${p.id}"` : ''}: ${p.field || '(record)'}: ${p.reason}${p.dropped ? '' : ' (kept)'}`,
  );
  console.warn(`Lotse: ${problems.length} problem(s) in ${url}; ${dropped} record(s) dropped, the rest is shown.${lines.join('')}`);
}
