/**
 * The widgets' own validation, run on a feed file: the compiled core
 * modules, not a copy of their rules.
 */
import { checkFeed, recordCollections, richTextDeps, type FeedProblem, type ValidatedFeed } from '../core/feed/validate-records.js';
import { checkRichTexts } from '../core/feed/rich-text-rules.js';
import { checkGuideLinks } from '../core/feed/guide-graph.js';
import { MAX_PROBLEMS } from '../core/feed/limits.js';
import { describeProblems, envelopeDetail } from '../core/feed/problem-report.js';
import { jsonErrorPlace } from '../core/feed/json-error.js';
import { repeatedKeyProblems } from '../core/feed/repeated-keys.js';
import { unverifiedForAYear } from '../core/time/berlin.js';
import { CliError, EXIT, type Context } from './io.js';
import { readJsonText } from './text-file.js';

export interface Warning {
  collection: 'offers';
  id: string;
  index: number;
  field: string;
  kind: 'unverified';
  value: string;
}

export interface Checked {
  file: string;
  feed: ValidatedFeed;
  problems: FeedProblem[];
  warnings: Warning[];
  /** Records left out for problems of their own (counted beyond the problems described, too). */
  dropped: number;
  /** Problems found beyond those described: counted, not kept. */
  notKept: number;
}

/** Parses feed text; a JSON mistake becomes a message with line, column and the text around it. */
export function parseFeed(ctx: Context, file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const place = jsonErrorPlace((error as Error).message, text);
    throw new CliError(
      place
        ? ctx.say('notJson', file, place.line, place.column, place.before, place.at, place.after)
        : ctx.say('notJsonAnywhere', file, (error as Error).message),
      EXIT.unusable,
    );
  }
}

/** Checks a parsed feed; throws a `CliError` (exit 2) when it is unusable as a whole. */
export function checkParsed(ctx: Context, file: string, json: unknown, today: string): Checked {
  const result = checkFeed(json, file);
  if ('code' in result) {
    const detail = 'issues' in result ? ctx.say('unusable.format', envelopeDetail(result.issues)) : ctx.say('unusable.version', result.detail);
    throw new CliError(ctx.say('unusable', file, detail), EXIT.unusable);
  }
  if (result.guides.length > 0) checkGuideLinks(result, json, MAX_PROBLEMS);
  checkRichTexts(result, richTextDeps);
  describeProblems(result.problems);
  const warnings: Warning[] = [];
  result.offers.forEach((offer, index) => {
    if (unverifiedForAYear(offer.verified, today)) warnings.push({ collection: 'offers', id: offer.id, index, field: 'verified', kind: 'unverified', value: offer.verified });
  });
  const dropped = Math.max(new Set(result.problems.filter((p) => p.dropped).map((p) => `${p.collection}|${p.index}`)).size, result.recordsLeftOut ?? 0);
  return { file, feed: result, problems: result.problems, warnings, dropped, notKept: result.problemsNotKept ?? 0 };
}

/** How many offers the validator left out for problems of their own: commands that list offers say so, as their lists are not complete. */
export function offersLeftOut(problems: readonly FeedProblem[]): number {
  return new Set(problems.filter((p) => p.collection === 'offers' && p.dropped).map((p) => p.index)).size;
}

/** Today in Berlin, or the day tests fixed with LOTSE_TODAY. */
export function today(ctx: Context): string {
  if (ctx.today) return ctx.today;
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** Reads, parses and checks a feed file; a file that cannot be read is unusable input. */
export function checkFile(ctx: Context, file: string, day: string): { json: unknown; checked: Checked } {
  const text = readJsonText(ctx, file);
  const json = parseFeed(ctx, file, text);
  const checked = checkParsed(ctx, file, json, day);
  // Keys written twice, which parsing dropped: each with its record's other problems.
  const repeated = repeatedKeyProblems(text, json, file, recordCollections);
  if (repeated.more > 0) checked.notKept += repeated.more;
  for (const problem of repeated.problems) {
    let at = checked.problems.length;
    while (at > 0 && !(checked.problems[at - 1].collection === problem.collection && checked.problems[at - 1].index === problem.index)) at--;
    checked.problems.splice(at === 0 ? checked.problems.length : at, 0, problem);
  }
  return { json, checked };
}
