/** Facets as data: which values each offer has, filtering and counting, labels and the topic tree. */
import { expect } from '@esm-bundle/chai';
import { buildCatalog, type Catalog } from '../../src/core/feed/catalog.js';
import { validateFeed } from '../../src/core/feed/validate.js';
import { facetLabels, facetOptions, MAX_TREE_DEPTH, treeOrder } from '../../src/core/filters/facet-labels.js';
import { activeFilters, builtTable, countFacets, emptySelection, facetTable, facetTableInSlices, YES, type FacetSpec, type Selection } from '../../src/core/filters/facets.js';
import { OFFER_FACETS } from '../../src/core/filters/offer-facets.js';
import { finderFeed, manyOffers } from '../fixtures/finder-feed.js';

function catalog(feed = finderFeed()): Catalog {
  return buildCatalog([validateFeed(feed, 'https://feeds.lotse.test/finder.json')]);
}

const ids = (cat: Catalog, positions: number[] | undefined) => (positions ?? []).map((p) => cat.offers[p].offer.id);
const select = (values: Record<string, string[]>): Selection => ({ ...emptySelection(OFFER_FACETS), ...values });

describe('facet counts', () => {
  it('counts each facet with every filter but its own', () => {
    const cat = catalog();
    const table = facetTable(cat.offers, cat, OFFER_FACETS);
    const { results, counts, relief } = countFacets(table, undefined, activeFilters(table, select({ languages: ['ar'], free: [YES] })));
    const count = (facet: string, value: string) => counts.get(facet)![table.byId.get(facet)!.index.get(value)!];
    // Arabic and free: the counselling and the women's café.
    expect(ids(cat, results)).to.have.members(['fluechtlingsberatung', 'frauencafe']);
    // Languages are counted with "free" only: 5 free offers, 2 in Arabic, all 5 in German.
    expect(count('languages', 'ar')).to.equal(2);
    expect(count('languages', 'de')).to.equal(5);
    // "Free" is counted with "Arabic" only: 3 offers in Arabic, 2 of them free.
    expect(count('free', YES)).to.equal(2);
    // Topics count only the results; a narrower topic counts for its broader one.
    expect(count('topics', 'sprache')).to.equal(1);
    expect(count('topics', 'beratung')).to.equal(1);
    // Removing "Arabic" would bring back 3 free offers; removing "free" one (Gesundheitssprechstunde).
    expect(Object.fromEntries(relief)).to.deep.equal({ languages: 3, free: 1 });
  });

  it('drops unknown values, except in strict (locked) facets, which then match nothing', () => {
    const cat = catalog();
    const table = facetTable(cat.offers, cat, OFFER_FACETS);
    const selection = select({ topics: ['no-such-topic'] });
    expect(countFacets(table, undefined, activeFilters(table, selection)).results).to.have.length(10);
    expect(countFacets(table, undefined, activeFilters(table, selection, new Set(['topics']))).results).to.have.length(0);
  });

  it('compares names and language codes without case', () => {
    const cat = catalog();
    const table = facetTable(cat.offers, cat, OFFER_FACETS);
    for (const [facet, upper, lower] of [
      ['municipality', 'ALTENAU', 'altenau'],
      ['languages', 'AR', 'ar'],
    ]) {
      const a = countFacets(table, undefined, activeFilters(table, select({ [facet]: [upper] })));
      const b = countFacets(table, undefined, activeFilters(table, select({ [facet]: [lower] })));
      expect(a.results, facet).to.deep.equal(b.results).and.have.length.above(0);
    }
  });

  it('is computed once per record list and facet list', () => {
    const cat = catalog();
    expect(facetTable(cat.offers, cat, OFFER_FACETS)).to.equal(facetTable(cat.offers, cat, OFFER_FACETS));
  });

  it('is built in slices for a large list the same as at once, once per list', async () => {
    const big = catalog(manyOffers(3000));
    const other = catalog(manyOffers(3000));
    const atOnce = facetTable(other.offers, other, OFFER_FACETS);
    expect(builtTable(big.offers, OFFER_FACETS)).to.equal(undefined);
    // Asked twice, built once: the second ask shares the first build, whether that is still running or (on a fast machine) already done.
    let reads = 0;
    const counted = OFFER_FACETS.map((spec, i) => (i === 0 ? { ...spec, values: (...args: Parameters<typeof spec.values>) => (reads++, spec.values(...args)) } : spec));
    const [first, second] = await Promise.all([facetTableInSlices(big.offers, big, counted), facetTableInSlices(big.offers, big, counted)]);
    expect(second, 'one build per list').to.equal(first);
    expect(reads, 'each record read once').to.equal(big.offers.length);
    const sliced = facetTableInSlices(big.offers, big, OFFER_FACETS);
    const table = await sliced;
    expect(builtTable(big.offers, OFFER_FACETS)).to.equal(table);
    expect(facetTable(big.offers, big, OFFER_FACETS)).to.equal(table);
    const shape = (t: typeof table) => t.columns.map((c) => [c.spec.id, c.values, c.of]);
    expect(shape(table)).to.deep.equal(shape(atOnce));
  });

  it('takes any facet a widget describes as data', () => {
    const cat = catalog();
    const evening: FacetSpec = {
      id: 'evening',
      kind: 'flag',
      values: ({ offer }) => (offer.schedule?.startTime ?? '') >= '17:00',
      legend: () => 'Evening',
    };
    const initial: FacetSpec = {
      id: 'initial',
      kind: 'list',
      values: ({ offer }) => [String(typeof offer.title === 'string' ? offer.title : Object.values(offer.title)[0])[0]],
      legend: () => 'Initial',
    };
    const facets = [evening, initial];
    const table = facetTable(cat.offers, cat, facets);
    const evenings = countFacets(table, undefined, activeFilters(table, { evening: [YES], initial: [] }));
    expect(evenings.results.length).to.be.above(0);
    for (const i of evenings.results) expect(cat.offers[i].offer.schedule!.startTime! >= '17:00').to.equal(true);
    const byInitial = countFacets(table, undefined, activeFilters(table, { evening: [], initial: ['D'] }));
    for (const i of byInitial.results) expect(JSON.stringify(cat.offers[i].offer.title)).to.match(/"D/);
  });

  it('follows broader values a bounded number of steps, also round a cycle', () => {
    const cat = catalog();
    // The validator cuts cycles in feeds; a facet of a widget's own may still have one.
    const cycle: FacetSpec = {
      id: 'ring',
      kind: 'list',
      values: () => ['a'],
      broader: (value) => ({ a: 'b', b: 'c', c: 'a' })[value as 'a' | 'b' | 'c'],
      legend: () => 'Ring',
    };
    const table = facetTable(cat.offers, cat, [cycle]);
    expect(table.byId.get('ring')!.values).to.have.members(['a', 'b', 'c']);
    const chain: FacetSpec = { ...cycle, id: 'chain', broader: (value) => `${value}x` };
    const long = facetTable(cat.offers, cat, [chain]);
    expect(long.byId.get('chain')!.values.length).to.be.at.most(20);
  });
});

describe('facet labels and options', () => {
  it('labels topics in the reader’s language and puts narrower topics under broader ones', () => {
    const cat = catalog();
    const table = facetTable(cat.offers, cat, OFFER_FACETS);
    const slice = countFacets(table, undefined, activeFilters(table, select({})));
    const labels = facetLabels(table, { catalog: cat, requested: 'en', texts: ['en'], ui: 'en' }, slice);
    const topics = labels.get('topics')!;
    const column = table.byId.get('topics')!;
    const shown = topics.order.map((n) => `${'-'.repeat(topics.depth[n])}${topics.text[n]}`);
    expect(shown.indexOf('-Language courses')).to.equal(shown.indexOf('Language') + 1);
    expect(column.values[topics.order[shown.indexOf('Language')]]).to.equal('sprache');
    const options = facetOptions(column, topics, slice, slice, select({ topics: ['sprache'] }));
    expect(options.find((o) => o.value === 'sprache')!.checked).to.equal(true);
    expect(options.find((o) => o.value === 'sprachkurse')!.level).to.equal(1);
  });

  it('orders kinds as the format lists them and languages by how many offers have them', () => {
    const cat = catalog();
    const table = facetTable(cat.offers, cat, OFFER_FACETS);
    const slice = countFacets(table, undefined, activeFilters(table, select({})));
    const labels = facetLabels(table, { catalog: cat, requested: 'de', texts: ['de'], ui: 'de' }, slice);
    const languages = table.byId.get('languages')!;
    const order = labels.get('languages')!.order.map((n) => languages.values[n]);
    const counts = slice.counts.get('languages')!;
    for (let i = 1; i < order.length; i++) {
      expect(counts[languages.index.get(order[i - 1])!]).to.be.at.least(counts[languages.index.get(order[i])!]);
    }
    const kinds = table.byId.get('kinds')!;
    const kindOrder = labels.get('kinds')!.order.map((n) => kinds.values[n]);
    expect(kindOrder.indexOf('service')).to.be.below(kindOrder.indexOf('course'));
  });

  it('walks a chain of 10,000 broader values without recursion, capped in depth', () => {
    const size = 10_000;
    const order = Array.from({ length: size }, (_, n) => n);
    const tree = treeOrder(order, (n) => (n > 0 ? n - 1 : undefined), size);
    expect(tree.order).to.have.length(size);
    expect(tree.order.slice(0, 3)).to.deep.equal([0, 1, 2]);
    expect(Math.max(...tree.depth)).to.equal(MAX_TREE_DEPTH);
  });

  it('shows values caught in a cycle of parents at the top level, each once', () => {
    const tree = treeOrder([0, 1, 2, 3], (n) => [1, 2, 0, undefined][n], 4);
    expect([...tree.order].sort()).to.deep.equal([0, 1, 2, 3]);
    expect(new Set(tree.order).size).to.equal(4);
  });
});
