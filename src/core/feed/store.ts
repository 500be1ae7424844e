/**
 * The page-wide feed store: one request per feed URL per page, however many
 * widgets show it, and the last good copy kept for when the server is down.
 */
import { FeedError } from './errors.js';
import { fetchJsonAndText, type FetchOptions } from './fetch.js';
import { DEFAULT_CACHE_MAX_AGE_DAYS, MAX_PROBLEMS } from './limits.js';
import { checkFeedInSlices, recordCollections, richTextDeps, type FeedProblem, type ValidatedFeed } from './validate-records.js';

/** Problems in words, for staff: loaded only when a feed has problems. */
const problemReport = () => import('./problem-report.js');
/** The checks of a guide's links (`<lotse-health-guide>`): loaded only for a feed with guide steps. */
const guideGraph = () => import('./guide-graph.js');
/** The check of formatted text (`richDescription`): loaded only for a feed that has it. */
const richText = () => import('./rich-text-rules.js');
/** The search for keys written twice: loaded only where staff check a feed. */
const repeatedKeys = () => import('./repeated-keys.js');

/**
 * Puts a feed's problems into words once that code has loaded, and with
 * `log` writes the grouped console warning. Widgets do not wait for it:
 * `<lotse-feed-info>` describes each row itself (`describeProblem`).
 */
function putIntoWords(feed: ValidatedFeed, log: boolean): void {
  if (feed.problems.length === 0) return;
  problemReport().then(
    (report) => (log ? report.reportProblems(feed) : report.describeProblems(feed.problems)),
    () => console.warn(`Lotse: ${feed.problems.length} problem(s) in ${feed.url}; the code that describes them could not be loaded.`),
  );
}

/**
 * Validates a feed in slices, so a big one never blocks the page; one that
 * is unusable as a whole becomes a `FeedError` that says why. `json` stays
 * as it is: the persistent copy keeps exactly what the server sent.
 */
async function validate(json: unknown, url: string, onPreview?: (preview: ValidatedFeed) => void): Promise<ValidatedFeed> {
  const result = await checkFeedInSlices(json, url, onPreview);
  if (!('code' in result)) {
    // The links between guide steps: checked by code that only feeds with a guide load.
    if (result.guides.length > 0) (await guideGraph()).checkGuideLinks(result, json, MAX_PROBLEMS);
    if (result.offers.some((offer) => offer.richDescription !== undefined)) {
      await richText().then(
        (m) => m.checkRichTexts(result, richTextDeps),
        // Never drawn unchecked: without the check, the plain descriptions are shown.
        () => result.offers.forEach((offer, n) => {
          if (offer.richDescription === undefined) return;
          const { richDescription: _unchecked, ...plain } = offer;
          result.offers[n] = plain;
        }),
      );
    }
    return result;
  }
  const detail = 'issues' in result ? await problemReport().then((m) => m.envelopeDetail(result.issues), () => '') : result.detail;
  throw new FeedError(result.code, url, detail);
}

/**
 * A source that is not a Lotse feed (an iCalendar file): fetched and turned
 * into feed JSON by its reader, then validated like any feed, with the
 * reader's own problems (a line of the file) before the validator's.
 * Widgets that accept such sources register a reader; the store knows none.
 */
export interface SourceReader {
  accepts(url: string): boolean;
  read(url: string, options: FetchOptions): Promise<{ json: unknown; problems: FeedProblem[] }>;
}

const readers: SourceReader[] = [];

/** Lets the store read sources that `reader` accepts (once per reader). */
export function addSourceReader(reader: SourceReader): void {
  if (!readers.includes(reader)) readers.push(reader);
}

/** The IndexedDB code loads only for pages that opted in to the persistent copy. */
const persistentCache = () => import('./persistent-cache.js');

export type SourceState =
  | {
      status: 'loading';
      /** A large feed's first offers, checked while the rest is (see `checkFeedInSlices`). */
      preview?: ValidatedFeed;
    }
  | {
      status: 'ready';
      feed: ValidatedFeed;
      /** ISO timestamp of the fetch that produced `feed`. */
      fetchedAt: string;
      /** Set when `feed` is an older copy because the latest load failed. */
      stale?: FeedError;
    }
  | { status: 'error'; error: FeedError };

interface GoodCopy {
  feed: ValidatedFeed;
  fetchedAt: string;
  json: unknown;
}

export class FeedSource {
  state: SourceState = { status: 'loading' };
  persistent = false;
  /** Days a persistent copy may be shown: the shortest that a widget keeping it asked for. */
  maxAgeDays = Infinity;
  readonly #listeners = new Set<() => void>();
  #lastGood?: GoodCopy;
  #inflight?: Promise<void>;
  #inflightFresh = false;
  /** A fresh load waiting for an ordinary one to finish. */
  #freshNext?: Promise<void>;
  readonly #options: FetchOptions;

