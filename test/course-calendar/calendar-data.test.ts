/**
 * The calendar's own arithmetic on cases a review found: a festival over several nights is on
 * every day it runs, one over a weekend counts for "Weekends", an exhibition that is on now is
 * listed today, and days of a month grid are real days.
 */
import { expect } from '@esm-bundle/chai';
import type { OfferEntry } from '../../src/core/feed/catalog.js';
import type { Schedule } from '../../src/core/feed/schema.js';
import { groupSessions, monthDays, sessionsBetween, sessionsByDay } from '../../src/components/course-calendar/calendar-data.js';
import { timesOfDay } from '../../src/components/course-calendar/course-facets.js';
import { patternText } from '../../src/components/course-calendar/pattern-text.js';
import { dayAfterKey } from '../../src/components/course-calendar/month-grid.js';
import { dayNumber, weekdayOf } from '../../src/core/time/berlin.js';

function entry(id: string, schedule: Schedule): OfferEntry {
  const feed = { url: 'https://kreis.example/feed.json', id: 'kreis', language: 'de', formatVersion: '1.0', publisher: { name: 'K', updated: '2026-01-01' }, topics: [], audiences: [], organizations: [], places: [], offers: [], guides: [], emergency: [], problems: [] };
  const offer = { id, kind: 'event' as const, title: id, verified: '2026-11-01', schedule };
  return { key: id, offer, feed, places: [], topics: [], audiences: [] };
}

describe('calendar days', () => {
  it('starts every month grid on the Monday before its first day, before 1970 too', () => {
    for (const [month, monday] of [['1950-06', '1950-05-29'], ['1969-12', '1969-12-01'], ['1970-01', '1969-12-29'], ['2027-03', '2027-03-01'], ['2027-02', '2027-02-01']]) {
      const days = monthDays(month);
      expect(days[0], month).to.equal(monday);
      expect(days).to.include(`${month}-01`);
    }
    expect(weekdayOf(dayNumber('1969-12-28')), 'a Sunday').to.equal(6);
    expect(dayAfterKey('1950-06-11', 'Home', false, false), 'Home goes to the Monday of that week').to.equal('1950-06-05');
  });

  it('puts a festival of several nights (20:00 to 02:00) on every day it runs, a night past midnight on its first', () => {
    const festival = entry('festival', { start: '2026-12-10', end: '2026-12-12', startTime: '20:00', endTime: '02:00' });
    const night = entry('night', { dates: [{ date: '2026-12-18', start: '22:00', end: '04:00' }] });
    const days = monthDays('2026-12');
    const byDay = sessionsByDay(sessionsBetween([festival, night], days[0], days[41]), days[0], days[41]);
    const on = (key: string) => [...byDay].filter(([, sessions]) => sessions.some((s) => s.entry.key === key)).map(([day]) => day);
    expect(on('festival')).to.deep.equal(['2026-12-10', '2026-12-11', '2026-12-12']);
    expect(on('night')).to.deep.equal(['2026-12-18']);
  });

  it('counts a festival from Friday to Sunday for weekends, and a week-long one for every day', () => {
    expect(timesOfDay({ start: '2026-12-11', end: '2026-12-13' })).to.include('weekend');
    expect(timesOfDay({ dates: [{ date: '2027-09-24', endDate: '2027-09-26' }] })).to.include('weekend');
    expect(timesOfDay({ start: '2026-12-07', end: '2026-12-10' }), 'Monday to Thursday').to.not.include('weekend');
  });

  it('lists an exhibition that began in October under today, not under a day long past', () => {
    const exhibition = entry('exhibition', { dates: [{ date: '2026-10-01', endDate: '2027-01-31' }] });
    const talk = entry('talk', { dates: [{ date: '2026-12-07', start: '18:00' }] });
    const groups = groupSessions(sessionsBetween([exhibition, talk], '2026-12-07', '2027-01-31'), 'day', '2026-12-07');
    expect(groups.map((g) => [g.key, g.sessions.map((s) => s.entry.key)])).to.deep.equal([['2026-12-07', ['exhibition', 'talk']]]);
  });

  it('names the sessions a count really gives, not a count the rule never reaches', () => {
    // The 31st of every month for 1,000 sessions would take 140 years; a rule is followed for 40.
    const text = patternText({ start: '2026-01-31', monthly: { day: 31 }, count: 1000 }, 'en', 'en', 'de', 'Europe/Berlin');
    expect(text).to.not.include('1,000');
    expect(text).to.match(/, 2\d\d sessions$/);
    expect(patternText({ start: '2026-03-02', weekly: { days: ['mo'] }, count: 5 }, 'en', 'en', 'de', 'Europe/Berlin')).to.match(/, 5 sessions$/);
  });

  it('separates the parts of a pattern as the language does', () => {
    const schedule: Schedule = { start: '2026-03-02', weekly: { days: ['mo'] }, count: 5, startTime: '18:00' };
    expect(patternText(schedule, 'de', 'de', 'de', 'Europe/Berlin')).to.match(/, 5 \S+$/).and.not.include('،');
    expect(patternText(schedule, 'ar', 'ar', 'de', 'Europe/Berlin')).to.include('، ').and.not.include(', ');
  });
});
