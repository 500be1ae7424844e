/** A place of an offer: its name, address, directions (a plain link, nothing loaded), access and hours. */
import { html, nothing } from 'lit';
import { msg } from '../locale/localize.js';
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

export function placeBlock(place: Place, entry: OfferEntry, ctx: OfferContext, { hours, access }: PlaceOptions) {
  const directions = directionsHref(place);
  const accessText = access ? wheelchairText(place.wheelchair) : undefined;
  return html`<div class="place">
    <h4>${shownText(text(place.name, entry, ctx), msg('Address'))}</h4>
    ${addressLines(place, entry.feed.language)}
    ${directions
      ? html`<p>${externalLink(directions, html`<bdi>${msg('Directions (OpenStreetMap, opens in a new tab)')}</bdi>`, { newTab: true })}</p>`
      : nothing}
    ${accessText ? html`<p>${accessText}</p>` : nothing}
    ${hours && place.hours ? openingHours(place.hours, entry, ctx, 5) : nothing}
  </div>`;
}
