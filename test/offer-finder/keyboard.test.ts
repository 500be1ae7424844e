/**
 * A resident who only uses the keyboard: real key presses (sendKeys) from
 * the page into the finder and through search, a filter, an offer and back.
 */
import { expect } from '@esm-bundle/chai';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { resetFeedStore } from '../../src/core/feed/store.js';
import { expectAccessible } from '../helpers/axe.js';
import { cleanupFixtures } from '../helpers/fixture.js';
import { answerJson, mockUrl, useMsw, PATIENT } from '../helpers/msw.js';
import { finderFeed } from '../fixtures/finder-feed.js';
import { bigFeed } from './big-feed.js';
import { $, announced, checkbox, eventually, mountFinder, openGroups, textOf, type Finder } from './helpers.js';

useMsw();

let counter = 0;
const feedUrl = () => {
  const url = mockUrl(`/finder-keys/${++counter}.json`);
  answerJson(url, finderFeed());
  return url;
};

/** The focused element, inside the finder's shadow root if focus is there. */
const focused = (el: Finder) => el.shadowRoot!.activeElement as HTMLElement | null;
const describeFocus = (el: Finder) => {
  const f = focused(el);
  return f ? `${f.localName}${f.id ? `#${f.id}` : ''}.${f.className} "${textOf(f).slice(0, 30)}" ${(f as HTMLInputElement).value ?? ''}` : 'outside';
};

/** Presses Tab (or Shift+Tab) until `match` is focused; fails after `max` presses. */
async function tabTo(el: Finder, match: (f: HTMLElement) => boolean, what: string, { back = false, max = 40, counter = () => {} } = {}) {
  for (let i = 0; i <= max; i++) {
    const f = focused(el);
    if (f && match(f)) return f;
    if (i === max) break;
    if (back) await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    counter();
    if (back) await sendKeys({ up: 'Shift' });
  }
  throw new Error(`Could not reach ${what} with ${back ? 'Shift+Tab' : 'Tab'}; focus is on ${describeFocus(el)}`);
}

