/**
 * `lotse validate FEED...`: problems grouped by record, in words for staff,
 * or as JSON for programs.
 */
import { readRepeatedToken } from '../core/feed/repeated-token.js';
import { checkFile, today, type Checked } from './check.js';
import { CliError, EXIT, type Context, type ExitCode } from './io.js';
import { hasMessage } from './messages.js';
import type { FeedProblem } from '../core/feed/validate-records.js';

interface RawRecord {
  source?: { importer?: unknown; origin?: unknown; imported?: unknown; ref?: unknown };
}

/** The record a problem belongs to, as the file holds it (left-out records are not in the validated feed). */
function rawRecord(json: unknown, problem: FeedProblem): RawRecord | undefined {
  if (problem.collection === 'feed' || !json || typeof json !== 'object') return undefined;
  const list = (json as Record<string, unknown>)[problem.collection];
  const record = Array.isArray(list) ? list[problem.index] : undefined;
  return record && typeof record === 'object' ? (record as RawRecord) : undefined;
}

/** Where a record was imported from, when its `source` says so. */
export function sourceLine(record: RawRecord | undefined): string | undefined {
  const source = record?.source;
  if (!source || typeof source !== 'object') return undefined;
  const parts = [source.importer, source.origin, source.imported, source.ref].filter((part): part is string => typeof part === 'string' && part !== '');
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/** The validator's expectation tokens in the reader's language: `date`, `until 2026-12-08`, `max 1000` …; others as they are. */
export function words(ctx: Context, token: string | undefined): string | undefined {
  if (token === undefined) return undefined;
  const key = `expect.${token}`;
  if (hasMessage(key)) return ctx.say(key);
  if (token.startsWith('one of: ')) return ctx.say('expect.oneOf', token.slice(8));
  const repeated = readRepeatedToken(token);
  if (repeated) {
    return repeated.againColumn !== undefined
      ? ctx.say('expect.repeatedColumns', repeated.first, repeated.firstColumn!, repeated.againColumn)
      : ctx.say('expect.repeated', repeated.first, repeated.again);
  }
  const bound = /^(until|min|max) (\S+)$/.exec(token);
  return bound ? ctx.say(`expect.${bound[1]}` as 'expect.until', bound[2]) : token;
}

export function describe(ctx: Context, checked: Checked, json: unknown): string[] {
  const lines: string[] = [];
  const groups = new Map<string, FeedProblem[]>();
  for (const problem of checked.problems) {
    const key = `${problem.collection}|${problem.index}`;
    groups.set(key, [...(groups.get(key) ?? []), problem]);
  }
  for (const problems of groups.values()) {
    const first = problems[0];
    const record = rawRecord(json, first);
    const dropped = problems.some((p) => p.dropped);
    lines.push(
      `${first.collection === 'feed' ? ctx.say('recordFeed', checked.file) : ctx.say('record', checked.file, first.collection, first.index + 1, first.id ? ctx.say('recordId', first.id) : '')}: ${dropped ? ctx.say('leftOut') : ctx.say('fieldLeftOut')}`,
    );
    const source = sourceLine(record);
    if (source) lines.push(`    ${ctx.say('source', source)}`);
    for (const p of problems) {
      const key = readRepeatedToken(p.expect) ? 'reason.repeated' : `reason.${p.reason}`;
      const reason = hasMessage(key) ? ctx.say(key as 'reason.missing') : p.reason;
      const expect = words(ctx, p.expect);
      const detail = [expect && `${ctx.say('expected')}: ${expect}`, p.value !== undefined && `${ctx.say('found')}: ${p.value}`].filter(Boolean).join('; ');
      lines.push(`  - ${p.field || '(record)'}: ${reason}${detail ? ` (${detail})` : ''}`);
    }
  }
  if (checked.warnings.length > 0) {
    lines.push(`${checked.file}: ${ctx.say('warnings')}`);
    for (const w of checked.warnings) {
      lines.push(`  - ${ctx.say('record', checked.file, w.collection, w.index + 1, ctx.say('recordId', w.id))}: ${w.field}: ${ctx.say('warnUnverified', w.value)}`);
    }
  }
  return lines;
}

export function runValidate(ctx: Context, files: string[], { json: asJson }: { json: boolean }): ExitCode {
  if (files.length === 0) throw new CliError(ctx.say('needFile'), EXIT.usage);
  let exit: ExitCode = EXIT.ok;
  const report: unknown[] = [];
  const day = today(ctx);
  for (const file of files) {
    try {
      const { json, checked } = checkFile(ctx, file, day);
      const status = checked.problems.length + checked.notKept > 0 ? EXIT.problems : EXIT.ok;
      exit = Math.max(exit, status) as ExitCode;
      if (asJson) {
        report.push({
          file,
          status: status === EXIT.ok ? 'valid' : 'problems',
          offers: checked.feed.offers.length,
          dropped: checked.dropped,
          problemsNotDescribed: checked.notKept,
          problems: checked.problems.map(({ collection, index, id, field, reason, expect, value, dropped }) => ({
            collection,
            index,
            id,
            field,
            reason,
            expect,
            value,
            dropped,
            source: sourceLine(rawRecord(json, { collection, index } as FeedProblem)),
          })),
          warnings: checked.warnings,
        });
        continue;
      }
      if (status === EXIT.ok) ctx.info(ctx.say('valid', file, checked.feed.offers.length));
      else ctx.out(ctx.say('withProblems', file, checked.problems.length + checked.notKept, checked.dropped));
      const lines = describe(ctx, checked, json);
      if (checked.notKept > 0) lines.push(ctx.say('problemsNotDescribed', checked.problems.length, checked.notKept));
      if (lines.length > 0 && (status !== EXIT.ok || !ctx.quiet)) ctx.out(lines.join('\n'));
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      exit = Math.max(exit, error.code) as ExitCode;
      if (asJson) report.push({ file, status: 'unusable', error: error.message });
      else ctx.error(error.message);
    }
  }
  if (asJson) ctx.out(JSON.stringify(report, null, 2));
  return exit;
}
