/**
 * One course or event: the shared offer detail with the course's facts
 * (first and last date, sessions, places, registration), its next dates
 * and a download of its dates for one's own calendar.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../../core/locale/localize.js';
import type { OfferEntry } from '../../core/feed/catalog.js';
import { pickText } from '../../core/locale/text.js';
import { dayNumber, isoDay } from '../../core/time/berlin.js';
import { lastRuleDay } from '../../core/time/recurrence.js';
import { offerDetail } from '../../core/ui/offer-detail.js';
import type { OfferContext } from '../../core/ui/offer-parts.js';
import { sessionLine } from './agenda.js';
import { sessionsOf } from './calendar-data.js';
import { courseFacts } from './course-facts.js';

/** Sessions listed in a course's detail. */
const UPCOMING = 12;

export interface CourseDetailActions {
  back: () => void;
  print: () => void;
  /** Downloads the course's dates as an .ics file named after `title`. */
  download: (title: string) => void;
}

/** The feed had a timetable for this offer that was left out for a problem in it (feed-info names the problem for staff). */
function timetableUnread(entry: OfferEntry): boolean {
  return !entry.offer.schedule && entry.feed.problems.some((p) => p.collection === 'offers' && p.id === entry.offer.id && /^schedule\b/.test(p.field));
}

export function courseDetail(entry: OfferEntry, ctx: OfferContext, actions: CourseDetailActions): TemplateResult {
  const schedule = entry.offer.schedule;
  const last = schedule ? (lastRuleDay(schedule) ?? (schedule.weekly || schedule.monthly ? undefined : '9999-12-31')) : undefined;
  // Every session of a course that ends, for its first, last and number; the next ones for the list.
  // (A day more: `last` is a day in the feed's time zone, the sessions' days are Berlin's.)
  const all = schedule && last ? sessionsOf(entry, '0001-01-01', last === '9999-12-31' ? isoDay(dayNumber(ctx.now.date) + 3 * 366) : isoDay(dayNumber(last) + 1)) : undefined;
  const upcoming = sessionsOf(entry, ctx.now.date, isoDay(dayNumber(ctx.now.date) + 366))
    .slice(0, UPCOMING)
    .map((occurrence) => ({ entry, occurrence }));
  const title = pickText(entry.offer.title, ctx.requested, entry.feed.language)?.text ?? entry.key;
  // Places are the course facts' (free, few, full, waiting list), not the shared detail's bare number.
  const shownEntry = schedule?.seatsLeft === undefined ? entry : { ...entry, offer: { ...entry.offer, schedule: { ...schedule, seatsLeft: undefined } } };
  return html`${offerDetail(shownEntry, ctx, { back: actions.back, print: actions.print }, { facts: courseFacts(entry, ctx, all) })}
    <section class="sessions-of" aria-labelledby="upcoming-heading">
      <h3 id="upcoming-heading">${msg('Next dates')}</h3>
      ${upcoming.length
        ? html`<ul class="plain sessions">${upcoming.map((s) => sessionLine(s, ctx, false, true))}</ul>`
        : html`<p>${timetableUnread(entry) ? msg('The dates could not be read. Please ask the provider.') : msg('No more dates are planned.')}</p>`}
      ${schedule
        ? html`<p><button type="button" class="secondary download" @click=${() => actions.download(title)}>${msg('Add to my calendar (.ics file)')}</button></p>`
        : nothing}
    </section>`;
}
