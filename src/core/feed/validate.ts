/**
 * Feed validation for direct use (tests, tools, `lotse/core`): the checks of
 * `validate-records.ts`, of a guide's links (`guide-graph.ts`) and of
 * formatted text (`rich-text-rules.ts`), with every problem described in words.
 */
import { FeedError } from './errors.js';
import { describeProblems, envelopeDetail } from './problem-report.js';
import { checkGuideLinks } from './guide-graph.js';
import { MAX_PROBLEMS } from './limits.js';
import { checkRichTexts } from './rich-text-rules.js';
import { checkFeed, richTextDeps, type ValidatedFeed } from './validate-records.js';

export type { FeedProblem, ProblemReason, ValidatedFeed } from './validate-records.js';

/**
 * Validates a parsed feed. Throws a `FeedError` only when the feed as a whole
 * is unusable (not an object, unknown major version, no publisher); record
 * problems are returned, described (see `problem-report.ts`), never thrown.
 */
export function validateFeed(json: unknown, url: string): ValidatedFeed {
  const result = checkFeed(json, url);
  if ('code' in result) throw new FeedError(result.code, url, 'issues' in result ? envelopeDetail(result.issues) : result.detail);
  if (result.guides.length > 0) checkGuideLinks(result, json, MAX_PROBLEMS);
  checkRichTexts(result, richTextDeps);
  describeProblems(result.problems);
  return result;
}
