/**
 * Record-by-record validation: every valid record is kept, every invalid one
 * is dropped and reported with its id, the field and a reason code that the
 * widgets translate. A wrong optional value is left out of its record and
 * reported; the record stays. The input is never changed: kept records are
 * the parsed objects themselves, or copies where something was left out.
 *
 * It records each problem's rule and raw value; `problem-report.ts` puts
 * them into words only when staff read them. The store calls
 * `checkFeedInSlices`, which pauses between slices of records so that a big
 * feed never blocks the page; `validate.ts` wraps `checkFeed` (with words)
 * for direct use.
 */
import {
  envelope,
  type CalendarLink,
  FEED_FORMAT_MAJOR,
  RECORD_SCHEMAS,
  type Audience,
  type EmergencyNumber,
  type GuideStep,
  type Offer,
  type Organization,
  type Place,
  type Publisher,
  type RecordCollection,
  type Topic,
} from './schema.js';
import type { Infer, Rule } from './rules.js';
import { allowDatesUntil, check, INVALID, webUrl, type Issue, type IssueReason } from './rules.js';
import { MAX_PROBLEMS } from './limits.js';
import { atOnce, inSlices } from './slices.js';
import { linksToCut } from './topic-tree.js';
import { berlinTomorrow } from '../time/berlin.js';

/** Why a record or field was rejected. Translated for display by the widgets. */
export type ProblemReason = IssueReason | 'duplicate' | 'reference';

export interface FeedProblem {
  /** The feed URL the record came from. */
  source: string;
  /** The record's collection; `feed` for the envelope (the publisher and the feed's own fields). */
  collection: RecordCollection | 'feed';
  /** The record's id, when it has a usable one. */
  id?: string;
  /** Position of the record in its array (0-based); 0 for the envelope. */
  index: number;
  /** Dotted path of the field inside the record, e.g. `title.de`; empty for the whole record. */
  field: string;
  reason: ProblemReason;
  /**
   * What was expected, as a token the widgets translate: a kind of value
   * (`date`, `postcode`, `boolean`, `list` …), `one of: a, b` for fixed
   * values, `min N` / `max N` for ranges, `day` for a date that does not
   * exist, `until YYYY-MM-DD` for a check date in the future; for references
   * `existing` or `dropped` (the target had problems of its own), and for a
   * topic's broader topic `acyclic` (a cycle) or `depth` (nested deeper than
   * `MAX_TOPIC_DEPTH`); for duplicates `unique` with the position of the
   * first record. Field problems get it (and `value`) from
   * `describeProblems()` in `problem-report.ts`: `validateFeed()` returns
   * them described; the store describes them when that code has loaded,
   * after its listeners first hear of the feed, so read them through
   * `describeProblem(problem)`, which works either way.
   */
  expect?: string;
  /** The rejected value, shortened; the missing ids of a reference; the duplicated id. */
  value?: string;
  /** Until described: the rule that rejected the field, and the raw value. */
  rule?: Rule;
  found?: unknown;
  /** For duplicates: the position (0-based) of the record that kept the id. */
  first?: number;
  /**
   * True when the whole record was left out. False when the record is shown
   * and only this value was left out: a wrong optional field, list item or
   * language of a text, a reference that points nowhere, a broader-topic link.
   */
  dropped: boolean;
  /** Where an importer took the record from (its `source`), so staff know where to fix it. */
  origin?: RecordOrigin;
}

export interface RecordOrigin {
  importer: string;
  origin?: string;
  ref?: string;
}

/** A record's `source` as given, when its parts are text; read from the unchecked input, so left-out records have it too. */
function recordOrigin(input: unknown): RecordOrigin | undefined {
  const source = (input as { source?: unknown } | null)?.source;
  if (!source || typeof source !== 'object') return undefined;
  const { importer, origin, ref } = source as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value.slice(0, 200) : undefined);
  return typeof importer === 'string' ? { importer: text(importer)!, origin: text(origin), ref: text(ref) } : undefined;
}

