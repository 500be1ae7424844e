import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../core/locale/localize.js';
import { LotseFeedElement } from '../../core/feed-element.js';
import type { FeedRequest, FeedState } from '../../core/feed/feed-controller.js';
import type { Catalog, OfferEntry } from '../../core/feed/catalog.js';
import type { FeedProblem } from '../../core/feed/validate.js';
import { baseStyles } from '../../core/ui/base-styles.js';
import { feedErrorText, stateStyles, type ReadyFeedState } from '../../core/ui/states.js';
import type { FeedError } from '../../core/feed/errors.js';
import { jsonErrorView, problemDetails, staffAdvice } from './staff-texts.js';
import { collectionLabel, kindLabel } from '../../core/ui/labels.js';
import { shownText } from '../../core/ui/shown-text.js';
import { pickText } from '../../core/locale/text.js';
import { formatDate, formatList, formatNumber } from '../../core/locale/format.js';
import { languageName } from '../../core/locale/language-names.js';
import { languageLabel } from '../../core/ui/language-label.js';
import { plural } from '../../core/locale/plural.js';
import { safeHref } from '../../core/links.js';
import { contactList, hasContact } from '../../core/ui/contact.js';
import { externalLink } from '../../core/ui/external-link.js';
import { feedStats, type FeedStats } from './feed-stats.js';
import { feedInfoStyles } from './feed-info.styles.js';

/** Records with problems listed in the report; the rest is counted and left to the console. */
const MAX_LISTED_RECORDS = 200;
/** Records linked from the status at the top. */
const SUMMARY_LINKS = 10;

/** How many records the report lists in full. */
const listedRecords = (records: readonly unknown[]) => Math.min(records.length, MAX_LISTED_RECORDS);

/** Problems found beyond the validator's limit: counted, not described. */
const notKept = (catalog: Catalog) => catalog.feeds.reduce((n, feed) => n + (feed.problemsNotKept ?? 0), 0);

/** The problems of one record. */
interface ProblemRecord {
  anchor: string;
  source: string;
  collection: FeedProblem['collection'];
  index: number;
  id?: string;
  /** The record is not shown to residents. */
  leftOut: boolean;
  problems: FeedProblem[];
  /** Where an importer took the record from. */
  origin?: FeedProblem['origin'];
}

/** Problems grouped by record, in the order of the feed. */
function problemRecords(problems: readonly FeedProblem[]): ProblemRecord[] {
  const records = new Map<string, ProblemRecord>();
  for (const problem of problems) {
    const key = `${problem.source}|${problem.collection}|${problem.index}`;
    let record = records.get(key);
    if (!record) {
      const { source, collection, index, id } = problem;
      records.set(key, (record = { anchor: `problem-${records.size + 1}`, source, collection, index, id, leftOut: false, problems: [] }));
    }
    record.problems.push(problem);
    record.leftOut ||= problem.dropped;
    record.origin ??= problem.origin;
  }
  return [...records.values()];
}

/** A field path that breaks only between its parts on a narrow screen: `contact.url`, never `cont|act`. */
function fieldPath(field: string) {
  if (!field) return '–';
  const parts = field.split('.');
  return parts.map((part, i) => (i === 0 ? part : html`.<wbr />${part}`));
}

