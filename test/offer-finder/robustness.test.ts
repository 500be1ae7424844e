/**
 * Hostile feed text and hostile host pages: every field of a feed full of
 * attack strings renders as text and nothing runs; a host page with
 * Bootstrap and an aggressive CMS reset leaves the finder's layout as it is.
 */
import { expect } from '@esm-bundle/chai';
import { resetFeedStore } from '../../src/core/feed/store.js';
import { expectAccessible } from '../helpers/axe.js';
import { cleanupFixtures } from '../helpers/fixture.js';
import { expectNoExecution, findExecutableMarkup, HOSTILE_REJECTED, HOSTILE_STRINGS, hostileFeed, resetExecutionFlag } from '../helpers/hostile-strings.js';
import { answerJson, mockUrl, useMsw, PATIENT } from '../helpers/msw.js';
import { finderFeed } from '../fixtures/finder-feed.js';
import { $, $$, mountFinder, openGroups, search, textOf, type Finder } from './helpers.js';

useMsw();

let counter = 0;
const feedUrl = (body: unknown) => {
  const url = mockUrl(`/finder-robust/${++counter}.json`);
  answerJson(url, body);
  return url;
};
const originalLang = document.documentElement.lang;
const original = location.href;

/** Text nodes keep what the feed said, character for character (line breaks aside). */
const plainText = (node: Node | null) => (node?.textContent ?? '').replace(/\s+/g, ' ');
const squeeze = (value: string) => value.replace(/\s+/g, ' ');

describe('<lotse-offer-finder> with hostile feed text', () => {
  beforeEach(() => {
    resetFeedStore(PATIENT);
    resetExecutionFlag();
    document.documentElement.lang = 'de';
  });
  afterEach(() => {
    cleanupFixtures();
    document.documentElement.lang = originalLang;
    history.replaceState(null, '', original);
  });

  it('says that no offers are listed when the feed has none, and asks to widen a search only when there is one', async () => {
    document.documentElement.lang = 'en';
    const el = await mountFinder(`src="${feedUrl({ ...finderFeed(), offers: [] })}" no-url-sync`);
    expect(textOf($(el, '[part="empty"]'))).to.equal('No offers are listed at the moment.');
    await expectAccessible(el, 'a feed without offers');
    await search(el, 'Deutsch');
    expect(textOf($(el, '[part="empty"]'))).to.equal('No offers match. Please try other words or fewer filters.');
  });

  it('renders every hostile string in the list as text and runs none of them', async () => {
    const el = await mountFinder(`src="${feedUrl(hostileFeed())}" page-size="100" no-url-sync`);
    await openGroups(el);
    // The offers with a bad web address are kept, without it.
    const kept = HOSTILE_REJECTED.filter((r) => r.collection === 'offers').length;
    expect(el.resultCount).to.equal(HOSTILE_STRINGS.length + kept);
    const shown = plainText($(el, '[part="results"]'));
    for (const { name, value } of HOSTILE_STRINGS) expect(shown.includes(squeeze(value)), name).to.equal(true);
    // Filters carry hostile topic and audience labels and municipality names.
    expect($$(el, '[part="filters"] input').length).to.be.greaterThan(3);
    await expectNoExecution(el.shadowRoot);
    await expectAccessible(el, 'hostile list');
  });

  it('renders every offer’s detail view inertly, with only safe links', async () => {
    const el = await mountFinder(`src="${feedUrl(hostileFeed())}" page-size="100" no-url-sync`);
    const count = $$(el, 'button.open').length;
    expect(count).to.equal(HOSTILE_STRINGS.length + HOSTILE_REJECTED.filter((r) => r.collection === 'offers').length);
    for (let i = 0; i < count; i++) {
      $$<HTMLButtonElement>(el, 'button.open')[i].click();
      await el.updateComplete;
      const detail = $(el, '[part="detail"]')!;
      expect(detail, `detail ${i}`).to.exist;
      for (const link of detail.querySelectorAll('a')) {
        expect(link.getAttribute('href'), `link in detail ${i}`).to.match(/^(https?:|tel:|mailto:)/);
      }
      expect(findExecutableMarkup(el.shadowRoot), `markup in detail ${i}`).to.deep.equal([]);
      $<HTMLButtonElement>(el, 'button.back')!.click();
      await el.updateComplete;
    }
    // Whatever would have run has had its chance by now: once for all the details.
    await expectNoExecution(el.shadowRoot);
  });

  it('takes hostile search terms and deep-link values as plain text', async () => {
    const attack = HOSTILE_STRINGS.find((s) => s.name === 'double-quote attribute breakout')!.value;
    history.replaceState(null, '', `${location.pathname}?lotse-q=${encodeURIComponent(attack)}&lotse-offer=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`);
    const el = await mountFinder(`src="${feedUrl(hostileFeed())}"`);
    expect($<HTMLInputElement>(el, '#q')!.value).to.equal(attack);
    for (const { value } of HOSTILE_STRINGS) await search(el, value);
    await expectNoExecution(el.shadowRoot);
  });
});

