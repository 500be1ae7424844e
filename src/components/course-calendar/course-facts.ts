/**
 * A course's own facts in the detail view (beside the shared ones: level,
 * childcare, cost, languages, place): its type and status, its rhythm,
 * first and last session, the number of sessions, places, registration.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../core/locale/localize.js';
import type { OfferEntry } from '../../core/feed/catalog.js';
import { safeHref } from '../../core/links.js';
import { formatDate, formatNumber } from '../../core/locale/format.js';
import { feedZone } from '../../core/time/zone.js';
import type { Occurrence } from '../../core/time/recurrence.js';
import { externalLink } from '../../core/ui/external-link.js';
import { fact, nextDateText, text, type OfferContext } from '../../core/ui/offer-parts.js';
import { shownTextNamed } from '../../core/ui/shown-text.js';
import { courseTypeLabel, seatsState, seatsText, statusLabel } from './course-labels.js';
import { patternText } from './pattern-text.js';

/**
 * `all`: every session of a course that ends (for the first and last one
 * and their number); undefined for one without an end.
 */
export function courseFacts(entry: OfferEntry, ctx: OfferContext, all: Occurrence[] | undefined): TemplateResult {
  const { offer } = entry;
  const { ui } = ctx;
  const schedule = offer.schedule;
  const registration = offer.registration;
  const status = statusLabel(offer.status);
  const seats = seatsState(schedule?.seats, schedule?.seatsLeft, offer.status, registration?.waitingList);
  const pattern = schedule && (schedule.monthly || schedule.count || schedule.except?.length) ? patternText(schedule, ui, ctx.requested, entry.feed.language, feedZone(entry.feed)) : '';
  const held = all?.filter((o) => o.status !== 'cancelled') ?? [];
  const cancelled = (all?.length ?? 0) - held.length;
  const href = safeHref(registration?.url);
  const deadline = registration?.deadline && registration.deadline !== schedule?.registrationDeadline ? registration.deadline : undefined;
  const note = text(registration?.note, entry, ctx);
  const count = (n: number) => formatNumber(n, ui);
  return html`${status ? fact(msg('Status'), html`<strong class="status-${offer.status}">${status}</strong>`) : nothing}
  ${offer.courseType ? fact(msg('Type of course'), courseTypeLabel(offer.courseType)) : nothing}
  ${pattern ? fact(msg('Dates'), pattern) : nothing}
  ${held.length > 1 ? fact(msg('First session'), nextDateText(held[0], ui)) : nothing}
  ${held.length > 1 ? fact(msg('Last session'), nextDateText(held[held.length - 1], ui)) : nothing}
  ${held.length > 1
    ? fact(
        msg('Sessions'),
        cancelled ? msg(str`${count(held.length)}, and ${count(cancelled)} cancelled`, { desc: 'Sessions that take place, and how many more were cancelled.' }) : count(held.length),
      )
    : nothing}
  ${seats ? fact(msg('Places'), seatsText(seats, schedule?.seatsLeft, ui)) : nothing}
  ${registration?.required !== undefined || href || deadline || note
    ? fact(
        msg('Registration'),
        html`${registration?.required === true ? msg('Registration required') : registration?.required === false ? msg('No registration needed') : nothing}
        ${deadline ? html`<bdi>${msg(str`by ${formatDate(deadline, ui)}`)}</bdi>` : nothing}
        ${href ? html`<br />${externalLink(href, msg('Register online'))}` : nothing}
        ${note ? html`<br />${shownTextNamed(note, ctx.requested)}` : nothing}`,
      )
    : nothing}`;
}
