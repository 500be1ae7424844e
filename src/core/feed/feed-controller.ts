/**
 * Connects an element to the shared feed store. The host says which feeds it
 * wants (a space-separated `src`), the controller subscribes, merges them into
 * one catalogue and asks the host to render whenever a feed changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { buildCatalog, type Catalog } from './catalog.js';
import type { FeedError } from './errors.js';
import { feedUrl } from './fetch.js';
import { feedSource, type FeedSource } from './store.js';
import type { ValidatedFeed } from './validate-records.js';

export type FeedState =
  | { status: 'empty' }
  | { status: 'loading' }
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
}

/** True when a page opts every widget into the persistent cache. */
function pageWantsPersistentCache(): boolean {
  return document.querySelector('meta[name="lotse:cache"]')?.getAttribute('content') === 'persistent';
}

export class FeedController implements ReactiveController {
  state: FeedState = { status: 'empty' };
  /** The request the subscriptions were made for; empty while detached. */
  #key = '';
  #sources: FeedSource[] = [];
  #urlErrors: FeedError[] = [];
  #unsubscribe: (() => void)[] = [];
  #lastCatalog?: Catalog;
  readonly #host: ReactiveControllerHost;
  readonly #request: () => FeedRequest;

  constructor(host: ReactiveControllerHost, request: () => FeedRequest) {
    this.#host = host;
    this.#request = request;
    host.addController(this);
  }

  hostConnected(): void {
    // Lit does not update on reconnect; a moved host must subscribe again.
    this.#host.requestUpdate();
  }

  hostUpdate(): void {
    const { src, persistent, fresh = false } = this.#request();
    const wantPersistent = persistent || pageWantsPersistentCache();
    const key = `${src}|${wantPersistent}`;
    if (key === this.#key) return;
    this.hostDisconnected();
    this.#key = key;
    this.#sources = [];
    this.#urlErrors = [];
    for (const raw of src.match(/\S+/g) ?? []) {
      try {
        this.#sources.push(feedSource(feedUrl(raw), wantPersistent, fresh));
      } catch (error) {
        console.error(`Lotse: "${raw}" is not a usable feed URL; use an http(s) address or a relative path.`);
        this.#urlErrors.push(error as FeedError);
      }
    }
    this.#unsubscribe = this.#sources.map((s) =>
      s.subscribe(() => {
        this.state = this.#compute();
        this.#host.requestUpdate();
      }),
    );
    this.state = this.#compute();
  }

  hostDisconnected(): void {
    this.#unsubscribe.forEach((off) => off());
    this.#key = '';
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
      if (state.status === 'loading') return { status: 'loading' };
      if (state.status === 'error') errors.push(state.error);
      else {
        feeds.push(state.feed);
        if (state.stale) stale.push({ url: state.feed.url, fetchedAt: state.fetchedAt, error: state.stale });
      }
    }
    if (feeds.length > 0) return { status: 'ready', catalog: this.#catalog(feeds), errors, stale };
    return errors.length > 0 ? { status: 'error', errors } : { status: 'empty' };
  }

  /** The merged catalogue, rebuilt only when one of the feeds changed. */
  #catalog(feeds: ValidatedFeed[]): Catalog {
    const last = this.#lastCatalog;
    if (last?.feeds.length === feeds.length && feeds.every((feed, i) => feed === last.feeds[i])) return last;
    return (this.#lastCatalog = buildCatalog(feeds));
  }
}
