/**
 * What town staff read in `<lotse-feed-info>`: for each problem what the
 * field expects, and for a feed that cannot be used at all what to do about
 * it. Residents never see these texts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../core/locale/localize.js';
import type { FeedError } from '../../core/feed/errors.js';
import { MAX_TOPIC_DEPTH } from '../../core/feed/limits.js';
import { describeProblem } from '../../core/feed/problem-report.js';
import { readRepeatedToken } from '../../core/feed/repeated-token.js';
import type { FeedProblem } from '../../core/feed/validate.js';
import { formatNumber } from '../../core/locale/format.js';
import { reasonLabel } from '../../core/ui/labels.js';

/** A line or column as editors show it: the UI language's digits, no thousands separator ("2429", not "2.429"). */
const lineNumber = (n: number, ui: string) => formatNumber(n, ui, { useGrouping: false });

/** What a field expects, from the validator's `expect` token. */
function expectationText(problem: FeedProblem, token: string | undefined, formatPosition: (index: number) => string, ui: string): string | undefined {
  if (!token) return undefined;
  const repeated = readRepeatedToken(token);
  if (repeated) {
    const [first, again] = [lineNumber(repeated.first, ui), lineNumber(repeated.again, ui)];
    const [firstColumn, againColumn] = [lineNumber(repeated.firstColumn ?? 0, ui), lineNumber(repeated.againColumn ?? 0, ui)];
    // Both on one line (a feed written on one line): the columns tell them apart.
    return repeated.againColumn !== undefined
      ? msg(str`This field is written twice on line ${first} of the file: at column ${firstColumn} and again at column ${againColumn}. Only the value at column ${againColumn} is used; delete the other one.`)
      : msg(str`This field is written on line ${first} and again on line ${again} of the file. Only the value on line ${again} is used; delete the other one.`);
  }
  if (token.startsWith('one of: ')) return msg(str`Allowed values: ${token.slice(8)}.`);
  if (token.startsWith('min ')) return msg(str`Allowed: at least ${token.slice(4)}.`);
  if (token.startsWith('max ')) return msg(str`Allowed: at most ${token.slice(4)}.`);
  if (token.startsWith('until ')) {
    return msg(str`Expected: a date no later than ${token.slice(6)}; the day of a check or change cannot lie in the future.`);
  }
  switch (token) {
    case 'day':
      return msg('This day does not exist in the calendar (for example 30 February or 31 April).');
    case 'acyclic':
      return msg('The broader topics of this topic lead back to this topic. Each topic in that circle loses its link to its broader topic and is shown at the top level.');
    case 'depth':
      return msg(str`Topics can be nested at most ${MAX_TOPIC_DEPTH} levels deep. This topic loses its link to its broader topic and is shown at the top level.`);
    case 'loop':
      return msg('This answer leads back to a question asked before it, so the guide would go round in a circle. The link was removed: the answer now ends the path and shows its explanations and services.');
    case 'unreachable':
      return msg('No answer leads to this step, and it does not replace a step of the default guide, so residents never see it. Link to it from an answer (next or explain).');
    case 'date':
      return msg('Expected: a date written YYYY-MM-DD, for example 2026-11-25.');
    case 'time':
      return msg('Expected: a time written HH:MM, for example 09:30.');
    case 'url':
      return msg('Expected: a web address starting with https://');
    case 'email':
      return msg('Expected: an e-mail address such as info@example.org.');
    case 'phone':
      return msg('Expected: a phone number of digits, spaces and + ( ) / - only.');
    case 'postcode':
      return msg('Expected: a postcode of five digits.');
    case 'language':
      return msg('Expected: a language code such as de, ar, uk or pt-BR.');
    case 'id':
      return msg('Expected: an id of letters, digits and . _ : - without spaces.');
    case 'currency':
      return msg('Expected: a currency code such as EUR.');
    case 'version':
      return msg('Expected: a format version such as 1.0.');
    case 'boolean':
      return msg('Expected: true or false, without quotation marks.');
    case 'integer':
      return msg('Expected: a whole number, without quotation marks.');
    case 'number':
      return msg('Expected: a number, without quotation marks.');
    case 'list':
      return msg('Expected: a list in square brackets [ ].');
    case 'object':
      return msg('Expected: a group of fields in curly brackets { }.');
    case 'text':
      return msg('Expected: a text, or one text per language; not blank.');
    case 'timezone':
      return msg('Expected: a time zone name such as Europe/Berlin.');
    case 'ics-blank-line':
      return msg('A blank line is not allowed in an iCalendar file. It was skipped; the events before and after it are shown.');
    case 'ics-unreadable':
      return msg('This event could not be read: a line in it is not an iCalendar property. The event was left out; the others are shown.');
    case 'ics-no-start':
      return msg('This event has no start (DTSTART) and was left out.');
    case 'ics-sessions':
      return msg(str`This event has more sessions in the coming year than Lotse reads (${problem.value ?? ''}); the first ones are shown.`);
    case 'existing':
      return msg('No record in the feed has this id.');
    case 'dropped':
      return msg('That record exists but was left out because of its own problems (see its row).');
    case 'unique':
      return problem.first === undefined
        ? undefined
        : msg(str`${formatPosition(problem.first)} already has this id, so this record was left out.`, {
            desc: 'The placeholder names a record, e.g. "Offer 3".',
          });
    default:
      return token;
  }
}

