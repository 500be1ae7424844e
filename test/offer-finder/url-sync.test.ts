/**
 * Deep links: the finder's state in prefixed URL parameters, the host
 * page's parameters and hash left alone, back and forward restoring it.
 */
import { expect } from '@esm-bundle/chai';
import { resetFeedStore } from '../../src/core/feed/store.js';
import { cleanupFixtures } from '../helpers/fixture.js';
import { back, entryKey as entry, forward } from '../helpers/history.js';
import { expectAccessible } from '../helpers/axe.js';
import { answerJson, mockUrl, useMsw, PATIENT } from '../helpers/msw.js';
import { finderFeed } from '../fixtures/finder-feed.js';
import { $, $$, checkbox, eventually, mountFinder, openGroups, search, textOf, titles, toggle, type Finder } from './helpers.js';

useMsw();

let counter = 0;
const feedUrl = () => {
  const url = mockUrl(`/finder-url/${++counter}.json`);
  answerJson(url, finderFeed());
  return url;
};
const original = location.href;
const params = () => new URLSearchParams(location.search);
const ours = () => [...params().keys()].filter((k) => k.startsWith('lotse-')).sort();

/** Sets the page URL (host parameters included) before a finder is mounted. */
const visit = (search: string, hash = '') => history.replaceState(null, '', `${location.pathname}${search}${hash}`);

