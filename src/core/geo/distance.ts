/** Distances for "nearest first": postcodes become coordinates through the feed's own places. */
import type { Catalog, OfferEntry } from '../feed/catalog.js';

export interface Point {
  lat: number;
  lon: number;
}

const RADIANS = Math.PI / 180;

/** Great-circle distance in kilometres. */
export function haversine(a: Point, b: Point): number {
  const dLat = (b.lat - a.lat) * RADIANS;
  const dLon = (b.lon - a.lon) * RADIANS;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RADIANS) * Math.cos(b.lat * RADIANS) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The average position of the feed's places with this postcode; failing
 * that, of places whose postcode shares the first four, then three digits
 * (German postcodes are grouped by region).
 */
export function postcodePoint(catalog: Catalog, postcode: string): Point | undefined {
  if (!/^\d{5}$/.test(postcode)) return undefined;
  const places = catalog.feeds.flatMap((f) => f.places).filter((p) => p.geo);
  for (const digits of [5, 4, 3]) {
    const near = places.filter((p) => p.address.postcode.slice(0, digits) === postcode.slice(0, digits));
    if (near.length > 0) {
      return {
        lat: near.reduce((sum, p) => sum + p.geo!.lat, 0) / near.length,
        lon: near.reduce((sum, p) => sum + p.geo!.lon, 0) / near.length,
      };
    }
  }
  return undefined;
}

/** Distance to the offer's nearest place; `Infinity` for offers without a located place. */
export function offerDistance(entry: OfferEntry, from: Point): number {
  let best = Infinity;
  for (const place of entry.places) if (place.geo) best = Math.min(best, haversine(from, place.geo));
  return best;
}
