/**
 * Record-by-record validation: every valid record is kept, every invalid one
 * is dropped and reported with its id, the field and a reason code that the
 * widgets translate.
 *
 * It records each problem's rule and raw value; `problem-report.ts` puts
 * them into words only when staff read them. The store calls `checkFeed`;
 * `validate.ts` wraps it (with words) for direct use.
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
import type { Infer, Rule } from './rules.js';
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
  /**
   * What was expected, as a token the widgets translate: a kind of value
   * (`date`, `postcode`, `boolean`, `list` …), `one of: a, b` for fixed
   * values, `min N` / `max N` for ranges; for references `existing` or
   * `dropped` (the target had problems of its own), for duplicates `unique`
   * with the position of the first record. Field problems get it (and
   * `value`) from `describeProblems()` in `problem-report.ts`:
   * `validateFeed()` returns them described; the store describes them when
   * that code has loaded, after its listeners first hear of the feed, so
   * read them through `describeProblem(problem)`, which works either way.
   */
  expect?: string;
  /** The rejected value, shortened; the missing ids of a reference; the duplicated id. */
  value?: string;
  /** Until described: the rule that rejected the field, and the raw value. */
  rule?: Rule;
  found?: unknown;
  /** For duplicates: the position (0-based) of the record that kept the id. */
  first?: number;
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

const COLLECTIONS = Object.keys(RECORD_SCHEMAS) as RecordCollection[];

function recordId(input: unknown): string | undefined {
  const candidate = (input as { id?: unknown } | null)?.id;
  return typeof candidate === 'string' && candidate.length > 0 && candidate.length <= 128
    ? candidate
    : undefined;
}

/** Why a feed as a whole is unusable: the `FeedError` code, and the version found or the envelope's issues. */
export type Unusable = { code: 'version'; detail: string } | { code: 'format'; issues: Issue[] };

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
  if (headIssues.length > 0) return { code: 'format', issues: headIssues };
  const feed = json as Infer<typeof envelope>;
  const problems: FeedProblem[] = [];
  const positions = new WeakMap<object, number>();

  /** Every id that a record claims, valid or not: a reference to one of them is to a dropped record. */
  const claimed = new Set<string>();
  const checkAll = <T extends { id: string }>(collection: RecordCollection): T[] => {
    const seen = new Map<string, number>();
    return (feed[collection] ?? []).filter((input, index) => {
      const id = recordId(input);
      if (id) claimed.add(`${collection}|${id}`);
      // `check` only appends, and every IssueReason is a ProblemReason.
      const issues: (Omit<Issue, 'reason'> & { reason: ProblemReason; expect?: string; value?: string; first?: number })[] = [];
      check(RECORD_SCHEMAS[collection], input, '', issues as Issue[]);
      // Only a valid record can be a duplicate: of the first valid one with its id.
      const first = seen.get(id!);
      if (issues.length === 0 && first !== undefined) {
        issues.push({ path: 'id', reason: 'duplicate', expect: 'unique', value: id, first });
      }
      for (const { path, ...issue } of issues) {
        problems.push({ source: url, collection, id, index, field: path, ...issue, dropped: true });
      }
      if (issues.length > 0) return false;
      seen.set(id!, index);
      positions.set(input as T, index);
      return true;
    }) as T[];
  };

  const topics = checkAll<Topic>('topics');
  const audiences = checkAll<Audience>('audiences');
  const organizations = checkAll<Organization>('organizations');
  const places = checkAll<Place>('places');
  const offers = checkAll<Offer>('offers');

  // References that point nowhere lose the link but keep the record.
  const idsOf = (records: { id: string }[]) => new Set(records.map((r) => r.id));
  const orgIds = idsOf(organizations);
  const targets = { places: idsOf(places), topics: idsOf(topics) };
  for (const offer of offers) {
    /** Reports the ids that point nowhere: to no record at all, and (apart) to ones left out for their own problems. */
    const dangling = (field: string, collection: RecordCollection, missing: string[]) => {
      const leftOut = missing.filter((id) => claimed.has(`${collection}|${id}`));
      const unknown = missing.filter((id) => !leftOut.includes(id));
      for (const [ids, expect] of [[unknown, 'existing'], [leftOut, 'dropped']] as const) {
        if (ids.length === 0) continue;
        problems.push({
          source: url,
          collection: 'offers',
          id: offer.id,
          index: positions.get(offer)!,
          field,
          reason: 'reference',
          expect,
          value: ids.join(', '),
          dropped: false,
        });
      }
    };
    if (offer.organization && !orgIds.has(offer.organization)) {
      dangling('organization', 'organizations', [offer.organization]);
      delete offer.organization;
    }
    for (const field of ['places', 'topics'] as const) {
      const known = targets[field];
      const missing = offer[field]?.filter((id) => !known.has(id)) ?? [];
      if (missing.length > 0) {
        dangling(field, field, missing);
        offer[field] = offer[field]!.filter((id) => known.has(id));
      }
    }
  }
  // Staff read the list record by record.
  problems.sort((a, b) => COLLECTIONS.indexOf(a.collection) - COLLECTIONS.indexOf(b.collection) || a.index - b.index);

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
