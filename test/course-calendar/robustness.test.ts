/**
 * Hostile feed text in every field the calendar shows (titles, notes of
 * days off, cancelled and moved sessions and extra dates, registration
 * notes, calendar labels, place names), hostile deep links and attributes:
 * all of it rendered as text, in the agenda, the month, the detail and the
 * .ics file, and nothing runs.
 */
import { expect } from '@esm-bundle/chai';
import { resetFeedStore } from '../../src/core/feed/store.js';
import { dayNumber, isoDay } from '../../src/core/time/berlin.js';
import { spyWarn } from '../helpers/console.js';
import { cleanupFixtures } from '../helpers/fixture.js';
import { expectNoExecution, findExecutableMarkup, HOSTILE_STRINGS, HOSTILE_VALID_URLS, hostileFeed, resetExecutionFlag } from '../helpers/hostile-strings.js';
import { expandWithIcalJs } from '../helpers/ical.js';
import { answerJson, mockUrl, PATIENT, useMsw } from '../helpers/msw.js';
import { calendarFeed, inDays, mondayAfter, today } from '../fixtures/calendar-feed.js';
import { $, $$, eventually, mountCalendar, textOf, expectCalendarAccessible } from './helpers.js';

useMsw();

let counter = 0;
const feedUrl = (body: unknown) => {
  const url = mockUrl(`/calendar-robust/${++counter}.json`);
  answerJson(url, body);
  return url;
};
const original = location.href;
const squeeze = (value: string) => value.replace(/\s+/g, ' ');

/** The hostile feed, its offers given schedules near today with hostile notes everywhere a schedule has text. */
function hostileCalendarFeed(): Record<string, unknown> {
  const feed = hostileFeed();
  const values = HOSTILE_STRINGS.map((s) => s.value);
  const offers = feed.offers as Record<string, unknown>[];
  offers.forEach((offer, i) => {
    const note = values[(i + 3) % values.length];
    const start = mondayAfter(-7);
    offer.schedule =
      i % 3 === 0
        ? {
            start,
            count: 12,
            startTime: '18:00',
            endTime: '19:30',
            weekly: { days: ['mo', 'th'] },
            except: [{ from: isoDay(dayNumber(start) + 14), to: isoDay(dayNumber(start) + 20), note }],
            changes: [
              { date: isoDay(dayNumber(start) + 7), cancelled: true, note },
              { date: isoDay(dayNumber(start) + 10), newDate: isoDay(dayNumber(start) + 11), note: values[(i + 5) % values.length] },
            ],
            seats: 10,
            seatsLeft: 1,
          }
        : i % 3 === 1
          ? { dates: [{ date: inDays(i % 20), start: '20:00', end: '02:00', note }], registrationDeadline: inDays(1) }
          : { start: inDays(i % 25), startTime: '10:00', monthly: { weekday: 'sa', week: 'last' } };
    offer.registration = { required: true, url: HOSTILE_VALID_URLS[i % HOSTILE_VALID_URLS.length], note };
  });
  feed.calendars = HOSTILE_VALID_URLS.map((url, i) => ({ id: `cal-${i}`, label: values[i], url }));
  return feed;
}

