/**
 * The agenda: courses that run for weeks once, with their pattern; then one
 * line per session, grouped by day or by week, cancelled and moved sessions
 * marked with their notes. Also the session lines of a day in the month
 * view and of a course's detail.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { msg, str } from '../../core/locale/localize.js';
import type { Catalog, OfferEntry } from '../../core/feed/catalog.js';
import { entryByKey } from '../../core/feed/entries.js';
import { formatDate } from '../../core/locale/format.js';
import { pickText } from '../../core/locale/text.js';
import { featureLabel, levelRange } from '../../core/ui/labels.js';
import { municipalities, text, timeRange, type OfferContext } from '../../core/ui/offer-parts.js';
import { languageHint, shownText } from '../../core/ui/shown-text.js';
import { contentNotes } from '../../core/ui/content-language.js';
import type { ShownText } from '../../core/locale/text.js';
import { feedZone } from '../../core/time/zone.js';
import { pastMidnight } from '../../core/time/recurrence.js';
import type { Group, Session } from './calendar-data.js';
import { courseTypeLabel, seatsState, seatsText, statusLabel } from './course-labels.js';
import { clauseSeparator, patternText } from './pattern-text.js';

export type Open = (entry: OfferEntry) => void;

const times = new Map<string, string>();

/** A session's times, made once per locale and pair of times: agendas list the same few thousands of times. */
export function sessionTimes(start: string | undefined, end: string | undefined, ui: string): string {
  const key = `${ui}|${start}|${end}`;
  let text = times.get(key);
  if (text === undefined) times.set(key, (text = timeRange(start, end, ui)));
  return text;
}

const towns = new WeakMap<OfferEntry, { ui: string; markup: unknown }>();

/**
 * The towns of an offer, made once per locale (agendas list thousands of
 * lines): one name in the feed's language, several as a list in the
 * reader's language.
 */
function townsOf(entry: OfferEntry, ui: string): unknown {
  let found = towns.get(entry);
  if (found?.ui !== ui) {
    const names = [...new Set(entry.places.map((p) => p.address.municipality))];
    const markup = names.length === 1 ? html`<span lang=${entry.feed.language}>${names[0]}</span>` : municipalities(entry, ui);
    towns.set(entry, (found = { ui, markup }));
  }
  return found.markup;
}

const titles = new WeakMap<OfferEntry, { key: string; title: ShownText | undefined; notes: string }>();

/**
 * An offer's title for this reader, and the notes when it is not in the
 * reader's language or made by a machine ("Only in this language: German"),
 * made once per entry, reader's languages and locale: an agenda repeats the
 * same course on hundreds of lines.
 */
function titleOf(entry: OfferEntry, ctx: OfferContext): { title: ShownText | undefined; notes: string } {
  const key = `${ctx.ui}|${ctx.texts.join(' ')}`;
  let found = titles.get(entry);
  if (found?.key !== key) {
    const title = text(entry.offer.title, entry, ctx);
    titles.set(entry, (found = { key, title, notes: contentNotes(entry, [title], ctx).join(' · ') }));
  }
  return found;
}

/**
 * Gives the agenda's days their number of lines (`--_lines`, for their
 * estimated size) through the CSSOM, after each update: a `style` attribute
 * would break a strict CSP.
 */
export function sizeDays(root: ParentNode): void {
  for (const day of root.querySelectorAll<HTMLElement>('.day[data-lines]')) day.style.setProperty('--_lines', day.dataset.lines!);
}

