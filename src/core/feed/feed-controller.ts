/**
 * Connects an element to the shared feed store. The host says which feeds it
 * wants (a space-separated `src`), the controller subscribes, merges them into
 * one catalogue and asks the host to render whenever a feed changes.
 *
 * `state` is always current when it is read: Lit runs `willUpdate()` before
 * the controllers' `hostUpdate()`, so a state that only caught up there
 * would be one update late (an element added after its feed loaded, a `src`
 * changed to a feed that is already loaded). Reading `state` therefore
 * compares the request with the one subscribed to and catches up first.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { buildCatalog, buildCatalogInSlices, type Catalog } from './catalog.js';
import type { FeedError } from './errors.js';
import { feedUrl } from './fetch.js';
import { feedSource, type FeedSource } from './store.js';
import type { ValidatedFeed } from './validate-records.js';

export type FeedState =
  | { status: 'empty' }
  | {
      status: 'loading';
      /** A large feed's first offers, while the rest is checked: one feed only, never with failures. */
      preview?: Catalog;
    }
  | { status: 'error'; errors: FeedError[] }
  | {
      status: 'ready';
      catalog: Catalog;
      /** Feeds that failed outright while others loaded. */
      errors: FeedError[];
      /** Feeds shown from an older copy, with the fetch time of that copy. */
      stale: { url: string; fetchedAt: string; error: FeedError }[];
    };

export interface FeedRequest {
  /** Space-separated feed URLs. */
  src: string;
  persistent: boolean;
  /** Skip the browser's HTTP cache (staff checking the feed they just edited). */
  fresh?: boolean;
  /**
   * Feeds that share the first feed's topics and audiences: `undefined` none
   * but the first, `''` every feed, else space-separated URLs (resolved like
   * `src`). Only the page says so, never a feed.
   */
  trusted?: string;
  /** Days a persistent copy may be shown (default 30). */
  cacheMaxAge?: number;
}

/** Catalogues up to this many offers are merged at once; larger ones in slices, so typing never waits on them. */
const AT_ONCE = 2000;

interface CatalogEntry {
  feeds: ValidatedFeed[];
  catalog?: Catalog;
  building?: Promise<Catalog>;
}

/**
 * Merged catalogues, shared by every widget on the page that shows the same
 * feeds with the same trust: an element added later finds it built.
 */
const catalogs = new Map<string, CatalogEntry>();
const previews = new WeakMap<ValidatedFeed, Catalog>();

/** True when a page opts every widget into the persistent cache. */
function pageWantsPersistentCache(): boolean {
  return document.querySelector('meta[name="lotse:cache"]')?.getAttribute('content') === 'persistent';
}

/** True when two states show the same thing (same catalogue, same failures). */
function sameState(a: FeedState, b: FeedState): boolean {
  if (a.status !== b.status) return false;
  if (a.status === 'ready' && b.status === 'ready') {
    return a.catalog === b.catalog && sameList(a.errors, b.errors) && sameList(a.stale.map((s) => s.error), b.stale.map((s) => s.error));
  }
  if (a.status === 'error' && b.status === 'error') return sameList(a.errors, b.errors);
  if (a.status === 'loading' && b.status === 'loading') return a.preview === b.preview;
  return true;
}

