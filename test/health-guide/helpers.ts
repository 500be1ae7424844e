/** Shared setup for the health guide's tests. */
import '../../src/components/health-guide/define.js';
import type { LotseHealthGuide } from '../../src/components/health-guide/health-guide.js';
import { fixture } from '../helpers/fixture.js';
import { answerJson, mockUrl } from '../helpers/msw.js';
import { eventually } from '../helpers/wait.js';
import { healthFeed } from '../fixtures/health-feed.js';

export { eventually };
export type Guide = LotseHealthGuide;

export const $ = <T extends Element = HTMLElement>(el: Guide, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Guide, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
export const textOf = (node: Element | ShadowRoot | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

let counter = 0;
/** A mocked feed URL answering `feed` (the health fixture by default). */
export function feedUrl(feed: Record<string, unknown> = healthFeed()): string {
  const url = mockUrl(`/health/${++counter}.json`);
  answerJson(url, feed);
  return url;
}

/** The question heading now shown. */
export const heading = (el: Guide) => textOf($(el, '#step-heading'));

/** Mounts a guide and waits until it shows its first question (or another step heading). */
export async function mountGuide(attributes: string, container?: HTMLElement): Promise<Guide> {
  const el = await fixture<Guide>(`<lotse-health-guide ${attributes}></lotse-health-guide>`, container);
  await eventually(() => !!$(el, '#step-heading, #directory-heading, #detail-heading'), 'the guide to show a step');
  await el.updateComplete;
  return el;
}

/** Clicks the answer with `key` and waits for the next step. */
export async function choose(el: Guide, key: string): Promise<void> {
  const button = $$<HTMLButtonElement>(el, 'button.answer').find((b) => b.dataset.key === key);
  if (!button) throw new Error(`no answer ${key}; shown: ${$$<HTMLButtonElement>(el, 'button.answer').map((b) => b.dataset.key).join(', ')}`);
  button.click();
  await el.updateComplete;
}

/** The tel: links of the emergency numbers. */
export const telLinks = (el: Guide) => $$<HTMLAnchorElement>(el, '[part="emergency"] a.tel').map((a) => a.getAttribute('href'));

/** Checks or unchecks a filter option as a resident does: a folded group is opened first, then its options are drawn. */
export async function toggleFilter(el: Guide, facet: string, value: string): Promise<HTMLInputElement> {
  const group = $<HTMLDetailsElement>(el, `details[data-facet="${facet}"]`);
  if (group && !group.open) {
    group.querySelector('summary')!.click();
    await eventually(() => !!group.querySelector('input'), `the options of ${facet}`);
  }
  const input = $$<HTMLInputElement>(el, `input[name="${facet}"]`).find((i) => i.value === value);
  if (!input) throw new Error(`no option ${facet}=${value}`);
  input.click();
  await el.updateComplete;
  return input;
}
