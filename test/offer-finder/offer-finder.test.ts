/**
 * <lotse-offer-finder>: list, search, facets, presets, sorting, pages,
 * detail view, empty state, events, feed problems and right-to-left, each
 * state checked with axe.
 */
import { expect } from '@esm-bundle/chai';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { feedSource, resetFeedStore } from '../../src/core/feed/store.js';
import { expectAccessible } from '../helpers/axe.js';
import { cleanupFixtures, fixture } from '../helpers/fixture.js';
import { spyWarn } from '../helpers/console.js';
import { answer, answerDelayed, answerJson, answerStatus, json, mockUrl, status, useMsw, PATIENT } from '../helpers/msw.js';
import { finderFeed, manyOffers } from '../fixtures/finder-feed.js';
import {
  $,
  $$,
  announced,
  checkbox,
  countOf,
  eventually,
  mountFinder,
  openGroups,
  ready,
  search,
  textOf,
  titles,
  toggle,
  type Finder,
} from './helpers.js';

useMsw();

let counter = 0;
const feedUrl = (body: unknown = finderFeed()) => {
  const url = mockUrl(`/finder/${++counter}.json`);
  answerJson(url, body);
  return url;
};
const originalLang = document.documentElement.lang;

describe('<lotse-offer-finder>', () => {
  beforeEach(() => {
    resetFeedStore(PATIENT);
    document.documentElement.lang = 'en';
  });
  afterEach(async () => {
    cleanupFixtures();
    document.documentElement.lang = originalLang;
    await setViewport({ width: 1024, height: 768 });
  });

  it('reserves space while loading, then lists the offers as cards in a list', async () => {
    const url = mockUrl(`/finder/${++counter}-slow.json`);
    answerDelayed(url, 300, finderFeed());
    const el = await fixture<Finder>(`<lotse-offer-finder src="${url}" no-url-sync></lotse-offer-finder>`);
    const placeholder = $(el, '[part="placeholder"]');
    expect(placeholder, 'placeholder').to.exist;
    expect(placeholder!.getBoundingClientRect().height).to.be.greaterThan(200);
    expect(textOf($(el, '[role="status"]'))).to.equal('');
    await expectAccessible(el, 'loading');
    await ready(el);
    expect($(el, 'ul[part="results"]')).to.exist;
    expect($$(el, 'ul[part="results"] > li[part="card"]')).to.have.length(10);
    expect(textOf($(el, '#results-heading'))).to.equal('10 offers found');
    expect(el.resultCount).to.equal(10);
    await eventually(() => textOf($(el, '[role="status"]')) === '10 offers found', 'the first count announced');
    await expectAccessible(el, 'list');
  });

  it('shows provider, town, topics, languages in their own script, a free badge and the next date on cards', async () => {
    const el = await mountFinder(`src="${feedUrl()}" no-url-sync`);
    const card = $$(el, '[part="card"]').find((c) => c.textContent!.includes('Beratung für Flüchtlinge'))!;
    expect(textOf(card.querySelector('.meta'))).to.equal('Caritas Neustadt · Neustadt');
    expect(textOf(card)).to.include('Topics: Counselling');
    const arabic = card.querySelector('span[lang="ar"]');
    expect(textOf(arabic)).to.equal('العربية');
    expect(textOf(card.querySelector('span[lang="uk"]'))).to.equal('українська');
    expect(textOf(card.querySelector('.badge.free'))).to.equal('Free of charge');
    const course = $$(el, '[part="card"]').find((c) => c.textContent!.includes('Deutschkurs'))!;
    expect(textOf(course)).to.match(/Next date: \w{3}, \w{3} \d+, \d{4}, 9:00\s?AM–12:00\s?PM/);
    const online = $$(el, '[part="card"]').find((c) => c.textContent!.includes('Online-Beratung'))!;
    expect(textOf(online.querySelector('.meta'))).to.equal('Online');
    expect(online.querySelector('.badge.free')).to.equal(null);
  });

  it('sizes tags, badges, notes and hints by --lotse-font-size-small, as the README says', async () => {
    const el = await mountFinder(`src="${feedUrl()}" no-url-sync`);
    const small = () => [$(el, '[part="card"] .tags li'), $(el, '[part="card"] .badge'), $(el, '.search .hint')].map((node) => node && getComputedStyle(node).fontSize);
    expect(small()).to.deep.equal(['14px', '14px', '14px']);
    el.style.setProperty('--lotse-font-size-small', '20px');
    expect(small()).to.deep.equal(['20px', '20px', '20px']);
  });

  it('filters as the resident types, keeps focus and caret, and announces the count once typing pauses', async () => {
    const el = await mountFinder(`src="${feedUrl()}" no-url-sync`);
    const totals: number[] = [];
    el.addEventListener('lotse-results-change', (e) => totals.push(e.detail.total));
    const input = $<HTMLInputElement>(el, '#q')!;
    input.focus();
    for (const text of ['F', 'Fl', 'Flue', 'Fluec', 'Fluech']) await search(el, text);
    expect(el.shadowRoot!.activeElement).to.equal(input);
    expect(input.selectionStart).to.equal(6);
    expect(titles(el)).to.deep.equal(['Beratung für Flüchtlinge']);
    expect(textOf($(el, '[role="status"]')), 'not announced on each keystroke').to.equal('');
    await eventually(() => textOf($(el, '[role="status"]')) !== '', 'the announcement', 3000);
    expect(textOf($(el, '[role="status"]'))).to.equal('1 offer found');
    expect(totals).to.deep.equal([1]);
    expect(el.resultCount).to.equal(1);
  });

  it('leaves no announcement in the old language in the live region when the language changes', async () => {
    const el = await mountFinder(`src="${feedUrl()}" no-url-sync lang="de"`);
    await search(el, 'Beratung');
    await eventually(() => textOf($(el, '[role="status"]')).includes('gefunden'), 'the German announcement', 3000);
    el.setAttribute('lang', 'ar');
    await eventually(() => $(el, '[part="base"]')?.getAttribute('lang') === 'ar', 'the Arabic UI');
    expect(textOf($(el, '[role="status"]'))).to.not.include('gefunden');
  });

  it('counts each facet with the other filters, disables options without results, and clears all filters at once', async () => {
    const el = await mountFinder(`src="${feedUrl()}" no-url-sync`);
    await openGroups(el);
    expect(countOf(el, 'languages', 'ar')).to.equal(3);
    expect(countOf(el, 'features', 'free')).to.equal(5);
    // Broader topics count the offers of their narrower ones.
    expect(countOf(el, 'topics', 'sprache')).to.equal(3);
    await toggle(el, 'languages', 'ar');
    expect(el.resultCount).to.equal(3);
    expect(countOf(el, 'features', 'free'), 'free among Arabic offers').to.equal(2);
    expect(countOf(el, 'languages', 'de'), 'own facet ignores its own filter').to.equal(10);
    expect(countOf(el, 'languages', 'ar')).to.equal(3);
    await toggle(el, 'features', 'free');
    expect(el.resultCount).to.equal(2);
    expect(countOf(el, 'languages', 'ar')).to.equal(2);
    const work = checkbox(el, 'topics', 'arbeit')!;
    expect(countOf(el, 'topics', 'arbeit')).to.equal(0);
    expect(work.disabled, 'zero-count option disabled').to.equal(true);
    expect(checkbox(el, 'kinds', 'course')!.disabled).to.equal(true);
    expect(checkbox(el, 'topics', 'beratung')!.disabled).to.equal(false);
    await expectAccessible(el, 'filters applied');
    const clear = $<HTMLButtonElement>(el, 'button.clear')!;
    expect(textOf(clear)).to.equal('Clear all filters');
    clear.click();
    await el.updateComplete;
    expect(el.resultCount).to.equal(10);
    expect(checkbox(el, 'languages', 'ar')!.checked).to.equal(false);
    expect($(el, 'button.clear'), 'clear button gone').to.equal(null);
    expect(el.shadowRoot!.activeElement?.id).to.equal('filters-heading');
  });

  it('shows narrower topics indented right after their broader topic', async () => {
    const el = await mountFinder(`src="${feedUrl()}" no-url-sync`);
    await openGroups(el);
    const topics = $$<HTMLInputElement>(el, 'input[name="topics"]').map((i) => i.value);
    expect(topics.indexOf('sprachkurse'), 'right after "Sprache"').to.equal(topics.indexOf('sprache') + 1);
    expect(checkbox(el, 'topics', 'sprachkurse')!.closest('li')!.className).to.equal('level-1');
    expect(checkbox(el, 'topics', 'sprache')!.closest('li')!.className).to.equal('');
    const indent = (value: string) => checkbox(el, 'topics', value)!.getBoundingClientRect().left;
    expect(indent('sprachkurse')).to.be.greaterThan(indent('sprache'));
  });

  it('keeps locked presets out of the filters and out of "clear all"', async () => {
    const el = await mountFinder(`src="${feedUrl()}" no-url-sync topics="sprache" kinds="course" locked-filters="topics"`);
    // Sprache (with Sprachkurse) and course: the German course and the integration course.
    expect(titles(el)).to.have.members(['Deutschkurs mit Kinderbetreuung', 'Integrationskurs mit Alphabetisierung']);
    expect($$(el, 'input[name="topics"]'), 'locked facet not editable').to.have.length(0);
    expect(checkbox(el, 'kinds', 'course')!.checked, 'unlocked preset is checked').to.equal(true);
    // Options outside the town's slice are left out, options in it counted.
    expect(checkbox(el, 'kinds', 'health')).to.equal(undefined);
    expect(countOf(el, 'kinds', 'event')).to.equal(1);
    $<HTMLButtonElement>(el, 'button.clear')!.click();
    await el.updateComplete;
    expect(el.resultCount, 'only the unlocked preset is cleared').to.equal(3);
    expect(el.filters.topics).to.deep.equal(['sprache']);
    await expectAccessible(el, 'locked presets');
  });

  it('locks every preset with the bare attribute', async () => {
    const el = await mountFinder(`src="${feedUrl()}" no-url-sync languages="uk" municipality="NEUSTADT" locked-filters`);
    expect(titles(el)).to.deep.equal(['Beratung für Flüchtlinge', 'Frauencafé International']);
    expect($$(el, 'input[name="languages"], input[name="municipality"]')).to.have.length(0);
    expect($(el, 'button.clear')).to.equal(null);
  });

  it('warns once per bad attribute value, naming the element, the attribute and what is accepted', async () => {
    const spy = spyWarn();
    try {
      const el = await mountFinder(
        `src="${feedUrl()}" no-url-sync kinds="course,party" languages="Arabisch" page-size="0" locked-filters="colour" topics="nope"`,
      );
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      const mine = spy.calls.filter((c) => c.includes('<lotse-offer-finder>'));
      const about = (attr: string) => mine.filter((c) => c.includes(` ${attr}="`));
      expect(about('kinds')).to.have.length(1);
      expect(about('kinds')[0]).to.include('"party"').and.include('service, course, event');
      expect(about('languages')[0]).to.include('language codes');
      expect(about('page-size')).to.have.length(1);
      expect(about('page-size')[0]).to.include('1 to 100');
      expect(about('locked-filters')[0]).to.include('topics, audiences');
      expect(about('topics')[0]).to.include('"nope"').and.include('sprache');
      // The valid part of a preset still applies; a bad page size falls back to 20.
      expect(el.filters.kinds).to.deep.equal(['course']);
      // Removing an attribute is no wrong value.
      el.removeAttribute('page-size');
      await el.updateComplete;
      expect(spy.calls.filter((c) => c.includes('page-size="null"'))).to.deep.equal([]);
    } finally {
      spy.restore();
    }
  });

  it('sorts A–Z, by next date and by distance from a postcode', async () => {
    const el = await mountFinder(`src="${feedUrl()}" no-url-sync`);
    const sort = $<HTMLSelectElement>(el, '#sort')!;
    const choose = async (value: string) => {
      sort.value = value;
      sort.dispatchEvent(new Event('change'));
      await el.updateComplete;
    };
    await choose('title');
    const az = titles(el);
    expect(az).to.deep.equal([...az].sort((a, b) => a.localeCompare(b, 'en')));
    expect(az[0]).to.equal('Beratung für Flüchtlinge');
    await choose('date');
    expect(titles(el).slice(0, 5)).to.deep.equal([
      'Deutschkurs mit Kinderbetreuung',
      'Bewerbungstraining',
      'Frauencafé International',
      'Straße der Kulturen',
      'Integrationskurs mit Alphabetisierung',
    ]);
    await choose('distance');
    const postcode = $<HTMLInputElement>(el, '#postcode')!;
    expect(postcode, 'postcode field').to.exist;
    // Typed on an Arabic phone keyboard: ٣٨٦٤٢ is 38642.
    postcode.value = '٣٨٦٤٢';
    postcode.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(postcode.value).to.equal('38642');
    // The Familienzentrum is at 38642; then the Beratungsstelle nearby; offers without a place last.
    expect(titles(el).slice(0, 4)).to.deep.equal([
      'Frauencafé International',
      'Integrationskurs mit Alphabetisierung',
      'Beratung für Flüchtlinge',
      'Gesundheitssprechstunde',
    ]);
    expect(textOf($(el, '[part="card"] .badges'))).to.match(/0 km away/);
    expect(titles(el).slice(-2)).to.have.members(['Online-Beratung für Zugewanderte', 'Netzwerk Ukraine-Hilfe']);
    postcode.value = '12345';
    postcode.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(textOf($(el, '#near-hint'))).to.include('not in the data');
    await eventually(() => textOf($(el, '[role="status"]')).includes('not in the data'), 'the problem announced with the count');
    expect(textOf($(el, '[role="status"]'))).to.match(/^10 offers found\. This postcode is not in the data/);
    await expectAccessible(el, 'distance sort');
    // "Use my location" says that it is looking, then what came of it.
    const geolocation = navigator.geolocation.getCurrentPosition;
    let answer: PositionErrorCallback | null | undefined;
    navigator.geolocation.getCurrentPosition = (_ok, fail) => void (answer = fail);
    try {
      $$<HTMLButtonElement>(el, '.near button')[0].click();
      await el.updateComplete;
      expect(textOf($(el, '#near-hint'))).to.equal('Finding your location…');
      expect(textOf($(el, '[role="status"]'))).to.equal('Finding your location…');
      answer!({ code: 1, message: 'denied' } as GeolocationPositionError);
      await eventually(() => textOf($(el, '[role="status"]')).includes('could not be determined'), 'the failure announced');
    } finally {
      navigator.geolocation.getCurrentPosition = geolocation;
    }
  });

  it('renders no more than one page of cards and moves focus to the results heading on a page change', async () => {
    const el = await mountFinder(`src="${feedUrl(manyOffers(45))}" no-url-sync page-size="20"`);
    expect($$(el, '[part="card"]')).to.have.length(20);
    const nav = $(el, 'nav[part="pagination"]')!;
    expect(textOf(nav)).to.include('Page 1 of 3');
    const [previous, next] = [...nav.querySelectorAll('button')];
    expect(previous.disabled).to.equal(true);
    next.click();
    await el.updateComplete;
    expect(titles(el)[0]).to.equal('Kurs 021');
    expect(el.shadowRoot!.activeElement?.id).to.equal('results-heading');
    expect(textOf($(el, '#results-heading')), 'the page named where focus lands').to.equal('45 offers found, Page 2 of 3');
    $$<HTMLButtonElement>(el, 'nav[part="pagination"] button')[1].click();
    await el.updateComplete;
    expect(titles(el)).to.have.length(5);
    expect(textOf($(el, 'nav[part="pagination"]'))).to.include('Page 3 of 3');
    await search(el, 'Kurs 04');
    expect(textOf($(el, '#results-heading')), 'search starts at page 1').to.equal('6 offers found');
    expect($(el, 'nav[part="pagination"]')).to.equal(null);
  });

  it('opens an offer in place with contact, directions, hours and costs, and returns focus to its card', async () => {
    const el = await mountFinder(`src="${feedUrl()}" no-url-sync`);
    const selected: { key: string; id: string }[] = [];
    document.body.addEventListener('lotse-offer-select', (e) => selected.push({ key: e.detail.key, id: e.detail.offer.id }), {
      once: true,
    });
    const button = $$<HTMLButtonElement>(el, 'button.open').find((b) => b.textContent!.includes('Flüchtlinge'))!;
    button.click();
    await el.updateComplete;
    expect(selected).to.deep.equal([{ key: 'fluechtlingsberatung', id: 'fluechtlingsberatung' }]);
    const detail = $(el, '[part="detail"]')!;
    const heading = $(el, '#detail-heading')!;
    expect(el.shadowRoot!.activeElement).to.equal(heading);
    expect(heading.getAttribute('tabindex')).to.equal('-1');
    expect($(el, '[part="results"]'), 'list replaced').to.equal(null);
    const shown = textOf(detail);
    expect(shown).to.include('Wir beraten vertraulich.');
    expect(shown).to.include('Caritas Neustadt');
    expect(shown).to.include('Bahnhofstraße 4');
    expect(shown).to.match(/Open now|Closed now/);
    expect(shown).to.include('Free of charge');
    expect(shown).to.match(/Last checked: September 15, 2026/);
    const hrefs = [...detail.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.include('tel:+49532155512');
    expect(hrefs).to.include('mailto:beratung@caritas-neustadt.example');
    expect(hrefs).to.include('https://www.openstreetmap.org/directions?to=51.9%2C10.43');
    expect(detail.querySelector('iframe, img, script')).to.equal(null);
    // Languages in their own names.
    expect([...detail.querySelectorAll('dd span[lang]')].map((s) => s.getAttribute('lang'))).to.include.members(['ar', 'fa', 'uk']);
    await expectAccessible(el, 'detail');
    // Print shows the offer only: the host page around it is hidden while printing, then restored.
    const hostText = document.createElement('p');
    hostText.textContent = 'The host page’s own text';
    el.before(hostText);
    const print = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      $<HTMLButtonElement>(el, 'button.print')!.click();
    } finally {
      window.print = print;
    }
    expect(printed).to.equal(1);
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(hostText).display, 'host page hidden in print').to.equal('none');
      expect(getComputedStyle(el).display, 'the widget printed').to.not.equal('none');
      expect(getComputedStyle($(el, '[part="detail"]')!).display).to.not.equal('none');
      expect(getComputedStyle($(el, 'button.print')!.closest('.actions')!).display, 'no buttons on paper').to.equal('none');
      window.dispatchEvent(new Event('afterprint'));
      expect(getComputedStyle(hostText).display, 'host page back after printing').to.equal('block');
      expect(document.querySelector('[data-lotse-print-path], [data-lotse-printing]')).to.equal(null);
    } finally {
      await emulateMedia({ media: 'screen' });
      hostText.remove();
    }
    $<HTMLButtonElement>(el, 'button.back')!.click();
    await el.updateComplete;
    const again = $$<HTMLButtonElement>(el, 'button.open').find((b) => b.textContent!.includes('Flüchtlinge'))!;
    expect(el.shadowRoot!.activeElement).to.equal(again);
  });

  it('on a Pashto page, shows English feed texts where there is no Pashto, as its English buttons do', async () => {
    document.documentElement.lang = 'ps';
    const el = await mountFinder(`src="${feedUrl()}" no-url-sync`);
    await eventually(() => textOf($(el, '#results-heading')).includes('offers found'), 'English buttons (no Pashto UI)');
    // The course's summary is in German and English: English, as the page's buttons, not German.
    const card = $$(el, '[part="card"]').find((c) => c.dataset.key === 'deutschkurs')!;
    const summary = card.querySelector('.summary')!;
    expect(textOf(summary)).to.equal('Learn German in the morning.');
    expect(summary.getAttribute('lang')).to.equal('en');
  });

  it('lists several topics as separate items, never as one sentence', async () => {
    document.documentElement.lang = 'de';
    const feed = finderFeed() as { topics: { id: string; label: unknown }[]; offers: { id: string; topics?: string[] }[] };
    feed.topics.push({ id: 'aufenthalt', label: { de: 'Aufenthalt und Einbürgerung' } });
    feed.offers.find((o) => o.id === 'fluechtlingsberatung')!.topics = ['beratung', 'aufenthalt'];
    const el = await mountFinder(`src="${feedUrl(feed)}" no-url-sync`);
    const card = $$(el, '[part="card"]').find((c) => c.dataset.key === 'fluechtlingsberatung')!;
    expect([...card.querySelectorAll('.tags li')].map((li) => textOf(li))).to.deep.equal(['Beratung', 'Aufenthalt und Einbürgerung']);
    card.querySelector<HTMLButtonElement>('button.open')!.click();
    await el.updateComplete;
    const topics = [...$(el, '[part="detail"]')!.querySelectorAll('dd .tags li')].map((li) => textOf(li));
    expect(topics).to.include.members(['Beratung', 'Aufenthalt und Einbürgerung']);
    await expectAccessible(el, 'detail with topic list');
  });

  it('prints web addresses after their links isolated left to right, also on an Arabic page, and passes no referrer', async () => {
    document.documentElement.lang = 'ar';
    const el = await mountFinder(`src="${feedUrl()}" no-url-sync`);
    $$<HTMLButtonElement>(el, 'button.open').find((b) => b.dataset.key === 'fluechtlingsberatung')!.click();
    await el.updateComplete;
    const detail = $(el, '[part="detail"]')!;
    const web = [...detail.querySelectorAll<HTMLAnchorElement>('a[href^="http"]')];
    expect(web.length).to.be.greaterThan(0);
    for (const link of web) {
      // Search terms and the opened offer are in the page URL: no feed link may pass it on.
      expect(link.rel.split(' '), link.href).to.include.members(['noopener', 'noreferrer']);
      expect(link.referrerPolicy, link.href).to.equal('no-referrer');
    }
    const printed = () => [...detail.querySelectorAll<HTMLElement>('.print-url')];
    expect(printed().map((p) => getComputedStyle(p).display), 'not on screen').to.satisfy((all: string[]) => all.every((d) => d === 'none'));
    await emulateMedia({ media: 'print' });
    try {
      for (const [i, link] of web.entries()) {
        const address = printed()[i];
        expect(getComputedStyle(address).display, 'on paper').to.equal('inline');
        const isolated = address.querySelector('bdi')!;
        expect(isolated.getAttribute('dir')).to.equal('ltr');
        expect(isolated.textContent).to.equal(`(${link.getAttribute('href')})`);
        // The address reads left to right: each character of it stands right of the one before (on one line).
        const lefts: number[] = [];
        const walker = document.createTreeWalker(isolated, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          for (let c = 0; c < node.length; c++) {
            const range = document.createRange();
            range.setStart(node, c);
            range.setEnd(node, c + 1);
            const rects = [...range.getClientRects()];
            if (rects.length === 1) lefts.push(rects[0].left);
          }
        }
        expect(lefts.slice(0, 8), `${isolated.textContent} in order`).to.deep.equal([...lefts.slice(0, 8)].sort((a, b) => a - b));
      }
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('shows costs in the reader’s currency format and a search link when a place has no coordinates', async () => {
    const feed = finderFeed() as { places: { geo?: unknown }[] };
    delete feed.places[2].geo;
    const el = await mountFinder(`src="${feedUrl(feed)}" no-url-sync`);
    $$<HTMLButtonElement>(el, 'button.open').find((b) => b.textContent!.includes('Integrationskurs'))!.click();
    await el.updateComplete;
    const detail = $(el, '[part="detail"]')!;
    expect(textOf(detail)).to.include('€1.95').and.include('Befreiung möglich');
    const osm = [...detail.querySelectorAll('a')].find((a) => a.href.startsWith('https://www.openstreetmap.org/'))!;
    expect(osm.getAttribute('href')).to.equal('https://www.openstreetmap.org/search?query=Lindenweg+2%2C+38642+Neustadt');
  });

  it('warns in the detail view when a record has not been checked for more than a year', async () => {
    const feed = finderFeed() as { offers: { id: string; verified: string }[] };
    const today = new Date().toISOString().slice(0, 10);
    for (const offer of feed.offers) offer.verified = offer.id === 'bewerbung' ? '2020-01-31' : today;
    const el = await mountFinder(`src="${feedUrl(feed)}" no-url-sync`);
    const openOffer = async (title: string) => {
      $$<HTMLButtonElement>(el, 'button.open').find((b) => b.textContent!.includes(title))!.click();
      await el.updateComplete;
    };
    await openOffer('Bewerbungstraining');
    expect(textOf($(el, '.stale-record'))).to.match(/last checked more than a year ago/);
    await expectAccessible(el, 'detail of an old record');
    $<HTMLButtonElement>(el, 'button.back')!.click();
    await el.updateComplete;
    await openOffer('Frauencafé');
    expect($(el, '.stale-record'), 'a record checked today').to.equal(null);
  });

  it('names the most restrictive filter when nothing matches and removes it with one button', async () => {
    const el = await mountFinder(`src="${feedUrl()}" no-url-sync topics="arbeit" languages="ar"`);
    expect(el.resultCount).to.equal(0);
    const empty = $(el, '[part="empty"]')!;
    // Without "Arbeit" the three Arabic offers come back; without Arabic only one.
    expect(textOf(empty)).to.include('“Topic: \u2068Work\u2069”').and.include('3 offers would be shown');
    await expectAccessible(el, 'empty');
    empty.querySelector('button')!.click();
    await el.updateComplete;
    expect(el.resultCount).to.equal(3);
    expect(el.filters.topics).to.deep.equal([]);
    expect(el.shadowRoot!.activeElement?.id).to.equal('results-heading');
  });

  it('suggests clearing the search when the search term excludes the most', async () => {
    const el = await mountFinder(`src="${feedUrl()}" no-url-sync`);
    await openGroups(el);
    await toggle(el, 'languages', 'ar');
    await search(el, 'Bewerbung');
    expect(el.resultCount).to.equal(0);
    expect(textOf($(el, '[part="empty"]'))).to.include('“Search: \u2068Bewerbung\u2069”');
    // A right-to-left override from a crafted link cannot turn the town's sentence backwards.
    await search(el, '\u202eBewerbung');
    expect(textOf($(el, '[part="empty"]'))).to.include('“Search: \u2068Bewerbung\u2069”').and.not.include('\u202e');
    $<HTMLButtonElement>(el, '[part="empty"] button')!.click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#q')!.value).to.equal('');
    expect(el.resultCount).to.equal(3);
  });

  it('fires typed, bubbling, composed events on user action only', async () => {
    const events: CustomEvent[] = [];
    const listen = (e: Event) => events.push(e as CustomEvent);
    for (const name of ['lotse-filter-change', 'lotse-results-change', 'lotse-offer-select']) document.addEventListener(name, listen);
    try {
      const el = await mountFinder(`src="${feedUrl()}" no-url-sync`);
      await openGroups(el);
      // The first count is announced (not fired) once things settle: after that, nothing came.
      await eventually(() => announced(el).length > 0, 'the first announcement');
      expect(events, 'nothing on load').to.have.length(0);
      await toggle(el, 'languages', 'ar');
      expect(events.map((e) => e.type)).to.deep.equal(['lotse-filter-change']);
      expect(events[0].bubbles && events[0].composed).to.equal(true);
      expect(events[0].detail).to.deep.include({ query: '', languages: ['ar'], free: false, sort: 'relevance' });
      await eventually(() => events.length === 2, 'results-change');
      expect(events[1].type).to.equal('lotse-results-change');
      expect(events[1].detail).to.deep.equal({ total: 3 });
      await search(el, 'Caritas');
      await eventually(() => events.length === 4, 'events after typing');
      expect(events.slice(2).map((e) => [e.type, e.detail])).to.deep.equal([
        ['lotse-filter-change', { ...events[0].detail, query: 'Caritas' }],
        ['lotse-results-change', { total: 1 }],
      ]);
    } finally {
      for (const name of ['lotse-filter-change', 'lotse-results-change', 'lotse-offer-select']) document.removeEventListener(name, listen);
    }
  });

  it('shows an error with a retry button, and the offers after a successful retry', async () => {
    const url = mockUrl(`/finder/${++counter}-flaky.json`);
    answer(url, status(404), json(finderFeed()));
    const el = await fixture<Finder>(`<lotse-offer-finder src="${url}" no-url-sync></lotse-offer-finder>`);
    await eventually(() => !!$(el, '[part="error"]'), 'the error');
    expect(textOf($(el, '[part="error"]'))).to.include('not found');
    await expectAccessible(el, 'error');
    const retry = $<HTMLButtonElement>(el, '[part="error"] button')!;
    retry.focus();
    retry.click();
    await ready(el);
    expect(el.resultCount).to.equal(10);
    await eventually(() => el.shadowRoot!.activeElement?.id === 'results-heading', 'focus on the results heading');
  });

  it('keeps showing the last good data with its date when the server is down', async () => {
    const url = mockUrl(`/finder/${++counter}-stale.json`);
    answer(url, json(finderFeed()), status(503));
    const el = await mountFinder(`src="${url}" no-url-sync`);
    // The page's store loads the feed again (as another widget's "Try again" would); the server is down now.
    await feedSource(url).load(true);
    await eventually(() => !!$(el, '[part="notice"]'), 'the notice');
    expect(textOf($(el, '[part="notice"]'))).to.include('cannot be reached');
    expect(el.resultCount).to.equal(10);
    await expectAccessible(el, 'stale');
  });

  it('explains a missing src', async () => {
    const el = await fixture<Finder>(`<lotse-offer-finder no-url-sync></lotse-offer-finder>`);
    await eventually(() => !!$(el, '[part="error"]'), 'the message');
    expect(textOf($(el, '[part="error"]'))).to.include('src attribute');
  });

  it('turns right-to-left for Arabic and shows the Arabic texts the feed has', async () => {
    document.documentElement.lang = 'ar';
    const el = await mountFinder(`src="${feedUrl()}" no-url-sync`);
    await openGroups(el);
    expect($(el, '[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    const title = $$(el, 'button.open span[lang="ar"]').map((s) => textOf(s));
    expect(title).to.include('دورة لغة ألمانية مع رعاية الأطفال');
    // Topic labels in Arabic where the feed has them, else the fallback with its own language.
    expect($(el, 'input[value="beratung"] + span span')!.getAttribute('lang')).to.equal('ar');
    expect($(el, 'input[value="arbeit"] + span span')!.getAttribute('lang')).to.equal('de');
    // Logical properties: the filter column is on the right in RTL.
    const filters = $(el, '[part="filters"]')!.getBoundingClientRect();
    const results = $(el, '[part="results"]')!.getBoundingClientRect();
    expect(filters.left).to.be.greaterThan(results.left);
    // A German summary on the Arabic page is a left-to-right paragraph of its own.
    const german = $$(el, 'p.summary').find((p) => p.getAttribute('lang') === 'de')!;
    expect(german.getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle(german).direction).to.equal('ltr');
    await expectAccessible(el, 'rtl, ar');
    // Searching in Arabic.
    await search(el, 'الاطفال');
    expect(el.resultCount).to.equal(1);
  });

  it('collapses the filters behind a button with aria-expanded on a narrow screen', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await mountFinder(`src="${feedUrl()}" no-url-sync`);
    await openGroups(el);
    const toggleButton = $<HTMLButtonElement>(el, '[part="filter-toggle"]')!;
    const panel = $(el, '[part="filters"]')!;
    expect(getComputedStyle(toggleButton).display).to.not.equal('none');
    expect(toggleButton.getAttribute('aria-expanded')).to.equal('false');
    expect(toggleButton.getAttribute('aria-controls')).to.equal(panel.id);
    expect(getComputedStyle(panel).display).to.equal('none');
    toggleButton.click();
    await el.updateComplete;
    expect(toggleButton.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle(panel).display).to.not.equal('none');
    await toggle(el, 'languages', 'uk');
    expect(textOf(toggleButton)).to.equal('Filters (1 active)');
    await expectAccessible(el, 'filters open, narrow');
    // Reflow at 320 CSS pixels: nothing wider than the screen, no horizontal scrolling.
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    for (const node of $$(el, '*')) expect(node.getBoundingClientRect().right, node.className).to.be.at.most(320.5);
    // Targets of at least 24 by 24 pixels (the skip button is only shown while focused; the keyboard test measures it).
    for (const target of $$(el, 'button:not(.skip), select, input[type="search"], label')) {
      const box = target.getBoundingClientRect();
      if (box.width === 0) continue;
      expect(box.height, `${target.localName}.${target.className}`).to.be.at.least(24);
    }
    // "Show results" closes the panel and takes the resident to the list.
    const show = $<HTMLButtonElement>(el, '.show-results')!;
    expect(textOf(show)).to.equal('Show results (4)');
    show.click();
    await el.updateComplete;
    expect(toggleButton.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.activeElement?.id).to.equal('results-heading');
  });

  it('shows the filters beside the results on a wide screen, without the toggle', async () => {
    await setViewport({ width: 1200, height: 800 });
    const el = await mountFinder(`src="${feedUrl()}" no-url-sync`);
    expect(getComputedStyle($(el, '[part="filter-toggle"]')!).display).to.equal('none');
    const filters = $(el, '[part="filters"]')!.getBoundingClientRect();
    const results = $(el, '[part="results"]')!.getBoundingClientRect();
    expect(filters.right).to.be.at.most(results.left);
    expect(getComputedStyle($(el, '.show-results')!).display).to.equal('none');
  });

  it('does not depend on rem: a host root font size of 62.5% leaves the text at 16px', async () => {
    const root = document.documentElement;
    root.style.fontSize = '62.5%';
    try {
      const el = await mountFinder(`src="${feedUrl()}" no-url-sync`);
      expect(getComputedStyle($(el, '.card p')!).fontSize).to.equal('16px');
    } finally {
      root.style.fontSize = '';
    }
  });

  it('shows the offers of the feed that loaded and an error for the one that did not', async () => {
    const good = feedUrl();
    const bad = mockUrl(`/finder/${++counter}-missing.json`);
    answerStatus(bad, 404);
    const el = await mountFinder(`src="${good} ${bad}" no-url-sync`);
    expect(el.resultCount).to.equal(10);
    expect($(el, '[part="error"]')).to.exist;
  });
});
