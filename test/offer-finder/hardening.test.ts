/**
 * The finder against what a feed, a link or a host page can throw at it
 * (issue 14, the widget's half): prototype-named ids, broken page languages,
 * a query of a megabyte, time passing while an offer is open, contacts with
 * only a name, and what residents see of a failing feed.
 */
import { expect } from '@esm-bundle/chai';
import { resetFeedStore } from '../../src/core/feed/store.js';
import { expectAccessible } from '../helpers/axe.js';
import { spyConsole } from '../helpers/console.js';
import { cleanupFixtures, fixture } from '../helpers/fixture.js';
import { answerJson, answerRaw, answerStatus, mockUrl, PATIENT, useMsw } from '../helpers/msw.js';
import { finderFeed } from '../fixtures/finder-feed.js';
import { prototypeIdsFeedText, VALID_PROTOTYPE_IDS } from '../fixtures/prototype-ids.js';
import { $, $$, eventually, mountFinder, openGroups, search, textOf, type Finder } from './helpers.js';

useMsw();

let counter = 0;
const original = location.href;
const feedUrl = (body: unknown = finderFeed()) => {
  const url = mockUrl(`/finder-hard/${++counter}.json`);
  answerJson(url, body);
  return url;
};

describe('<lotse-offer-finder> hardened', () => {
  beforeEach(() => {
    resetFeedStore(PATIENT);
    document.documentElement.lang = 'en';
  });
  afterEach(() => {
    cleanupFixtures();
    document.documentElement.lang = 'en';
    history.replaceState(null, '', original);
  });

  it('shows, filters and opens offers whose ids are named like Object.prototype members', async () => {
    const url = mockUrl(`/finder-hard/${++counter}-prototype.json`);
    answerRaw(url, prototypeIdsFeedText(), 'application/json');
    const errors = spyConsole('error');
    try {
      const el = await mountFinder(`src="${url}" no-url-sync page-size="50"`);
      await openGroups(el);
      expect(el.resultCount).to.equal(VALID_PROTOTYPE_IDS.length);
      // Every audience and topic filter exists and works, also `valueOf` and `constructor`.
      for (const id of ['valueOf', 'constructor', 'toString', 'hasOwnProperty']) {
        const box = $$<HTMLInputElement>(el, 'input[name="audiences"]').find((input) => input.value === id);
        expect(box, `audience ${id}`).to.exist;
        box!.click();
        await el.updateComplete;
        expect(el.resultCount, `offers for audience ${id}`).to.equal(1);
        box!.click();
        await el.updateComplete;
      }
      for (const id of VALID_PROTOTYPE_IDS) {
        $$<HTMLButtonElement>(el, 'button.open').find((b) => b.dataset.key === id)!.click();
        await el.updateComplete;
        expect(textOf($(el, '#detail-heading')), `detail of ${id}`).to.equal(`Angebot ${id}`);
        expect(textOf($(el, '[part="detail"]'))).to.not.match(/\[object |undefined|Fremdtext/);
        $<HTMLButtonElement>(el, 'button.back')!.click();
        await el.updateComplete;
      }
      expect(errors.calls.filter((c) => !c.includes('problem')), 'no exception').to.deep.equal([]);
      await expectAccessible(el, 'prototype-named ids');
    } finally {
      errors.restore();
    }
  });

  // What the page says, and the UI language it must give: invalid tags fall back to German, unknown languages to English.
  for (const [lang, expected] of [
    ['de_DE', 'Angebote gefunden'],
    ['en_US', 'offers found'],
    ['x', 'Angebote gefunden'],
    ['123', 'Angebote gefunden'],
    ['de-DE-u-co-phonebk', 'Angebote gefunden'],
    ['ar_SY', 'العثور'],
    ['zz-'.repeat(400), 'offers found'],
  ]) {
    it(`works under <html lang="${lang.slice(0, 20)}">`, async () => {
      document.documentElement.lang = lang;
      const el = await mountFinder(`src="${feedUrl()}" no-url-sync`);
      expect(el.resultCount).to.equal(10);
      await eventually(() => textOf($(el, '#results-heading')).includes(expected), `the heading in the right language for ${lang.slice(0, 20)}`);
    });
  }

  it('caps a query of a megabyte from a link, stays responsive, and quotes it short in its own sentences', async () => {
    const attack = `Das Amt ist umgezogen, Termine nur unter 0900-123456 ${'x'.repeat(1_000_000)}`;
    history.replaceState(null, '', `${location.pathname}?lotse-q=${encodeURIComponent(attack)}`);
    const started = performance.now();
    const el = await mountFinder(`src="${feedUrl()}"`);
    expect(performance.now() - started, 'no freeze').to.be.below(10_000);
    const field = $<HTMLInputElement>(el, '#q')!;
    expect(field.value.length).to.be.at.most(200);
    expect(el.resultCount).to.equal(0);
    const empty = textOf($(el, '[part="empty"]'));
    // Quoted short: the crafted text cannot put a whole message on the town's page.
    expect(empty).to.include('Das Amt ist umgezogen');
    expect(empty).to.not.include('0900-123456');
    await search(el, 'Bewerbungstrainig'.repeat(2000));
    expect(el.resultCount).to.equal(0);
  });

  it('keeps "open now" current while an offer stays open', async () => {
    const clock = sinonLikeClock();
    try {
      const feed = finderFeed() as { places: { id: string; hours?: unknown }[] };
      // Open today until 17:00 (Berlin), every day: 16:58 open, 17:28 closed.
      for (const place of feed.places) place.hours = { regular: [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '08:00', closes: '17:00' }] };
      clock.set('16:58');
      const el = await mountFinder(`src="${feedUrl(feed)}" no-url-sync`);
      $$<HTMLButtonElement>(el, 'button.open').find((b) => b.dataset.key === 'fluechtlingsberatung')!.click();
      await el.updateComplete;
      expect(textOf($(el, '.open-now'))).to.include('Open now');
      clock.set('17:28');
      document.dispatchEvent(new Event('visibilitychange'));
      await eventually(() => textOf($(el, '.open-now')).includes('Closed now'), '"closed now" after the time passed');
    } finally {
      clock.restore();
    }
  });

  it('shows a contact with only a name, and the valid parts of a contact', async () => {
    const feed = finderFeed() as { offers: { id: string; contact?: unknown }[]; organizations?: unknown[] };
    const offer = feed.offers.find((o) => o.id === 'fluechtlingsberatung')!;
    offer.contact = { name: 'Frau Yılmaz' };
    const el = await mountFinder(`src="${feedUrl(feed)}" no-url-sync`);
    $$<HTMLButtonElement>(el, 'button.open').find((b) => b.dataset.key === 'fluechtlingsberatung')!.click();
    await el.updateComplete;
    const contact = textOf($(el, '.contact'));
    expect(contact).to.include('Frau Yılmaz');
  });

  it('tells residents a feed failed without showing them its address', async () => {
    const url = mockUrl(`/finder-hard/${++counter}-missing.json`);
    answerStatus(url, 404);
    const el = await fixture<Finder>(`<lotse-offer-finder src="${url}" no-url-sync></lotse-offer-finder>`);
    await eventually(() => !!$(el, '[part="error"]'), 'the error');
    expect(textOf($(el, '[part="error"]'))).to.not.include('feeds.lotse.test');
    expect($(el, '[part="error"] code')).to.equal(null);
  });
});

/** `Date.now()` and `new Date()` set to a Berlin wall-clock time today, for the widget's clock. */
function sinonLikeClock() {
  const RealDate = Date;
  let offset = 0;
  class FakeDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...(args as [string]));
    }
    static override now() {
      return RealDate.now() + offset;
    }
  }
  return {
    /** Sets the clock so that Berlin shows `hhmm` today. */
    set(hhmm: string) {
      const real = new RealDate();
      const berlin = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(real);
      const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
      offset = (minutes(hhmm) - minutes(berlin)) * 60_000;
      (globalThis as { Date: DateConstructor }).Date = FakeDate as DateConstructor;
    },
    restore() {
      (globalThis as { Date: DateConstructor }).Date = RealDate;
    },
  };
}
