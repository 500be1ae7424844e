/** The detail view of one offer: everything a resident needs to go there or get in touch. */
import { html, nothing } from 'lit';
import { msg, str } from '../../core/locale/localize.js';
import type { OfferEntry } from '../../core/feed/catalog.js';
import type { Contact, OpeningHours, Place } from '../../core/feed/schema.js';
import { WEEKDAYS } from '../../core/feed/vocabulary.js';
import { directionOf } from '../../core/locale/direction.js';
import { formatDate, formatDateRange, formatList, formatNumber } from '../../core/locale/format.js';
import { mailtoHref, safeHref, telHref } from '../../core/links.js';
import { unverifiedForAYear } from '../../core/time/berlin.js';
import { isOpen } from '../../core/time/open-now.js';
import { nextDate } from '../../core/time/next-date.js';
import { audienceLabel, kindLabel } from '../../core/ui/labels.js';
import { shownParagraph, shownText } from '../../core/ui/shown-text.js';
import { languageNames, nextDateText, providerName, text, timeRange, type RenderContext } from './results.js';

export interface DetailActions {
  back: () => void;
  print: () => void;
}

const dayNames = new Map<string, string[]>();

/** Weekday names, Monday first (1 January 2024 was a Monday). */
function weekdayNames(ui: string): string[] {
  let names = dayNames.get(ui);
  if (!names) {
    const format = new Intl.DateTimeFormat(ui, { weekday: 'long', timeZone: 'UTC' });
    dayNames.set(ui, (names = WEEKDAYS.map((_, i) => format.format(Date.UTC(2024, 0, 1 + i)))));
  }
  return names;
}

function fact(label: string, value: unknown) {
  return html`<dt>${label}</dt><dd>${value}</dd>`;
}

function renderHours(hours: OpeningHours, entry: OfferEntry, ctx: RenderContext, level: 3 | 4) {
  const { ui, now } = ctx;
  const days = weekdayNames(ui);
  const open = isOpen(hours, now);
  const upcoming = (hours.exceptions ?? []).filter((e) => e.date >= now.date).slice(0, 6);
  return html`<div class="hours">
    ${level === 3 ? html`<h3>${msg('Opening hours')}</h3>` : html`<h4>${msg('Opening hours')}</h4>`}
    ${open === undefined
      ? nothing
      : html`<p class="open-now ${open ? 'is-open' : ''}">
          ${open ? msg('Open now') : msg('Closed now')} <bdi class="muted">${msg('(German time)')}</bdi>
        </p>`}
    ${hours.regular?.length
      ? html`<ul class="plain">
          ${hours.regular.map(
            (span) => html`<li>
              <bdi>${formatList(span.days.map((d) => days[WEEKDAYS.indexOf(d)]), ui)}:</bdi>
              <bdi class="nowrap">${timeRange(span.opens, span.closes, ui)}</bdi>
            </li>`,
          )}
        </ul>`
      : nothing}
    ${upcoming.length
      ? html`<p class="label"><bdi>${msg('Different hours:')}</bdi></p>
          <ul class="plain">
            ${upcoming.map(
              (e) => html`<li>
                <bdi>${formatDate(e.date, ui, { dateStyle: 'medium' })}:
                ${e.closed ? msg('closed') : timeRange(e.opens, e.closes, ui)}</bdi>
                ${e.note ? html`– ${shownText(text(e.note, entry, ctx))}` : nothing}
              </li>`,
            )}
          </ul>`
      : nothing}
    ${hours.note ? html`<p>${shownText(text(hours.note, entry, ctx))}</p>` : nothing}
  </div>`;
}

function wheelchairText(value: Place['wheelchair']): string | undefined {
  switch (value) {
    case 'yes':
      return msg('Wheelchair accessible');
    case 'limited':
      return msg('Partly wheelchair accessible');
    case 'no':
      return msg('Not wheelchair accessible');
    default:
      return undefined;
  }
}

function directionsHref(place: Place): string | undefined {
  const { geo, address } = place;
  if (geo) return safeHref(`https://www.openstreetmap.org/directions?to=${geo.lat}%2C${geo.lon}`);
  const search = new URL('https://www.openstreetmap.org/search');
  search.searchParams.set('query', [address.street, `${address.postcode} ${address.municipality}`].filter(Boolean).join(', '));
  return safeHref(search.href);
}

function renderPlace(place: Place, entry: OfferEntry, ctx: RenderContext, withHours: boolean, withAccess: boolean) {
  const { address } = place;
  const directions = directionsHref(place);
  const access = withAccess ? wheelchairText(place.wheelchair) : undefined;
  const lang = entry.feed.language;
  const dir = directionOf(lang);
  return html`<div class="place">
    <h3>${shownText(text(place.name, entry, ctx), msg('Address'))}</h3>
    <address>
      ${address.street ? html`<span lang=${lang} dir=${dir}>${address.street}</span><br />` : nothing}
      <span lang=${lang} dir=${dir}>${address.postcode} ${address.municipality}${address.district ? ` (${address.district})` : ''}</span>
    </address>
    ${directions
      ? html`<p>
          <a href=${directions} rel="noopener" target="_blank"><bdi>${msg('Directions (OpenStreetMap, opens in a new tab)')}</bdi></a>
        </p>`
      : nothing}
    ${access ? html`<p>${access}</p>` : nothing}
    ${withHours && place.hours ? renderHours(place.hours, entry, ctx, 4) : nothing}
  </div>`;
}

