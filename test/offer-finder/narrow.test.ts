/**
 * The finder in narrow places: a 320 px phone and a 200 px sidebar, in
 * German and Arabic, in every state: nothing sticks out sideways, no word
 * breaks that would fit on a line.
 */
import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
import { resetFeedStore } from '../../src/core/feed/store.js';
import { cleanupFixtures, fixture } from '../helpers/fixture.js';
import { brokenWords, overflowing } from '../helpers/layout.js';
import { answerJson, answerStatus, mockUrl, PATIENT, useMsw } from '../helpers/msw.js';
import { finderFeed } from '../fixtures/finder-feed.js';
import { $, eventually, mountFinder, search, type Finder } from './helpers.js';

useMsw();

let counter = 0;
const feedUrl = () => {
  const url = mockUrl(`/finder-narrow/${++counter}.json`);
  answerJson(url, finderFeed());
  return url;
};

function column(width: number): HTMLElement {
  const box = document.createElement('div');
  box.style.inlineSize = `${width}px`;
  document.body.append(box);
  return box;
}

function expectFits(el: Finder, what: string) {
  expect(overflowing(el), `${what}: sticks out`).to.deep.equal([]);
  expect(brokenWords(el), `${what}: broken words`).to.deep.equal([]);
}

describe('<lotse-offer-finder> in narrow places', () => {
  const boxes: HTMLElement[] = [];
  beforeEach(() => resetFeedStore(PATIENT));
  afterEach(async () => {
    cleanupFixtures();
    boxes.splice(0).forEach((box) => box.remove());
    document.documentElement.lang = 'en';
    await setViewport({ width: 1024, height: 768 });
  });

  for (const lang of ['de', 'ar', 'uk']) {
    for (const width of [200, 276]) {
      it(`fits a ${width} px column in every state (${lang})`, async () => {
        document.documentElement.lang = lang;
        const box = column(width);
        boxes.push(box);
        const el = await mountFinder(`src="${feedUrl()}" no-url-sync page-size="3"`, box);
        expectFits(el, 'list with pages');
        $<HTMLButtonElement>(el, '[part="filter-toggle"]')!.click();
        await el.updateComplete;
        expectFits(el, 'filters open');
        $<HTMLButtonElement>(el, '[part="card"] button.open')!.click();
        await el.updateComplete;
        expectFits(el, 'detail');
        $<HTMLButtonElement>(el, 'button.back')!.click();
        await el.updateComplete;
        await search(el, 'zzzz qqqq');
        await eventually(() => !!$(el, '[part="empty"]'), 'the empty state');
        expectFits(el, 'empty');
      });
    }
  }

  it('fits a 320 px phone, also with an error', async () => {
    await setViewport({ width: 320, height: 640 });
    document.documentElement.lang = 'de';
    const el = await mountFinder(`src="${feedUrl()}" no-url-sync page-size="3"`);
    expectFits(el, 'list at 320 px');
    const broken = mockUrl(`/finder-narrow/${++counter}-missing.json`);
    answerStatus(broken, 404);
    const failing = await fixture<Finder>(`<lotse-offer-finder src="${broken}" no-url-sync></lotse-offer-finder>`);
    await eventually(() => !!$(failing, '[part="error"]'), 'the error');
    expectFits(failing, 'error at 320 px');
  });
});