/** One feed after validation: only valid records remain. */
export interface ValidatedFeed {
  url: string;
  /** The feed's own id, if it declares one. */
  id?: string;
  formatVersion: string;
  language: string;
  /** The time zone of the feed's dates and times, if it states one (else Europe/Berlin). */
  timeZone?: string;
  /** Ready-made calendars to subscribe to. */
  calendars?: CalendarLink[];
  publisher: Publisher;
  topics: Topic[];
  audiences: Audience[];
  organizations: Organization[];
  places: Place[];
  offers: Offer[];
  /** Steps of guided paths (`<lotse-health-guide>`); after `checkGuideLinks` their links lead to steps of the feed or of the default guide, never round in a circle. */
  guides: GuideStep[];
  /** Emergency and crisis numbers that add to or replace the defaults. */
  emergency: EmergencyNumber[];
  problems: FeedProblem[];
  /** Problems found beyond `MAX_PROBLEMS`: counted, not kept (staff correct the first ones and check again). */
  problemsNotKept?: number;
  /** Records left out for problems of their own, counted beyond `MAX_PROBLEMS` too. */
  recordsLeftOut?: number;
}

/** The position (0-based) of each kept record in its feed's array, for problems found later (in a merged catalogue). */
export const recordIndex = new WeakMap<object, number>();

/** What `rich-text-rules.ts` needs of this bundle: the feed's web-link rule and record positions. */
export const richTextDeps = {
  isWebUrl: (value: unknown) => check(webUrl(), value, '', []) !== INVALID,
  indexOf: (record: object) => recordIndex.get(record),
};

/** The record lists of a feed (`offers`, `places` …), for checks loaded apart that must not import the schema into their own chunk. */
export const recordCollections: readonly RecordCollection[] = Object.keys(RECORD_SCHEMAS) as RecordCollection[];

function recordId(input: unknown): string | undefined {
  const candidate = (input as { id?: unknown } | null)?.id;
  return typeof candidate === 'string' && candidate.length > 0 && candidate.length <= 128
    ? candidate
    : undefined;
}

/** Why a feed as a whole is unusable: the `FeedError` code, and the version found or the envelope's issues. */
export type Unusable = { code: 'version'; detail: string } | { code: 'format'; issues: Issue[] };

/** An issue with the fields that only problems found here have. */
type Found = Omit<Issue, 'reason'> & { reason: ProblemReason; expect?: string; value?: string; first?: number };

/** Records checked between two chances to pause. */
const STEP = 16;
/**
 * Feeds with more offers than this are shown early: once the first
 * `PREVIEW_OFFERS` offers are checked (a full page of the largest size), a
 * preview of the feed with just those goes to `onPreview`.
 */
const PREVIEW_FROM = 2000;
const PREVIEW_OFFERS = 100;