function renderContact(contact: Contact | undefined, website: string | undefined) {
  const tel = telHref(contact?.phone);
  const mail = mailtoHref(contact?.email);
  const url = safeHref(contact?.url);
  const site = safeHref(website);
  if (!tel && !mail && !url && !site) return nothing;
  return html`<h3>${msg('Contact')}</h3>
    <ul class="plain">
      ${contact?.name ? html`<li>${contact.name}</li>` : nothing}
      ${tel ? html`<li><bdi>${msg('Phone:')}</bdi> <a href=${tel} dir="ltr">${contact!.phone}</a></li>` : nothing}
      ${mail ? html`<li><bdi>${msg('Email:')}</bdi> <a href=${mail} dir="ltr">${contact!.email}</a></li>` : nothing}
      ${site ? html`<li><a href=${site} rel="noopener">${msg('Website of the offer')}</a></li>` : nothing}
      ${url && url !== site ? html`<li><a href=${url} rel="noopener">${msg('Website')}</a></li>` : nothing}
    </ul>`;
}

function costText(entry: OfferEntry, ctx: RenderContext) {
  const cost = entry.offer.cost;
  if (!cost) return undefined;
  const money = (amount: number) => formatNumber(amount, ctx.ui, { style: 'currency', currency: cost.currency ?? 'EUR' });
  return html`${cost.free ? msg('Free of charge') : cost.amount !== undefined ? money(cost.amount) : nothing}
  ${cost.reducedAmount !== undefined ? msg(str`(reduced: ${money(cost.reducedAmount)})`) : nothing}
  ${cost.note ? html`<br />${shownText(text(cost.note, entry, ctx))}` : nothing}`;
}


export function renderDetail(entry: OfferEntry, ctx: RenderContext, actions: DetailActions) {
  const { offer } = entry;
  const { ui } = ctx;
  const provider = providerName(entry, ctx);
  const schedule = offer.schedule;
  const next = nextDate(schedule, ctx.now);
  const description = text(offer.description, entry, ctx);
  const summary = text(offer.summary, entry, ctx);
  const days = weekdayNames(ui);
  const audiences = (offer.audiences ?? []).map((id) => {
    const label = audienceLabel(id, ctx.catalog, ctx.requested);
    return typeof label === 'string' ? label : label.text;
  });
  // Said once for the offer when every place is the same, else once per place.
  const accessByPlace = entry.places.map((p) => wheelchairText(p.wheelchair));
  const sharedAccess = accessByPlace.every((a) => a && a === accessByPlace[0]) ? accessByPlace[0] : undefined;
  const cost = costText(entry, ctx);
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
            html`${formatList(schedule.weekly.days.map((d) => days[WEEKDAYS.indexOf(d)]), ui)}
            ${timeRange(schedule.startTime, schedule.endTime, ui)}
            ${schedule.weekly.interval && schedule.weekly.interval > 1
              ? msg(str`(every ${formatNumber(schedule.weekly.interval, ui)} weeks)`)
              : nothing}`,
          )
        : nothing}
      ${schedule?.start && schedule.end
        ? fact(msg('Period'), formatDateRange(schedule.start, schedule.end, ui))
        : nothing}
      ${schedule?.registrationDeadline ? fact(msg('Register by'), formatDate(schedule.registrationDeadline, ui)) : nothing}
      ${schedule?.seatsLeft !== undefined ? fact(msg('Places left'), formatNumber(schedule.seatsLeft, ui)) : nothing}
      ${offer.languages?.length ? fact(msg('Languages'), languageNames(offer.languages, ui)) : nothing}
      ${cost ? fact(msg('Costs'), cost) : nothing}
      ${audiences.length ? fact(msg('For'), formatList(audiences, ui)) : nothing}
      ${offer.level ? fact(msg('Language level'), [offer.level.from, offer.level.to].filter(Boolean).join('–')) : nothing}
      ${offer.childcare ? fact(msg('Childcare'), msg('Childcare available')) : nothing}
      ${offer.online ? fact(msg('Online'), msg('Also available online')) : nothing}
      ${sharedAccess ? fact(msg('Accessibility'), sharedAccess) : nothing}
    </dl>
    ${offer.hours ? renderHours(offer.hours, entry, ctx, 3) : nothing}
    ${entry.places.map((place) => renderPlace(place, entry, ctx, !offer.hours, !sharedAccess))}
    ${renderContact(offer.contact ?? entry.organization?.contact, offer.url)}
    <p class="muted"><bdi>${msg(str`Last checked: ${formatDate(offer.verified, ui, { dateStyle: 'long' })}`)}</bdi></p>
    ${unverifiedForAYear(offer.verified, ctx.now.date)
      ? html`<p class="stale-record">${msg('This information was last checked more than a year ago. Please confirm it with the provider before you go.')}</p>`
      : nothing}
    <p class="actions">
      <button type="button" class="secondary print" @click=${actions.print}>${msg('Print')}</button>
    </p>
  </article>`;
}
