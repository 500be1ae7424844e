/**
 * The calendar in narrow places: a 200 px sidebar and a 320 px phone, in
 * German and Arabic, in every state (agenda, filters, month, a day, a
 * course, empty, error): nothing sticks out sideways, no word breaks that
 * would fit on a line, and axe finds nothing.
 */
import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
import { resetFeedStore } from '../../src/core/feed/store.js';
import { cleanupFixtures, fixture } from '../helpers/fixture.js';
import { brokenWords, overflowing } from '../helpers/layout.js';
import { answerJson, answerStatus, mockUrl, PATIENT, useMsw } from '../helpers/msw.js';
import { calendarFeed } from '../fixtures/calendar-feed.js';
import { $, $$, eventually, mountCalendar, search, textOf, type Calendar, expectCalendarAccessible } from './helpers.js';

useMsw();

let counter = 0;
const feedUrl = () => {
  const url = mockUrl(`/calendar-narrow/${++counter}.json`);
  answerJson(url, calendarFeed());
  return url;
};

function column(width: number): HTMLElement {
  const box = document.createElement('div');
  box.style.inlineSize = `${width}px`;
  document.body.append(box);
  return box;
}

function expectFits(el: Calendar, what: string) {
  expect(overflowing(el), `${what}: sticks out`).to.deep.equal([]);
  expect(brokenWords(el), `${what}: broken words`).to.deep.equal([]);
}

describe('<lotse-course-calendar> in narrow places', () => {
  const boxes: HTMLElement[] = [];
  beforeEach(() => resetFeedStore(PATIENT));
  afterEach(async () => {
    cleanupFixtures();
    boxes.splice(0).forEach((box) => box.remove());
    document.documentElement.lang = 'en';
    await setViewport({ width: 1024, height: 768 });
  });

  for (const lang of ['de', 'ar']) {
    it(`fits a 200 px column in every state (${lang})`, async () => {
      document.documentElement.lang = lang;
      const box = column(200);
      boxes.push(box);
      const el = await mountCalendar(`src="${feedUrl()}" no-url-sync`, box);
      expect($(el, '[part="agenda"]'), 'the agenda by default').to.exist;
      expectFits(el, 'agenda');
      await expectCalendarAccessible(el, `agenda at 200 px, ${lang}`);
      $<HTMLButtonElement>(el, '[part="filter-toggle"]')!.click();
      await el.updateComplete;
      expectFits(el, 'filters open');
      $<HTMLButtonElement>(el, '[part="filter-toggle"]')!.click();
      await el.updateComplete;
      $$<HTMLButtonElement>(el, '.toolbar .views button')[1].click();
      await el.updateComplete;
      expect($(el, '[part="month"]')).to.exist;
      expectFits(el, 'month');
      await expectCalendarAccessible(el, `month at 200 px, ${lang}`);
      $<HTMLElement>(el, '[aria-current="date"]')!.click();
      await el.updateComplete;
      expectFits(el, 'a day open');
      $$<HTMLButtonElement>(el, '.toolbar .views button')[0].click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, 'button.open')!.click();
      await el.updateComplete;
      expect($(el, '[part="detail"]')).to.exist;
      expectFits(el, 'detail');
      await expectCalendarAccessible(el, `detail at 200 px, ${lang}`);
      $<HTMLButtonElement>(el, 'button.back')!.click();
      await el.updateComplete;
      await search(el, 'zzzz qqqq');
      await eventually(() => !!$(el, '[part="empty"]'), 'the empty state');
      expectFits(el, 'empty');
      await expectCalendarAccessible(el, `empty at 200 px, ${lang}`);
    });
  }

  it('fits a 320 px phone, also with an error', async () => {
    await setViewport({ width: 320, height: 640 });
    document.documentElement.lang = 'de';
    const el = await mountCalendar(`src="${feedUrl()}" no-url-sync view="month"`);
    expectFits(el, 'month at 320 px');
    const broken = mockUrl(`/calendar-narrow/${++counter}-missing.json`);
    answerStatus(broken, 404);
    const failing = await fixture<Calendar>(`<lotse-course-calendar src="${broken}" no-url-sync></lotse-course-calendar>`);
    await eventually(() => !!$(failing, '[part="error"]'), 'the error');
    expectFits(failing, 'error at 320 px');
    expect(textOf($(failing, '[part="error"]'))).to.not.equal('');
  });
});
