/** Finding an offer of a catalogue by its key (a deep link, a click), without a walk through every offer. */
import type { Catalog, OfferEntry } from './catalog.js';

const byKey = new WeakMap<Catalog, Map<string, OfferEntry>>();

export function entryByKey(catalog: Catalog, key: string): OfferEntry | undefined {
  let index = byKey.get(catalog);
  if (!index) byKey.set(catalog, (index = new Map(catalog.offers.map((entry) => [entry.key, entry]))));
  return index.get(key);
}