/** Bootstrap 5 and a CMS theme that restyles every element it can reach. */
const HOSTILE_HOST_CSS = `
  html { font-size: 62.5%; }
  body { font: italic 700 1.3rem/3 Georgia, serif; letter-spacing: 0.2em; word-spacing: 1em; text-transform: uppercase;
         text-align: center; color: #c00; white-space: pre; text-indent: 3em; }
  * { line-height: 2.5 !important; letter-spacing: 0.1em; box-sizing: content-box; }
  button, input, select { all: unset; background: pink; padding: 2rem; font-size: 3rem; }
  ul, ol, li { list-style: square; margin: 3rem; padding: 3rem; }
  h1, h2, h3, h4 { font-size: 5rem; text-transform: uppercase; margin: 4rem; }
  p, dl, dd, address { margin: 4rem 0; padding: 2rem; }
  label, fieldset, legend { display: block; padding: 2rem; }
  a { color: hotpink; text-decoration: none; }
  [hidden] { display: block !important; }
`;

interface Snapshot {
  boxes: string[];
  fonts: string[];
}

/** Positions and sizes of the finder's parts relative to the host, and font sizes. */
function snapshot(el: Finder): Snapshot {
  const host = el.getBoundingClientRect();
  const parts = $$(el, '[part="search"] input, [part="filters"], legend, label, [part="card"], h2, h3, button, select, .badge, .meta');
  return {
    boxes: parts.map((node) => {
      const r = node.getBoundingClientRect();
      return `${node.localName}.${node.className}: ${[r.left - host.left, r.top - host.top, r.width, r.height].map((n) => n.toFixed(1)).join(' ')}`;
    }),
    fonts: parts.map((node) => `${node.localName}: ${getComputedStyle(node).fontSize} ${getComputedStyle(node).lineHeight}`),
  };
}

describe('<lotse-offer-finder> on a hostile host page', () => {
  const added: Element[] = [];
  beforeEach(() => {
    resetFeedStore(PATIENT);
    document.documentElement.lang = 'en';
  });
  afterEach(() => {
    cleanupFixtures();
    added.splice(0).forEach((node) => node.remove());
    document.documentElement.lang = originalLang;
  });

  async function mountInBox(): Promise<Finder> {
    // Every card laid out (they skip layout while out of sight), so both snapshots measure the same.
    const visible = document.createElement('style');
    visible.textContent = 'lotse-offer-finder::part(card) { content-visibility: visible; }';
    document.head.append(visible);
    added.push(visible);
    const box = document.createElement('div');
    box.setAttribute('style', 'position: absolute; inset-block-start: 0; inset-inline-start: 0; inline-size: 900px; margin: 0; padding: 0;');
    document.body.append(box);
    added.push(box);
    const el = await mountFinder(`src="${feedUrl(finderFeed())}" no-url-sync style="--lotse-font-family: Arial, sans-serif"`, box);
    // Every filter group open, so its options are measured too.
    await openGroups(el);
    // Earlier tests may leave the page scrolled; hidden parts measure from the viewport.
    window.scrollTo(0, 0);
    return el;
  }

  it('keeps its layout and font sizes under Bootstrap 5 and a CMS reset', async () => {
    const clean = snapshot(await mountInBox());
    cleanupFixtures();

    const bootstrap = document.createElement('link');
    bootstrap.rel = 'stylesheet';
    bootstrap.href = '/node_modules/bootstrap/dist/css/bootstrap.min.css';
    const loaded = new Promise((resolve, reject) => {
      bootstrap.onload = resolve;
      bootstrap.onerror = reject;
    });
    document.head.append(bootstrap);
    added.push(bootstrap);
    await loaded;
    const reset = document.createElement('style');
    reset.textContent = HOSTILE_HOST_CSS;
    document.head.append(reset);
    added.push(reset);
    // The host CSS is in force on the page.
    expect(getComputedStyle(document.documentElement).fontSize).to.equal('10px');

    const el = await mountInBox();

    await openGroups(el);
    const hostile = snapshot(el);
    expect(hostile.fonts).to.deep.equal(clean.fonts);
    expect(hostile.boxes).to.deep.equal(clean.boxes);
    expect(getComputedStyle($(el, '.card p')!).fontSize).to.equal('16px');
    expect(textOf($(el, '#results-heading'))).to.equal('10 offers found');
    await expectAccessible(el, 'hostile host CSS');
  });
});
