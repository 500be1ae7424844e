/**
 * Feed validation for direct use (tests, tools, `lotse/core`). The work is
 * done in `validate-records.ts`, which the store loads as a lazy chunk.
 */
import { FeedError } from './errors.js';
import { checkFeed, type ValidatedFeed } from './validate-records.js';

export type { FeedProblem, ProblemReason, ValidatedFeed } from './validate-records.js';

/**
 * Validates a parsed feed. Throws a `FeedError` only when the feed as a whole
 * is unusable (not an object, unknown major version, no publisher); record
 * problems are returned, never thrown.
 */
export function validateFeed(json: unknown, url: string): ValidatedFeed {
  const result = checkFeed(json, url);
  if ('code' in result) throw new FeedError(result.code, url, result.detail);
  return result;
}
