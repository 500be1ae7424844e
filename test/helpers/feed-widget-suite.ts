/**
 * What every feed-driven widget must do, whatever it shows: appear with
 * its feed whenever it is added, follow `src`, share a feed with other
 * widgets, survive being moved, removed and added again, and turn an
 * exception while updating into its error state with "Try again".
 *
 *   feedWidgetSuite({ tag: 'lotse-offer-finder', content: '#results-heading', markerA: '…', markerB: '…' });
 */
import { expect } from '@esm-bundle/chai';
import type { LitElement } from 'lit';
import { feedSource, resetFeedStore } from '../../src/core/feed/store.js';
import { feedA, feedB } from '../fixtures/feeds.js';
import { expectAccessible } from './axe.js';
import { spyConsole } from './console.js';
import { cleanupFixtures, fixture } from './fixture.js';
import { answer, answerDelayed, answerJson, json, mockUrl, PATIENT, requestsTo, useMsw } from './msw.js';
import { eventually } from './wait.js';

export interface FeedWidgetSuite {
  tag: string;
  /** The element's class, to derive a failing variant from. */
  element: CustomElementConstructor & (new () => LitElement);
  /** A selector that exists once the feed is shown. */
  content: string;
  /** Text the widget shows for feed A (`feedA()`), and for feed B. */
  markerA: string;
  markerB: string;
  /** Extra attributes every instance gets (e.g. `no-url-sync`). */
  attributes?: string;
}

let counter = 0;

export function feedWidgetSuite({ tag, element, content, markerA, markerB, attributes = '' }: FeedWidgetSuite): void {
  describe(`<${tag}> as a feed widget`, () => {
    useMsw();
    const urls = () => {
      const n = ++counter;
      const a = mockUrl(`/suite/${tag}/${n}-a.json`);
      const b = mockUrl(`/suite/${tag}/${n}-b.json`);
      answerJson(a, feedA());
      answerJson(b, feedB());
      return { a, b };
    };
    const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
    const shows = (el: Element) => !!el.shadowRoot?.querySelector(content);
    const mount = (src: string, container?: HTMLElement) =>
      fixture<LitElement>(`<${tag} src="${src}" ${attributes}></${tag}>`, container);
    let errors: ReturnType<typeof spyConsole>;

    beforeEach(() => {
      resetFeedStore(PATIENT);
      document.documentElement.lang = 'en';
      errors = spyConsole('error');
    });
    afterEach(() => {
      errors.restore();
      cleanupFixtures();
    });

    it('shows a feed that loaded before it was added, in its first update', async () => {
      const { a } = urls();
      await feedSource(a).load();
      const el = await mount(a);
      expect(shows(el), 'content at once, no placeholder').to.equal(true);
      expect(text(el)).to.include(markerA);
      expect(errors.calls).to.deep.equal([]);
      await expectAccessible(el, 'added late');
    });

    it('follows src to a feed that is already loaded, and to one that is not', async () => {
      const { a, b } = urls();
      await Promise.all([feedSource(a).load(), feedSource(b).load()]);
      const el = await mount(a);
      expect(text(el)).to.include(markerA);
      el.setAttribute('src', b);
      await el.updateComplete;
      expect(text(el), 'the loaded feed, in the same update').to.include(markerB);
      expect(text(el)).to.not.include(markerA);
      const c = mockUrl(`/suite/${tag}/${++counter}-c.json`);
      answerDelayed(c, 50, feedA());
      el.setAttribute('src', c);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[aria-busy="true"]'), 'the placeholder while it loads').to.exist;
      await eventually(() => text(el).includes(markerA), 'the new feed');
      expect(errors.calls).to.deep.equal([]);
    });

    it('takes a removed src, or src set to null or undefined (a framework\'s unset prop), as no feed, and loads the next one', async () => {
      const { a, b } = urls();
      await Promise.all([feedSource(a).load(), feedSource(b).load()]);
      const el = await mount(a);
      const noFeed = () => el.shadowRoot!.querySelector('[part="error"]')?.textContent ?? '';
      const unsets: [string, () => void][] = [
        ['removed attribute', () => el.removeAttribute('src')],
        ['null', () => ((el as unknown as { src: unknown }).src = null)],
        ['undefined', () => ((el as unknown as { src: unknown }).src = undefined)],
      ];
      for (const [how, unset] of unsets) {
        unset();
        await el.updateComplete;
        expect(text(el), how).to.not.include(markerA);
        expect(noFeed(), how).to.not.equal('');
        el.setAttribute('src', how === 'null' ? b : a);
        await el.updateComplete;
        expect(text(el), `${how}, then a feed`).to.include(how === 'null' ? markerB : markerA);
      }
      expect(errors.calls).to.deep.equal([]);
    });

    it('shares one request with another element on the same feed', async () => {
      const { a } = urls();
      const [first, second] = await Promise.all([mount(a), mount(a)]);
      await eventually(() => shows(first) && shows(second), 'both elements to show the feed');
      expect(requestsTo(a)).to.equal(1);
      const third = await mount(a);
      expect(shows(third)).to.equal(true);
      expect(requestsTo(a)).to.equal(1);
    });

    it('keeps following its feed when moved in the page, or removed and added again', async () => {
      const url = mockUrl(`/suite/${tag}/${++counter}-changing.json`);
      answer(url, json(feedA()), json(feedB()));
      const el = await mount(url);
      await eventually(() => shows(el), 'the feed');
      const elsewhere = document.createElement('section');
      document.body.append(elsewhere);
      try {
        elsewhere.append(el); // moved: disconnected and connected in one step
        await el.updateComplete;
        expect(text(el)).to.include(markerA);
        el.remove();
        await el.updateComplete;
        document.body.append(el);
        await el.updateComplete;
        expect(shows(el)).to.equal(true);
        // Still subscribed: a new load of its feed (B's content now) reaches it.
        await feedSource(url).load(true);
        await eventually(() => text(el).includes(markerB), 'the reloaded feed after moving');
      } finally {
        elsewhere.remove();
        el.remove();
      }
    });

    it('shows its error state with "Try again", not an endless placeholder, when updating throws', async () => {
      const { a } = urls();
      let failures = 2;
      const Base = element as unknown as new () => LitElement & { willUpdate(changed: Map<string, unknown>): void };
      class Failing extends Base {
        override willUpdate(changed: Map<string, unknown>): void {
          super.willUpdate(changed);
          if (failures > 0 && this.shadowRoot && (this as unknown as { src: string }).src) {
            failures--;
            throw new Error('injected');
          }
        }
      }
      const failingTag = `${tag}-failing-${++counter}`;
      customElements.define(failingTag, Failing as unknown as CustomElementConstructor);
      const el = await fixture<LitElement>(`<${failingTag} src="${a}" ${attributes}></${failingTag}>`);
      await eventually(() => !!el.shadowRoot!.querySelector('[part="error"] button'), 'the error state');
      expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.equal(null);
      expect(errors.calls.join('\n')).to.include(`<${failingTag}> could not show its content`);
      await expectAccessible(el, 'failure');
      failures = 0;
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="error"] button')!.click();
      await eventually(() => shows(el), 'the content after "Try again"');
      expect(text(el)).to.include(markerA);
    });
  });
}
