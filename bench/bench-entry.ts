// The core functions the bench times, bundled from the sources like the production build.
export { fetchJson } from '../src/core/feed/fetch.js';
export { validateFeed } from '../src/core/feed/validate.js';
export { buildCatalog } from '../src/core/feed/catalog.js';
export { OfferSearch } from '../src/core/search/offer-search.js';
export { compareEngines, searchCallTimes } from './search-compare.js';
