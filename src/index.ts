/**
 * Lotse: every element, registered. This is the module behind `dist/lotse.js`,
 * the one script tag a webmaster pastes. Developers who build on the core
 * import `lotse/core` from npm instead.
 */
export { LotseFeedInfo } from './components/feed-info/define.js';
export { LotseOfferFinder } from './components/offer-finder/define.js';

/**
 * Deletes every feed copy that `cache="persistent"` kept in IndexedDB (for a
 * privacy page's "forget" button). The IndexedDB code loads only when called
 * or when a page opted in.
 */
export function clearCachedFeeds(): Promise<void> {
  return import('./core/feed/persistent-cache.js').then((cache) => cache.clearCachedFeeds());
}
