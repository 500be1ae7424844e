/**
 * <lotse-course-calendar>: agenda and month, courses shown once with their
 * pattern, filters with counts and presets, the detail with the course's
 * facts, events, deep links, .ics files out and in, subscriptions, feed
 * errors, another time zone, right to left; axe in every state.
 */
import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import { addMonths } from '../../src/components/course-calendar/calendar-data.js';
import { resetFeedStore } from '../../src/core/feed/store.js';
import { dayNumber, isoDay } from '../../src/core/time/berlin.js';
import { spyWarn } from '../helpers/console.js';
import { cleanupFixtures, fixture } from '../helpers/fixture.js';
import { expandWithIcalJs } from '../helpers/ical.js';
import { answerJson, answerRaw, answerStatus, mockUrl, PATIENT, useMsw } from '../helpers/msw.js';
import { nextEvent } from '../helpers/wait.js';
import { calendarFeed, inDays, mondayAfter, today } from '../fixtures/calendar-feed.js';
import { icsFixture, nearToday } from '../fixtures/ics.js';
import { $, $$, announced, checkbox, countOf, openGroups, eventually, lineTitles, mountCalendar, ready, search, seriesTitles, textOf, toggle, type Calendar, expectCalendarAccessible } from './helpers.js';

useMsw();

let counter = 0;
const feedUrl = (body: unknown = calendarFeed()) => {
  const url = mockUrl(`/calendar/${++counter}.json`);
  answerJson(url, body);
  return url;
};
const originalLang = document.documentElement.lang;
const original = location.href;

function column(width: number): HTMLElement {
  const box = document.createElement('div');
  box.style.inlineSize = `${width}px`;
  document.body.append(box);
  boxes.push(box);
  return box;
}
const boxes: HTMLElement[] = [];

/** Anchor clicks (the .ics downloads) instead of real downloads: their address and file name. */
function catchDownloads() {
  const clicks: { href: string; download: string }[] = [];
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    clicks.push({ href: this.href, download: this.download });
  };
  return { clicks, restore: () => (HTMLAnchorElement.prototype.click = click) };
}

/** The detail's facts, term by term. */
function factsOf(el: Calendar): Record<string, string> {
  const facts: Record<string, string> = {};
  for (const term of $$(el, '[part="detail"] dt')) facts[textOf(term)] = textOf(term.nextElementSibling);
  return facts;
}

