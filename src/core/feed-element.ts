/**
 * The base of every widget that shows a feed: the `src` and `cache`
 * attributes, one `FeedController`, and the states every such widget
 * shares (no `src`, loading, error with "Try again"). A widget draws only
 * what it does with a loaded feed, in `renderReady()`.
 *
 * The feed state a widget reads in `willUpdate()` and `render()` is always
 * the current one (see `FeedController.state`): an element added after its
 * feed loaded, or whose `src` now names a feed that is already loaded, shows
 * that feed in its very first update.
 */
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { FeedController, type FeedRequest, type FeedState } from './feed/feed-controller.js';
import { AttributeWarnings } from './attributes.js';
import { LotseElement } from './lotse-element.js';
import { feedStateView, type ReadyFeedState } from './ui/states.js';
import { preloadLanguageNames } from './locale/language-names.js';

let languageNamesPreloaded = false;

export abstract class LotseFeedElement extends LotseElement {
  static override properties: PropertyDeclarations = {
    ...LotseElement.properties,
    src: {},
    cache: {},
    cacheMaxAge: { attribute: 'cache-max-age', type: Number },
    trustedFeeds: { attribute: 'trusted-feeds' },
  };

  /** URL of the feed; several URLs separated by spaces are merged. */
  src = '';
  /** `persistent` keeps the last good copy in IndexedDB; anything else keeps it in memory only. */
  cache: 'memory' | 'persistent' = 'memory';
  /** Days a persistent copy may be shown when the server is down (default 30). */
  cacheMaxAge?: number;
  /**
   * Feeds (of `src`) that share the first feed's topics and audiences:
   * space-separated URLs, or empty (the bare attribute) for every feed.
   * Without it, every other feed keeps a vocabulary of its own.
   */
  trustedFeeds: string | null = null;

  protected readonly feed = new FeedController(this, () => this.feedRequest());
  protected readonly attributeWarnings = new AttributeWarnings(this);

  /** What to load. Staff tools ask for `fresh` copies. */
  protected feedRequest(): FeedRequest {
    const maxAge = this.cacheMaxAge;
    return {
      src: this.src,
      persistent: this.cache === 'persistent',
      trusted: this.trustedFeeds ?? undefined,
      cacheMaxAge: maxAge === undefined || maxAge === null ? undefined : this.attributeWarnings.integer('cache-max-age', maxAge, 0, 3650, 30),
    };
  }

  /** The current state of the element's feeds. */
  protected get feedState(): FeedState {
    return this.feed.state;
  }

  /** Read by screen readers while the feed loads ("Loading offers…"). */
  protected abstract loadingText(): string;

  /** The widget itself, once at least one of its feeds is loaded. */
  protected abstract renderReady(state: ReadyFeedState): TemplateResult;

  /** A widget's own view of unusable feeds; by default the residents' error with "Try again". */
  protected renderFeedErrors?(errors: ReadyFeedState['errors']): TemplateResult;

  /** Loads every feed again, from the server rather than the HTTP cache. */
  protected reload(): Promise<void> {
    return this.feed.reload();
  }

  protected override recover(): Promise<void> {
    this.requestUpdate();
    return this.reload();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!languageNamesPreloaded && this.feedState.status === 'loading') {
      languageNamesPreloaded = true;
      // In a task of its own while the feed is on its way, rather than in the first results or a key press.
      setTimeout(preloadLanguageNames);
    }
  }

  protected renderContent(): TemplateResult {
    return feedStateView(this.feedState, {
      loading: this.loadingText(),
      retry: () => void this.retry(() => this.reload()),
      ready: (state) => this.renderReady(state),
      error: this.renderFeedErrors ? (errors) => this.renderFeedErrors!(errors) : undefined,
    });
  }
}
