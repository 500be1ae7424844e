/** Shared setup for the offer-finder tests. */
import '../../src/components/offer-finder/define.js';
import type { LotseOfferFinder } from '../../src/components/offer-finder/offer-finder.js';
import { fixture } from '../helpers/fixture.js';
import { eventually } from '../helpers/wait.js';

export { eventually };
export type Finder = LotseOfferFinder;

export const root = (el: Finder) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: Finder, selector: string) => root(el).querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Finder, selector: string) => [...root(el).querySelectorAll<T>(selector)];
export const textOf = (node: Element | ShadowRoot | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Titles of the cards on the current page, in order. */
export const titles = (el: Finder) => $$(el, '[part="card"] button.open').map((b) => textOf(b));

/** The filter checkbox of a facet value. */
export const checkbox = (el: Finder, facet: string, value: string) =>
  $$<HTMLInputElement>(el, `input[name="${facet}"]`).find((i) => i.value === value);

/** The count shown next to a filter option. */
export function countOf(el: Finder, facet: string, value: string): number {
  const input = checkbox(el, facet, value);
  if (!input) throw new Error(`no option ${facet}=${value}`);
  return Number(textOf(input.closest('label')!.querySelector('.count')).replace(/\D/g, ''));
}

/** Mounts a finder and waits until the feed is shown (list or detail) and the search index is built. */
export async function mountFinder(attributes: string, container?: HTMLElement): Promise<Finder> {
  const el = await fixture<Finder>(`<lotse-offer-finder ${attributes}></lotse-offer-finder>`, container);
  await ready(el);
  return el;
}

/** Waits until the finder shows offers (list or detail); `updateComplete` also waits for the search index. */
export async function ready(el: Finder): Promise<void> {
  await eventually(() => !!$(el, '#results-heading, #detail-heading'), 'the finder to show offers');
  await el.updateComplete;
}

/** The live region's words, once the finder has announced the current count. */
export const announced = (el: Finder) => textOf($(el, '[role="status"]'));

/** Types into the search field as a user would (input events), then waits for the render. */
export async function search(el: Finder, query: string): Promise<void> {
  const input = $<HTMLInputElement>(el, '#q')!;
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/**
 * Opens the filter groups of these facets (`features` for free, wheelchair,
 * childcare), as a resident does before choosing: a closed group renders
 * no options.
 */
export async function openGroups(el: Finder, ...facets: string[]): Promise<void> {
  const groups =
    facets.length === 0
      ? $$<HTMLDetailsElement>(el, 'details[data-facet]')
      : facets.map((facet) => {
          const group = $<HTMLDetailsElement>(el, `details[data-facet="${facet === 'free' || facet === 'wheelchair' || facet === 'childcare' ? 'features' : facet}"]`);
          if (!group) throw new Error(`no filter group ${facet}`);
          return group;
        });
  for (const group of groups) {
    if (!group.open) group.querySelector('summary')!.click();
    // The details' toggle event comes in a task of its own; then the group draws its options.
    await eventually(() => !!group.querySelector('input'), `the options of ${group.dataset.facet}`);
  }
}

export async function toggle(el: Finder, facet: string, value: string): Promise<void> {
  await openGroups(el, facet);
  const input = checkbox(el, facet, value);
  if (!input) throw new Error(`no option ${facet}=${value}`);
  input.click();
  await el.updateComplete;
}
