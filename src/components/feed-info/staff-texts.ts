/**
 * What town staff read in `<lotse-feed-info>`: for each problem what the
 * field expects, and for a feed that cannot be used at all what to do about
 * it. Residents never see these texts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../core/locale/localize.js';
import type { FeedError } from '../../core/feed/errors.js';
import { describeProblem } from '../../core/feed/problem-report.js';
import type { FeedProblem } from '../../core/feed/validate.js';

/** What a field expects, from the validator's `expect` token. */
function expectationText(problem: FeedProblem, token: string | undefined, formatPosition: (index: number) => string): string | undefined {
  if (!token) return undefined;
  if (token.startsWith('one of: ')) return msg(str`Allowed values: ${token.slice(8)}.`);
  if (token.startsWith('min ')) return msg(str`Allowed: at least ${token.slice(4)}.`);
  if (token.startsWith('max ')) return msg(str`Allowed: at most ${token.slice(4)}.`);
  switch (token) {
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

/** The reason, what was expected and what was found, for one row of the problem table. */
export function problemDetails(problem: FeedProblem, reason: string, formatPosition: (index: number) => string): TemplateResult {
  const { expect, value } = describeProblem(problem);
  const expectation = expectationText(problem, expect, formatPosition);
  const reference = problem.reason === 'reference' || problem.reason === 'duplicate';
  return html`${reason}${expectation ? html`<br />${expectation}` : nothing}${value !== undefined
    ? html`<br /><bdi>${reference ? msg('Id:') : msg('Found:')}</bdi> <code dir="ltr">${value === '' ? '""' : value}</code>`
    : nothing}`;
}

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
      return msg('The file is JSON, but parts that every feed needs are missing or wrong. Fix the fields named below.');
    case 'version':
      return msg('The feed declares a newer format version than this website’s Lotse understands. Update Lotse, or publish the feed in format 1.');
  }
}