const dayHeading = (date: string, ui: string) => formatDate(date, ui, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

/** The title as a button that opens the course (the list handles the click); `data-key` lets focus come back to it. */
function titleButton(entry: OfferEntry, ctx: OfferContext) {
  return html`<button type="button" class="link open" data-key=${entry.key}>${shownText(titleOf(entry, ctx).title)}</button>`;
}

/** Badges of the whole offer: its status, type, free of charge, places. */
function offerBadges(entry: OfferEntry, ctx: OfferContext): TemplateResult[] {
  const { offer } = entry;
  const badges: TemplateResult[] = [];
  const status = statusLabel(offer.status);
  if (status) badges.push(html`<span class="badge alert">${status}</span>`);
  if (offer.courseType) badges.push(html`<span class="badge">${courseTypeLabel(offer.courseType)}</span>`);
  if (offer.level?.from || offer.level?.to) badges.push(html`<span class="badge" dir="ltr">${levelRange(offer.level)}</span>`);
  if (offer.cost?.free) badges.push(html`<span class="badge free">${featureLabel('free')}</span>`);
  if (offer.childcare) badges.push(html`<span class="badge">${featureLabel('childcare')}</span>`);
  const seats = offer.status === 'full' ? undefined : seatsState(offer.schedule?.seats, offer.schedule?.seatsLeft, offer.status, offer.registration?.waitingList);
  if (seats && seats !== 'free') badges.push(html`<span class="badge">${seatsText(seats, offer.schedule?.seatsLeft, ctx.ui)}</span>`);
  return badges;
}

const badgeList = (badges: TemplateResult[]) => (badges.length ? html`<ul class="badges">${badges.map((b) => html`<li>${b}</li>`)}</ul>` : nothing);

/** What differs for this session: cancelled, moved (from when), its note; `nothing` for most. */
function sessionChange(session: Session, ctx: OfferContext) {
  const { occurrence: o, entry } = session;
  if (o.status === 'scheduled' && !o.note) return nothing;
  const note = pickText(o.note, ctx.requested, entry.feed.language);
  // One value for the message: `lit-localize extract` reads a template nested in a placeholder as part of it, the build does not.
  const planned = () => `${formatDate(o.planned, ctx.ui, { weekday: 'short', day: 'numeric', month: 'short' })}${o.plannedStart ? ` ${timeRange(o.plannedStart, undefined, ctx.ui)}` : ''}`;
  const moved =
    o.status === 'moved' && (o.planned !== o.date || o.plannedStart !== o.start)
      ? msg(str`Moved from ${planned()}`)
      : o.status === 'moved'
        ? msg('Other place')
        : '';
  return html`${o.status === 'cancelled' ? html` <span class="badge alert">${msg('Cancelled')}</span>` : nothing}${moved ? html` <span class="badge">${moved}</span>` : nothing}${note
    ? html`<span class="note"><span lang=${note.lang} dir=${note.dir}>${note.text}</span>${languageHint(note, ctx.requested)}</span>`
    : nothing}`;
}

/**
 * One session: its time, the course, the town, what differs. `withDay`:
 * the day too (week groups, a course's list). `open`: the title is a button
 * with the offer's key; the list around it handles the click (one listener
 * for thousands of lines, see `openFromList`).
 */
export function sessionLine(session: Session, ctx: OfferContext, open: boolean, withDay = false): TemplateResult {
  const { occurrence: o, entry } = session;
  const clock = sessionTimes(o.start, o.end, ctx.ui);
  const day = withDay ? formatDate(o.date, ctx.ui, { weekday: 'short', day: 'numeric', month: 'short' }) : '';
  const until = o.endDate && !pastMidnight(o) ? msg(str`until ${formatDate(o.endDate, ctx.ui, { day: 'numeric', month: 'short' })}`) : '';
  const when = [day, clock || (withDay ? '' : msg('All day')), until].filter(Boolean).join(clauseSeparator(ctx.ui));
  const { title, notes } = titleOf(entry, ctx);

  return html`<li class="session ${o.status}">
    <bdi class="when">${when}</bdi>
    <span class="what">${open
      ? html`<button type="button" class="link open" data-key=${entry.key} lang=${title?.lang ?? nothing} dir=${title?.dir ?? nothing}>${title?.text ?? entry.key}</button>`
      : html`<span lang=${title?.lang ?? nothing} dir=${title?.dir ?? nothing}>${title?.text ?? entry.key}</span>`}${entry.places.length ? html`<span class="muted"> · ${townsOf(entry, ctx.ui)}</span>` : nothing}${notes
      ? html`<span class="muted"> · </span><span class="content-note">${notes}</span>`
      : nothing}${sessionChange(session, ctx)}</span>
  </li>`;
}

/** The click on a course's title in a list of sessions: the offer whose key the button carries. */
export function openFromList(event: Event, catalog: Catalog, open: Open): void {
  const button = (event.target as HTMLElement).closest<HTMLElement>('button.open[data-key]');
  const entry = button && entryByKey(catalog, button.dataset.key!);
  if (entry) open(entry);
}

export interface AgendaOptions {
  ctx: OfferContext;
  series: { entry: OfferEntry; sessions: Session[] }[];
  groups: Group[];
  by: 'day' | 'week';
}

/** Courses shown once, then the days (or weeks) with their sessions. */
export function agendaView({ ctx, series, groups, by }: AgendaOptions): TemplateResult {
  const { ui } = ctx;
  // The agenda grows in steps of lines after each change (see FIRST_LINES): a day or week already
  // drawn is left as it is, so each step costs only its new lines, not every line again.
  const same = `${ui}|${ctx.requested}|${ctx.texts.join(' ')}|${ctx.now.date}|${by}`;
  return html`${series.length
      ? guard([series, ctx.catalog, same], () => html`<section class="series" aria-labelledby="series-heading">
          <h3 id="series-heading">${msg('Regular courses and meetings')}</h3>
          <ul class="plain series-list">
            ${series.map(({ entry }) => {
              const pattern = patternText(entry.offer.schedule!, ui, ctx.requested, entry.feed.language, feedZone(entry.feed));
              const { notes } = titleOf(entry, ctx);
              return html`<li class="course" data-key=${entry.key}>
                <h4>${titleButton(entry, ctx)}</h4>
                ${notes ? html`<p class="content-note">${notes}</p>` : nothing}
                <p class="pattern"><bdi>${pattern}</bdi></p>
                ${entry.places.length ? html`<p class="meta">${townsOf(entry, ui)}</p>` : nothing} ${badgeList(offerBadges(entry, ctx))}
              </li>`;
            })}
          </ul>
        </section>`)
      : nothing}
    ${groups.map((group) =>
      guard(
        [group, ctx.catalog, same],
        () => html`<section class="day" aria-labelledby="g-${group.key}" data-lines=${group.sessions.length}>
          <h3 id="g-${group.key}">
            ${by === 'day' ? (group.key === ctx.now.date ? msg(str`Today, ${dayHeading(group.key, ui)}`) : dayHeading(group.key, ui)) : msg(str`Week from ${formatDate(group.key, ui, { day: 'numeric', month: 'long', year: 'numeric' })}`)}
          </h3>
          <ul class="plain sessions">
            ${group.sessions.map((session) => sessionLine(session, ctx, true, by === 'week'))}
          </ul>
        </section>`,
      ),
    )}`;
}
