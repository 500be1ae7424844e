/** A place of an offer: its name, address, directions (a plain link, nothing loaded), access and hours. */
import { html, nothing } from 'lit';
import { msg, str } from '../locale/localize.js';
import { formatDate } from '../locale/format.js';
import type { OfferEntry } from '../feed/catalog.js';
import type { Place } from '../feed/schema.js';
import { directionOf } from '../locale/direction.js';
import { safeHref } from '../links.js';
import { externalLink } from './external-link.js';
import { openingHours } from './hours.js';
import { wheelchairText } from './labels.js';
import { text, type OfferContext } from './offer-parts.js';
import { shownText } from './shown-text.js';

/** Directions on OpenStreetMap, to the coordinates or else the address. */
export function directionsHref(place: Place): string | undefined {
  const { geo, address } = place;
  if (geo) return safeHref(`https://www.openstreetmap.org/directions?to=${geo.lat}%2C${geo.lon}`);
  const search = new URL('https://www.openstreetmap.org/search');
  search.searchParams.set('query', [address.street, `${address.postcode} ${address.municipality}`].filter(Boolean).join(', '));
  return safeHref(search.href);
}

/** The address lines, in the feed's language; postcode and street read left to right in any page. */
export function addressLines(place: Place, language: string) {
  const { address } = place;
  const dir = directionOf(language);
  return html`<address>
    ${address.street ? html`<span lang=${language} dir=${dir}>${address.street}</span><br />` : nothing}
    <span lang=${language} dir=${dir}
      ><bdi dir="ltr">${address.postcode}</bdi> ${address.municipality}${address.district ? ` (${address.district})` : ''}</span
    >
  </address>`;
}

export interface PlaceOptions {
  /** Shows the place's opening hours (when the offer has none of its own). */
  hours: boolean;
  /** Says whether the place is wheelchair accessible (when not said once for the offer). */
  access: boolean;
}

/** A temporary closure that is not over: whether it holds today, and what to say about it. */
export function closureNotice(place: Place, entry: OfferEntry, ctx: OfferContext) {
  const closure = place.closure;
  const today = ctx.now.date;
  if (!closure || (closure.until && closure.until < today)) return { closedNow: false, notice: nothing };
  const day = (date: string) => formatDate(date, ctx.ui, { dateStyle: 'medium' });
  const closedNow = !closure.from || closure.from <= today;
  const words = closedNow
    ? closure.until
      ? msg(str`Temporarily closed until ${day(closure.until)}`)
      : msg('Temporarily closed')
    : closure.until
      ? msg(str`Closed between ${day(closure.from!)} and ${day(closure.until)}`)
      : msg(str`Closed starting ${day(closure.from!)}`);
  return {
    closedNow,
    notice: html`<p class="closure"><strong><bdi>${words}</bdi></strong>${closure.note ? html` – ${shownText(text(closure.note, entry, ctx))}` : nothing}</p>`,
  };
}

export function placeBlock(place: Place, entry: OfferEntry, ctx: OfferContext, { hours, access }: PlaceOptions) {
  const directions = directionsHref(place);
  const accessText = access ? wheelchairText(place.wheelchair) : undefined;
  const { closedNow, notice } = closureNotice(place, entry, ctx);
  return html`<div class="place">
    <h4>${shownText(text(place.name, entry, ctx), msg('Address'))}</h4>
    ${notice} ${addressLines(place, entry.feed.language)}
    ${directions
      ? html`<p>${externalLink(directions, html`<bdi>${msg('Directions (OpenStreetMap, opens in a new tab)')}</bdi>`, { newTab: true })}</p>`
      : nothing}
    ${accessText ? html`<p>${accessText}</p>` : nothing}
    ${hours && place.hours ? openingHours(place.hours, entry, ctx, 5, closedNow) : nothing}
  </div>`;
}