/**
 * A report on a Lotse feed for the staff who keep it: publisher, last update,
 * record counts per kind, language coverage and every problem the validator
 * found, translated. Open a page with it after each edit of the feed.
 *
 * @element lotse-feed-info
 * @summary Shows what a feed contains and what is wrong with it.
 *
 * @attr src - URL of the feed; several URLs separated by spaces are merged.
 * @attr cache - `persistent` keeps the last good copy in the browser (IndexedDB) for when the server is down. Default: memory only.
 * @attr cache-max-age - Days a persistent copy may still be shown when the server is down (0 to 3650). Default: 30.
 * @attr trusted-feeds - Feeds of `src` that share the first feed's topics and audiences: space-separated URLs, or the bare attribute for every feed. Without it, each other feed keeps its own.
 * @attr lang - UI and content language; inherited from the nearest ancestor with `lang`, else German.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart status - The polite live region that announces the result of a check.
 * @csspart report-status - The result at the top: no problems, or how many, with links to each record.
 * @csspart summary - Publisher and update facts.
 * @csspart counts - The table of record counts.
 * @csspart languages - The language coverage table.
 * @csspart problems - The list of validation problems.
 * @csspart placeholder - The loading placeholder.
 * @csspart error - The error message with its retry button.
 * @csspart notice - The notice shown when older data is displayed.
 *
 * @cssprop --lotse-feed-info-stripe - Background of every other table row.
 * @cssprop --lotse-placeholder-height - Height reserved while the feed loads.
 * @cssprop --lotse-font-family - Font (inherits the page's font by default).
 * @cssprop --lotse-font-size - Base font size (default: the page's, at least 16px).
 * @cssprop --lotse-line-height - Line height (default 1.5).
 * @cssprop --lotse-color-text - Text colour.
 * @cssprop --lotse-color-muted - Secondary text colour.
 * @cssprop --lotse-color-background - Background of cards and inputs.
 * @cssprop --lotse-color-surface - Background of subtle areas.
 * @cssprop --lotse-color-border - Border colour.
 * @cssprop --lotse-color-accent - Links, buttons and selected states.
 * @cssprop --lotse-color-on-accent - Text on the accent colour.
 * @cssprop --lotse-color-danger - Error colour.
 * @cssprop --lotse-color-success - Positive colour ("free", "no problems").
 * @cssprop --lotse-color-warning-background - Background of notices.
 * @cssprop --lotse-radius - Corner radius.
 * @cssprop --lotse-space - Base spacing unit.
 * @cssprop --lotse-color-focus - Colour of the focus outline (default: the accent colour).
 * @cssprop --lotse-focus-ring - The whole focus outline, e.g. `3px solid #0a58a8`.
 */
export class LotseFeedInfo extends LotseFeedElement {
  static override styles = [...baseStyles, stateStyles, feedInfoStyles];

  private announced?: FeedState;
  /** The status box at the top shows the result; the live region only speaks it. */
  protected override announceOnly = true;
  private stats?: { catalog: Catalog; stats: FeedStats };

  /** Staff check the feed they just edited: always from the server, never the browser's HTTP cache. */
  protected override feedRequest(): FeedRequest {
    return { ...super.feedRequest(), fresh: true };
  }

  protected loadingText(): string {
    return msg('Loading the feed…');
  }

  /** Announces each settled feed state once, in the same update that shows it. */
  protected override willUpdate(): void {
    const state = this.feedState;
    if (!this.locale.ready || state === this.announced || state.status === 'loading') return;
    this.announced = state;
    this.announce(this.inUiLocale(() => this.summaryAnnouncement(state)));
  }

  private summaryAnnouncement(state: FeedState): string {
    // An unusable feed (or one shown from an older copy) is announced by its error view (role="alert"), not twice.
    if (state.status !== 'ready' || state.errors.length > 0 || state.stale.length > 0) return '';
    const lang = this.locale.ui;
    const offers = formatNumber(state.catalog.offers.length, lang);
    const found = state.catalog.problems.length + notKept(state.catalog);
    const problems = formatNumber(found, lang);
    const offerText = plural(state.catalog.offers.length, lang, {
      zero: () => msg(str`Feed checked: ${offers} offers.`, { id: 'feed-checked-offers.zero' }),
      one: () => msg(str`Feed checked: ${offers} offer.`),
      two: () => msg(str`Feed checked: ${offers} offers.`, { id: 'feed-checked-offers.two' }),
      few: () => msg(str`Feed checked: ${offers} offers.`, { id: 'feed-checked-offers.few' }),
      many: () => msg(str`Feed checked: ${offers} offers.`, { id: 'feed-checked-offers.many' }),
      other: () => msg(str`Feed checked: ${offers} offers.`),
    });
    const problemText =
      found === 0
        ? msg('No problems found.')
        : plural(found, lang, {
            zero: () => msg(str`${problems} problems found.`, { id: 'problems-found.zero' }),
            one: () => msg(str`${problems} problem found.`),
            two: () => msg(str`${problems} problems found.`, { id: 'problems-found.two' }),
            few: () => msg(str`${problems} problems found.`, { id: 'problems-found.few' }),
            many: () => msg(str`${problems} problems found.`, { id: 'problems-found.many' }),
            other: () => msg(str`${problems} problems found.`),
          });
    // Two sentences, each translated whole; only the space between them is shared.
    return `${offerText} ${problemText}`;
  }

