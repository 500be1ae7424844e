/**
 * Feed problems in words, for the staff who keep a feed: what each field
 * expects, what was found, and the grouped console warning.
 *
 * The validator records only the rule and the raw value. This module turns
 * them into words when somebody reads them: `<lotse-feed-info>` imports it,
 * `validateFeed()` uses it, and the store loads it only for a feed that has
 * problems. Residents of a town with a clean feed never download it.
 */
// Types only: this chunk loads lazily and must not import the main bundle.
import type { Issue, Rule } from './rules.js';
import type { FeedProblem, ValidatedFeed } from './validate-records.js';

/** What a problem says for staff: an expectation token (see `FeedProblem.expect`) and the value found. */
export interface ProblemWords {
  expect?: string;
  value?: string;
}

/** What a rule accepts, as an `expect` token. */
function expected(rule: Rule): string {
  switch (rule.k) {
    case 'string':
      return rule.as ?? (rule.date ? 'date' : rule.url ? 'url' : 'text');
    case 'number':
      return rule.int ? 'integer' : 'number';
    case 'enum':
      return `one of: ${rule.of.join(', ')}`;
    case 'array':
      return 'list';
    case 'map':
      return 'text';
    case 'union':
      // Unions are "a text or one text per language", "a list or one list per language": named by the first.
      return expected(rule.of[0]);
    default:
      return rule.k;
  }
}

/** A value as staff would find it in their file, cut to a useful length. */
function shown(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const text = typeof value === 'string' ? value : jsonStart(value, 61);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/**
 * The first `max` or so characters of a value written as JSON, with work bounded by `max`: a
 * value nested a million levels deep was written whole (seconds) before it was cut to 60.
 * Each level writes a character, so the recursion ends within `max` levels.
 */
function jsonStart(value: unknown, max: number): string {
  let out = '';
  const put = (text: string) => (out += text).length < max;
  const walk = (v: unknown): boolean => {
    if (typeof v === 'string') return put(JSON.stringify(v.slice(0, max)));
    if (Array.isArray(v)) {
      if (!put('[')) return false;
      for (let i = 0; i < v.length; i++) if ((i > 0 && !put(',')) || !walk(v[i])) return false;
      return put(']');
    }
    if (v !== null && typeof v === 'object') {
      if (!put('{')) return false;
      let first = true;
      for (const key in v) {
        if (!Object.hasOwn(v, key)) continue;
        if ((!first && !put(',')) || !put(`${JSON.stringify(key.slice(0, max))}:`) || !walk((v as Record<string, unknown>)[key])) return false;
        first = false;
      }
      return put('}');
    }
    return put(JSON.stringify(v) ?? String(v));
  };
  walk(value);
  return out;
}

/**
 * The words for one validator issue. A range names the bound that was
 * crossed; issues that the validator already put into words (a day that
 * does not exist, a date in the future, a list beyond its limit) keep them.
 */
export function describeIssue({ reason, rule, found, expect: given, value }: { reason: string; rule?: Rule; found?: unknown; expect?: string; value?: string }): ProblemWords {
  if (!rule) return { expect: given, value };
  let expect = expected(rule);
  if (reason === 'range' && (rule.k === 'number' || rule.k === 'array')) {
    expect = rule.k === 'number' && (found as number) > (rule.max ?? Infinity) ? `max ${rule.max}` : `min ${rule.min}`;
  }
  return { expect, value: shown(found) };
}

/** The words for a problem: from its rule, or as the validator wrote them (references, duplicates). */
export function describeProblem(problem: FeedProblem): ProblemWords {
  return problem.rule ? describeIssue(problem) : { expect: problem.expect, value: problem.value };
}

/** Gives every problem its `expect` and `value` in place; already described ones stay as they are. */
export function describeProblems(problems: FeedProblem[]): void {
  for (const problem of problems) {
    if (!problem.rule) continue;
    Object.assign(problem, describeIssue(problem));
    delete problem.rule;
    delete problem.found;
  }
}

/** " (expected; found value)", or nothing when there is no expectation. */
function bracketed({ expect, value }: ProblemWords): string {
  return expect ? ` (${expect}${value === undefined ? '' : `; found ${value}`})` : '';
}

/** Every problem of a feed's envelope, as "field: reason (expected; found value)", for staff to fix them at once. */
export function envelopeDetail(issues: Issue[]): string {
  return issues
    .map((issue) => `${issue.path || '(root)'}: ${issue.reason}${bracketed(describeIssue(issue))}`)
    .join('; ');
}

/**
 * Logs a feed's problems as ONE grouped console warning: each line names the
 * record (collection, position, id), the field, the reason, what was expected
 * and what was found. `validateFeed` itself never logs.
 */
export function reportProblems({ problems, url, problemsNotKept }: ValidatedFeed): void {
  if (problems.length === 0) return;
  describeProblems(problems);
  const dropped = new Set(problems.filter((p) => p.dropped).map((p) => `${p.collection}${p.index}`)).size;
  const lines = problems.map(
    (p) =>
      `\n  ${p.collection}[${p.index}]${p.id ? ` id "${p.id}"` : ''}: ${p.field || '(record)'}: ${p.reason}` +
      `${bracketed(p)}${p.dropped ? '' : ' (left out; the record is shown)'}`,
  );
  const more = problemsNotKept ? ` ${problemsNotKept} more problem(s) were counted but not kept; correct these and check again.` : '';
  console.warn(`Lotse: ${problems.length} problem(s) in ${url}; ${dropped} record(s) dropped, the rest is shown.${more}${lines.join('')}`);
}
