/**
 * Lotse: every element, registered. This is the module behind `dist/lotse.js`,
 * the one script tag a webmaster pastes. Developers who build on the core
 * import `lotse/core` from npm instead.
 */
export { LotseFeedInfo } from './components/feed-info/define.js';
export { LotseOfferFinder } from './components/offer-finder/define.js';
export { clearCachedFeeds } from './core/feed/persistent-cache.js';