  /**
   * A feed that cannot be used, explained for the staff who keep it: what is
   * wrong, where, and what to do. With `shownAsOf`, residents still see an
   * older copy, and the report below is of that copy.
   */
  protected override renderFeedErrors(errors: FeedError[], shownAsOf?: string): TemplateResult {
    const lang = this.locale.ui;
    return html`<div class="error" part="error" role="alert">
      <h2>${msg('The feed cannot be used')}</h2>
      <ul>
        ${errors.map(
          (e) => html`<li>
            <p><strong>${feedErrorText(e)}</strong> <code dir="ltr">${e.url}</code></p>
            <p>${staffAdvice(e)}</p>
            ${e.code === 'json'
              ? jsonErrorView(e, lang)
              : e.detail && e.code !== 'http'
                ? html`<p><bdi>${msg('Details:')}</bdi> <code dir="ltr">${e.detail}</code></p>`
                : nothing}
          </li>`,
        )}
      </ul>
      ${shownAsOf
        ? html`<p>
            ${msg(str`This page still shows the last good copy, loaded ${formatDate(shownAsOf, lang, { dateStyle: 'long', timeStyle: 'short' })}; residents who loaded the feed before see it too. The report below is of that copy.`)}
          </p>`
        : nothing}
      <button type="button" @click=${() => void this.retry(() => this.reload())}>${msg('Check again')}</button>
    </div>`;
  }


  private statsFor(catalog: Catalog): FeedStats {
    if (this.stats?.catalog !== catalog) this.stats = { catalog, stats: feedStats(catalog) };
    return this.stats.stats;
  }

  protected renderReady(state: ReadyFeedState): TemplateResult {
    const { catalog } = state;
    const stats = this.statsFor(catalog);
    const records = problemRecords(catalog.problems);
    return html`
      ${state.stale.length
        ? this.renderFeedErrors(
            state.stale.map((s) => s.error),
            state.stale.map((s) => s.fetchedAt).sort()[0],
          )
        : nothing}
      ${state.errors.length ? this.renderFeedErrors(state.errors) : nothing}
      ${this.renderStatus(state, records)}
      ${this.renderProblems(catalog.problems, records, catalog.feeds.length > 1, notKept(catalog) === 0)}
      ${catalog.feeds.map((feed) => this.renderPublisher(feed))}
      ${this.renderCounts(stats)} ${this.renderCoverage(stats)}
    `;
  }

  /**
   * The result first, as a coloured status: no problems, or how many and what
   * they cost residents, with a link to each record (the GOV.UK error
   * summary), and "Check again".
   */
  private renderStatus(state: ReadyFeedState, records: ProblemRecord[]): TemplateResult {
    const lang = this.locale.ui;
    // The validator counts every record it left out, also beyond the problems it describes; an .ics file's unreadable events are only problems.
    const leftOut = Math.max(records.filter((r) => r.leftOut).length, state.catalog.feeds.reduce((n, feed) => n + (feed.recordsLeftOut ?? 0), 0));
    const ok = records.length === 0;
    const shown = records.slice(0, SUMMARY_LINKS);
    return html`<div class="report-status ${ok ? 'ok' : 'problems'}" part="report-status">
      <h2 id="report-status" tabindex="-1" data-focus-after-load>${this.summaryAnnouncement({ ...state, errors: [], stale: [] })}</h2>
      ${ok
        ? nothing
        : html`<p>
              ${leftOut
                ? plural(leftOut, lang, {
                    zero: () => msg(str`${formatNumber(leftOut, lang)} records are left out: residents do not see them.`, { id: 'records-left-out.zero' }),
                    one: () => msg(str`${formatNumber(leftOut, lang)} record is left out: residents do not see it.`),
                    two: () => msg(str`${formatNumber(leftOut, lang)} records are left out: residents do not see them.`, { id: 'records-left-out.two' }),
                    few: () => msg(str`${formatNumber(leftOut, lang)} records are left out: residents do not see them.`, { id: 'records-left-out.few' }),
                    many: () => msg(str`${formatNumber(leftOut, lang)} records are left out: residents do not see them.`, { id: 'records-left-out.many' }),
                    other: () => msg(str`${formatNumber(leftOut, lang)} records are left out: residents do not see them.`),
                  })
                : msg('Every record is shown; some values were left out.')}
            </p>
            <ul class="summary-links">
              ${shown.map(
                (record) => html`<li>
                  <a href="#${record.anchor}" @click=${(event: Event) => this.goToRecord(event, record.anchor)}
                    ><bdi>${this.recordLabel(record.collection, record.index)}</bdi>${record.id ? html` <code dir="ltr">${record.id}</code>` : nothing}:
                    ${formatList([...new Set(record.problems.map((p) => p.field || '–'))], lang, 'unit')}</a
                  >
                </li>`,
              )}
            </ul>
            ${listedRecords(records) > shown.length
              ? html`<p>${msg(str`And ${formatNumber(listedRecords(records) - shown.length, lang)} more records with problems, listed below.`)}</p>`
              : nothing}
            ${notKept(state.catalog)
              ? html`<p>${msg(str`Only the first ${formatNumber(state.catalog.problems.length, lang)} problems are described here. Correct them and check again to see the others.`)}</p>`
              : nothing}`}
      <p>
        <button type="button" class="secondary check-again" @click=${() => void this.retry(() => this.reload())}>${msg('Check again')}</button>
      </p>
    </div>`;
  }

