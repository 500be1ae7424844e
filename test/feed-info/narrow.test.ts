/** <lotse-feed-info> in a 200 px sidebar and on a 320 px phone: nothing sticks out, no word breaks that would fit. */
import { expect } from '@esm-bundle/chai';
import '../../src/components/feed-info/define.js';
import type { LotseFeedInfo } from '../../src/components/feed-info/feed-info.js';
import { resetFeedStore } from '../../src/core/feed/store.js';
import { bigFeed } from '../fixtures/feeds.js';
import { cleanupFixtures, fixture } from '../helpers/fixture.js';
import { brokenWords, overflowing } from '../helpers/layout.js';
import { answerRaw, answerJson, mockUrl, PATIENT, useMsw } from '../helpers/msw.js';
import { eventually } from '../helpers/wait.js';

useMsw();
let counter = 0;

describe('<lotse-feed-info> in narrow places', () => {
  const boxes: HTMLElement[] = [];
  beforeEach(() => resetFeedStore(PATIENT));
  afterEach(() => {
    cleanupFixtures();
    boxes.splice(0).forEach((box) => box.remove());
    document.documentElement.lang = 'en';
  });

  for (const lang of ['de', 'ar']) {
    for (const width of [200, 320]) {
      it(`fits ${width} px with problems and with an unusable feed (${lang})`, async () => {
        document.documentElement.lang = lang;
        const box = document.createElement('div');
        box.style.inlineSize = `${width}px`;
        document.body.append(box);
        boxes.push(box);
        const url = mockUrl(`/feed-info-narrow/${++counter}.json`);
        answerJson(url, bigFeed().feed);
        const el = await fixture<LotseFeedInfo>(`<lotse-feed-info src="${url}"></lotse-feed-info>`, box);
        await eventually(() => !!el.shadowRoot!.querySelector('[part="problems"]'), 'the report');
        expect(overflowing(el), 'report sticks out').to.deep.equal([]);
        expect(brokenWords(el, 'button, h2, h3, th, dt, a, code'), 'report: broken words').to.deep.equal([]);
        const damaged = mockUrl(`/feed-info-narrow/${++counter}-damaged.json`);
        answerRaw(damaged, '{"lotse": "1.0", "offers": [', 'application/json');
        el.setAttribute('src', damaged);
        await eventually(() => !!el.shadowRoot!.querySelector('[part="error"]'), 'the error');
        expect(overflowing(el), 'error sticks out').to.deep.equal([]);
        expect(brokenWords(el, 'button, h2, h3, th, dt, a, code'), 'error: broken words').to.deep.equal([]);
      });
    }
  }
});