/** The reason in a few words; where the general one would mislead (a date, a broader topic), a precise one. */
function reasonText(problem: FeedProblem, token: string | undefined): string {
  if (token === 'day') return msg('The day does not exist');
  if (token?.startsWith('until ')) return msg('The date lies in the future');
  if (token === 'acyclic') return msg('The broader topics form a circle; the link was removed');
  if (token === 'depth') return msg('Topics are nested too deep; the link was removed');
  if (token === 'loop') return msg('The guide goes round in a circle; the link was removed');
  if (token === 'unreachable') return msg('No path of the guide leads to this step');
  if (token?.startsWith('ics-')) return msg('Mistake in the iCalendar file');
  if (readRepeatedToken(token)) return msg('The field is written twice');
  return reasonLabel(problem.reason);
}

/** What became of a value that was left out while its record is shown. */
function leftOutText(problem: FeedProblem): string | undefined {
  // Problems of an iCalendar file say themselves what became of the event.
  if (problem.dropped || problem.reason === 'reference' || problem.expect?.startsWith('ics-') || readRepeatedToken(problem.expect)) return undefined;
  // Opening hours and schedules are kept whole or left out whole (see `whole` in rules.ts).
  return /^(hours|schedule)\./.test(problem.field)
    ? msg('Because of this, all opening hours or dates of this record were left out; the rest of the record is shown.')
    : msg('This value was left out; the rest of the record is shown.');
}

/** The reason, what was expected, what was found and what was left out, for one row of the problem table. */
export function problemDetails(problem: FeedProblem, formatPosition: (index: number) => string, ui: string): TemplateResult {
  const { expect, value } = describeProblem(problem);
  const expectation = expectationText(problem, expect, formatPosition, ui);
  const reference = problem.reason === 'reference' || problem.reason === 'duplicate';
  const leftOut = leftOutText(problem);
  return html`${reasonText(problem, expect)}${expectation ? html`<br />${expectation}` : nothing}${value !== undefined
    ? html`<br /><bdi>${reference ? msg('Id:') : msg('Found:')}</bdi> <code dir="ltr">${value === '' ? '""' : value}</code>`
    : nothing}${leftOut ? html`<br />${leftOut}` : nothing}`;
}

/**
 * Where a feed's JSON breaks: line and column (counted by Lotse, in the UI
 * language's numbers) and the text around the place, the place marked. The
 * browser's own message, in its own language, is not shown.
 */
export function jsonErrorView(error: FeedError, ui: string): TemplateResult | typeof nothing {
  const { place } = error;
  if (!place) return nothing;
  const line = lineNumber(place.line, ui);
  const column = lineNumber(place.column, ui);
  return html`<p>${msg(str`Line ${line}, column ${column}:`)}${place.at ? nothing : html` ${msg('the file ends here, before the JSON is complete.')}`}</p>
    <p><code dir="ltr" class="excerpt">${place.before}<mark>${place.at || ' '}</mark>${place.after}</code></p>`;
}

/** True for a feed refused for its size: the limits of docs/feed.*.md, reported like a range. */
const beyondLimits = (error: FeedError) => error.code === 'format' && /(^|; )(\(file\)|\w+): range \(max \d+( bytes)?;/.test(error.detail);

/** What staff can do about a feed that cannot be used at all. */
export function staffAdvice(error: FeedError): string {
  switch (error.code) {
    case 'url':
      return msg('Check the src attribute: it needs the address of the feed file, starting with https:// or a path on this website.');
    case 'timeout':
    case 'network':
      return msg('Check that the web server is running and can be reached from this computer, then check again.');
    case 'http':
      return error.detail === '404'
        ? msg('Check that the file has been uploaded to this address and that the address is spelled correctly.')
        : msg('The web server reported an error. Ask the people who run it, then check again.');
    case 'content-type':
      return msg('Configure the web server to send the file as application/json (see the section on the server in the feed documentation).');
    case 'json':
      return msg('The file is not valid JSON. Open it in an editor that checks JSON and fix the place named below; often a comma or a quotation mark is missing.');
    case 'format':
      return beyondLimits(error)
        ? msg('The feed is larger than Lotse reads (see the limits in the feed documentation). Split it into several feeds, for example one per town or provider, and list them all in the src attribute.')
        : msg('The file is JSON, but parts that every feed needs are missing or wrong. Fix the fields named below.');
    case 'version':
      return msg('The feed declares a newer format version than this website’s Lotse understands. Update Lotse, or publish the feed in format 1.');
  }
}