describe('<lotse-course-calendar> with hostile feed text', () => {
  beforeEach(() => {
    resetFeedStore(PATIENT);
    resetExecutionFlag();
    document.documentElement.lang = 'de';
  });
  afterEach(() => {
    cleanupFixtures();
    history.replaceState(null, '', original);
  });

  it('says that no courses or events are listed when the feed has none', async () => {
    document.documentElement.lang = 'en';
    const el = await mountCalendar(`src="${feedUrl({ ...calendarFeed(), offers: [] })}" no-url-sync`);
    expect(textOf($(el, '[part="empty"]'))).to.equal('No courses or events are listed at the moment.');
    await expectCalendarAccessible(el, 'a feed without courses');
  });

  it('gives subscription links the address as the browser reads it: look-alike hosts in punycode, direction controls encoded, impossible ports left out', async () => {
    const calendars = [
      { id: 'a', label: 'Apple', url: 'https://\u0430pple.com/kurse.ics' },
      { id: 'b', label: 'Reversed', url: 'https://a.example/\u202Egnp.ics' },
      { id: 'c', label: 'Port', url: 'https://evil.example:99999/k.ics' },
      { id: 'd', label: 'Encoded', url: 'https://%65vil.example/k.ics' },
    ];
    const el = await mountCalendar(`src="${feedUrl({ ...calendarFeed(), calendars })}" no-url-sync lang="en"`);
    const downloads = $$<HTMLAnchorElement>(el, '[part="subscribe"] a').filter((a) => a.textContent!.includes('.ics')).map((a) => a.getAttribute('href'));
    expect(downloads).to.deep.equal(['https://xn--pple-43d.com/kurse.ics', 'https://a.example/%E2%80%AEgnp.ics', 'https://evil.example/k.ics']);
    expect(textOf($(el, '[part="subscribe"]'))).to.not.include('Port');
  });

  it('renders every hostile string in agenda, month and subscriptions as text and runs none', async () => {
    const el = await mountCalendar(`src="${feedUrl(hostileCalendarFeed())}" no-url-sync view="agenda" weeks-ahead="8"`);
    const agenda = squeeze(textOf($(el, '[part="agenda"]')));
    for (const { name, value } of HOSTILE_STRINGS) expect(agenda.includes(squeeze(value).trim()), name).to.equal(true);
    const subscribe = $(el, '[part="subscribe"]')!;
    for (const link of subscribe.querySelectorAll('a')) expect(link.getAttribute('href')).to.match(/^(https:|webcal:)/);
    await expectCalendarAccessible(el, 'hostile agenda');
    $$<HTMLButtonElement>(el, '.toolbar .views button')[1].click();
    await el.updateComplete;
    expect($$(el, '[role="gridcell"]')).to.have.length(42);
    expect(findExecutableMarkup(el.shadowRoot)).to.deep.equal([]);
    await expectCalendarAccessible(el, 'hostile month');
    await expectNoExecution(el.shadowRoot);
  });

  it('opens every course inertly, with only safe links, and writes every hostile string into the .ics file as text', async () => {
    const el = await mountCalendar(`src="${feedUrl(hostileCalendarFeed())}" no-url-sync view="agenda" weeks-ahead="8"`);
    const keys = [...new Set($$<HTMLButtonElement>(el, 'button.open').map((b) => b.dataset.key!))];
    expect(keys.length).to.be.greaterThan(30);
    for (const key of keys) {
      $<HTMLButtonElement>(el, `button.open[data-key="${CSS.escape(key)}"]`)!.click();
      await el.updateComplete;
      const detail = $(el, '[part="detail"]')!;
      for (const link of detail.querySelectorAll('a')) expect(link.getAttribute('href'), `link in ${key}`).to.match(/^(https?:|tel:|mailto:)/);
      expect(findExecutableMarkup(el.shadowRoot), `markup in ${key}`).to.deep.equal([]);
      $<HTMLButtonElement>(el, 'button.back')!.click();
      await el.updateComplete;
    }
    await expectNoExecution(el.shadowRoot);
    // The list as a file: ical.js reads back every session, each title as the feed wrote it (minus what iCalendar cannot carry).
    const clicks: string[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicks.push(this.href);
    };
    try {
      $<HTMLButtonElement>(el, '.toolbar button.download')!.click();
      await eventually(() => clicks.length === 1, 'the download');
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    const text = await (await fetch(clicks[0])).text();
    const summaries = new Set(expandWithIcalJs(text, isoDay(dayNumber(today()) - 30), inDays(200)).map((s) => s.summary));
    for (const { name, value } of HOSTILE_STRINGS.filter((s) => !/control|NUL|surrogates|separators/.test(s.name))) {
      expect([...summaries].some((summary) => summary.includes(value)), name).to.equal(true);
    }
  });

  it('says that a course\'s dates could not be read when its timetable was left out, and offers no empty calendar file', async () => {
    const feed = calendarFeed() as { offers: { id: string; schedule?: Record<string, unknown> }[] };
    // 30 February: the whole timetable is left out (a holiday missing would show a wrong day).
    feed.offers.find((o) => o.id === 'alpha')!.schedule!.except = ['2027-02-30'];
    document.documentElement.lang = 'en';
    const warnings = spyWarn();
    try {
      history.replaceState(null, '', `${location.pathname}?lotse-course=alpha`);
      const el = await mountCalendar(`src="${feedUrl(feed)}"`);
      expect(textOf($(el, '#detail-heading'))).to.equal('Literacy course');
      expect(textOf($(el, '.sessions-of'))).to.include('The dates could not be read. Please ask the provider.');
      expect(textOf($(el, '.sessions-of'))).to.not.include('No more dates');
      expect($(el, '.sessions-of .download')).to.equal(null);
      // A course whose dates simply ended still says so.
      history.replaceState(null, '', `${location.pathname}?lotse-course=alpha`);
      const ended = calendarFeed() as { offers: { id: string; schedule?: Record<string, unknown> }[] };
      ended.offers.find((o) => o.id === 'alpha')!.schedule = { start: inDays(-30), end: inDays(-2), weekly: { days: ['tu'] } };
      const past = await mountCalendar(`src="${feedUrl(ended)}"`);
      expect(textOf($(past, '.sessions-of'))).to.include('No more dates are planned.');
      expect($(past, '.sessions-of .download')).to.not.equal(null);
    } finally {
      warnings.restore();
    }
  });

  it('takes hostile deep links and attributes as plain values', async () => {
    const warnings = spyWarn();
    try {
      history.replaceState(
        null,
        '',
        `${location.pathname}?lotse-month=${encodeURIComponent('"><img src=x onerror=alert(1)>')}&lotse-day=2027-02-31&lotse-view=__proto__&lotse-course=${encodeURIComponent('constructor')}&lotse-levels=valueOf`,
      );
      const el = await mountCalendar(`src="${feedUrl(hostileCalendarFeed())}" types="__proto__" levels="toString" view="<script>"`);
      expect(el.filters.month).to.equal(today().slice(0, 7));
      expect($(el, '[part="detail"]')).to.equal(null);
      expect(warnings.calls.join('\n')).to.include('types="__proto__" is not valid');
      await expectNoExecution(el.shadowRoot);
    } finally {
      warnings.restore();
    }
  });
});
