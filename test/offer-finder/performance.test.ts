/**
 * Budgets with 10,000 offers: validation plus search index after the feed
 * arrives, and the work per keystroke (search, facet counts, one page of
 * cards). The bench measures the built bundle precisely; these checks keep
 * the order of magnitude honest in every test run (generous limits, since
 * two test files share the machine).
 */
import { expect } from '@esm-bundle/chai';
import { buildCatalog } from '../../src/core/feed/catalog.js';
import { resetFeedStore } from '../../src/core/feed/store.js';
import { validateFeed } from '../../src/core/feed/validate.js';
import { offerSearch } from '../../src/core/search/offer-search.js';
import { cleanupFixtures } from '../helpers/fixture.js';
import { answerJson, mockUrl, useMsw } from '../helpers/msw.js';
import { bigFeed } from './big-feed.js';
import { $, $$, mountFinder, search } from './helpers.js';

useMsw();

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

describe('<lotse-offer-finder> performance with 10,000 offers', function () {
  this.timeout(60000);
  afterEach(cleanupFixtures);

  it('validates and indexes 10,000 offers within budget', async () => {
    const json = bigFeed(10000);
    const text = JSON.stringify(json);
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      const catalog = buildCatalog([validateFeed(JSON.parse(text), `https://feeds.lotse.test/perf-${i}.json`)]);
      const validated = performance.now();
      const search = offerSearch(catalog);
      await search.whenReady;
      const ready = performance.now();
      await search.whenComplete;
      runs.push(ready - start);
      console.log(
        `10,000 offers: parse + validate ${(validated - start).toFixed(0)} ms, search ready ${(ready - start).toFixed(0)} ms, ` +
          `full text indexed ${(performance.now() - start).toFixed(0)} ms`,
      );
    }
    expect(Math.min(...runs)).to.be.below(600);
  });

  it('handles a keystroke (search, facet counts, one page of cards) within budget', async () => {
    resetFeedStore({ timeout: 5000 });
    const url = mockUrl('/finder-perf/big.json');
    answerJson(url, bigFeed(10000));
    const el = await mountFinder(`src="${url}" no-url-sync`);
    expect(el.resultCount).to.equal(10000);
    const times: number[] = [];
    // Typed letter by letter, each query for the first time (nothing remembered from earlier rounds).
    for (const query of ['Beratung', 'Familie Kinder', 'Integration Ausbildung', 'Schule Sport Musik']) {
      for (let i = 1; i <= query.length; i++) {
        const start = performance.now();
        await search(el, query.slice(0, i));
        times.push(performance.now() - start);
      }
      await search(el, '');
    }
    expect($$(el, '[part="card"]').length).to.be.at.most(20);
    expect($(el, '#results-heading')).to.exist;
    console.log(`keystroke: median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`);
    expect(median(times)).to.be.below(32);
  });
});
