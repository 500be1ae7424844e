/** The detail view of one offer: everything a resident needs to go there or get in touch. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../locale/localize.js';
import type { OfferEntry } from '../feed/catalog.js';
import { formatDate, formatDateRange, formatNumber } from '../locale/format.js';
import { unverifiedForAYear } from '../time/berlin.js';
import { nextDate } from '../time/next-date.js';
import { contactList, hasContact } from './contact.js';
import { dayList, openingHours } from './hours.js';
import { audienceLabel, featureLabel, kindLabel, wheelchairText } from './labels.js';
import { costText, fact, languageNames, nextDateText, providerName, tagList, text, timeRange, topicTexts, type OfferContext } from './offer-parts.js';
import { placeBlock } from './place.js';
import { shownParagraph, shownText } from './shown-text.js';

export interface DetailActions {
  back: () => void;
  print: () => void;
}

export interface DetailOptions {
  /** Facts a widget adds after the common ones (a course's seats and level). */
  facts?: TemplateResult | typeof nothing;
}

export function offerDetail(entry: OfferEntry, ctx: OfferContext, actions: DetailActions, options: DetailOptions = {}) {
  const { offer } = entry;
  const { ui } = ctx;
  const provider = providerName(entry, ctx);
  const schedule = offer.schedule;
  const next = nextDate(schedule, ctx.now);
  const description = text(offer.description, entry, ctx);
  const summary = text(offer.summary, entry, ctx);
  const audiences = (offer.audiences ?? []).map((id) => audienceLabel(id, ctx.catalog, ctx.requested));
  const topics = topicTexts(entry, ctx);
  // Said once for the offer when every place is the same, else once per place.
  const accessByPlace = entry.places.map((p) => wheelchairText(p.wheelchair));
  const sharedAccess = accessByPlace.every((a) => a && a === accessByPlace[0]) ? accessByPlace[0] : undefined;
  const cost = costText(entry, ctx);
  const contact = offer.contact ?? entry.organization?.contact;
  return html`<article class="detail" part="detail" aria-labelledby="detail-heading">
    <p class="actions"><button type="button" class="secondary back" @click=${actions.back}>${msg('Back to the list')}</button></p>
    <h2 id="detail-heading" tabindex="-1">${shownText(text(offer.title, entry, ctx))}</h2>
    <p class="meta">${kindLabel(offer.kind)}${provider ? html` · ${shownText(provider)}` : nothing}</p>
    ${shownParagraph(summary, 'lead')} ${shownParagraph(description, 'description')}
    <dl class="facts">
      ${provider ? fact(msg('Provider'), shownText(provider)) : nothing}
      ${next ? fact(msg('Next date'), nextDateText(next, ui)) : nothing}
      ${schedule?.weekly
        ? fact(
            msg('Regularly'),
            html`${dayList(schedule.weekly.days, ui)}
            ${timeRange(schedule.startTime, schedule.endTime, ui)}
            ${schedule.weekly.interval && schedule.weekly.interval > 1
              ? msg(str`(every ${formatNumber(schedule.weekly.interval, ui)} weeks)`)
              : nothing}`,
          )
        : nothing}
      ${schedule?.start && schedule.end ? fact(msg('Period'), formatDateRange(schedule.start, schedule.end, ui)) : nothing}
      ${schedule?.registrationDeadline ? fact(msg('Register by'), formatDate(schedule.registrationDeadline, ui)) : nothing}
      ${schedule?.seatsLeft !== undefined ? fact(msg('Places left'), formatNumber(schedule.seatsLeft, ui)) : nothing}
      ${offer.languages?.length ? fact(msg('Languages'), languageNames(offer.languages, ui)) : nothing}
      ${cost ? fact(msg('Costs'), cost) : nothing}
      ${audiences.length ? fact(msg('For'), tagList(audiences)) : nothing}
      ${topics.length ? fact(msg('Topics'), tagList(topics)) : nothing}
      ${offer.level ? fact(msg('Language level'), [offer.level.from, offer.level.to].filter(Boolean).join('–')) : nothing}
      ${offer.childcare ? fact(msg('Childcare'), featureLabel('childcare')) : nothing}
      ${offer.online ? fact(msg('Online'), msg('Also available online')) : nothing}
      ${sharedAccess ? fact(msg('Accessibility'), sharedAccess) : nothing}
      ${options.facts ?? nothing}
    </dl>
    ${offer.hours ? openingHours(offer.hours, entry, ctx, 3) : nothing}
    ${entry.places.map((place) => placeBlock(place, entry, ctx, { hours: !offer.hours, access: !sharedAccess }))}
    ${hasContact(contact, offer.url)
      ? html`<h3>${msg('Contact')}</h3>
          ${contactList(contact, { language: entry.feed.language, owner: offer.contact ? undefined : provider, offerPage: offer.url })}`
      : nothing}
    <p class="muted"><bdi>${msg(str`Last checked: ${formatDate(offer.verified, ui, { dateStyle: 'long' })}`)}</bdi></p>
    ${unverifiedForAYear(offer.verified, ctx.now.date)
      ? html`<p class="stale-record">${msg('This information was last checked more than a year ago. Please confirm it with the provider before you go.')}</p>`
      : nothing}
    <p class="actions">
      <button type="button" class="secondary print" @click=${actions.print}>${msg('Print')}</button>
    </p>
  </article>`;
}
