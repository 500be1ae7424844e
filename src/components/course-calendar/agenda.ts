/**
 * The agenda: courses that run for weeks once, with their pattern; then one
 * line per session, grouped by day or by week, cancelled and moved sessions
 * marked with their notes. Also the session lines of a day in the month
 * view and of a course's detail.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../core/locale/localize.js';
import type { OfferEntry } from '../../core/feed/catalog.js';
import { formatDate } from '../../core/locale/format.js';
import { pickText } from '../../core/locale/text.js';
import { featureLabel } from '../../core/ui/labels.js';
import { municipalities, text, timeRange, type OfferContext } from '../../core/ui/offer-parts.js';
import { shownText } from '../../core/ui/shown-text.js';
import type { Group, Session } from './calendar-data.js';
import { courseTypeLabel, seatsState, seatsText, statusLabel } from './course-labels.js';
import { patternText } from './pattern-text.js';

export type Open = (entry: OfferEntry) => void;

const dayHeading = (date: string, ui: string) => formatDate(date, ui, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

/** The title as a button that opens the course; `data-key` lets focus come back to it. */
function titleButton(entry: OfferEntry, ctx: OfferContext, open: Open) {
  return html`<button type="button" class="link open" data-key=${entry.key} @click=${() => open(entry)}>${shownText(text(entry.offer.title, entry, ctx))}</button>`;
}

/** Badges of the whole offer: its status, type, free of charge, places. */
function offerBadges(entry: OfferEntry, ctx: OfferContext): TemplateResult[] {
  const { offer } = entry;
  const badges: TemplateResult[] = [];
  const status = statusLabel(offer.status);
  if (status) badges.push(html`<span class="badge alert">${status}</span>`);
  if (offer.courseType) badges.push(html`<span class="badge">${courseTypeLabel(offer.courseType)}</span>`);
  if (offer.level?.from || offer.level?.to) badges.push(html`<span class="badge" dir="ltr">${[offer.level.from, offer.level.to].filter(Boolean).join('–')}</span>`);
  if (offer.cost?.free) badges.push(html`<span class="badge free">${featureLabel('free')}</span>`);
  if (offer.childcare) badges.push(html`<span class="badge">${featureLabel('childcare')}</span>`);
  const seats = offer.status === 'full' ? undefined : seatsState(offer.schedule?.seats, offer.schedule?.seatsLeft, offer.status, offer.registration?.waitingList);
  if (seats && seats !== 'free') badges.push(html`<span class="badge">${seatsText(seats, offer.schedule?.seatsLeft, ctx.ui)}</span>`);
  return badges;
}

const badgeList = (badges: TemplateResult[]) => (badges.length ? html`<ul class="badges">${badges.map((b) => html`<li>${b}</li>`)}</ul>` : nothing);

/** What differs for this session: cancelled, moved (from when), its note. */
function sessionChange(session: Session, ctx: OfferContext) {
  const { occurrence: o, entry } = session;
  const note = pickText(o.note, ctx.requested, entry.feed.language);
  const moved =
    o.status === 'moved' && (o.planned !== o.date || o.plannedStart !== o.start)
      ? msg(str`Moved from ${formatDate(o.planned, ctx.ui, { weekday: 'short', day: 'numeric', month: 'short' })}${o.plannedStart ? ` ${timeRange(o.plannedStart, undefined, ctx.ui)}` : ''}`)
      : o.status === 'moved'
        ? msg('Other place')
        : '';
  return html`${o.status === 'cancelled' ? html`<span class="badge alert">${msg('Cancelled')}</span>` : nothing}
  ${moved ? html`<span class="badge">${moved}</span>` : nothing} ${note ? html`<span class="note">${shownText(note)}</span>` : nothing}`;
}

/** One session: its time, the course, the town, what differs. `withDay`: the day too (week groups, a course's list). */
export function sessionLine(session: Session, ctx: OfferContext, open: Open | undefined, withDay = false): TemplateResult {
  const { occurrence: o, entry } = session;
  const times = timeRange(o.start, o.end, ctx.ui);
  const day = withDay ? formatDate(o.date, ctx.ui, { weekday: 'short', day: 'numeric', month: 'short' }) : '';
  const until = o.endDate && !(o.end && o.start && o.end <= o.start) ? msg(str`until ${formatDate(o.endDate, ctx.ui, { day: 'numeric', month: 'short' })}`) : '';
  const when = [day, times || (withDay ? '' : msg('All day')), until].filter(Boolean).join(', ');
  const towns = entry.places.length ? municipalities(entry, ctx.ui) : nothing;
  return html`<li class="session ${o.status}" data-key=${entry.key}>
    <bdi class="when">${when}</bdi>
    <span class="what">${open ? titleButton(entry, ctx, open) : shownText(text(entry.offer.title, entry, ctx))}${entry.places.length ? html`<span class="muted"> · ${towns}</span>` : nothing}
      ${sessionChange(session, ctx)}</span>
  </li>`;
}

export interface AgendaOptions {
  ctx: OfferContext;
  series: { entry: OfferEntry; sessions: Session[] }[];
  groups: Group[];
  by: 'day' | 'week';
  open: Open;
}

/** Courses shown once, then the days (or weeks) with their sessions. */
export function agendaView({ ctx, series, groups, by, open }: AgendaOptions): TemplateResult {
  const { ui } = ctx;
  return html`${series.length
      ? html`<section class="series" aria-labelledby="series-heading">
          <h3 id="series-heading">${msg('Regular courses and meetings')}</h3>
          <ul class="plain series-list">
            ${series.map(({ entry }) => {
              const pattern = patternText(entry.offer.schedule!, ui, ctx.requested, entry.feed.language);
              return html`<li class="course" data-key=${entry.key}>
                <h4>${titleButton(entry, ctx, open)}</h4>
                <p class="pattern"><bdi>${pattern}</bdi></p>
                ${entry.places.length ? html`<p class="meta">${municipalities(entry, ui)}</p>` : nothing} ${badgeList(offerBadges(entry, ctx))}
              </li>`;
            })}
          </ul>
        </section>`
      : nothing}
    ${groups.map(
      (group) => html`<section class="day" aria-labelledby="g-${group.key}">
        <h3 id="g-${group.key}">
          ${by === 'day' ? (group.key === ctx.now.date ? msg(str`Today, ${dayHeading(group.key, ui)}`) : dayHeading(group.key, ui)) : msg(str`Week from ${formatDate(group.key, ui, { day: 'numeric', month: 'long', year: 'numeric' })}`)}
        </h3>
        <ul class="plain sessions">
          ${group.sessions.map((session) => sessionLine(session, ctx, open, by === 'week'))}
        </ul>
      </section>`,
    )}`;
}
