/**
 * A large feed shows its first offers while the rest is still checked:
 * exactly the start of the list it becomes, only where that list is the one
 * asked for, accessible, and never in place of a good copy.
 */
import { expect } from '@esm-bundle/chai';
import { checkFeedInSlices, type ValidatedFeed } from '../../src/core/feed/validate-records.js';
import { resetFeedStore } from '../../src/core/feed/store.js';
import { expectAccessible } from '../helpers/axe.js';
import { cleanupFixtures, fixture } from '../helpers/fixture.js';
import { answerJson, mockUrl, useMsw, PATIENT } from '../helpers/msw.js';
import { manyOffers } from '../fixtures/finder-feed.js';
import { bigFeed } from './big-feed.js';
import { $, eventually, ready, textOf, titles, type Finder } from './helpers.js';

useMsw();

let counter = 0;
const feedUrl = (feed: unknown) => {
  const url = mockUrl(`/finder-preview/${++counter}.json`);
  answerJson(url, feed);
  return url;
};

interface Drawn {
  preview: boolean;
  titles: string[];
}

/**
 * Every state the finder draws, heard as it is drawn: a MutationObserver
 * runs after each render, before the next task. `onPreview` runs there
 * too, the first time the first offers are drawn.
 */
function watch(el: Finder, onPreview?: () => void): Drawn[] {
  const seen: Drawn[] = [];
  new MutationObserver(() => {
    const drawn = { preview: !!$(el, '.results-area[aria-busy="true"]'), titles: titles(el) };
    if (drawn.preview && drawn.titles.length > 0 && !seen.some((s) => s.preview && s.titles.length > 0)) onPreview?.();
    seen.push(drawn);
  }).observe(el.shadowRoot!, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  return seen;
}

type Yielding = { yield: () => Promise<void> };

/** Holds every pause of long work (`scheduler.yield`) until the returned function is called: the feed check stops where it is. */
function holdPauses(): () => void {
  const scheduler = (globalThis as unknown as { scheduler: Yielding }).scheduler;
  const original = scheduler.yield;
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  scheduler.yield = () => gate.then(() => original.call(scheduler));
  return () => {
    scheduler.yield = original;
    release();
  };
}

describe('<lotse-offer-finder> on a large feed, while the rest is checked', () => {
  beforeEach(() => {
    resetFeedStore(PATIENT);
    document.documentElement.lang = 'en';
  });
  afterEach(cleanupFixtures);

  it('the checker hands over a preview of the first 100 offers of a feed of more than 2,000, once, without unchecked formatted text', async () => {
    const feed = bigFeed(2100) as { offers: Record<string, unknown>[] };
    feed.offers[3].richDescription = [{ p: ['Formatted'] }];
    const previews: ValidatedFeed[] = [];
    const result = await checkFeedInSlices(feed, 'https://feeds.lotse.test/big.json', (preview) => previews.push(preview));
    expect(previews).to.have.length(1);
    expect(previews[0].offers.map((o) => o.id)).to.deep.equal(feed.offers.slice(0, 100).map((o) => o.id));
    expect(previews[0].offers[3].richDescription, 'formatted text waits for its own check').to.equal(undefined);
    expect('offers' in result && result.offers.length).to.equal(2100);
    const small: ValidatedFeed[] = [];
    await checkFeedInSlices(bigFeed(2000), 'https://feeds.lotse.test/small.json', (preview) => small.push(preview));
    expect(small, 'no preview for 2,000 offers').to.have.length(0);
  });

  it('shows the first page at once, accessible, and the whole list keeps those cards in place', async () => {
    const url = feedUrl(bigFeed(3000));
    const el = await fixture<Finder>(`<lotse-offer-finder src="${url}" no-url-sync></lotse-offer-finder>`);
    let release: (() => void) | undefined;
    const seen = watch(el, () => (release = holdPauses()));
    try {
      await eventually(() => seen.some((s) => s.preview && s.titles.length > 0), 'the first offers while the feed is checked');
      // The first cards in the update that shows them, the rest of the page in the tasks after it.
      expect(seen.find((s) => s.preview && s.titles.length > 0)!.titles.length, 'the first step').to.be.at.most(5);
      await eventually(() => titles(el).length === 20, 'the whole first page');
      const first = titles(el);
      expect(textOf($(el, '#results-heading'))).to.equal('Loading offers…');
      expect($(el, '[part="filter-toggle"]')?.hasAttribute('disabled'), 'filters wait for the whole feed').to.equal(true);
      await expectAccessible(el, 'first offers of a large feed');
      release!();
      await ready(el);
      await eventually(() => /3,000 offers/.test(textOf($(el, '#results-heading'))), 'the whole list');
      expect(titles(el)).to.deep.equal(first);
    } finally {
      release?.();
    }
  });

  it('no preview where the list asked for is another one (a preset filter), nor for a small feed', async () => {
    const filtered = await fixture<Finder>(`<lotse-offer-finder src="${feedUrl(bigFeed(2500))}" no-url-sync kinds="course"></lotse-offer-finder>`);
    const seenFiltered = watch(filtered);
    await ready(filtered);
    await eventually(() => /offers? found/.test(textOf($(filtered, '#results-heading'))), 'the filtered list');
    expect(seenFiltered.some((s) => s.preview), 'a preview with a preset filter').to.equal(false);
    const small = await fixture<Finder>(`<lotse-offer-finder src="${feedUrl(manyOffers(45))}" no-url-sync></lotse-offer-finder>`);
    const seenSmall = watch(small);
    await ready(small);
    expect(seenSmall.some((s) => s.preview), 'a preview of 45 offers').to.equal(false);
  });
});
