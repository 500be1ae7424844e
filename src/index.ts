/**
 * Lotse: every element, registered. Built twice: as `dist/lotse.js`, the one
 * script tag a webmaster pastes (with its own Lit), and as the npm package's
 * root `lotse` (`dist/npm/index.js`), which shares the application's Lit.
 * Developers who build on the core import `lotse/core` instead.
 */
export { LotseCourseCalendar } from './components/course-calendar/define.js';
export { LotseFeedInfo } from './components/feed-info/define.js';
export { LotseHealthGuide } from './components/health-guide/define.js';
export { LotseLanguageSwitcher } from './components/language-switcher/define.js';
export { LotseOfferFinder } from './components/offer-finder/define.js';

/**
 * Deletes every feed copy that `cache="persistent"` kept in IndexedDB (for a
 * privacy page's "forget" button). The IndexedDB code loads only when called
 * or when a page opted in.
 */
export function clearCachedFeeds(): Promise<void> {
  return import('./core/feed/persistent-cache.js').then((cache) => cache.clearCachedFeeds());
}
