/**
 * Content-language honesty in the calendar: an agenda line, a course shown
 * once, a day's line in the month and the course's detail say when the
 * title shown is not in the reader's language ("Only in this language:
 * German") or was translated by a machine, in the reader's language; the
 * "Information available in" filter counts the languages of the texts.
 */
import { expect } from '@esm-bundle/chai';
import { resetFeedStore } from '../../src/core/feed/store.js';
import { cleanupFixtures } from '../helpers/fixture.js';
import { expectNoExecution, HOSTILE_STRINGS, resetExecutionFlag } from '../helpers/hostile-strings.js';
import { answerJson, mockUrl, PATIENT, useMsw } from '../helpers/msw.js';
import { calendarFeed, inDays } from '../fixtures/calendar-feed.js';
import { $, $$, countOf, eventually, expectCalendarAccessible, mountCalendar, openGroups, textOf, toggle, type Calendar } from './helpers.js';

useMsw();

type Offer = { id: string; title: unknown; machineTranslated?: string[] };
type Feed = { offers: Offer[] };
let counter = 0;
const feedUrl = (edit: (feed: Feed) => void = () => {}) => {
  const feed = calendarFeed() as unknown as Feed;
  edit(feed);
  const url = mockUrl(`/calendar-content-language/${++counter}.json`);
  answerJson(url, feed);
  return url;
};

const ONLY_GERMAN_AR = 'بهذه اللغة فقط: الألمانية';
const MACHINE_AR = 'ترجمة آلية';

const noteOf = (element: Element | undefined) => textOf(element?.querySelector('.content-note'));
const course = (el: Calendar, key: string) => $$(el, '.series-list .course').find((c) => c.dataset.key === key);
const linesOf = (el: Calendar, key: string) => $$(el, '.session').filter((l) => l.querySelector(`[data-key="${key}"]`));

