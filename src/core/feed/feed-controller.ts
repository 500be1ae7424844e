/**
 * Connects an element to the shared feed store. The host says which feeds it
 * wants (a space-separated `src`), the controller subscribes, merges them into
 * one catalogue and asks the host to render whenever a feed changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { buildCatalog, type Catalog } from './catalog.js';
import { FeedError } from './errors.js';
import { feedUrl } from './fetch.js';
import { feedSource, type FeedSource } from './store.js';

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
}

/** True when a page opts every widget into the persistent cache. */
function pageWantsPersistentCache(): boolean {
  return document.querySelector('meta[name="lotse:cache"]')?.getAttribute('content') === 'persistent';
}

export class FeedController implements ReactiveController {
  state: FeedState = { status: 'empty' };
  private key = '';
  private sources: FeedSource[] = [];
  private urlErrors: FeedError[] = [];
  private unsubscribe: (() => void)[] = [];
  private catalogFor?: { feeds: unknown[]; catalog: Catalog };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly request: () => FeedRequest,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Lit does not update on reconnect; a moved host must subscribe again.
    this.key = '';
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    const { src, persistent } = this.request();
    const wantPersistent = persistent || pageWantsPersistentCache();
    const key = `${src}|${wantPersistent}`;
    if (key === this.key) return;
    this.key = key;
    this.detach();
    this.urlErrors = [];
    this.sources = [];
    for (const raw of src.split(/\s+/).filter(Boolean)) {
      try {
        this.sources.push(feedSource(feedUrl(raw), wantPersistent));
      } catch (error) {
        const feedError = error as FeedError;
        console.error(`Lotse: "${raw}" is not a usable feed URL; use an http(s) address or a relative path.`);
        this.urlErrors.push(feedError);
      }
    }
    this.unsubscribe = this.sources.map((s) => s.subscribe(() => this.changed()));
    this.state = this.compute();
  }

  hostDisconnected(): void {
    this.detach();
    this.key = '';
  }

  /** Loads every feed again (the error state's retry button). */
  reload(): Promise<void> {
    return Promise.all(this.sources.map((s) => s.load())).then(() => undefined);
  }

  private detach(): void {
    this.unsubscribe.forEach((off) => off());
    this.unsubscribe = [];
  }

  private changed(): void {
    this.state = this.compute();
    this.host.requestUpdate();
  }

  private compute(): FeedState {
    if (this.sources.length === 0 && this.urlErrors.length === 0) return { status: 'empty' };
    const states = this.sources.map((s) => s.state);
    if (states.some((s) => s.status === 'loading')) return { status: 'loading' };
    const errors = [...this.urlErrors];
    const stale: { url: string; fetchedAt: string; error: FeedError }[] = [];
    const feeds = [];
    for (const [i, state] of states.entries()) {
      if (state.status === 'error') errors.push(state.error);
      else if (state.status === 'ready') {
        feeds.push(state.feed);
        if (state.stale) stale.push({ url: this.sources[i].url, fetchedAt: state.fetchedAt, error: state.stale });
      }
    }
    if (feeds.length === 0) return { status: 'error', errors };
    return { status: 'ready', catalog: this.catalog(feeds), errors, stale };
  }

  /** The merged catalogue, rebuilt only when one of the feeds changed. */
  private catalog(feeds: Catalog['feeds']): Catalog {
    const cached = this.catalogFor;
    if (cached && cached.feeds.length === feeds.length && cached.feeds.every((f, i) => f === feeds[i])) {
      return cached.catalog;
    }
    const catalog = buildCatalog(feeds);
    this.catalogFor = { feeds, catalog };
    return catalog;
  }
}
