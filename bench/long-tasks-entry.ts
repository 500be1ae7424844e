// What bench/long-tasks.mjs runs in the page: the store's path (fetch, validation and
// catalogue in slices) and, for comparison, the same work at once.
export { fetchJson } from '../src/core/feed/fetch.js';
export { checkFeed, checkFeedInSlices } from '../src/core/feed/validate-records.js';
export { buildCatalog, buildCatalogInSlices } from '../src/core/feed/catalog.js';
