/**
 * Content-language honesty: a feed text shown in another language than the
 * reader's says so ("Only in this language: German"), a machine translation
 * says so, both in the reader's language; "available in my language" filters.
 */
import { expect } from '@esm-bundle/chai';
import { resetFeedStore } from '../../src/core/feed/store.js';
import { cleanupFixtures } from '../helpers/fixture.js';
import { expectAccessible } from '../helpers/axe.js';
import { answerJson, mockUrl, PATIENT, useMsw } from '../helpers/msw.js';
import { finderFeed } from '../fixtures/finder-feed.js';
import { $, $$, checkbox, eventually, mountFinder, openGroups, textOf, titles, toggle, type Finder } from './helpers.js';

useMsw();

type Feed = { offers: { id: string; machineTranslated?: string[] }[] };
let counter = 0;
const feedUrl = (edit: (feed: Feed) => void = () => {}) => {
  const feed = finderFeed() as Feed;
  edit(feed);
  const url = mockUrl(`/content-language/${++counter}.json`);
  answerJson(url, feed);
  return url;
};

const card = (el: Finder, key: string) => $$(el, '[part="card"]').find((c) => c.dataset.key === key)!;
const notes = (element: Element) => [...element.querySelectorAll('.content-note')].map((n) => textOf(n));

describe('content language in the finder', () => {
  beforeEach(() => resetFeedStore(PATIENT));
  afterEach(() => {
    cleanupFixtures();
    document.documentElement.lang = 'de';
  });

  it('on an Arabic page, a German summary beside an Arabic title says "only in German", in Arabic; the German text keeps its lang and dir', async () => {
    document.documentElement.lang = 'ar';
    const el = await mountFinder(`src="${feedUrl()}" no-url-sync`);
    await eventually(() => notes(card(el, 'deutschkurs')).length > 0, 'the note');
    expect(notes(card(el, 'deutschkurs'))).to.deep.equal(['بهذه اللغة فقط: الألمانية']);
    const summary = card(el, 'deutschkurs').querySelector('.summary')!;
    expect([summary.getAttribute('lang'), summary.getAttribute('dir')]).to.deep.equal(['de', 'ltr']);
    // A title given as a plain German string is German too.
    expect(notes(card(el, 'fluechtlingsberatung'))).to.deep.equal(['بهذه اللغة فقط: الألمانية']);
    await expectAccessible(el, 'cards with notes');
  });

  it('names the filter options in the reader’s language (they are made before the list is drawn)', async () => {
    const label = (el: Finder, value: string) => textOf(checkbox(el, 'kinds', value)!.closest('label')!);
    const el = await mountFinder(`src="${feedUrl()}" no-url-sync`);
    await openGroups(el, 'kinds');
    expect(label(el, 'course')).to.match(/^Kurse/);
    expect(label(el, 'event')).to.match(/^Veranstaltungen/);
    document.documentElement.lang = 'ar';
    const arabic = await mountFinder(`src="${feedUrl()}" no-url-sync`);
    await openGroups(arabic, 'kinds');
    await eventually(() => /^الدورات/.test(label(arabic, 'course')), 'the Arabic label');
  });

  it('on a German page, German texts need no note', async () => {
    const el = await mountFinder(`src="${feedUrl()}" no-url-sync`);
    expect($$(el, '.content-note')).to.have.length(0);
  });

  it('a machine translation says so, on the card and in the detail', async () => {
    document.documentElement.lang = 'ar';
    const el = await mountFinder(`src="${feedUrl((feed) => (feed.offers.find((o) => o.id === 'deutschkurs')!.machineTranslated = ['ar']))}" no-url-sync`);
    await eventually(() => notes(card(el, 'deutschkurs')).includes('ترجمة آلية'), 'the machine note');
    card(el, 'deutschkurs').querySelector<HTMLButtonElement>('button.open')!.click();
    await eventually(() => !!$(el, '[part="detail"]'), 'the detail');
    expect(notes($(el, '[part="detail"]')!)).to.deep.equal(['بهذه اللغة فقط: الألمانية · ترجمة آلية']);
    await expectAccessible(el, 'detail with notes');
  });

  it('"Information available in" filters by the languages of the offers’ own texts', async () => {
    const el = await mountFinder(`src="${feedUrl()}" no-url-sync`);
    await toggle(el, 'texts', 'ar');
    await eventually(() => titles(el).length === 1, 'one offer with an Arabic text');
    expect(titles(el)).to.deep.equal(['Deutschkurs mit Kinderbetreuung']);
    expect(checkbox(el, 'texts', 'de')).to.not.equal(undefined);
    expect(textOf($(el, 'details[data-facet="texts"] > summary'))).to.match(/Informationen verfügbar auf/);
  });
});