describe('<lotse-course-calendar>', () => {
  beforeEach(() => {
    resetFeedStore(PATIENT);
    document.documentElement.lang = 'en';
  });
  afterEach(async () => {
    cleanupFixtures();
    boxes.splice(0).forEach((box) => box.remove());
    document.documentElement.lang = originalLang;
    history.replaceState(null, '', original);
    await setViewport({ width: 1024, height: 768 });
  });

  it('shows the agenda in a narrow widget and the month in a wide one, and leaves out offers without dates', async () => {
    const url = feedUrl();
    const narrow = await mountCalendar(`src="${url}" no-url-sync`, column(500));
    await eventually(() => !!$(narrow, '[part="agenda"]'), 'the agenda');
    expect(narrow.resultCount).to.equal(7);
    expect(textOf(narrow.shadowRoot!)).to.not.include('Migrationsberatung');
    await expectCalendarAccessible(narrow, 'agenda');
    const wide = await mountCalendar(`src="${url}" no-url-sync`, column(1000));
    await eventually(() => !!$(wide, '[part="month"]'), 'the month');
    await expectCalendarAccessible(wide, 'month');
    const chosen = await mountCalendar(`src="${url}" no-url-sync view="agenda"`, column(1000));
    expect($(chosen, '[part="agenda"]')).to.exist;
  });

  it('lists courses that run for weeks once, with their pattern, and every other date by day', async () => {
    const el = await mountCalendar(`src="${feedUrl()}" no-url-sync view="agenda"`);
    expect(seriesTitles(el)).to.have.members(['Integration course with childcare', 'Evening integration course', 'Literacy course']);
    const childcare = $$(el, '.series-list .course').find((c) => textOf(c).includes('childcare'))!;
    const pattern = textOf(childcare.querySelector('.pattern'));
    expect(pattern).to.match(/^Mon, Tue, Wed, (and )?Thu 8:30\s?AM\s?–\s?12:15\s?PM, /);
    expect(pattern).to.include('40 sessions');
    expect(pattern).to.include('(Easter holidays)');
    // Single dates by day: the festival, the party, the network meeting; the cancelled evening on its day, with its note.
    const lines = lineTitles(el);
    expect(lines).to.include.members(['Festival of cultures', 'Party at the youth centre', 'Integration network meeting', 'Information evening: recognition', 'Evening integration course']);
    const cancelled = $$(el, '.session.cancelled').find((l) => textOf(l).includes('Evening integration course'))!;
    expect(textOf(cancelled)).to.include('Cancelled').and.to.include('Cancelled: teacher ill');
    const moved = $$(el, '.session.moved')[0];
    expect(textOf(moved)).to.include('Moved from').and.to.include('In the hall');
    // Days in order, today's marked.
    const days = $$(el, '.day h3').map((h) => textOf(h));
    expect(days.length).to.be.greaterThan(3);
    expect($$(el, '.day').map((d) => d.getAttribute('aria-labelledby'))).to.deep.equal([...$$(el, '.day').map((d) => d.getAttribute('aria-labelledby'))].sort());
    await expectCalendarAccessible(el, 'agenda by day');
    // By week, and further ahead.
    $$<HTMLButtonElement>(el, '.toolbar .views button').find((b) => textOf(b) === 'By week')!.click();
    await el.updateComplete;
    expect(textOf($(el, '.day h3'))).to.match(/^Week from /);
    const dates = el.shadowRoot!.querySelectorAll('.session').length;
    $<HTMLButtonElement>(el, 'button.more')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.session').length).to.be.greaterThan(dates);
    expect(textOf($(el, '#results-heading'))).to.include('in the next 16 weeks');
    await expectCalendarAccessible(el, 'agenda by week');
  });

  it('shows the month as a grid from Monday, today marked, dates on their days, a festival on each of its days', async () => {
    const el = await mountCalendar(`src="${feedUrl()}" no-url-sync view="month"`);
    const grid = $(el, '[role="grid"]')!;
    expect(grid.getAttribute('aria-labelledby')).to.equal('month-heading');
    expect(textOf($(el, '[role="columnheader"] .visually-hidden'))).to.equal('Monday');
    const cells = $$(el, '[role="gridcell"]');
    expect(cells).to.have.length(42);
    expect(cells.filter((c) => c.tabIndex === 0)).to.have.length(1);
    const todayCell = $(el, '[aria-current="date"]')!;
    expect(todayCell.dataset.day).to.equal(today());
    expect(todayCell.tabIndex).to.equal(0);
    // The festival runs three days; the party past midnight is on its first day only.
    const festival = cells.filter((c) => textOf(c).includes('Festival of cultures')).map((c) => c.dataset.day);
    const month = today().slice(0, 7);
    const expected = [inDays(10), inDays(11), inDays(12)].filter((d) => cells.some((c) => c.dataset.day === d));
    expect(festival).to.deep.equal(expected);
    if (inDays(7).slice(0, 7) === month || cells.some((c) => c.dataset.day === inDays(7))) {
      expect(textOf(cells.find((c) => c.dataset.day === inDays(7)))).to.not.include('Party');
    }
    expect(textOf(cells.find((c) => c.dataset.day === inDays(6)))).to.include('Party at the youth centre');
    // A day opens with its dates; the grid says which is open.
    cells.find((c) => c.dataset.day === inDays(6))!.click();
    await el.updateComplete;
    await eventually(() => el.shadowRoot!.activeElement?.id === 'day-heading', 'focus on the day');
    expect(textOf($(el, '[part="day"]'))).to.include('Party at the youth centre');
    expect($(el, `[data-day="${inDays(6)}"]`)!.getAttribute('aria-selected')).to.equal('true');
    await expectCalendarAccessible(el, 'month with a day open');
    // Next month by the button: announced, the month heading follows.
    $<HTMLButtonElement>(el, '.month-bar .next')!.click();
    await el.updateComplete;
    await eventually(() => /: \d+ dates?$/.test(announced(el)), 'the month announced');
    expect(announced(el)).to.include(textOf($(el, '#month-heading')));
  });

  it('announces the month in the reader’s language (the words are made before the grid is drawn)', async () => {
    document.documentElement.lang = 'de';
    try {
      const el = await mountCalendar(`src="${feedUrl()}" no-url-sync view="month"`);
      $<HTMLButtonElement>(el, '.month-bar .next')!.click();
      await eventually(() => /: \d+ Termine?$/.test(announced(el)), `the month announced in German, not "${announced(el)}"`);
      expect(announced(el)).to.include(textOf($(el, '#month-heading')));
    } finally {
      document.documentElement.lang = 'en';
    }
  });

  it('filters by type, level, time of day, start, places and town, with counts, and keeps the filters across views', async () => {
    const el = await mountCalendar(`src="${feedUrl()}" no-url-sync view="agenda"`);
    await openGroups(el);
    expect(countOf(el, 'types', 'integration')).to.equal(2);
    expect(countOf(el, 'levels', 'a0')).to.equal(1);
    expect(countOf(el, 'times', 'evening')).to.equal(4);
    expect(countOf(el, 'times', 'weekend')).to.be.at.least(1);
    expect(countOf(el, 'starts', '2')).to.equal(3);
    // Places free: not the full literacy course, not the cancelled evening.
    expect(countOf(el, 'features', 'seats')).to.equal(5);
    await toggle(el, 'types', 'integration');
    expect(el.resultCount).to.equal(2);
    await toggle(el, 'levels', 'a1');
    expect(el.resultCount).to.equal(1);
    expect(seriesTitles(el)).to.deep.equal(['Integration course with childcare']);
    await expectCalendarAccessible(el, 'filtered');
    $$<HTMLButtonElement>(el, '.toolbar .views button').find((b) => textOf(b) === 'Month')!.click();
    await el.updateComplete;
    expect($(el, '[part="month"]')).to.exist;
    expect(el.resultCount).to.equal(1);
    expect(checkbox(el, 'levels', 'a1')!.checked).to.equal(true);
    expect(el.filters).to.include({ view: 'month' });
    expect(el.filters.types).to.deep.equal(['integration']);
    await search(el, 'Kinderbetreuung');
    await eventually(() => el.resultCount === 1, 'search and filters together');
    await search(el, 'Abend');
    await eventually(() => el.resultCount === 0, 'the evening course is not A1');
  });

  it('takes presets from attributes and locks them', async () => {
    const warnings = spyWarn();
    try {
      const el = await mountCalendar(`src="${feedUrl()}" no-url-sync view="agenda" types="integration,literacy" levels="A0" locked-filters="types"`);
      expect(el.resultCount).to.equal(1);
      expect(checkbox(el, 'types', 'integration'), 'a locked facet is not offered').to.equal(undefined);
      expect(checkbox(el, 'levels', 'a0')!.checked).to.equal(true);
      $<HTMLButtonElement>(el, 'button.clear')!.click();
      await el.updateComplete;
      expect(el.resultCount).to.equal(3);
      const wrong = await mountCalendar(`src="${feedUrl()}" no-url-sync levels="Z9" view="weekly" weeks-ahead="99"`);
      expect(wrong.resultCount).to.equal(7);
      expect(warnings.calls.join('\n')).to.include('levels="z9" is not valid').and.to.include('view="weekly" is not valid').and.to.include('weeks-ahead="99" is not valid');
    } finally {
      warnings.restore();
    }
  });

  it('opens a course with its facts, next dates and changes, and goes back to where it was', async () => {
    const el = await mountCalendar(`src="${feedUrl()}" no-url-sync view="agenda"`);
    const selected = nextEvent<CustomEvent>(el, 'lotse-course-select');
    $$<HTMLButtonElement>(el, '.series-list button.open').find((b) => textOf(b).includes('childcare'))!.click();
    expect((await selected).detail.key).to.equal('ik-kinderbetreuung');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('detail-heading');
    const facts = factsOf(el);
    expect(facts).to.include({ 'Type of course': 'Integration course', Sessions: '40', Places: 'Only 2 places left', 'Language level': 'A1–B1', Childcare: 'Childcare available' });
    expect(facts.Registration).to.match(/^Registration required by .* Register online/);
    expect(facts['First session']).to.match(/^Mon, /);
    expect(facts.Dates).to.include('Easter holidays');
    expect(facts, 'places said once').to.not.have.property('Places left');
    expect($$(el, '.sessions-of .session')).to.have.length(12);
    const register = $$<HTMLAnchorElement>(el, '[part="detail"] a').find((a) => textOf(a) === 'Register online')!;
    expect(register.href).to.equal('https://vhs.example/anmeldung');
    expect(register.rel).to.include('noreferrer');
    await expectCalendarAccessible(el, 'detail');
    $<HTMLButtonElement>(el, 'button.back')!.click();
    await el.updateComplete;
    await eventually(() => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.key === 'ik-kinderbetreuung', 'focus back on the course');

    $$<HTMLButtonElement>(el, '.series-list button.open').find((b) => textOf(b) === 'Literacy course')!.click();
    await el.updateComplete;
    expect(factsOf(el)).to.include({ Status: 'Fully booked', Places: 'Fully booked – waiting list open' });
    $<HTMLButtonElement>(el, 'button.back')!.click();
    await el.updateComplete;
    $$<HTMLButtonElement>(el, '.series-list button.open').find((b) => textOf(b) === 'Evening integration course')!.click();
    await el.updateComplete;
    const next = $$(el, '.sessions-of .session').map((l) => textOf(l));
    expect(next.some((l) => l.includes('Cancelled') && l.includes('teacher ill'))).to.equal(true);
    expect(next.some((l) => l.includes('Moved from'))).to.equal(true);
  });

  it('keeps view, month and the open course in the URL, and Back closes the course', async () => {
    history.replaceState(null, '', `${location.pathname}?lotse-view=month&lotse-month=2027-03&lotse-types=literacy`);
    const el = await mountCalendar(`src="${feedUrl()}"`);
    expect($(el, '[part="month"]')).to.exist;
    expect(textOf($(el, '#month-heading'))).to.equal('March 2027');
    expect(el.resultCount).to.equal(1);
    $<HTMLButtonElement>(el, '.month-bar .next')!.click();
    await eventually(() => new URL(location.href).searchParams.get('lotse-month') === '2027-04', 'the month in the URL');
    $$<HTMLButtonElement>(el, '.toolbar .views button').find((b) => textOf(b) === 'List')!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, 'button.open')!.click();
    await el.updateComplete;
    expect(new URL(location.href).searchParams.get('lotse-course')).to.equal('alpha');
    history.back();
    await eventually(() => !$(el, '[part="detail"]'), 'the list after Back');
    await eventually(() => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.key === 'alpha', 'focus on the course again');
    // A link to a course that is gone: said, and the list shown.
    history.replaceState(null, '', `${location.pathname}?lotse-course=gibt-es-nicht`);
    const missing = await mountCalendar(`src="${feedUrl()}"`);
    expect(textOf($(missing, '[part="notice"]'))).to.include('no longer available');
  });

  it('fires lotse-filter-change and lotse-results-change when the resident filters', async () => {
    const el = await mountCalendar(`src="${feedUrl()}" no-url-sync view="agenda"`);
    const change = nextEvent<CustomEvent>(el, 'lotse-filter-change');
    const results = nextEvent<CustomEvent>(el, 'lotse-results-change');
    await toggle(el, 'types', 'festival');
    expect((await change).detail.types).to.deep.equal(['festival']);
    expect((await results).detail).to.deep.equal({ total: 1 });
    await eventually(() => announced(el).startsWith('1 course or event'), 'the count announced');
  });

  it('names the filter that excludes the most when nothing matches', async () => {
    const el = await mountCalendar(`src="${feedUrl()}" no-url-sync view="month"`);
    await toggle(el, 'types', 'literacy');
    await search(el, 'Festival');
    await eventually(() => el.resultCount === 0, 'nothing to show');
    const empty = textOf($(el, '[part="empty"]'));
    expect(empty).to.include('The filter “Type of course: \u2068Literacy course\u2069” excludes the most: without it, 1 would be shown.');
    await expectCalendarAccessible(el, 'empty');
    $<HTMLButtonElement>(el, '[part="empty"] button')!.click();
    await el.updateComplete;
    expect(el.resultCount).to.be.greaterThan(0);
  });

  it('downloads one course and the filtered list as .ics files that ical.js reads back', async () => {
    const downloads = catchDownloads();
    try {
      const el = await mountCalendar(`src="${feedUrl()}" no-url-sync view="agenda"`);
      // The count is announced once the filter settles; the downloads are announced after it.
      const settled = nextEvent(el, 'lotse-results-change');
      await toggle(el, 'types', 'integration');
      await settled;
      $<HTMLButtonElement>(el, '.toolbar button.download')!.click();
      await eventually(() => downloads.clicks.length === 1, 'the list download');
      expect(downloads.clicks[0].href).to.match(/^blob:/);
      expect(downloads.clicks[0].download).to.equal('Courses-and-events.ics');
      const list = await (await fetch(downloads.clicks[0].href)).text();
      const events = new ICAL.Component(ICAL.parse(list)).getAllSubcomponents('vevent');
      expect(new Set(events.map((e) => e.getFirstPropertyValue('uid')))).to.deep.equal(new Set(['ik-kinderbetreuung@musterland.feeds.lotse.test', 'abendkurs@musterland.feeds.lotse.test']));
      const sessions = expandWithIcalJs(list, today(), inDays(60));
      expect(sessions.some((s) => s.status === 'cancelled' && s.description === 'Cancelled: teacher ill')).to.equal(true);

      $$<HTMLButtonElement>(el, '.series-list button.open').find((b) => textOf(b).includes('childcare'))!.click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, '.sessions-of button.download')!.click();
      await eventually(() => downloads.clicks.length === 2, 'the course download');
      expect(downloads.clicks[1].download).to.equal('Integration-course-with-childcare.ics');
      const course = await (await fetch(downloads.clicks[1].href)).text();
      expect(course).to.include('RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH;WKST=MO;UNTIL=');
      expect(expandWithIcalJs(course, '2000-01-01', '2100-01-01')).to.have.length(40);
      await eventually(() => announced(el).includes('calendar file'), 'the download announced');
    } finally {
      downloads.restore();
    }
  });

  it('names the list’s file and calendar in the element’s language, and shows a session over several days from its first day to its last', async () => {
    const feed = calendarFeed();
    (feed.offers as Record<string, unknown>[]).push({
      id: 'camp',
      kind: 'event',
      title: 'Camp',
      // From 18:00 to 12:00 three days later: not one night past midnight.
      schedule: { dates: [{ date: inDays(2), start: '18:00', endDate: inDays(5), end: '12:00' }] },
      verified: '2026-11-01',
    });
    const el = await mountCalendar(`src="${feedUrl(feed)}" no-url-sync view="agenda" lang="de"`);
    const downloads = catchDownloads();
    try {
      $<HTMLButtonElement>(el, '.toolbar button.download')!.click();
      await eventually(() => downloads.clicks.length === 1, 'the list download');
      expect(downloads.clicks[0].download).to.equal('Kurse-und-Termine.ics');
      expect(await (await fetch(downloads.clicks[0].href)).text()).to.include('X-WR-CALNAME:Kurse und Termine');
    } finally {
      downloads.restore();
    }
    const camp = $$(el, '.session').find((line) => textOf(line).includes('Camp'))!;
    const last = new Intl.DateTimeFormat('de', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${inDays(5)}T12:00:00Z`));
    expect(textOf(camp.querySelector('.when'))).to.include(`bis ${last}`);
    $$<HTMLButtonElement>(el, 'button.open').find((b) => textOf(b) === 'Camp')!.click();
    await el.updateComplete;
    expect(factsOf(el)['Nächster Termin']).to.match(/18:00 – .*12:00$/);
  });

  it('offers the feed’s calendars to subscribe to, the third-party links labelled as such', async () => {
    const el = await mountCalendar(`src="${feedUrl()}" no-url-sync view="agenda"`);
    const section = $(el, '[part="subscribe"]')!;
    const links = [...section.querySelectorAll<HTMLAnchorElement>('a')];
    const byText = (text: string) => links.find((a) => textOf(a).startsWith(text))!;
    expect(byText('Subscribe in your calendar app').getAttribute('href')).to.equal('webcal://kreis.example/kalender/deutschkurse.ics');
    expect(byText('Google Calendar (opens google.com)').href).to.equal('https://calendar.google.com/calendar/render?cid=webcal%3A%2F%2Fkreis.example%2Fkalender%2Fdeutschkurse.ics');
    expect(byText('Outlook (opens outlook.com)').href).to.include('https://outlook.live.com/calendar/0/addfromweb?url=https%3A%2F%2Fkreis.example%2Fkalender%2Fdeutschkurse.ics');
    for (const link of links) expect(link.rel).to.include('noreferrer');
    // Nothing from those hosts is on the page: no images, no frames, no scripts.
    expect(section.querySelectorAll('img, iframe, script, link')).to.have.length(0);
    (section as HTMLDetailsElement).open = true;
    await expectCalendarAccessible(el, 'subscribe');
  });

  it('shows an error with "Try again" when the feed fails', async () => {
    const url = mockUrl(`/calendar/${++counter}-missing.json`);
    answerStatus(url, 404);
    const el = await fixture<Calendar>(`<lotse-course-calendar src="${url}" no-url-sync></lotse-course-calendar>`);
    await eventually(() => !!$(el, '[part="error"] button'), 'the error state');
    await expectCalendarAccessible(el, 'error');
  });

  it('shows the times of a feed in another time zone in Berlin time, in the list and in the detail', async () => {
    const feed = calendarFeed();
    feed.timeZone = 'America/New_York';
    (feed.offers as Record<string, unknown>[]).splice(0, (feed.offers as unknown[]).length, {
      id: 'webinar',
      kind: 'event',
      title: 'Webinar',
      schedule: { start: inDays(3), startTime: '12:00', endTime: '13:00' },
      verified: '2026-11-01',
    }, {
      id: 'late-course',
      kind: 'course',
      title: 'Late course',
      // 22:00 in New York is the next morning in Berlin: six sessions from Thursday to Saturday nights.
      schedule: { start: inDays(3), startTime: '22:00', endTime: '23:00', weekly: { days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] }, count: 6 },
      verified: '2026-11-01',
    });
    const el = await mountCalendar(`src="${feedUrl(feed)}" no-url-sync view="agenda"`);
    const line = textOf($$(el, '.session').find((l) => textOf(l).includes('Webinar'))!.querySelector('.when'));
    // Noon in New York is 18:00 in Berlin, or 17:00 in the weeks when only one of them is on summer time.
    const berlin = /(5|6):00\s?PM\s?–\s?(6|7):00\s?PM/;
    expect(line).to.match(berlin);
    $$<HTMLButtonElement>(el, 'button.open').find((b) => textOf(b) === 'Webinar')!.click();
    await el.updateComplete;
    expect(factsOf(el)['Next date']).to.match(berlin);

    $<HTMLButtonElement>(el, 'button.back')!.click();
    await el.updateComplete;
    $$<HTMLButtonElement>(el, 'button.open').find((b) => textOf(b) === 'Late course')!.click();
    await el.updateComplete;
    const facts = factsOf(el);
    // All six sessions, the last one too, though it falls on the day after the feed's last day in Berlin.
    expect(facts.Sessions).to.equal('6');
    expect(facts['First session']).to.match(/(3|4):00\s?AM/);
    // The rule's own times are the feed's, and say so.
    expect(facts.Dates).to.match(/10:00\s?PM–11:00\s?PM/);
    expect(facts.Dates).to.match(/Eastern/);
  });

  it('shows the events of an .ics file beside the feed’s, and reports its blank line to staff', async () => {
    const ics = mockUrl(`/calendar/${++counter}/termine.ics`);
    answerRaw(ics, nearToday(await icsFixture('blank-line'), today()), 'text/calendar');
    const el = await mountCalendar(`src="${feedUrl()} ${ics}" no-url-sync view="agenda" weeks-ahead="3"`);
    expect(el.resultCount).to.equal(10);
    expect(lineTitles(el)).to.include.members(['Termin vor der Leerzeile', 'Termin nach der Leerzeile', 'Letzter Termin']);
    await import('../../src/components/feed-info/define.js');
    const info = await fixture<Calendar>(`<lotse-feed-info src="${ics}"></lotse-feed-info>`);
    await eventually(() => textOf(info.shadowRoot!).includes('line 30'), 'the blank line in the staff view');
    const text = textOf(info.shadowRoot!);
    expect(text).to.include('A blank line is not allowed in an iCalendar file');
    expect(text).to.include('line 38');
    expect(text).to.include('This event could not be read');
    await expectCalendarAccessible(info, 'feed-info with an .ics file');
  });

  it('opens a linked day of another month though the link names no month (a day of this month, shared and opened later)', async () => {
    const day = `${addMonths(today().slice(0, 7), -2)}-10`;
    history.replaceState(null, '', `${location.pathname}?lotse-view=month&lotse-day=${day}`);
    const el = await mountCalendar(`src="${feedUrl()}"`);
    expect(textOf($(el, '#month-heading'))).to.equal(new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`)));
    expect($(el, '[part="day"]'), 'the day’s list').not.to.equal(null);
    history.replaceState(null, '', original);
  });

  it('tells the webmaster when two widgets on a page would share the address’s parameters, and not when one has an id', async () => {
    const spy = spyWarn();
    try {
      await mountCalendar(`src="${feedUrl()}" view="agenda"`);
      await mountCalendar(`src="${feedUrl()}" view="month"`);
      const shared = () => spy.calls.filter((c) => c.includes('same address parameters'));
      expect(shared()).to.have.length(1);
      expect(shared()[0]).to.include('(lotse-…)').and.include('id=');
      await mountCalendar(`src="${feedUrl()}" id="kurse"`);
      expect(shared()).to.have.length(1);
      cleanupFixtures();
      // no-url-sync set as a property before the element is defined (as a framework or a lazy import does): no warning.
      const tag = `lotse-late-calendar-${Math.random().toString(36).slice(2)}`;
      const late = [document.createElement(tag), document.createElement(tag)];
      for (const el of late) {
        (el as unknown as { noUrlSync: boolean }).noUrlSync = true;
        document.body.append(el);
      }
      customElements.define(tag, class extends (customElements.get('lotse-course-calendar') as CustomElementConstructor) {});
      await Promise.all(late.map((el) => (el as unknown as Calendar).updateComplete));
      late.forEach((el) => el.remove());
      expect(shared()).to.have.length(1);
    } finally {
      spy.restore();
      history.replaceState(null, '', original);
    }
  });

  it('ignores a crafted month or day in the link: the grid stays usable with the keyboard', async () => {
    history.replaceState(null, '', `${location.pathname}?lotse-view=month&lotse-month=0000-01&lotse-day=2026-02-30`);
    const el = await mountCalendar(`src="${feedUrl()}"`);
    expect(textOf($(el, '#month-heading'))).to.equal(new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${today().slice(0, 7)}-15T12:00:00Z`)));
    expect($$(el, '[role="gridcell"][tabindex="0"]')).to.have.length(1);
    expect($(el, '[part="day"]'), 'no list for 30 February').to.equal(null);
    history.replaceState(null, '', original);
  });

  it('mirrors the grid right to left in Arabic, with the digits the locale uses', async () => {
    document.documentElement.lang = 'ar-EG';
    const el = await mountCalendar(`src="${feedUrl()}" no-url-sync view="month"`);
    await eventually(() => $(el, '.base')?.getAttribute('dir') === 'rtl', 'right to left');
    const cells = $$(el, '[role="gridcell"]');
    expect(cells[0].getBoundingClientRect().left).to.be.greaterThan(cells[6].getBoundingClientRect().left);
    // Egyptian Arabic writes Arabic-Indic digits, as Intl says.
    expect(new Intl.NumberFormat('ar-EG').format(7)).to.equal('٧');
    expect(textOf($(el, '[aria-current="date"] .number'))).to.match(/^[٠-٩]+$/);
    expect(textOf($(el, '#month-heading'))).to.match(/[٠-٩]{4}/);
    await expectCalendarAccessible(el, 'month, ar');
    $$<HTMLButtonElement>(el, '.toolbar .views button')[0].click();
    await el.updateComplete;
    await expectCalendarAccessible(el, 'agenda, ar');
    $<HTMLButtonElement>(el, 'button.open')!.click();
    await el.updateComplete;
    await expectCalendarAccessible(el, 'detail, ar');
    document.documentElement.lang = 'de';
    const german = await mountCalendar(`src="${feedUrl()}" no-url-sync view="month"`);
    await eventually(() => textOf($(german, '[role="columnheader"] .visually-hidden')) === 'Montag', 'German weekdays');
    await expectCalendarAccessible(german, 'month, de');
    await ready(german);
  });

  it('draws a long agenda over several tasks, the first lines at once, and every line in the end', async () => {
    const feed = calendarFeed();
    feed.offers = Array.from({ length: 300 }, (_, i) => ({
      id: `e${i}`,
      kind: 'event',
      title: `Termin ${i}`,
      schedule: { dates: [{ date: inDays(i % 50), start: `${String(8 + (i % 12)).padStart(2, '0')}:00` }] },
      verified: '2026-11-01',
    }));
    const url = feedUrl(feed);
    const counts: number[] = [];
    const el = document.createElement('lotse-course-calendar') as Calendar;
    el.setAttribute('src', url);
    el.setAttribute('no-url-sync', '');
    el.setAttribute('view', 'agenda');
    const watch = new MutationObserver(() => counts.push(el.shadowRoot!.querySelectorAll('.session').length));
    document.body.append(el);
    watch.observe(el.shadowRoot!, { childList: true, subtree: true });
    try {
      await ready(el);
      expect($$(el, '.session')).to.have.length(300);
      const first = counts.find((n) => n > 0)!;
      expect(first, 'the first update draws a part').to.be.within(1, 100);
      expect(new Set(counts.filter((n) => n > 0)).size, 'in several steps').to.be.greaterThan(2);
    } finally {
      watch.disconnect();
      el.remove();
    }
  });

  it('tells the weeks of a long course from a few dates: fewer than four sessions are lines', async () => {
    const feed = calendarFeed();
    const offers = feed.offers as Record<string, unknown>[];
    offers.splice(0, offers.length, {
      id: 'kurz',
      kind: 'course',
      title: 'Kurzkurs',
      schedule: { start: mondayAfter(1), count: 3, startTime: '10:00', weekly: { days: ['mo'] } },
      verified: '2026-11-01',
    });
    const el = await mountCalendar(`src="${feedUrl(feed)}" no-url-sync view="agenda"`);
    expect(seriesTitles(el)).to.deep.equal([]);
    expect(lineTitles(el)).to.deep.equal(['Kurzkurs', 'Kurzkurs', 'Kurzkurs']);
    expect($$(el, '.day h3').map((h) => h.id)).to.deep.equal([0, 7, 14].map((d) => `g-${isoDay(dayNumber(mondayAfter(1)) + d)}`));
  });
});
