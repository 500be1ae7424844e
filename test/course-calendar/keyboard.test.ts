/**
 * A resident who only uses the keyboard, with real key presses (sendKeys):
 * into the month grid with one Tab stop, through the days with the arrows,
 * Home and End, to other months with PageUp and PageDown (announced), a day
 * opened with Enter, a course from it, and back; the same grid mirrored in
 * Arabic, where ArrowLeft goes forward.
 */
import { expect } from '@esm-bundle/chai';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { resetFeedStore } from '../../src/core/feed/store.js';
import { dayNumber, isoDay, weekdayOf } from '../../src/core/time/berlin.js';
import { cleanupFixtures } from '../helpers/fixture.js';
import { answerJson, mockUrl, PATIENT, useMsw } from '../helpers/msw.js';
import { calendarFeed, inDays, today } from '../fixtures/calendar-feed.js';
import { $, eventually, listenToAnnouncements, mountCalendar, textOf, type Calendar, expectCalendarAccessible } from './helpers.js';

useMsw();

let counter = 0;
const feedUrl = () => {
  const url = mockUrl(`/calendar-keys/${++counter}.json`);
  answerJson(url, calendarFeed());
  return url;
};

const focused = (el: Calendar) => el.shadowRoot!.activeElement as HTMLElement | null;
const focusedDay = (el: Calendar) => focused(el)?.dataset.day;
const describeFocus = (el: Calendar) => {
  const f = focused(el);
  return f ? `${f.localName}${f.id ? `#${f.id}` : ''}.${f.className} "${textOf(f).slice(0, 30)}"` : 'outside';
};
const shift = (days: number, from = today()) => isoDay(dayNumber(from) + days);
const month = (date: string) => date.slice(0, 7);

