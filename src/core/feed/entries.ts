/** Finding an offer of a catalogue by its key (a deep link, a click), without a walk through every offer. */
import type { Catalog, OfferEntry } from './catalog.js';

const byKey = new WeakMap<Catalog, Map<string, OfferEntry>>();

/**
 * The offer with this key. A link made while the page had another number of
 * feeds still finds its offer: a bare id (one feed then, several now) names
 * the offer of the first feed that has it, and `feed~id` (several then, one
 * now) names the offer with that id.
 */
export function entryByKey(catalog: Catalog, key: string): OfferEntry | undefined {
  let index = byKey.get(catalog);
  if (!index) {
    index = new Map(catalog.offers.map((entry) => [entry.key, entry]));
    for (const entry of catalog.offers) if (!index.has(entry.offer.id)) index.set(entry.offer.id, entry);
    byKey.set(catalog, index);
  }
  return index.get(key) ?? (key.includes('~') ? index.get(key.slice(key.indexOf('~') + 1)) : undefined);
}
