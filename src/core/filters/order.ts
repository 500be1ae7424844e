/**
 * Orders for lists of offers: A–Z by the title shown, by next date. Ranks
 * are computed once per catalogue and language (or minute) and reused.
 */
import type { Catalog } from '../feed/catalog.js';
import { pickText } from '../locale/text.js';
import type { BerlinNow } from '../time/berlin.js';
import { nextDate } from '../time/next-date.js';
import { feedZone } from '../time/zone.js';

const titleRanks = new WeakMap<Catalog, Map<string, Int32Array>>();

/** Each offer's position in A–Z order of its shown title (`texts`: languages, best first), collated for `locale`. */
export function titleRank(catalog: Catalog, texts: readonly string[], locale: string): Int32Array {
  let perLocale = titleRanks.get(catalog);
  if (!perLocale) titleRanks.set(catalog, (perLocale = new Map()));
  const key = `${texts.join(' ')}|${locale}`;
  let rank = perLocale.get(key);
  if (!rank) {
    const titles = catalog.offers.map(({ offer, feed }) => pickText(offer.title, texts, feed.language)?.text ?? '');
    const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    const order = titles.map((_, i) => i).sort((a, b) => collator.compare(titles[a], titles[b]));
    rank = new Int32Array(titles.length);
    order.forEach((position, r) => (rank![position] = r));
    perLocale.set(key, rank);
  }
  return rank;
}

const dateKeys = new WeakMap<Catalog, { at: string; keys: string[] }>();

/** Each offer's next date and time as a sortable string; `~` (after every date) when it has none. */
export function nextDateKeys(catalog: Catalog, now: BerlinNow): string[] {
  const at = `${now.date} ${now.time}`;
  const cached = dateKeys.get(catalog);
  if (cached?.at === at) return cached.keys;
  const keys = catalog.offers.map(({ offer, feed }) => {
    const next = nextDate(offer.schedule, now, feedZone(feed));
    return next ? `${next.date} ${next.start ?? ''}` : '~';
  });
  dateKeys.set(catalog, { at, keys });
  return keys;
}

/** Sorts in place by a numeric or string key per position; ties keep their order. */
export function sortBy(positions: number[], key: ArrayLike<number | string>): number[] {
  return positions.sort((a, b) => (key[a] < key[b] ? -1 : key[a] > key[b] ? 1 : 0));
}