async function press(el: Calendar, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

async function tabTo(el: Calendar, match: (f: HTMLElement) => boolean, what: string, max = 60): Promise<HTMLElement> {
  for (let i = 0; i <= max; i++) {
    const f = focused(el);
    if (f && match(f)) return f;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Could not reach ${what} with Tab; focus is on ${describeFocus(el)}`);
}

describe('<lotse-course-calendar> with the keyboard only', () => {
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

  it('moves through the month grid, to other months and into a day and a course', async () => {
    await setViewport({ width: 1200, height: 900 });
    const el = await mountCalendar(`src="${feedUrl()}" no-url-sync view="month"`);
    before.focus();
    // One Tab stop for the whole grid: today.
    const cell = await tabTo(el, (f) => f.getAttribute('role') === 'gridcell', 'the grid');
    expect(cell.dataset.day).to.equal(today());
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.getAttribute('role'), 'Tab leaves the grid').to.not.equal('gridcell');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focusedDay(el), 'Shift+Tab comes back to the same day').to.equal(today());

    // Arrows by a day and a week, Home and End to the week's ends: within the month or into the next.
    await press(el, 'ArrowRight');
    expect(focusedDay(el)).to.equal(shift(1));
    await press(el, 'ArrowLeft');
    await press(el, 'ArrowDown');
    expect(focusedDay(el)).to.equal(shift(7));
    await press(el, 'ArrowUp');
    expect(focusedDay(el)).to.equal(today());
    await press(el, 'Home');
    const monday = shift(-weekdayOf(dayNumber(today())));
    expect(focusedDay(el)).to.equal(monday);
    await press(el, 'End');
    expect(focusedDay(el)).to.equal(shift(6, monday));
    expect($$cells(el).filter((c) => c.tabIndex === 0)).to.have.length(1);

    // PageDown: the same day a month on, announced; PageUp back.
    const start = focusedDay(el)!;
    const heard = listenToAnnouncements(el);
    await press(el, 'PageDown');
    const next = focusedDay(el)!;
    expect(month(next)).to.not.equal(month(start));
    expect(textOf($(el, '#month-heading'))).to.equal(new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month(next)}-15T12:00:00Z`)));
    const nextMonth = textOf($(el, '#month-heading'));
    await eventually(() => heard.some((text) => text.startsWith(nextMonth)), 'the new month announced');
    heard.length = 0;
    await press(el, 'PageUp');
    expect(focusedDay(el)).to.equal(start);
    const startMonth = textOf($(el, '#month-heading'));
    await eventually(() => heard.some((text) => text.startsWith(startMonth)), 'the month announced again');

    // To the party's day, Enter opens it; the list takes focus; a course opens and Back returns.
    while (focusedDay(el)! < inDays(6)) await press(el, 'ArrowRight');
    while (focusedDay(el)! > inDays(6)) await press(el, 'ArrowLeft');
    expect(focusedDay(el)).to.equal(inDays(6));
    await press(el, 'Enter');
    await eventually(() => focused(el)?.id === 'day-heading', 'the day list');
    expect(textOf($(el, '[part="day"]'))).to.include('Party at the youth centre');
    await expectCalendarAccessible(el, 'day opened with the keyboard');
    const course = await tabTo(el, (f) => f.matches('[part="day"] button.open'), 'the course in the day list');
    await press(el, 'Enter');
    await eventually(() => focused(el)?.id === 'detail-heading', 'the detail');
    await tabTo(el, (f) => f.matches('button.back'), 'back to the list');
    await press(el, 'Enter');
    await eventually(() => focused(el)?.dataset.key === course.dataset.key, 'the course in the day list again');
    // Back to the month from the day.
    await tabTo(el, (f) => f.matches('button.close-day'), 'back to the month');
    await press(el, 'Enter');
    await eventually(() => focusedDay(el) === inDays(6), 'the day in the grid again');
  });

  it('tells the open day from the day with focus: a tinted day with a bar, a ring all round', async () => {
    await setViewport({ width: 1200, height: 900 });
    const el = await mountCalendar(`src="${feedUrl()}" no-url-sync view="month"`);
    before.focus();
    await tabTo(el, (f) => f.getAttribute('role') === 'gridcell', 'the grid');
    await press(el, 'Enter');
    await eventually(() => focused(el)?.id === 'day-heading', 'the day list');
    const open = $(el, '[role="gridcell"][aria-selected="true"]')!;
    open.focus();
    await press(el, 'ArrowDown');
    const withFocus = focused(el)!;
    expect(withFocus.getAttribute('aria-selected')).to.equal('false');
    const [a, b] = [getComputedStyle(open), getComputedStyle(withFocus)];
    expect(a.backgroundColor, 'the open day is tinted').to.not.equal(b.backgroundColor);
    expect(a.boxShadow, 'the open day has its bar').to.not.equal('none');
    expect(a.outlineStyle, 'no ring on the open day').to.equal('none');
    expect(b.outlineStyle, 'the ring is focus').to.equal('solid');
  });

  it('keeps focus in the grid after “This month” and after the browser’s Back from a day', async () => {
    const url = location.pathname + location.search;
    for (let i = 0; i < 3; i++) history.pushState(null, '', url);
    try {
      const el = await mountCalendar(`src="${feedUrl()}" view="month"`);
      const active = () => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.day;
      $<HTMLButtonElement>(el, '.month-bar .next')!.click();
      await eventually(() => !!$(el, '.month-bar .today'), 'the next month');
      $<HTMLButtonElement>(el, '.month-bar .today')!.click();
      await eventually(() => active() === today(), `today focused, not ${describeFocus(el)}`);
      await sendKeys({ press: 'Enter' });
      await eventually(() => el.shadowRoot!.activeElement?.id === 'day-heading', 'the day opened');
      history.back();
      await eventually(() => !$(el, '[part="day"]') && active() === today(), `the day closed and its cell focused, not ${describeFocus(el)}`);
    } finally {
      history.replaceState(null, '', url);
    }
  });

  it('reads the arrows right to left in Arabic', async () => {
    document.documentElement.lang = 'ar';
    const el = await mountCalendar(`src="${feedUrl()}" no-url-sync view="month"`);
    before.focus();
    await tabTo(el, (f) => f.getAttribute('role') === 'gridcell', 'the grid');
    await press(el, 'ArrowLeft');
    expect(focusedDay(el), 'left is forward').to.equal(shift(1));
    await press(el, 'ArrowRight');
    await press(el, 'ArrowRight');
    expect(focusedDay(el), 'right is back').to.equal(shift(-1));
  });
});

function $$cells(el: Calendar): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="gridcell"]')];
}
