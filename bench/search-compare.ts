// Lotse's search against Fuse.js, the fuzzy search most directory sites use,
// on the same catalogue and the same queries in the same run: how often the
// intended offer is the first result and among the first five, overall and
// per kind of slip.
import Fuse from 'fuse.js';
import type { Catalog } from '../src/core/feed/catalog.js';
import { OfferSearch } from '../src/core/search/offer-search.js';
import { allTexts } from '../src/core/locale/text.js';

export interface BenchQuery {
  q: string;
  /** What kind of slip made the query (`swap`, `drop`, …), or `hand` for the hand-written list. */
  kind: string;
  /** Ids of the offers that are a right answer. */
  expect: string[];
}

interface Tally {
  queries: number;
  top1: number;
  top5: number;
}

const round = (n: number, places = 3) => Math.round(n * 10 ** places) / 10 ** places;
const rate = ({ queries, top1, top5 }: Tally) => ({ queries, top1: round(top1 / queries), top5: round(top5 / queries) });

/** Fuse.js as a directory site would set it up: weighted fields, threshold 0.3, matches anywhere in a field. */
export function fuseSearch(catalog: Catalog): (q: string) => number[] {
  const docs = catalog.offers.map((entry) => ({
    title: allTexts(entry.offer.title).join(' '),
    summary: allTexts(entry.offer.summary).join(' '),
    description: allTexts(entry.offer.description).join(' '),
    provider: allTexts(entry.organization?.name).join(' '),
    topics: (entry.offer.topics ?? []).flatMap((id) => allTexts(catalog.topics.get(id)?.label)).join(' '),
    keywords: allTexts(entry.offer.keywords).join(' '),
  }));
  const fuse = new Fuse(docs, {
    keys: [
      { name: 'title', weight: 3 },
      { name: 'keywords', weight: 2 },
      { name: 'topics', weight: 2 },
      { name: 'provider', weight: 1.5 },
      { name: 'summary', weight: 1.2 },
      { name: 'description', weight: 1 },
    ],
    threshold: 0.3,
    ignoreLocation: true,
  });
  return (q) => fuse.search(q, { limit: 20 }).map((r) => r.refIndex);
}

/** Top-1 and top-5 hit rates of one engine, overall and per kind, with the queries it missed. */
function score(catalog: Catalog, queries: BenchQuery[], search: (q: string) => number[]) {
  const all: Tally = { queries: 0, top1: 0, top5: 0 };
  const kinds = new Map<string, Tally>();
  const misses: string[] = [];
  const times: number[] = [];
  for (const { q, kind, expect } of queries) {
    const t = performance.now();
    const positions = search(q);
    times.push(performance.now() - t);
    const ids = positions.slice(0, 5).map((p) => catalog.offers[p].offer.id);
    const wanted = new Set(expect);
    const tally = kinds.get(kind) ?? { queries: 0, top1: 0, top5: 0 };
    kinds.set(kind, tally);
    for (const t of [all, tally]) {
      t.queries++;
      if (wanted.has(ids[0])) t.top1++;
      if (ids.some((id) => wanted.has(id))) t.top5++;
    }
    if (!ids.some((id) => wanted.has(id))) misses.push(`${kind}: ${q}`);
  }
  times.sort((a, b) => a - b);
  return {
    ...rate(all),
    perKind: Object.fromEntries([...kinds].map(([kind, tally]) => [kind, rate(tally)])),
    medianQueryMs: round(times[Math.floor(times.length / 2)], 2),
    missedTop5: misses.length,
    misses: misses.slice(0, 40),
  };
}

/** Both engines on `queries` over `catalog`. */
export async function compareEngines(catalog: Catalog, queries: BenchQuery[]) {
  const lotse = new OfferSearch(catalog);
  await lotse.whenComplete;
  const fuse = fuseSearch(catalog);
  return {
    offers: catalog.offers.length,
    lotse: score(catalog, queries, (q) => lotse.search(q) ?? []),
    fuse: score(catalog, queries, fuse),
  };
}

/**
 * What each search call costs while a resident types: every query of
 * `queries` typed letter by letter, each prefix searched once, on a catalogue
 * whose index is complete. Fuse.js is timed on the first `fuseQueries` only
 * (about a second per call at 10,000 offers), whole queries only.
 */
export async function searchCallTimes(catalog: Catalog, queries: string[], fuseQueries = 3) {
  const lotse = new OfferSearch(catalog);
  const t0 = performance.now();
  await lotse.whenReady;
  const ready = performance.now() - t0;
  await lotse.whenComplete;
  const complete = performance.now() - t0;
  const time = (search: (q: string) => unknown, list: string[], everyPrefix = true) => {
    const times: number[] = [];
    for (const q of list) {
      for (let i = everyPrefix ? 1 : q.length; i <= q.length; i++) {
        const t = performance.now();
        search(q.slice(0, i));
        times.push(performance.now() - t);
      }
    }
    times.sort((a, b) => a - b);
    const at = (p: number) => round(times[Math.min(times.length - 1, Math.floor(times.length * p))], 2);
    return { calls: times.length, medianMs: at(0.5), p95Ms: at(0.95), maxMs: round(times[times.length - 1], 2) };
  };
  const fuse = fuseSearch(catalog);
  return {
    offers: catalog.offers.length,
    lotse: { indexSearchableMs: round(ready, 1), indexCompleteMs: round(complete, 1), ...time((q) => lotse.search(q), queries) },
    fuse: time(fuse, queries.slice(0, fuseQueries), false),
  };
}
