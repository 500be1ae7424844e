/**
 * The detail view of one offer, grouped as a resident asks: what is it,
 * when, where, for whom, what does it cost, whom do I contact. Days on which
 * every place is closed (holidays) are said once, not once per place.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../locale/localize.js';
import type { OfferEntry } from '../feed/catalog.js';
import type { OpeningHours } from '../feed/schema.js';
import { formatDate, formatDateRange, formatNumber } from '../locale/format.js';
import { unverifiedForAYear } from '../time/berlin.js';
import { nextDate } from '../time/next-date.js';
import { feedZone } from '../time/zone.js';
import { contactList, hasContact } from './contact.js';
import { closedDays, dayList, openingHours, sharedExceptions } from './hours.js';
import { audienceLabel, featureLabel, kindLabel, levelRange, wheelchairText } from './labels.js';
import { costText, fact, languageNames, nextDateText, providerName, ruleTimeRange, tagList, text, topicTexts, type OfferContext } from './offer-parts.js';
import { placeBlock } from './place.js';
import { shownParagraph, shownText } from './shown-text.js';
import { richBlocks, richParagraphs } from './rich-text.js';
import type { RichText } from '../feed/rich-text-rules.js';
import { contentNotes } from './content-language.js';

export interface DetailActions {
  back: () => void;
  print: () => void;
}

export interface DetailOptions {
  /** Facts a widget adds to "When" (a course's sessions and seats). */
  facts?: TemplateResult | typeof nothing;
  /** Facts a widget adds to "For whom" (a health service's insurance and the languages of its staff). */
  who?: TemplateResult | typeof nothing;
}

/** A titled group of facts; left out when it has nothing to say. */
function section(heading: string, ...parts: unknown[]) {
  const shown = parts.filter((part) => part !== nothing && part !== undefined && part !== '' && part !== false);
  return shown.length ? html`<section class="detail-section"><h3>${heading}</h3>${shown}</section>` : nothing;
}

/** Facts as a list of terms; left out when empty. */
function facts(...items: unknown[]) {
  const shown = items.filter((item) => item !== nothing);
  return shown.length ? html`<dl class="facts">${shown}</dl>` : nothing;
}

