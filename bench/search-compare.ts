// Lotse's search (MiniSearch with German folding) against Fuse.js, the fuzzy
// search most directory sites use, on the same offers: build time, query
// time, and how often the intended offer lands in the top 5.
import Fuse from 'fuse.js';
import type { Catalog } from '../src/core/feed/catalog.js';
import { OfferSearch } from '../src/core/search/offer-search.js';
import { allTexts } from '../src/core/locale/text.js';

export interface BenchQuery {
  q: string;
  /** Id of the offer in the demo feed that a resident typing `q` is looking for. */
  expect: string;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
/** Synthetic copies are `<demo id>-<round>`; any copy of the intended offer counts. */
const baseId = (id: string) => id.replace(/-\d+$/, '');

export async function compareEngines(catalog: Catalog, queries: BenchQuery[], repeats = 1) {
  let start = performance.now();
  const lotse = new OfferSearch(catalog);
  await lotse.whenComplete;
  const lotseBuild = performance.now() - start;

  start = performance.now();
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
    threshold: 0.35,
    ignoreLocation: true,
  });
  const fuseBuild = performance.now() - start;

  const run = (search: (q: string) => number[]) => {
    const times: number[] = [];
    let hits = 0;
    const misses: string[] = [];
    for (const { q, expect } of queries) {
      let positions: number[] = [];
      for (let i = 0; i < repeats; i++) {
        const t = performance.now();
        positions = search(q);
        times.push(performance.now() - t);
      }
      const top = positions.slice(0, 5).map((p) => baseId(catalog.offers[p].offer.id));
      const wanted = (id: string) => (expect.endsWith('-') ? id.startsWith(expect) : id === expect);
      if (top.some(wanted)) hits++;
      else misses.push(q);
    }
    const mean = times.reduce((a, b) => a + b, 0) / times.length;
    return { meanQueryMs: mean, medianQueryMs: median(times), p95QueryMs: [...times].sort((a, b) => a - b)[Math.floor(times.length * 0.95)], top5: hits / queries.length, misses };
  };
  const lotseResult = run((q) => lotse.search(q) ?? []);
  const fuseResult = run((q) => fuse.search(q, { limit: 20 }).map((r) => r.refIndex));
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    queries: queries.length,
    lotse: { buildMs: round(lotseBuild), meanQueryMs: round(lotseResult.meanQueryMs), medianQueryMs: round(lotseResult.medianQueryMs), p95QueryMs: round(lotseResult.p95QueryMs), top5: round(lotseResult.top5), misses: lotseResult.misses },
    fuse: { buildMs: round(fuseBuild), meanQueryMs: round(fuseResult.meanQueryMs), medianQueryMs: round(fuseResult.medianQueryMs), p95QueryMs: round(fuseResult.p95QueryMs), top5: round(fuseResult.top5), misses: fuseResult.misses },
    /** How many times longer Fuse.js takes per query (mean of cold queries). */
    fuseToLotseQueryTimeRatio: round(fuseResult.meanQueryMs / lotseResult.meanQueryMs),
  };
}