describe('<lotse-offer-finder> URL state', () => {
  // Entries of this page before the tests' own, so that no Back in them can leave the test page
  // for the browser's blank start page, whatever the scheduler does on a busy machine.
  before(() => {
    for (let i = 0; i < 20; i++) history.pushState(null, '', location.href);
  });
  beforeEach(async () => {
    resetFeedStore(PATIENT);
    document.documentElement.lang = 'en';
  });
  afterEach(() => {
    cleanupFixtures();
    history.replaceState(null, '', original);
  });

  it('writes search, filters, sort and the open offer to prefixed parameters, keeping the host’s own', async () => {
    visit('?page=7&lang=de&q=host+search', '#top');
    const el = await mountFinder(`src="${feedUrl()}"`);
    await openGroups(el);
    expect(ours(), 'nothing written on load').to.deep.equal([]);
    // Entries by their keys: a replaced entry keeps its key, a new one has its own (history.length
    // stops at 50, and a reused test tab may be there).
    const loaded = entry();
    await search(el, 'Beratung');
    await eventually(() => params().get('lotse-q') === 'Beratung', 'the query in the URL');
    expect(entry(), 'typing replaces the entry').to.equal(loaded);
    await toggle(el, 'languages', 'ar');
    expect(params().get('lotse-languages')).to.equal('ar');
    const filtered = entry();
    expect(filtered, 'a filter adds an entry').to.not.equal(loaded);
    const sort = $<HTMLSelectElement>(el, '#sort')!;
    sort.value = 'title';
    sort.dispatchEvent(new Event('change'));
    await eventually(() => params().get('lotse-sort') === 'title', 'the sort in the URL');
    expect(entry(), 'a sort (changed at every arrow key in the select) replaces the entry').to.equal(filtered);
    $$<HTMLButtonElement>(el, 'button.open')[0].click();
    await el.updateComplete;
    expect(params().get('lotse-offer')).to.equal('fluechtlingsberatung');
    expect(entry(), 'opening an offer adds an entry').to.not.equal(filtered);
    await back();
    expect(entry(), 'Back from the offer is the filtered list').to.equal(filtered);
    await forward();
    await eventually(() => !!$(el, '#detail-heading'), 'the offer after Forward');
    // The host's parameters, their spelling and the hash are untouched.
    expect(location.search.startsWith('?page=7&lang=de&q=host+search&')).to.equal(true);
    expect(location.hash).to.equal('#top');
    expect(ours()).to.deep.equal(['lotse-languages', 'lotse-offer', 'lotse-q', 'lotse-sort']);
    // The page number is the host's, not ours.
    expect(textOf($(el, '#detail-heading'))).to.equal('Beratung für Flüchtlinge');
  });

  it('restores search, filters, sort and the open offer from a deep link', async () => {
    visit('?lotse-q=Beratung&lotse-languages=ar&lotse-sort=title&lotse-offer=fluechtlingsberatung&lotse-free=1');
    const el = await mountFinder(`src="${feedUrl()}"`);
    expect(textOf($(el, '#detail-heading'))).to.equal('Beratung für Flüchtlinge');
    expect(el.shadowRoot!.activeElement, 'a deep link does not steal focus').to.equal(null);
    $<HTMLButtonElement>(el, 'button.back')!.click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#q')!.value).to.equal('Beratung');
    expect(checkbox(el, 'languages', 'ar')!.checked).to.equal(true);
    expect(checkbox(el, 'features', 'free')!.checked).to.equal(true);
    expect($<HTMLSelectElement>(el, '#sort')!.value).to.equal('title');
    expect(titles(el)).to.deep.equal(['Beratung für Flüchtlinge']);
    expect(params().has('lotse-offer')).to.equal(false);
    expect(el.shadowRoot!.activeElement?.textContent).to.include('Beratung für Flüchtlinge');
  });

  it('ignores unknown values in a deep link rather than showing nothing', async () => {
    visit('?lotse-topics=gone&lotse-sort=sideways&lotse-page=-3&lotse-offer=nope');
    const el = await mountFinder(`src="${feedUrl()}"`);
    expect(el.resultCount).to.equal(10);
    expect($(el, '#results-heading')).to.exist;
    expect(textOf($(el, '[part="notice"]'))).to.equal('The offer in this link is no longer available. Here are all current offers.');
    await eventually(() => !params().has('lotse-offer'), 'the gone offer taken out of the URL');
    await expectAccessible(el, 'deep link to a gone offer');
  });

  it('follows the browser’s back and forward buttons (popstate)', async () => {
    const el = await mountFinder(`src="${feedUrl()}"`);
    await openGroups(el);
    await toggle(el, 'languages', 'ar');
    await toggle(el, 'features', 'free');
    expect(el.resultCount).to.equal(2);
    await back();
    await eventually(() => el.resultCount === 3, 'back to Arabic only');
    await el.updateComplete;
    expect(checkbox(el, 'features', 'free')!.checked).to.equal(false);
    await back();
    await eventually(() => el.resultCount === 10, 'back to no filter');
    await el.updateComplete;
    expect(checkbox(el, 'languages', 'ar')!.checked).to.equal(false);
    await forward();
    await eventually(() => el.resultCount === 3, 'forward to Arabic');
    // Opening an offer, then the browser's back button: the list, focus on the card.
    $$<HTMLButtonElement>(el, 'button.open')[0].click();
    await el.updateComplete;
    expect($(el, '#detail-heading')).to.exist;
    await back();
    await eventually(() => !!$(el, '#results-heading'), 'the list after back');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.classList.contains('open')).to.equal(true);
    await forward();
    await eventually(() => !!$(el, '#detail-heading'), 'the detail after forward');
  });

  it('uses the browser history for its own back button after opening an offer', async () => {
    const el = await mountFinder(`src="${feedUrl()}"`);
    const list = entry();
    $$<HTMLButtonElement>(el, 'button.open')[1].click();
    await el.updateComplete;
    expect(entry(), 'opening adds an entry').to.not.equal(list);
    $<HTMLButtonElement>(el, 'button.back')!.click();
    await eventually(() => !!$(el, '#results-heading'), 'the list');
    await el.updateComplete;
    expect(params().has('lotse-offer')).to.equal(false);
    expect(entry(), 'going back is the browser’s Back, no extra entry').to.equal(list);
    expect(el.shadowRoot!.activeElement).to.equal($$(el, 'button.open')[1]);
  });

  it('goes back, not forward, with "Back to the list" after Back and Forward', async () => {
    // An entry of this page before the list, so the last Back stays in this document.
    history.pushState(null, '', `${location.pathname}?before=1`);
    history.pushState(null, '', location.pathname);
    const el = await mountFinder(`src="${feedUrl()}"`);
    const list = entry();
    $$<HTMLButtonElement>(el, 'button.open')[0].click();
    await el.updateComplete;
    expect(entry(), 'opening adds an entry').to.not.equal(list);
    await back();
    await eventually(() => !!$(el, '#results-heading'), 'the list after Back');
    await forward();
    await eventually(() => !!$(el, '#detail-heading'), 'the offer after Forward');
    $<HTMLButtonElement>(el, 'button.back')!.click();
    await eventually(() => !!$(el, '#results-heading'), 'the list after "Back to the list"');
    expect(entry(), '"Back to the list" went back to the list’s entry, it added none').to.equal(list);
    expect(params().has('lotse-offer')).to.equal(false);
    // The entry before is the page as it was: Back leaves the list, it does not open the offer again.
    await back();
    await eventually(() => location.search === '?before=1', 'Back to the entry before the list');
    await el.updateComplete;
    expect($(el, '#detail-heading'), 'no offer opened by Back').to.equal(null);
  });

  it('keeps a cleared preset cleared, with an empty parameter', async () => {
    const el = await mountFinder(`src="${feedUrl()}" topics="sprache"`);
    expect(el.resultCount).to.equal(3);
    await toggle(el, 'topics', 'sprache');
    expect(el.resultCount).to.equal(10);
    expect(params().get('lotse-topics')).to.equal('');
    cleanupFixtures();
    const again = await mountFinder(`src="${feedUrl()}" topics="sprache"`);
    expect(again.resultCount).to.equal(10);
  });

  it('gives two finders with ids their own parameters', async () => {
    const a = await mountFinder(`id="sprache" src="${feedUrl()}"`);
    await openGroups(a);
    const b = await mountFinder(`id="hilfe" src="${feedUrl()}"`);
    await toggle(a, 'languages', 'ar');
    await toggle(b, 'languages', 'uk');
    expect(params().get('lotse-sprache-languages')).to.equal('ar');
    expect(params().get('lotse-hilfe-languages')).to.equal('uk');
    await back();
    await eventually(() => b.resultCount === 10, 'the second finder going back');
    expect(a.resultCount, 'the first keeps its filter').to.equal(3);
  });

  it('warns when two finders without an id would share their parameters', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      await mountFinder(`src="${feedUrl()}"`);
      await mountFinder(`src="${feedUrl()}"`);
    } finally {
      console.warn = warn;
    }
    const shared = warnings.filter((w) => w.includes('<lotse-offer-finder>') && w.includes('give each an id'));
    expect(shared).to.have.length(1);
  });

  it('leaves the URL alone with no-url-sync', async () => {
    visit('?lotse-q=Beratung');
    const el: Finder = await mountFinder(`src="${feedUrl()}" no-url-sync`);
    expect($<HTMLInputElement>(el, '#q')!.value, 'does not read').to.equal('');
    await toggle(el, 'languages', 'ar');
    $$<HTMLButtonElement>(el, 'button.open')[0].click();
    await el.updateComplete;
    expect(location.search).to.equal('?lotse-q=Beratung');
  });
});
