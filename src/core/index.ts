/** The public core for developers who build on Lotse: feed loading, validation, text and locale helpers. */
export { FeedError, type FeedErrorCode } from './feed/errors.js';
export { feedUrl, fetchJson, type FetchOptions } from './feed/fetch.js';
export { validateFeed, type FeedProblem, type ProblemReason, type ValidatedFeed } from './feed/validate.js';
export { describeProblem, describeProblems, type ProblemWords } from './feed/problem-report.js';
export {
  buildCatalog,
  buildCatalogInSlices,
  type Catalog,
  type CatalogOptions,
  type OfferEntry,
  type VocabularyEntry,
} from './feed/catalog.js';
export { MAX_FEED_CHARS, MAX_ITEMS, MAX_PROBLEMS, MAX_RECORDS, MAX_TOPIC_DEPTH } from './feed/limits.js';
export { feedSource, resetFeedStore, FeedSource, type SourceState } from './feed/store.js';
export { FeedController, type FeedState } from './feed/feed-controller.js';
export { clearCachedFeeds } from './feed/persistent-cache.js';
export * from './feed/schema.js';
export { pickText, type ShownText } from './locale/text.js';
export { directionOf, type Direction } from './locale/direction.js';
export { LocaleController, choosePageLanguage, pageLanguage } from './locale/locale-controller.js';
export { LotseElement, defineElement } from './lotse-element.js';
