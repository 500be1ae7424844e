/**
 * Content-language honesty in the health guide: a service card and its
 * detail say when the name shown is not in the reader's language ("Only in
 * this language: German") or was translated by a machine, in the reader's
 * language; "Information available in" filters the directory.
 */
import { expect } from '@esm-bundle/chai';
import { resetFeedStore } from '../../src/core/feed/store.js';
import { expectAccessible } from '../helpers/axe.js';
import { cleanupFixtures } from '../helpers/fixture.js';
import { expectNoExecution, HOSTILE_STRINGS, resetExecutionFlag } from '../helpers/hostile-strings.js';
import { PATIENT, useMsw } from '../helpers/msw.js';
import { healthFeed } from '../fixtures/health-feed.js';
import { $, $$, eventually, feedUrl, mountGuide, textOf, toggleFilter, type Guide } from './helpers.js';

useMsw();

type Offer = { id: string; title: unknown; machineTranslated?: string[] };
const feedWith = (edit: (offers: Offer[]) => void) => {
  const feed = healthFeed() as { offers: Offer[] };
  edit(feed.offers);
  return feedUrl(feed);
};

const ONLY_GERMAN_AR = 'بهذه اللغة فقط: الألمانية';
const MACHINE_AR = 'ترجمة آلية';

const card = (el: Guide, key: string) => $$(el, '[part="card"]').find((c) => c.dataset.key === key);
const notes = (element: Element | undefined) => [...(element?.querySelectorAll('.content-note') ?? [])].map((n) => textOf(n));
const keys = (el: Guide) => $$(el, '[part="card"]').map((c) => c.dataset.key);

async function directory(el: Guide): Promise<void> {
  $$<HTMLButtonElement>(el, '.modes button')[1].click();
  await eventually(() => !!$(el, '#directory-heading') && !!$(el, '[part="card"]'), 'the directory');
}


describe('content language in <lotse-health-guide>', () => {
  beforeEach(() => {
    resetFeedStore(PATIENT);
    resetExecutionFlag();
  });
  afterEach(cleanupFixtures);

  it('in Arabic, a card whose name is only German says so; one with an Arabic name does not', async () => {
    const el = await mountGuide(`src="${feedUrl()}" no-url-sync lang="ar"`);
    await directory(el);
    expect(notes(card(el, 'zahnarzt'))).to.deep.equal([ONLY_GERMAN_AR]);
    expect(notes(card(el, 'hausarzt'))).to.deep.equal([]);
    const name = card(el, 'zahnarzt')!.querySelector('button.open [lang]')!;
    expect([name.getAttribute('lang'), name.getAttribute('dir')]).to.deep.equal(['de', 'ltr']);
    await expectAccessible(el, 'Arabic directory with notes');
  });

  it('in German, no card needs a note', async () => {
    const el = await mountGuide(`src="${feedUrl()}" no-url-sync lang="de"`);
    await directory(el);
    expect(keys(el).length).to.be.greaterThan(3);
    expect($$(el, '.content-note')).to.have.length(0);
    await expectAccessible(el, 'German directory');
  });

  it('names a machine translation on the card and in the detail', async () => {
    const el = await mountGuide(`src="${feedWith((offers) => (offers.find((o) => o.id === 'hausarzt')!.machineTranslated = ['ar']))}" no-url-sync lang="ar"`);
    await directory(el);
    expect(notes(card(el, 'hausarzt'))).to.deep.equal([MACHINE_AR]);
    expect(notes(card(el, 'zahnarzt')), 'only the service the feed marks').to.deep.equal([ONLY_GERMAN_AR]);
    card(el, 'hausarzt')!.querySelector<HTMLButtonElement>('button.open')!.click();
    await eventually(() => !!$(el, '#detail-heading'), 'the detail');
    expect(textOf($(el, '[part="detail"] p.content-note'))).to.include(MACHINE_AR);
    await expectAccessible(el, 'Arabic detail with notes');
  });

  it('"Information available in" counts and filters by the languages of the services’ own texts', async () => {
    const el = await mountGuide(`src="${feedUrl()}" no-url-sync lang="en"`);
    await directory(el);
    const total = keys(el).length;
    const arabic = await toggleFilter(el, 'texts', 'ar');
    expect(textOf(arabic.closest('label')!.querySelector('.count'))).to.match(/\b1\b/);
    await eventually(() => keys(el).length === 1, 'one service with an Arabic name');
    expect(keys(el)).to.deep.equal(['hausarzt']);
    await toggleFilter(el, 'texts', 'ar');
    const german = $$<HTMLInputElement>(el, 'input[name="texts"]').find((i) => i.value === 'de')!;
    expect(Number(textOf(german.closest('label')!.querySelector('.count')).replace(/\D/g, ''))).to.equal(total);
    expect(textOf($(el, 'details[data-facet="texts"] > summary'))).to.match(/Information available in/);
  });

  it('shows hostile German names inertly beside their note', async () => {
    const url = feedWith((offers) => offers.forEach((offer, i) => (offer.title = { de: HOSTILE_STRINGS[i % HOSTILE_STRINGS.length].value })));
    const el = await mountGuide(`src="${url}" no-url-sync lang="ar"`);
    await directory(el);
    expect($$(el, '.content-note').length).to.equal(keys(el).length);
    for (const note of $$(el, '.content-note')) expect(textOf(note)).to.equal(ONLY_GERMAN_AR);
    await expectNoExecution(el.shadowRoot!);
  });
});

describe('the directory’s cards', () => {
  beforeEach(() => resetFeedStore(PATIENT));
  afterEach(cleanupFixtures);

  it('let a tap on a phone number or another link reach it, not the card’s open target that covers the card', async () => {
    const el = await mountGuide(`src="${feedUrl()}" no-url-sync lang="ar"`);
    await directory(el);
    const links = $$<HTMLAnchorElement>(el, '[part="card"] a[href]');
    expect(links.length, 'links on the cards').to.be.greaterThan(0);
    for (const link of links) {
      link.scrollIntoView({ block: 'center' });
      const box = link.getBoundingClientRect();
      const hit = el.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      // Compared as text: a failure message that prints two elements takes minutes.
      expect(hit?.closest('a') === link ? link.href : `${hit?.tagName}.${hit?.className}`).to.equal(link.href);
    }
  });
});
