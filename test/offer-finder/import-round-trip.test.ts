/**
 * The import round trip: a spreadsheet imported by `lotse import csv`
 * (test/fixtures/imported-feed.ts, proven current by test/cli/round-trip.test.mjs),
 * validated by the store, and drawn by <lotse-offer-finder> with its
 * formatted text, appointment-only hours and a place's temporary closure.
 */
import { expect } from '@esm-bundle/chai';
import { resetFeedStore } from '../../src/core/feed/store.js';
import { importedFeed } from '../fixtures/imported-feed.js';
import { expectAccessible } from '../helpers/axe.js';
import { cleanupFixtures } from '../helpers/fixture.js';
import { answerJson, mockUrl, PATIENT, useMsw } from '../helpers/msw.js';
import { $, $$, eventually, mountFinder, textOf, titles, type Finder } from './helpers.js';

useMsw();

let counter = 0;
const feedUrl = (body: unknown) => {
  const url = mockUrl(`/round-trip/${++counter}.json`);
  answerJson(url, body);
  return url;
};
const originalLang = document.documentElement.lang;

async function open(el: Finder, title: string) {
  $$<HTMLButtonElement>(el, 'button.open').find((b) => b.textContent!.includes(title))!.click();
  await el.updateComplete;
  await eventually(() => !!$(el, '[part="detail"]'), 'the detail');
  return $(el, '[part="detail"]')!;
}

describe('imported from a spreadsheet, shown by <lotse-offer-finder>', () => {
  beforeEach(() => {
    resetFeedStore(PATIENT);
    document.documentElement.lang = 'de';
  });
  afterEach(() => {
    cleanupFixtures();
    document.documentElement.lang = originalLang;
  });

  it('lists every imported offer and draws the formatted description: paragraphs, a list and a safe link', async () => {
    const el = await mountFinder(`src="${feedUrl(importedFeed)}" no-url-sync`);
    expect(titles(el).sort()).to.deep.equal(['Deutschkurs Rundweg', 'Migrationsberatung Rundweg']);
    const detail = await open(el, 'Migrationsberatung Rundweg');
    const rich = detail.querySelector('.description.rich')!;
    expect(rich, 'formatted description').to.exist;
    expect(rich.getAttribute('lang')).to.equal('de');
    expect([...rich.querySelectorAll('ul > li')].map((li) => textOf(li))).to.deep.equal(['Aufenthalt', 'Arbeit und Ausbildung']);
    const link = rich.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://beratung.example/termin');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(link.getAttribute('referrerpolicy')).to.equal('no-referrer');
    expect(rich.querySelector('script, img, iframe, [onerror], [style]')).to.equal(null);
    // "Do 14-18 Uhr nach Vereinbarung" from the spreadsheet.
    const hours = [...detail.querySelectorAll('.hours li')].map((li) => textOf(li));
    expect(hours.filter((h) => h.includes('nur nach Terminvereinbarung'))).to.have.length(1);
    await expectAccessible(el, 'imported offer with formatted text');
  });

  it('shows the Arabic formatted text on an Arabic page, right to left; the plain text where no formatted one exists', async () => {
    document.documentElement.lang = 'ar';
    const el = await mountFinder(`src="${feedUrl(importedFeed)}" no-url-sync`);
    const detail = await open(el, 'استشارة الهجرة');
    const rich = detail.querySelector('.description.rich')!;
    expect(rich.getAttribute('lang')).to.equal('ar');
    expect(rich.getAttribute('dir')).to.equal('rtl');
    expect([...rich.querySelectorAll('li')].map((li) => textOf(li))).to.deep.equal(['الإقامة', 'العمل']);
    await expectAccessible(el, 'Arabic formatted text');
    document.documentElement.lang = 'de';
    cleanupFixtures();
    resetFeedStore(PATIENT);
    const plain = await mountFinder(`src="${feedUrl(importedFeed)}" no-url-sync`);
    const course = await open(plain, 'Deutschkurs Rundweg');
    expect(course.querySelector('.description.rich')).to.equal(null);
    expect(textOf(course.querySelector('p.description'))).to.equal('Ein Kurs am Abend.');
  });

  it('never draws formatted text that breaks the rules: a javascript: link, an unknown kind, a __proto__ key; the plain text is shown', async () => {
    const base = structuredClone(importedFeed) as unknown as { offers: Record<string, unknown>[] };
    const hostile = [
      [{ k: 'p', c: [{ k: 'a', href: 'javascript:alert(1)', c: ['x'] }] }],
      [{ k: 'script', c: ['alert(1)'] }],
      JSON.parse('[{"__proto__": {"k": "p"}, "c": ["x"]}]'),
      [{ k: 'p', c: [{ k: 'a', href: 'https://ok.example/', c: [{ k: 'a', href: 'https://nested.example/', c: ['in a link'] }] }] }],
    ];
    for (const rich of hostile) {
      cleanupFixtures();
      resetFeedStore(PATIENT);
      const feed = structuredClone(base);
      feed.offers[0].richDescription = rich;
      const el = await mountFinder(`src="${feedUrl(feed)}" no-url-sync`);
      const detail = await open(el, 'Migrationsberatung Rundweg');
      expect(detail.querySelector('.rich'), JSON.stringify(rich)).to.equal(null);
      expect(textOf(detail.querySelector('p.description'))).to.include('Aufenthalt');
      expect(detail.querySelector('a[href^="javascript"], script')).to.equal(null);
    }
  });

  it('says a place is closed for now, and not "open now", with the reason', async () => {
    const feed = structuredClone(importedFeed) as typeof importedFeed & { places: Record<string, unknown>[] };
    feed.places[0].closure = { until: '2099-12-31', note: 'Umbau' };
    (feed.places[0] as Record<string, unknown>).hours = { regular: [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '00:00', closes: '23:59' }] };
    const offer = feed.offers[0] as Record<string, unknown>;
    delete offer.hours;
    const el = await mountFinder(`src="${feedUrl(feed)}" no-url-sync`);
    const detail = await open(el, 'Migrationsberatung Rundweg');
    const closure = textOf(detail.querySelector('.closure'));
    expect(closure).to.match(/2099/);
    expect(closure).to.include('Umbau');
    const openNow = detail.querySelector('.open-now')!;
    expect(openNow.classList.contains('is-open'), 'open day and night, but closed for now').to.equal(false);
    await expectAccessible(el, 'closed place');
  });
});