  /** The summary's links move to a record in the report; the host page's URL and hash stay as they are. */
  private goToRecord(event: Event, anchor: string): void {
    event.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(anchor)}`);
    target?.scrollIntoView({ block: 'start' });
    target?.focus({ preventScroll: true });
  }

  private renderPublisher(feed: Catalog['feeds'][number]): TemplateResult {
    const lang = this.locale.ui;
    const name = pickText(feed.publisher.name, this.locale.texts, feed.language);
    const url = safeHref(feed.publisher.url);
    return html`<section part="summary" aria-labelledby="publisher-${feed.url}">
      <h2 id="publisher-${feed.url}">${url ? externalLink(url, shownText(name)) : shownText(name)}</h2>
      <dl class="facts">
        <dt>${msg('Last updated')}</dt>
        <dd><time datetime=${feed.publisher.updated}>${formatDate(feed.publisher.updated, lang, { dateStyle: 'long' })}</time></dd>
        <dt>${msg('Feed address')}</dt>
        <dd><code dir="ltr">${feed.url}</code></dd>
        <dt>${msg('Format version')}</dt>
        <dd>${feed.formatVersion}</dd>
        <dt>${msg('Default language')}</dt>
        <dd>${languageName(feed.language, lang)}</dd>
        ${hasContact(feed.publisher.contact)
          ? html`<dt>${msg('Contact')}</dt>
              <dd>${contactList(feed.publisher.contact, { language: feed.language, owner: name })}</dd>`
          : nothing}
      </dl>
    </section>`;
  }

  private renderCounts(stats: FeedStats): TemplateResult {
    const lang = this.locale.ui;
    const row = (label: string, count: number) =>
      html`<tr><th scope="row">${label}</th><td class="number">${formatNumber(count, lang)}</td></tr>`;
    return html`<section part="counts">
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby="counts-caption">
        <table>
          <caption id="counts-caption">${msg('Records')}</caption>
          <thead><tr><th scope="col">${msg('Kind')}</th><th scope="col" class="number">${msg('Number')}</th></tr></thead>
          <tbody>
            ${row(msg('Offers in total'), stats.offers)}
            ${stats.byKind.map(({ kind, count }) => row(kindLabel(kind), count))}
            ${row(msg('Organisations'), stats.organizations)} ${row(msg('Places'), stats.places)}
            ${row(msg('Topics'), stats.topics)} ${row(msg('Offers not verified for more than a year'), stats.unverified.length)}
          </tbody>
        </table>
      </div>
      ${this.renderUnverified(stats.unverified)}
    </section>`;
  }

  /** The offers to check again, so staff know which ones (oldest first). */
  private renderUnverified(entries: OfferEntry[]): TemplateResult | typeof nothing {
    if (entries.length === 0) return nothing;
    const lang = this.locale.ui;
    return html`<details class="unverified">
      <summary>${msg(str`Show the offers not verified for more than a year (${formatNumber(entries.length, lang)})`)}</summary>
      <ul>
        ${entries.map(
          ({ offer, feed }) => html`<li>
            ${shownText(pickText(offer.title, this.locale.texts, feed.language))}
            <code dir="ltr">${offer.id}</code>:
            <bdi>${msg(str`last checked ${formatDate(offer.verified, lang, { dateStyle: 'medium' })}`)}</bdi>
          </li>`,
        )}
      </ul>
    </details>`;
  }

  private renderCoverage(stats: FeedStats): TemplateResult {
    const lang = this.locale.ui;
    // The count, and its share of all offers ("114 (75 %)"); a share that rounds to 0 % still shows its count.
    const percent = (n: number) =>
      html`${formatNumber(n, lang)}
        <span class="muted">(${formatNumber(stats.offers ? n / stats.offers : 0, lang, { style: 'percent' })})</span>`;
    return html`<section part="languages">
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby="languages-caption">
        <table>
          <caption id="languages-caption">${msg('Languages of the offers')}</caption>
          <thead>
            <tr>
              <th scope="col">${msg('Language')}</th>
              <th scope="col" class="number">${msg('Titles')}</th>
              <th scope="col" class="number">${msg('Summaries')}</th>
              <th scope="col" class="number">${msg('Descriptions')}</th>
              <th scope="col" class="number">${msg('Machine translation')}</th>
            </tr>
          </thead>
          <tbody>
            ${stats.coverage.map(
              (c) => html`<tr>
                <th scope="row">
                  ${languageLabel(c.lang, lang)}
                </th>
                <td class="number">${percent(c.titles)}</td>
                <td class="number">${percent(c.summaries)}</td>
                <td class="number">${percent(c.descriptions)}</td>
                <td class="number">${percent(c.machine)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  /** Every problem, grouped by record, each record a target of the summary's links. */
  private renderProblems(problems: FeedProblem[], records: ProblemRecord[], withSource: boolean, allKept: boolean): TemplateResult {
    const lang = this.locale.ui;
    if (problems.length === 0) return html`<section part="problems" hidden></section>`;
    const listed = records.slice(0, listedRecords(records));
    return html`<section part="problems" aria-labelledby="problems-heading">
      <h2 id="problems-heading">${msg('Problems by record')}</h2>
      <ol class="problem-records">
        ${listed.map(
          (record) => html`<li class="problem-record ${record.leftOut ? 'left-out' : ''}" id=${record.anchor} tabindex="-1">
            <h3>
              <bdi>${this.recordLabel(record.collection, record.index)}</bdi>
              ${record.id ? html`<code dir="ltr">${record.id}</code>` : nothing}
              <span class="badge">${record.leftOut ? msg('left out') : msg('shown')}</span>
            </h3>
            ${withSource ? html`<p class="muted"><bdi>${msg('Feed')}:</bdi> <code dir="ltr">${record.source}</code></p>` : nothing}
            ${record.origin
              ? html`<p class="muted origin">
                  <bdi>${msg('Origin of the imported record')}:</bdi>
                  <bdi dir="ltr">${[record.origin.importer, record.origin.origin, record.origin.ref].filter(Boolean).join(', ')}</bdi>
                </p>`
              : nothing}
            <dl class="facts">
              ${record.problems.map(
                (p) => html`<dt><code dir="ltr">${fieldPath(p.field)}</code></dt>
                  <dd>${problemDetails(p, (i) => this.recordLabel(p.collection, i), lang)}</dd>`,
              )}
            </dl>
          </li>`,
        )}
      </ol>
      ${records.length > listed.length
        ? html`<p>
            ${allKept
              ? msg(str`Only the first ${formatNumber(listed.length, lang)} records with problems are listed; the browser console lists all.`)
              : msg(str`Only the first ${formatNumber(listed.length, lang)} records with problems are listed.`)}
          </p>`
        : nothing}
    </section>`;
  }

  /** "Offer 3": a record by its kind and its position (from 1) in the feed; "Feed" for the envelope. */
  private recordLabel(collection: FeedProblem['collection'], index: number): string {
    const kind = collectionLabel(collection);
    if (collection === 'feed') return kind;
    const position = formatNumber(index + 1, this.locale.ui);
    // Kind, then number, in every UI language so far ("Angebot 3", "العرض 3", "Hizmet 3").
    return `${kind} ${position}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lotse-feed-info': LotseFeedInfo;
  }
}
