/**
 * How much of a feed Lotse reads. Every bound that keeps a widget responsive
 * whatever a feed contains lives here, and docs/feed.*.md name each one.
 *
 * `JSON.parse` runs as one task that cannot be split, so the size of the
 * text it may read is bounded; everything after it (validation, the
 * catalogue) runs in slices (see `slices.ts`), and the bounds below keep
 * each slice small.
 */

/** Characters of feed text (about bytes, for the mostly Latin text of a feed) that are parsed at all. */
export const MAX_FEED_CHARS = 20_000_000;

/** Records per collection (offers, places …) of one feed. */
export const MAX_RECORDS = 50_000;

/** Items of any list and languages of any text map inside a record. */
export const MAX_ITEMS = 1000;

/** Problems kept per feed: enough to fix a feed by, few enough to keep in memory whatever a feed holds. */
export const MAX_PROBLEMS = 10_000;

/** Levels of broader topics: a top-level topic is level 1. */
export const MAX_TOPIC_DEPTH = 8;

/** Days a persistent copy of a feed may be shown, unless the page says otherwise (`cache-max-age`). */
export const DEFAULT_CACHE_MAX_AGE_DAYS = 30;
