/**
 * What every importer ends with: the records it made, checked by the
 * widgets' own validator, the invalid ones left out and named by where they
 * came from (a line and column, an id in the source), the rest written.
 */
import { checkFeed, richTextDeps, type FeedProblem } from '../core/feed/validate-records.js';
import { checkRichTexts } from '../core/feed/rich-text-rules.js';
import { describeProblems, envelopeDetail } from '../core/feed/problem-report.js';
import { FEED_FORMAT_VERSION } from './version.js';
import { CliError, EXIT, type Context, type ExitCode } from './io.js';
import { hasMessage } from './messages.js';
import { words } from './validate.js';

export type Json = Record<string, unknown>;

/** A problem the importer found itself, before the validator ran. */
export interface ImportProblem {
  /** "line 12, column PLZ", "services[3] (id s-1)" … in the reader's language. */
  where: string;
  message: string;
  /** The row or record was left out; otherwise only the value was. */
  leftOut: boolean;
}

export interface Draft {
  language: string;
  publisher: Json;
  /** Extra envelope fields (id, timeZone). */
  envelope?: Json;
  topics: Json[];
  audiences: Json[];
  organizations: Json[];
  places: Json[];
  offers: Json[];
  problems: ImportProblem[];
  /** From spreadsheet cells: a date is asked for as staff write it (03.02.2027), not as the feed stores it. */
  cells?: boolean;
}

export function emptyDraft(language: string, publisherName: string, updated: string): Draft {
  return { language, publisher: { name: publisherName, updated }, topics: [], audiences: [], organizations: [], places: [], offers: [], problems: [] };
}

export interface Finished {
  feed: Json;
  problems: ImportProblem[];
  exit: ExitCode;
}

/** How a validator problem's record and field are named in the source: by default the record's `source.ref` and the field path. */
export type Locate = (problem: FeedProblem, record: Json | undefined) => string;

function reasonWords(ctx: Context, p: FeedProblem, cells = false): string {
  const reason = hasMessage(`reason.${p.reason}`) ? ctx.say(`reason.${p.reason}` as 'reason.missing') : p.reason;
  const expect = cells && (p.expect === 'date' || p.expect === 'day') ? ctx.say('expect.cellDate') : words(ctx, p.expect);
  const detail = [expect && `${ctx.say('expected')}: ${expect}`, p.value !== undefined && `${ctx.say('found')}: ${p.value}`].filter(Boolean).join('; ');
  return `${reason}${detail ? ` (${detail})` : ''}`;
}

export function finish(ctx: Context, draft: Draft, locate?: Locate): Finished {
  const json: Json = {
    lotse: FEED_FORMAT_VERSION,
    ...draft.envelope,
    language: draft.language,
    publisher: draft.publisher,
    ...(draft.topics.length ? { topics: draft.topics } : {}),
    ...(draft.audiences.length ? { audiences: draft.audiences } : {}),
    ...(draft.organizations.length ? { organizations: draft.organizations } : {}),
    ...(draft.places.length ? { places: draft.places } : {}),
    offers: draft.offers,
  };
  const result = checkFeed(json, 'import');
  if ('code' in result) {
    throw new CliError(ctx.say('unusable', 'import', 'issues' in result ? envelopeDetail(result.issues) : result.detail), EXIT.unusable);
  }
  checkRichTexts(result, richTextDeps);
  describeProblems(result.problems);
  const problems = [...draft.problems];
  for (const p of result.problems) {
    const record = p.collection === 'feed' ? undefined : ((json[p.collection] as Json[] | undefined)?.[p.index] as Json | undefined);
    const ref = (record?.source as Json | undefined)?.ref;
    const where = locate ? locate(p, record) : `${typeof ref === 'string' ? ref : `${p.collection}[${p.index}]`}${p.id ? ` (id ${p.id})` : ''}, ${p.field || '(record)'}`;
    problems.push({ where, message: reasonWords(ctx, p, draft.cells), leftOut: p.dropped });
  }
  // Only what the widgets keep is written: a feed that validates as it is.
  const feed: Json = {
    lotse: FEED_FORMAT_VERSION,
    ...draft.envelope,
    language: draft.language,
    publisher: result.publisher,
    ...(result.topics.length ? { topics: result.topics } : {}),
    ...(result.audiences.length ? { audiences: result.audiences } : {}),
    ...(result.organizations.length ? { organizations: result.organizations } : {}),
    ...(result.places.length ? { places: result.places } : {}),
    offers: result.offers,
  };
  return { feed, problems, exit: problems.length > 0 ? EXIT.problems : EXIT.ok };
}

/** Prints an import's problems on stderr (also with --quiet: they are why the exit code is 1). */
export function reportImport(ctx: Context, problems: ImportProblem[]): void {
  for (const p of problems) ctx.error(p.leftOut ? ctx.say('rowLeftOut', p.where, p.message) : ctx.say('importProblem', p.where, p.message));
}