export function offerDetail(entry: OfferEntry, ctx: OfferContext, actions: DetailActions, options: DetailOptions = {}) {
  const { offer } = entry;
  const { ui } = ctx;
  const provider = providerName(entry, ctx);
  const schedule = offer.schedule;
  const next = nextDate(schedule, ctx.now, feedZone(entry.feed));
  const audiences = entry.audiences.map((key) => audienceLabel(key, ctx.catalog, ctx.texts));
  const topics = topicTexts(entry, ctx);
  // Said once for the offer when every place is the same, else once per place.
  const accessByPlace = entry.places.map((p) => wheelchairText(p.wheelchair));
  const sharedAccess = accessByPlace.every((a) => a && a === accessByPlace[0]) ? accessByPlace[0] : undefined;
  const cost = costText(entry, ctx);
  const contact = offer.contact ?? entry.organization?.contact;
  // Closures every place shares (the holidays of one provider): said once, under "When".
  const placeHours = offer.hours ? [] : entry.places.flatMap((p) => (p.hours ? [p.hours] : []));
  const shared = placeHours.length > 1 && placeHours.length === entry.places.length ? sharedExceptions(placeHours, ctx.now.date) : [];
  const without = (hours: OpeningHours): OpeningHours => ({ ...hours, exceptions: hours.exceptions?.filter((e) => !shared.some((s) => s.date === e.date)) });
  const closed = closedDays(shared, ui);

  const when = section(
    msg('When'),
    facts(
      next ? fact(msg('Next date'), nextDateText(next, ui)) : nothing,
      schedule?.weekly
        ? fact(
            msg('Regularly'),
            html`${dayList(schedule.weekly.days, ui)} ${ruleTimeRange(schedule.startTime, schedule.endTime, ui, feedZone(entry.feed))}
            ${schedule.weekly.interval && schedule.weekly.interval > 1 ? msg(str`(every ${formatNumber(schedule.weekly.interval, ui)} weeks)`) : nothing}`,
          )
        : nothing,
      schedule?.start && schedule.end ? fact(msg('Period'), formatDateRange(schedule.start, schedule.end, ui)) : nothing,
      schedule?.registrationDeadline ? fact(msg('Register by'), formatDate(schedule.registrationDeadline, ui)) : nothing,
      schedule?.seatsLeft !== undefined ? fact(msg('Places left'), formatNumber(schedule.seatsLeft, ui)) : nothing,
      options.facts ?? nothing,
      closed ? fact(msg('Closed at every place'), closed) : nothing,
    ),
    offer.hours ? openingHours(offer.hours, entry, ctx, 4) : nothing,
  );
  const where = section(
    entry.places.length > 1 ? msg('Places') : msg('Where'),
    offer.online ? html`<p>${msg('Also available online')}</p>` : nothing,
    entry.places.length
      ? html`<div class="places">
          ${entry.places.map((place) =>
            placeBlock(shared.length && place.hours ? { ...place, hours: without(place.hours) } : place, entry, ctx, { hours: !offer.hours, access: !sharedAccess }),
          )}
        </div>`
      : nothing,
  );
  const who = section(
    msg('For whom'),
    facts(
      audiences.length ? fact(msg('For'), tagList(audiences)) : nothing,
      offer.languages?.length ? fact(msg('Languages'), languageNames(offer.languages, ui)) : nothing,
      offer.level ? fact(msg('Language level'), levelRange(offer.level)) : nothing,
      offer.childcare ? fact(msg('Childcare'), featureLabel('childcare')) : nothing,
      sharedAccess ? fact(msg('Accessibility'), sharedAccess) : nothing,
      topics.length ? fact(msg('Topics'), tagList(topics)) : nothing,
      options.who ?? nothing,
    ),
  );
  const costs = cost ? section(msg('Costs'), html`<p>${cost}</p>`) : nothing;
  const reach = hasContact(contact, offer.url)
    ? section(
        msg('Contact'),
        provider ? html`<p class="provider">${shownText(provider)}</p>` : nothing,
        contactList(contact, { language: entry.feed.language, owner: provider, offerPage: offer.url }),
      )
    : nothing;

  const title = text(offer.title, entry, ctx);
  const summary = text(offer.summary, entry, ctx);
  const description = text(offer.description, entry, ctx);
  const notes = contentNotes(entry, [title, summary, description], ctx);
  // Formatted text where it exists in the language the plain description is shown in.
  const blocks = richBlocks(offer.richDescription as RichText | undefined, description, entry.feed.language);
  return html`<article class="detail" part="detail" aria-labelledby="detail-heading">
    <p class="actions top"><button type="button" class="link back" @click=${actions.back}>${msg('Back to the list')}</button></p>
    <p class="kind"><span class="badge">${kindLabel(offer.kind)}</span>${offer.cost?.free ? html` <span class="badge free">${featureLabel('free')}</span>` : nothing}</p>
    <h2 id="detail-heading" tabindex="-1" data-focus-after-load>${shownText(title)}</h2>
    ${provider ? html`<p class="meta">${shownText(provider)}</p>` : nothing}
    ${notes.length ? html`<p class="content-note">${notes.join(' · ')}</p>` : nothing}
    ${shownParagraph(summary, 'lead')} ${blocks && description ? richParagraphs(blocks, description, 'description') : shownParagraph(description, 'description')}
    <div class="sections">${when} ${where} ${who} ${costs} ${reach}</div>
    <p class="muted checked"><bdi>${msg(str`Last checked: ${formatDate(offer.verified, ui, { dateStyle: 'long' })}`)}</bdi></p>
    ${unverifiedForAYear(offer.verified, ctx.now.date)
      ? html`<p class="stale-record">${msg('This information was last checked more than a year ago. Please confirm it with the provider before you go.')}</p>`
      : nothing}
    <p class="actions">
      <button type="button" class="secondary print" @click=${actions.print}>${msg('Print')}</button>
    </p>
  </article>`;
}
