/**
 * The page-wide feed store: one request per feed URL per page, however many
 * widgets show it, and the last good copy kept for when the server is down.
 */
import { FeedError } from './errors.js';
import { fetchJson, type FetchOptions } from './fetch.js';
import type { CachedFeed } from './persistent-cache.js';

/** The IndexedDB code loads only for pages that opted in to the persistent copy. */
const persistentCache = () => import('./persistent-cache.js');
const writeCachedFeed = (entry: CachedFeed) => persistentCache().then((m) => m.writeCachedFeed(entry));
const readCachedFeed = (url: string) => persistentCache().then((m) => m.readCachedFeed(url));
import type { ValidatedFeed } from './validate.js';

/**
 * The validator loads as its own chunk, requested together with the feed, so
 * it costs no extra wait and no bytes before the first paint.
 */
const validator = () =>
  import('./validate.js').catch(() => {
    throw new FeedError('network', 'validate.js');
  });

export type SourceState =
  | { status: 'loading' }
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

function asFeedError(error: unknown, url: string): FeedError {
  return error instanceof FeedError ? error : new FeedError('format', url, String(error));
}

function reportProblems(feed: ValidatedFeed): void {
  if (feed.problems.length === 0) return;
  const dropped = new Set(feed.problems.filter((p) => p.dropped).map((p) => `${p.collection}|${p.index}`)).size;
  const lines = feed.problems.map(
    (p) =>
      `  ${p.collection}[${p.index}]${p.id ? ` id "${p.id}"` : ''}: ${p.field || '(record)'}: ${p.reason}${p.dropped ? '' : ' (kept)'}`,
  );
  console.warn(
    `Lotse: ${feed.problems.length} problem(s) in ${feed.url}; ${dropped} record(s) dropped, the rest is shown.\n${lines.join('\n')}`,
  );
}

export class FeedSource {
  state: SourceState = { status: 'loading' };
  persistent = false;
  private readonly listeners = new Set<() => void>();
  private lastGood?: GoodCopy;
  private inflight?: Promise<void>;

  constructor(
    readonly url: string,
    private readonly options: FetchOptions = {},
  ) {}

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts a load unless one is already running; resolves when it settles. */
  load(): Promise<void> {
    this.inflight ??= this.fetchAndValidate().finally(() => {
      this.inflight = undefined;
    });
    return this.inflight;
  }

  /** Turns on the persistent copy; writes the current good copy at once. */
  keepPersistently(): void {
    if (this.persistent) return;
    this.persistent = true;
    if (this.lastGood) void writeCachedFeed({ url: this.url, fetchedAt: this.lastGood.fetchedAt, json: this.lastGood.json });
  }

  private set(state: SourceState): void {
    this.state = state;
    for (const listener of [...this.listeners]) listener();
  }

  private async fetchAndValidate(): Promise<void> {
    if (this.state.status === 'error') this.set({ status: 'loading' });
    try {
      const [json, { validateFeed }] = await Promise.all([fetchJson(this.url, this.options), validator()]);
      const feed = validateFeed(json, this.url);
      const fetchedAt = new Date().toISOString();
      this.lastGood = { feed, fetchedAt, json };
      reportProblems(feed);
      if (this.persistent) void writeCachedFeed({ url: this.url, fetchedAt, json });
      this.set({ status: 'ready', feed, fetchedAt });
    } catch (caught) {
      const error = asFeedError(caught, this.url);
      console.error(`${error.message}: the feed could not be loaded.`);
      const fallback = this.lastGood ?? (this.persistent ? await this.fromPersistentCopy() : undefined);
      if (fallback) {
        this.lastGood = fallback;
        this.set({ status: 'ready', feed: fallback.feed, fetchedAt: fallback.fetchedAt, stale: error });
      } else {
        this.set({ status: 'error', error });
      }
    }
  }

  private async fromPersistentCopy(): Promise<GoodCopy | undefined> {
    const cached = await readCachedFeed(this.url);
    if (!cached) return undefined;
    try {
      const { validateFeed } = await validator();
      return { feed: validateFeed(cached.json, this.url), fetchedAt: cached.fetchedAt, json: cached.json };
    } catch {
      return undefined;
    }
  }
}

const sources = new Map<string, FeedSource>();
let defaults: FetchOptions = {};

/**
 * The shared source for a feed URL (already resolved with `feedUrl`). The
 * first call starts the load; later calls share it.
 */
export function feedSource(url: string, persistent = false): FeedSource {
  let source = sources.get(url);
  if (!source) {
    source = new FeedSource(url, defaults);
    sources.set(url, source);
    if (persistent) source.keepPersistently();
    void source.load();
  } else if (persistent) {
    source.keepPersistently();
  }
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