const sameList = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export class FeedController implements ReactiveController {
  #state: FeedState = { status: 'empty' };
  /** The request the subscriptions were made for; empty while detached. */
  #key = '';
  #connected = false;
  #sources: FeedSource[] = [];
  #urlErrors: FeedError[] = [];
  #unsubscribe: (() => void)[] = [];
  #trusted?: ReadonlySet<string> | true;
  #catalogKey = '';
  /** The preview shown while the feed was checked, kept while its catalogue is merged. */
  #shownPreview?: Catalog;
  readonly #host: ReactiveControllerHost;
  readonly #request: () => FeedRequest;

  constructor(host: ReactiveControllerHost, request: () => FeedRequest) {
    this.#host = host;
    this.#request = request;
    host.addController(this);
  }

  /** The merged state of the host's feeds, brought up to date with the host's request on every read. */
  get state(): FeedState {
    this.#sync();
    return this.#state;
  }

  hostConnected(): void {
    this.#connected = true;
    // Lit does not update on reconnect; a moved host must subscribe again.
    this.#host.requestUpdate();
  }

  hostUpdate(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#unsubscribe.forEach((off) => off());
    this.#unsubscribe = [];
    this.#key = '';
  }

  /** Subscribes to the feeds the host asks for now, if that changed; a detached host keeps its last state and subscribes to nothing. */
  #sync(): void {
    if (!this.#connected) return;
    const request = this.#request();
    const { persistent, fresh = false, cacheMaxAge } = request;
    // A removed attribute is null, a framework's unset prop undefined: both mean no feed (no trust), as '' does.
    const src = typeof request.src === 'string' ? request.src : '';
    const trusted = typeof request.trusted === 'string' ? request.trusted : undefined;
    const wantPersistent = persistent || pageWantsPersistentCache();
    const key = `${src}|${wantPersistent}|${trusted}|${cacheMaxAge}`;
    if (key === this.#key) return;
    this.#unsubscribe.forEach((off) => off());
    this.#key = key;
    this.#shownPreview = undefined;
    this.#sources = [];
    this.#urlErrors = [];
    this.#trusted = trusted === undefined ? undefined : trusted.trim() === '' ? true : new Set(trustedUrls(trusted));
    this.#catalogKey = `${trusted}`;
    for (const raw of src.match(/\S+/g) ?? []) {
      try {
        const source = feedSource(feedUrl(raw), wantPersistent, fresh, cacheMaxAge);
        // A feed named twice is shown once, not with every record twice.
        if (!this.#sources.includes(source)) this.#sources.push(source);
      } catch (error) {
        console.error(`Lotse: "${raw}" is not a usable feed URL; use an http(s) address or a relative path.`);
        this.#urlErrors.push(error as FeedError);
      }
    }
    this.#unsubscribe = this.#sources.map((s) =>
      s.subscribe(() => {
        this.#state = this.#compute();
        this.#host.requestUpdate();
      }),
    );
    // A host moved in the DOM subscribes again; what it shows stays the same object.
    const state = this.#compute();
    if (!sameState(state, this.#state)) this.#state = state;
  }

  /** Loads every feed again, from the server rather than the HTTP cache (the retry button). */
  reload(): Promise<void> {
    return Promise.all(this.#sources.map((s) => s.load(true))).then(() => undefined);
  }

  #compute(): FeedState {
    const errors = [...this.#urlErrors];
    const stale: { url: string; fetchedAt: string; error: FeedError }[] = [];
    const feeds: ValidatedFeed[] = [];
    for (const { state } of this.#sources) {
      if (state.status === 'loading') {
        const alone = this.#sources.length === 1 && errors.length === 0;
        this.#shownPreview = state.preview && alone ? this.#preview(state.preview) : undefined;
        return this.#loading();
      }
      if (state.status === 'error') errors.push(state.error);
      else {
        feeds.push(state.feed);
        if (state.stale) stale.push({ url: state.feed.url, fetchedAt: state.fetchedAt, error: state.stale });
      }
    }
    if (feeds.length > 0) {
      const catalog = this.#catalog(feeds);
      // While a large catalogue is merged, its feed's preview stays.
      return catalog ? { status: 'ready', catalog, errors, stale } : this.#loading();
    }
    return errors.length > 0 ? { status: 'error', errors } : { status: 'empty' };
  }

  #loading(): FeedState {
    return this.#shownPreview ? { status: 'loading', preview: this.#shownPreview } : { status: 'loading' };
  }

  /** The catalogue of a feed's preview, made once however many widgets show it. */
  #preview(feed: ValidatedFeed): Catalog {
    let catalog = previews.get(feed);
    if (!catalog) previews.set(feed, (catalog = buildCatalog([feed], { trusted: this.#trusted })));
    return catalog;
  }

  /**
   * The merged catalogue of these feeds, shared page-wide; rebuilt only when
   * one of them changed. A large one is merged in slices: until it is ready
   * this answers `undefined` and asks the host to update when it is.
   */
  #catalog(feeds: ValidatedFeed[]): Catalog | undefined {
    const key = `${feeds.map((feed) => feed.url).join(' ')}|${this.#catalogKey}`;
    let entry = catalogs.get(key);
    if (!entry || entry.feeds.length !== feeds.length || !feeds.every((feed, i) => feed === entry!.feeds[i])) {
      catalogs.set(key, (entry = { feeds }));
    }
    if (entry.catalog) return entry.catalog;
    const options = { trusted: this.#trusted };
    if (feeds.reduce((n, feed) => n + feed.offers.length, 0) <= AT_ONCE) return (entry.catalog = buildCatalog(feeds, options));
    const building = entry;
    building.building ??= buildCatalogInSlices(feeds, options).then((catalog) => (building.catalog = catalog));
    void building.building.then(() => {
      if (catalogs.get(key) !== building) return;
      this.#state = this.#compute();
      this.#host.requestUpdate();
    });
    return undefined;
  }
}

/** The trusted feeds' URLs, resolved like `src`; addresses that are not URLs trust nothing. */
function trustedUrls(list: string): string[] {
  return (list.match(/\S+/g) ?? []).flatMap((raw) => {
    try {
      return [feedUrl(raw)];
    } catch {
      return [];
    }
  });
}