describe('content language in <lotse-course-calendar>', () => {
  beforeEach(() => {
    resetFeedStore(PATIENT);
    resetExecutionFlag();
  });
  afterEach(() => {
    cleanupFixtures();
    document.documentElement.lang = 'en';
  });

  it('on an Arabic page, a German title says "only in German" on the agenda line and the course shown once; an Arabic title says nothing', async () => {
    document.documentElement.lang = 'ar';
    const el = await mountCalendar(`src="${feedUrl()}" no-url-sync view="agenda"`);
    await eventually(() => !!course(el, 'abendkurs'), 'the evening course');
    expect(noteOf(course(el, 'abendkurs'))).to.equal(ONLY_GERMAN_AR);
    expect(noteOf(course(el, 'ik-kinderbetreuung')), 'the Arabic title').to.equal('');
    const festival = linesOf(el, 'fest');
    expect(festival.length).to.be.greaterThan(0);
    for (const line of festival) expect(noteOf(line)).to.equal(ONLY_GERMAN_AR);
    // The title keeps its own language and direction; the note is in the reader's (the widget's).
    const title = festival[0].querySelector('button.open')!;
    expect([title.getAttribute('lang'), title.getAttribute('dir')]).to.deep.equal(['de', 'ltr']);
    expect(festival[0].querySelector('.content-note')!.closest('[lang]')?.getAttribute('lang')).to.equal('ar');
    await expectCalendarAccessible(el, 'Arabic agenda with notes');
  });

  it('says nothing where the title is in the reader’s language (English and German pages)', async () => {
    const url = feedUrl();
    const english = await mountCalendar(`src="${url}" no-url-sync view="agenda"`);
    expect($$(english, '.session').length).to.be.greaterThan(0);
    expect($$(english, '.content-note')).to.have.length(0);
    cleanupFixtures();
    document.documentElement.lang = 'de';
    const german = await mountCalendar(`src="${url}" no-url-sync view="agenda"`);
    expect($$(german, '.session').length).to.be.greaterThan(0);
    expect($$(german, '.content-note')).to.have.length(0);
    await expectCalendarAccessible(german, 'German agenda without notes');
  });

  it('names a machine translation on the agenda and in the detail, beside "only in German" for the German texts', async () => {
    document.documentElement.lang = 'ar';
    const url = feedUrl((feed) => (feed.offers.find((o) => o.id === 'ik-kinderbetreuung')!.machineTranslated = ['ar']));
    const el = await mountCalendar(`src="${url}" no-url-sync view="agenda"`);
    await eventually(() => noteOf(course(el, 'ik-kinderbetreuung')) === MACHINE_AR, 'the machine note');
    expect(noteOf(course(el, 'abendkurs')), 'another course is not machine-made').to.equal(ONLY_GERMAN_AR);
    course(el, 'ik-kinderbetreuung')!.querySelector<HTMLButtonElement>('button.open')!.click();
    await eventually(() => !!$(el, '#detail-heading'), 'the detail');
    expect(textOf($(el, '[part="detail"] p.content-note'))).to.include(MACHINE_AR);
    await expectCalendarAccessible(el, 'Arabic detail with notes');
  });

  it('says so on a day’s lines in the month too', async () => {
    document.documentElement.lang = 'ar';
    const el = await mountCalendar(`src="${feedUrl()}" no-url-sync view="month"`);
    // The party is on its own day, six days ahead; the grid may show it in the next month.
    let cell = $$(el, '[role="gridcell"]').find((c) => c.dataset.day === inDays(6));
    if (!cell) {
      $<HTMLButtonElement>(el, 'button.next')!.click();
      await eventually(() => ($$(el, '[role="gridcell"]').find((c) => c.dataset.day === inDays(6)) ? true : false), 'the next month');
      cell = $$(el, '[role="gridcell"]').find((c) => c.dataset.day === inDays(6));
    }
    cell!.click();
    await eventually(() => linesOf(el, 'jugendparty').length > 0, 'the day’s lines');
    expect(noteOf(linesOf(el, 'jugendparty')[0])).to.equal(ONLY_GERMAN_AR);
    await expectCalendarAccessible(el, 'Arabic day with notes');
  });

  it('names the language of a session note that is not the reader’s, in the reader’s language', async () => {
    document.documentElement.lang = 'ar';
    const el = await mountCalendar(`src="${feedUrl()}" no-url-sync view="agenda"`);
    // The evening course's cancelled session: its note is in German and English only.
    await eventually(() => $$(el, '.session .note').length > 0, 'a session’s note');
    const note = $$(el, '.session .note')[0];
    const text = note.querySelector<HTMLElement>('[lang]')!;
    expect(['de', 'en']).to.include(text.lang);
    const name = new Intl.DisplayNames(['ar'], { type: 'language' }).of(text.lang);
    expect(textOf(note.querySelector('.lang-hint'))).to.equal(`(${name})`);
    await expectCalendarAccessible(el, 'a session note in another language on an Arabic page');
    cleanupFixtures();
    document.documentElement.lang = 'de';
    const german = await mountCalendar(`src="${feedUrl()}" no-url-sync view="agenda"`);
    await eventually(() => $$(german, '.session .note').length > 0, 'a session’s note');
    expect($$(german, '.session .note .lang-hint'), 'German notes on a German page').to.have.length(0);
  });

  it('filters and counts by "Information available in"', async () => {
    const el = await mountCalendar(`src="${feedUrl()}" no-url-sync view="agenda"`);
    await openGroups(el);
    expect(textOf($(el, 'details[data-facet="texts"] > summary'))).to.match(/Information available in/);
    // Seven offers with dates: every one in German and English, one in Arabic.
    expect(countOf(el, 'texts', 'de')).to.equal(7);
    expect(countOf(el, 'texts', 'en')).to.equal(7);
    expect(countOf(el, 'texts', 'ar')).to.equal(1);
    await toggle(el, 'texts', 'ar');
    await eventually(() => el.resultCount === 1, 'one offer with an Arabic title');
    expect($$(el, '.open').map((b) => b.dataset.key)).to.have.members(['ik-kinderbetreuung']);
  });

  it('shows hostile German titles inertly beside their note', async () => {
    document.documentElement.lang = 'ar';
    const url = feedUrl((feed) => feed.offers.forEach((offer, i) => (offer.title = { de: HOSTILE_STRINGS[i % HOSTILE_STRINGS.length].value })));
    const el = await mountCalendar(`src="${url}" no-url-sync view="agenda"`);
    await eventually(() => $$(el, '.content-note').length > 0, 'the notes');
    for (const note of $$(el, '.content-note')) expect(textOf(note)).to.equal(ONLY_GERMAN_AR);
    await expectNoExecution(el.shadowRoot!);
  });
});
