/** Shared setup for the course-calendar tests. */
import '../../src/components/course-calendar/define.js';
import type { LotseCourseCalendar } from '../../src/components/course-calendar/course-calendar.js';
import { expectAccessible } from '../helpers/axe.js';
import { fixture } from '../helpers/fixture.js';
import { eventually } from '../helpers/wait.js';

export { eventually };
export type Calendar = LotseCourseCalendar;

export const root = (el: Calendar) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: Calendar, selector: string) => root(el).querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Calendar, selector: string) => [...root(el).querySelectorAll<T>(selector)];
export const textOf = (node: Element | ShadowRoot | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Mounts a calendar and waits until it shows its results (or a course) and the search index is built. */
export async function mountCalendar(attributes: string, container?: HTMLElement): Promise<Calendar> {
  const el = await fixture<Calendar>(`<lotse-course-calendar ${attributes}></lotse-course-calendar>`, container);
  await ready(el);
  return el;
}

export async function ready(el: Calendar): Promise<void> {
  await eventually(() => !!$(el, '#results-heading, #detail-heading'), 'the calendar to show its content');
  await el.updateComplete;
}

/** The filter checkbox of a facet value. */
export const checkbox = (el: Calendar, facet: string, value: string) => $$<HTMLInputElement>(el, `input[name="${facet}"]`).find((i) => i.value === value);

/**
 * Opens every filter group (a closed group draws no options) and waits for their options.
 */
export async function openGroups(el: Calendar): Promise<void> {
  for (const group of $$<HTMLDetailsElement>(el, 'details[data-facet]')) {
    if (!group.open) group.querySelector('summary')!.click();
    // The details' toggle event comes in a task of its own; then the group draws its options.
    await eventually(() => !!group.querySelector('input'), `the options of ${group.dataset.facet}`);
  }
  await el.updateComplete;
}

export function countOf(el: Calendar, facet: string, value: string): number {
  const input = checkbox(el, facet, value);
  if (!input) throw new Error(`no option ${facet}=${value}`);
  return Number(textOf(input.closest('label')!.querySelector('.count')).replace(/\D/g, ''));
}

export async function toggle(el: Calendar, facet: string, value: string): Promise<void> {
  if (!checkbox(el, facet, value)) await openGroups(el);
  const input = checkbox(el, facet, value);
  if (!input) throw new Error(`no option ${facet}=${value}`);
  input.click();
  await el.updateComplete;
}

export async function search(el: Calendar, query: string): Promise<void> {
  const input = $<HTMLInputElement>(el, '#q')!;
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Titles of the courses shown once (agenda), in order. */
export const seriesTitles = (el: Calendar) => $$(el, '.series-list .open').map((b) => textOf(b));
/** Titles of the session lines, in order. */
export const lineTitles = (el: Calendar) => $$(el, '.day .sessions .open').map((b) => textOf(b));
export const announced = (el: Calendar) => textOf($(el, '[role="status"]'));

/**
 * Everything the live region says from now on, in order: a screen reader hears each change, so
 * a test asserts on the list, not on what the region holds when it happens to look.
 */
export function listenToAnnouncements(el: Calendar): string[] {
  const heard: string[] = [];
  const region = $(el, '[role="status"]')!;
  new MutationObserver(() => {
    const text = textOf(region);
    if (text) heard.push(text);
  }).observe(region, { childList: true, characterData: true, subtree: true });
  return heard;
}

/**
 * axe in the calendar: days out of sight are not laid out (`content-visibility`), and
 * axe measures targets by their layout, so the check runs with every day laid out.
 */
export async function expectCalendarAccessible(el: Calendar, context: string): Promise<void> {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('.day { content-visibility: visible !important; }');
  const root = el.shadowRoot!;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  try {
    await expectAccessible(el, context);
  } finally {
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
  }
}