describe('<lotse-offer-finder> with the keyboard only', () => {
  let before: HTMLButtonElement;
  beforeEach(() => {
    resetFeedStore(PATIENT);
    document.documentElement.lang = 'en';
    before = document.createElement('button');
    before.textContent = 'Before';
    document.body.prepend(before);
  });
  afterEach(async () => {
    cleanupFixtures();
    before.remove();
    await setViewport({ width: 1024, height: 768 });
  });

  it('a key press shows its letter in its own frame; the results follow in the task after it', async () => {
    const el = await mountFinder(`src="${feedUrl()}" no-url-sync`);
    const input = $<HTMLInputElement>(el, '#q')!;
    const total = el.resultCount;
    input.focus();
    const inKeyTask: { value: string; before: number; after: number; pending: boolean }[] = [];
    let before = total;
    el.shadowRoot!.addEventListener('keydown', () => (before = el.resultCount));
    // After the widget's own input handler and the microtasks of its task (where an update would run): what the key's frame paints.
    const record = () => inKeyTask.push({ value: input.value, before, after: el.resultCount, pending: el.isUpdatePending });
    el.shadowRoot!.addEventListener('input', () => queueMicrotask(() => queueMicrotask(record)));
    await sendKeys({ type: 'Kurs' });
    await eventually(() => el.resultCount < total, 'the results for "Kurs"');
    expect(inKeyTask.map((k) => k.value)).to.deep.equal(['K', 'Ku', 'Kur', 'Kurs']);
    for (const key of inKeyTask) {
      expect(key.after, `no results drawn in the key press of "${key.value}" itself`).to.equal(key.before);
      expect(key.pending, `nor an update waiting in its task`).to.equal(false);
    }
  });

  it('draws the first cards of new results after a key press, the rest of the page in the tasks after', async () => {
    const url = mockUrl(`/finder-keys/big-${++counter}.json`);
    answerJson(url, bigFeed(300));
    const el = await mountFinder(`src="${url}" no-url-sync`);
    const cards = () => el.shadowRoot!.querySelectorAll('[part~="card"]').length;
    // Every update's cards, as the frame after it shows them.
    const drawn: number[] = [];
    const observer = new MutationObserver(() => drawn.push(cards()));
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    try {
      const all = el.resultCount;
      $<HTMLInputElement>(el, '#q')!.focus();
      await sendKeys({ type: 'Beratung' });
      await eventually(() => el.resultCount > 20 && el.resultCount < all && cards() === 20, 'a whole page of results for "Beratung"');
      const first = drawn.findIndex((n) => n > 0 && n < 20);
      expect(first, `a step of fewer cards before the whole page (${drawn.join(' ')})`).to.be.greaterThan(-1);
      expect(drawn[first]).to.be.at.most(5);
      // A script's search (not a person's key press) draws the page at once.
      drawn.length = 0;
      const input = $<HTMLInputElement>(el, '#q')!;
      input.value = 'Kurs';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(cards()).to.equal(Math.min(20, el.resultCount));
    } finally {
      observer.disconnect();
    }
  });

  it('searches, filters, opens an offer, goes back and clears the filters', async () => {
    await setViewport({ width: 1200, height: 800 });
    const el = await mountFinder(`src="${feedUrl()}" no-url-sync`);
    before.focus();
    await sendKeys({ press: 'Tab' });
    const input = focused(el) as HTMLInputElement;
    expect(input?.id, 'the search field comes first').to.equal('q');
    await sendKeys({ type: 'Beratung' });
    // Key presses draw the results in the task after their frame.
    await eventually(() => el.resultCount === 4, 'the results for "Beratung"');
    expect(focused(el), 'focus stays in the field').to.equal(input);
    expect(input.value).to.equal('Beratung');
    expect(input.selectionStart).to.equal(8);

    // The language group is folded: open it, then its options follow.
    const group = await tabTo(el, (f) => f.matches('summary') && textOf(f).startsWith('Offered in'), 'the language group');
    expect((group.parentElement as HTMLDetailsElement).open).to.equal(false);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect((group.parentElement as HTMLDetailsElement).open).to.equal(true);
    const arabic = (await tabTo(el, (f) => f.matches('input[name="languages"][value="ar"]'), 'the Arabic filter')) as HTMLInputElement;
    expect(arabic.checked).to.equal(false);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(arabic.checked).to.equal(true);
    expect(el.resultCount).to.equal(2);

    const open = await tabTo(el, (f) => f.matches('button.open'), 'the first offer');
    // A visible focus indicator.
    expect(getComputedStyle(open).outlineStyle).to.not.equal('none');
    const title = textOf(open);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el)?.id, 'focus on the detail heading').to.equal('detail-heading');
    expect(textOf(focused(el))).to.equal(title);

    await tabTo(el, (f) => f.matches('button.back'), 'the back button', { back: true });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el)?.matches('button.open'), 'focus back on the card').to.equal(true);
    expect(textOf(focused(el))).to.equal(title);

    await tabTo(el, (f) => f.matches('button.clear'), 'the clear-all button', { back: true });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // The list was rendered anew after the detail view: look the checkbox up again.
    expect(checkbox(el, 'languages', 'ar')!.checked).to.equal(false);
    expect(el.resultCount).to.equal(4);
    expect(focused(el)?.id).to.equal('filters-heading');
  });

  it('opens and closes the filters with the keyboard on a narrow screen', async () => {
    await setViewport({ width: 360, height: 740 });
    const el = await mountFinder(`src="${feedUrl()}" no-url-sync`);
    before.focus();
    await sendKeys({ press: 'Tab' });
    const toggle = await tabTo(el, (f) => f.matches('[part="filter-toggle"]'), 'the filter button');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.matches('button.skip'), 'next stop skips to the results').to.equal(true);
    expect(focused(el)!.getBoundingClientRect().height, 'shown while focused').to.be.at.least(24);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.matches('summary'), 'then the first group of filters').to.equal(true);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.matches('input[type="checkbox"]'), 'then its first filter').to.equal(true);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(textOf(toggle)).to.match(/Filters \(1 active\)/);
    await expectAccessible(el, 'narrow, filters open, keyboard');
    await tabTo(el, (f) => f === toggle, 'the filter button again', { back: true });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(getComputedStyle($(el, '[part="filters"]')!).display).to.equal('none');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded'), 'Escape closes the panel').to.equal('false');
    await eventually(() => focused(el) === toggle, 'focus back on the filter button');
  });

  it('skips past the filters to the results on wide screens, long after the page loaded', async () => {
    for (const width of [1280, 800]) {
      await setViewport({ width, height: 800 });
      const el = await mountFinder(`src="${feedUrl()}" no-url-sync`);
      // Nothing else is pending: the first count has been announced.
      await eventually(() => announced(el).length > 0, 'the first announcement');
      before.focus();
      let presses = 0;
      const skip = await tabTo(el, (f) => f.matches('button.skip'), 'the skip button', { max: 4, counter: () => presses++ });
      expect(textOf(skip)).to.equal('Skip to the results (10)');
      expect(skip.getBoundingClientRect().height, 'shown while focused').to.be.at.least(24);
      await sendKeys({ press: 'Enter' });
      await eventually(() => focused(el)?.id === 'results-heading', `focus on the results heading at ${width} px`);
      await tabTo(el, (f) => f.matches('button.open'), 'the first offer', { max: 3, counter: () => presses++ });
      expect(presses + 1, `key presses from the top to the first offer at ${width} px`).to.be.at.most(6);
      cleanupFixtures();
    }
  });

  it('reaches the first offer in a few key presses on a narrow screen, where the filters are folded away', async () => {
    await setViewport({ width: 360, height: 740 });
    const el = await mountFinder(`src="${feedUrl()}" no-url-sync`);
    before.focus();
    let presses = 0;
    await tabTo(el, (f) => f.matches('button.open'), 'the first offer', { max: 6, counter: () => presses++ });
    expect(presses).to.be.at.most(5);
  });

  it('keeps focus on a filter that the resident unchecks even when it now gives no result', async () => {
    const el = await mountFinder(`src="${feedUrl()}" no-url-sync kinds="network"`);
    await openGroups(el);
    const field = $<HTMLInputElement>(el, 'input[type="search"]')!;
    field.focus();
    await sendKeys({ type: 'Straße' });
    await eventually(() => el.resultCount === 0, 'no result for a network and "Straße"');
    const network = checkbox(el, 'kinds', 'network')!;
    expect(network.checked).to.equal(true);
    network.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    const after = checkbox(el, 'kinds', 'network')!;
    expect(after.checked).to.equal(false);
    expect(after.disabled, 'still enabled').to.equal(false);
    expect(focused(el), 'focus stays on it').to.equal(after);
    await eventually(() => el.resultCount === 1, 'the one "Straße" offer');
  });

  it('changes the page with the keyboard and lands on the results heading', async () => {
    const el = await mountFinder(`src="${feedUrl()}" no-url-sync page-size="4"`);
    const next = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="pagination"] button')][1];
    next.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await eventually(() => focused(el)?.id === 'results-heading', 'focus on the results heading');
    expect(textOf($(el, '[part="pagination"] bdi'))).to.equal('Page 2 of 3');
  });
});