  constructor(
    readonly url: string,
    options: FetchOptions = {},
  ) {
    this.#options = options;
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Staff check this feed (`<lotse-feed-info>`): its loads also look in the
   * text for keys written twice in a record, which `JSON.parse` drops silently.
   */
  checkText = false;

  /** True once a load that asks the server itself, not the browser's HTTP cache, has started. */
  freshRequested = false;

  /**
   * Starts a load unless one is already running; resolves when it settles.
   * `fresh` skips the browser's HTTP cache: for "try again" and for staff
   * who check the feed they just edited.
   */
  load(fresh = false): Promise<void> {
    // A fresh load asked for while an ordinary one runs follows it, so staff never get a cached copy.
    if (this.#inflight && fresh && !this.#inflightFresh) {
      return (this.#freshNext ??= this.#inflight.then(() => {
        this.#freshNext = undefined;
        return this.load(true);
      }));
    }
    this.#inflightFresh ||= fresh;
    return (this.#inflight ??= this.#fetchAndValidate(fresh).finally(() => {
      this.#inflight = undefined;
      this.#inflightFresh = false;
    }));
  }

  /**
   * Turns on the persistent copy and writes the current good copy at once.
   * `maxAgeDays` (a widget's `cache-max-age`): older copies are not shown;
   * with several widgets the shortest wins.
   */
  keepPersistently(maxAgeDays?: number): void {
    // Anything but a number of days from 0 up counts as the default.
    this.maxAgeDays = Math.min(this.maxAgeDays, maxAgeDays !== undefined && maxAgeDays >= 0 ? maxAgeDays : DEFAULT_CACHE_MAX_AGE_DAYS);
    if (this.persistent) return;
    this.persistent = true;
    this.#persist();
  }

  /** Writes the good copy to IndexedDB, if this source keeps one there. */
  #persist(): void {
    const good = this.#lastGood;
    if (this.persistent && good) {
      void persistentCache().then((m) => m.writeCachedFeed({ url: this.url, fetchedAt: good.fetchedAt, json: good.json }));
    }
  }

  #set(state: SourceState): void {
    this.state = state;
    for (const listener of [...this.#listeners]) listener();
  }

  async #fetchAndValidate(fresh: boolean): Promise<void> {
    if (this.state.status === 'error') this.#set({ status: 'loading' });
    this.freshRequested ||= fresh;
    let failure: FeedError | undefined;
    try {
      const reader = readers.find((r) => r.accepts(this.url));
      const { json, problems, notKept = 0 }: { json: unknown; problems: FeedProblem[]; notKept?: number } = reader
        ? await reader.read(this.url, { ...this.#options, fresh })
        : await this.#fetchFeed(fresh);
      // A preview only while nothing is shown yet: never instead of a good copy.
      const feed = await validate(json, this.url, (preview) => {
        if (this.state.status === 'loading') this.#set({ status: 'loading', preview });
      });
      feed.problems.unshift(...problems);
      if (notKept > 0) feed.problemsNotKept = (feed.problemsNotKept ?? 0) + notKept;
      putIntoWords(feed, true);
      this.#lastGood = { feed, fetchedAt: new Date().toISOString(), json };
      this.#persist();
    } catch (caught) {
      failure = caught instanceof FeedError ? caught : new FeedError('format', this.url, String(caught));
      console.error(`${failure.message}: the feed could not be loaded.`);
      // Without a copy in memory, a page that opted in may still have one in IndexedDB.
      this.#lastGood ??= this.persistent ? await this.#fromPersistentCopy() : undefined;
    }
    const good = this.#lastGood;
    this.#set(good ? { status: 'ready', feed: good.feed, fetchedAt: good.fetchedAt, stale: failure } : { status: 'error', error: failure! });
  }

  /** A Lotse feed; for staff (`checkText`), with the keys its text writes twice in a record. */
  async #fetchFeed(fresh: boolean): Promise<{ json: unknown; problems: FeedProblem[]; notKept?: number }> {
    const { json, body } = await fetchJsonAndText(this.url, { ...this.#options, fresh });
    if (!this.checkText) return { json, problems: [] };
    const { problems, more } = await repeatedKeys().then((m) => m.repeatedKeyProblems(body, json, this.url, recordCollections), () => ({ problems: [], more: 0 }));
    return { json, problems, notKept: more };
  }

  async #fromPersistentCopy(): Promise<GoodCopy | undefined> {
    try {
      const cached = await (await persistentCache()).readCachedFeed(this.url, this.maxAgeDays);
      if (!cached) return undefined;
      const feed = await validate(cached.json, this.url);
      putIntoWords(feed, false);
      return { ...cached, feed };
    } catch {
      return undefined;
    }
  }
}

const sources = new Map<string, FeedSource>();
let defaults: FetchOptions = {};

/**
 * The shared source for a feed URL (already resolved with `feedUrl`). The
 * first call starts the load; later calls share it. `cacheMaxAge`: days a
 * persistent copy may be shown (default 30).
 */
export function feedSource(url: string, persistent = false, fresh = false, cacheMaxAge?: number): FeedSource {
  let source = sources.get(url);
  if (!source) {
    sources.set(url, (source = new FeedSource(url, defaults)));
    source.checkText = fresh;
    void source.load(fresh);
  } else if (fresh && (!source.freshRequested || !source.checkText)) {
    source.checkText = true;
    void source.load(true);
  }
  if (persistent) source.keepPersistently(cacheMaxAge);
  return source;
}

/**
 * Forgets every source, as a page reload would, and sets fetch options for the
 * sources created afterwards. Meant for tests and single-page hosts.
 */
export function resetFeedStore(options: FetchOptions = {}): void {
  sources.clear();
  defaults = options;
}