/** The validation, as steps that `checkFeed` runs at once and `checkFeedInSlices` with pauses. */
function* steps(json: unknown, url: string): Generator<ValidatedFeed | undefined, ValidatedFeed | Unusable> {
  const major = Number.parseInt(String((json as { lotse?: unknown } | null)?.lotse), 10);
  if (major > FEED_FORMAT_MAJOR) return { code: 'version', detail: String(major) };
  // A check date may name tomorrow: feeds are written in time zones ahead of Berlin too.
  allowDatesUntil(berlinTomorrow());
  const headIssues: Issue[] = [];
  const head = check(envelope, json, '', headIssues);
  if (head === INVALID) return { code: 'format', issues: headIssues };
  const feed = head as Infer<typeof envelope>;
  const problems: FeedProblem[] = [];
  let notKept = 0;
  let leftOut = 0;
  /** Adds a record's issues as problems, up to `MAX_PROBLEMS`: beyond, a feed is broken enough, and memory stays bounded; the rest are counted. */
  const report = (collection: FeedProblem['collection'], id: string | undefined, index: number, issues: Found[], dropped: boolean, origin?: RecordOrigin) => {
    for (const { path, ...issue } of issues) {
      if (problems.length < MAX_PROBLEMS) problems.push({ source: url, collection, id, index, field: path, ...issue, dropped, ...(origin ? { origin } : {}) });
      else notKept++;
    }
  };
  report('feed', undefined, 0, headIssues, false);

  /** Every id that a record claims, valid or not: a reference to one of them is to a dropped record. */
  const claimed = new Set<string>();
  /** The problems of references to `missing` ids: to no record at all, and (apart) to ones left out for their own problems. */
  const dangling = (issues: Found[], field: string, collection: RecordCollection, missing: string[]) => {
    const leftOut = missing.filter((id) => claimed.has(`${collection}|${id}`));
    const unknown = missing.filter((id) => !leftOut.includes(id));
    for (const [ids, expect] of [[unknown, 'existing'], [leftOut, 'dropped']] as const) {
      if (ids.length > 0) issues.push({ path: field, reason: 'reference', expect, value: ids.join(', ') });
    }
  };

  /** Checks a collection record by record; `links` drops a kept record's references that point nowhere. */
  function* checkAll<T extends { id: string }>(
    collection: RecordCollection,
    links?: (record: T, issues: Found[]) => T | typeof INVALID,
    preview?: (kept: T[]) => ValidatedFeed,
  ): Generator<ValidatedFeed | undefined, T[]> {
    const seen = new Map<string, number>();
    const kept: T[] = [];
    const inputs = feed[collection] ?? [];
    let previewed = !preview || inputs.length <= PREVIEW_FROM;
    for (let index = 0; index < inputs.length; index++) {
      if (!previewed && kept.length >= PREVIEW_OFFERS) {
        previewed = true;
        yield preview!(kept);
      }
      if (index % STEP === STEP - 1) yield;
      const input = inputs[index];
      const id = recordId(input);
      if (id) claimed.add(`${collection}|${id}`);
      // `check` only appends, and every IssueReason is a ProblemReason.
      const issues: Found[] = [];
      let record = check(RECORD_SCHEMAS[collection], input, '', issues as Issue[]) as T | typeof INVALID;
      // Only a valid record can be a duplicate: of the first valid one with its id.
      const first = seen.get(id!);
      if (record !== INVALID && first !== undefined) {
        issues.push({ path: 'id', reason: 'duplicate', expect: 'unique', value: id, first });
        record = INVALID;
      }
      if (record !== INVALID && links) record = links(record, issues);
      if (issues.length > 0) report(collection, id, index, issues, record === INVALID, recordOrigin(input));
      if (record === INVALID) {
        leftOut++;
        continue;
      }
      seen.set(id!, index);
      recordIndex.set(record, index);
      kept.push(record);
    }
    return kept;
  }

  const topicsFrom = problems.length;
  const topics = yield* checkAll<Topic>('topics');
  // Broader topics: links to no topic, and links that loop or nest too deep, go; the topics stay.
  const topicIds = new Set(topics.map((t) => t.id));
  const parents = new Map(topics.map((t) => [t.id, t.parent && topicIds.has(t.parent) ? t.parent : undefined]));
  const cut = linksToCut(parents);
  topics.forEach((topic, n) => {
    const { parent, ...unlinked } = topic;
    if (parent === undefined || (topicIds.has(parent) && !cut.has(topic.id))) return;
    const issues: Found[] = [];
    if (topicIds.has(parent)) issues.push({ path: 'parent', reason: 'reference', expect: cut.get(topic.id), value: parent });
    else dangling(issues, 'parent', 'topics', [parent]);
    const index = recordIndex.get(topic)!;
    report('topics', topic.id, index, issues, false);
    recordIndex.set(unlinked, index);
    topics[n] = unlinked;
  });
  // Staff read the list record by record: the link problems go in among the topics' own (a stable sort).
  for (const problem of problems.splice(topicsFrom).sort((a, b) => a.index - b.index)) problems.push(problem);

  const audiences = yield* checkAll<Audience>('audiences');
  const organizations = yield* checkAll<Organization>('organizations');
  const places = yield* checkAll<Place>('places');

  // References that point nowhere lose the link but keep the record.
  const orgIds = new Set(organizations.map((o) => o.id));
  const targets = { places: new Set(places.map((p) => p.id)), topics: topicIds };
  const offers = yield* checkAll<Offer>('offers', (offer, issues) => {
    let linked = offer;
    if (offer.organization && !orgIds.has(offer.organization)) {
      dangling(issues, 'organization', 'organizations', [offer.organization]);
      const { organization: _removed, ...rest } = linked;
      linked = rest;
    }
    for (const field of ['places', 'topics'] as const) {
      const known = targets[field];
      const missing = offer[field]?.filter((id) => !known.has(id)) ?? [];
      if (missing.length > 0) {
        dangling(issues, field, field, missing);
        linked = { ...linked, [field]: offer[field]!.filter((id) => known.has(id)) };
      }
    }
    return linked;
  }, (first) => ({
    ...envelopeOf(feed, url),
    topics,
    audiences,
    organizations,
    places,
    // Formatted text is checked only once the whole feed is: a preview shows the plain description.
    offers: first.map(({ richDescription: _unchecked, ...plain }) => plain),
    guides: [],
    emergency: [],
    problems: [],
  }));

  // A question needs answers, an explanation a title: else the step is left out.
  const guideSteps = yield* checkAll<GuideStep>('guides', (step, issues) => {
    const missing = step.question !== undefined ? (step.answers || step.options ? undefined : 'answers') : step.title === undefined ? 'question' : undefined;
    if (!missing) return step;
    issues.push({ path: missing, reason: 'missing' });
    return INVALID;
  });
  // Formatted text (`richDescription`) is checked by `rich-text-rules.ts`, which loads only for feeds that have it.
  // Their links to each other are checked by `guide-graph.ts`, which loads only for feeds with steps.
  const guides = guideSteps;
  const emergency = yield* checkAll<EmergencyNumber>('emergency');

  return {
    ...envelopeOf(feed, url),
    topics,
    audiences,
    organizations,
    places,
    offers,
    guides,
    emergency,
    problems,
    ...(notKept ? { problemsNotKept: notKept } : {}),
    ...(leftOut ? { recordsLeftOut: leftOut } : {}),
  };
}

/** What a validated feed takes from the checked envelope. */
function envelopeOf(feed: Infer<typeof envelope>, url: string) {
  return {
    url,
    id: feed.id,
    formatVersion: feed.lotse,
    language: feed.language,
    ...(feed.timeZone ? { timeZone: feed.timeZone } : {}),
    ...(feed.calendars ? { calendars: feed.calendars } : {}),
    publisher: feed.publisher,
  };
}

/**
 * Validates a parsed feed at once. Returns `Unusable` only when the feed as a
 * whole is unusable (not an object, unknown major version, a required field
 * of the envelope wrong, more records than `MAX_RECORDS`); record problems
 * are part of the result.
 */
export function checkFeed(json: unknown, url: string): ValidatedFeed | Unusable {
  return atOnce(steps(json, url));
}

/**
 * `checkFeed` in slices of a few milliseconds, with the page free to run in
 * between. A large feed is also given to `onPreview` early, with only its
 * first checked offers (see `PREVIEW_FROM`), so they can be shown at once.
 */
export function checkFeedInSlices(json: unknown, url: string, onPreview?: (preview: ValidatedFeed) => void): Promise<ValidatedFeed | Unusable> {
  return inSlices(steps(json, url), onPreview);
}
