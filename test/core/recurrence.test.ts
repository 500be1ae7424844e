/**
 * Sessions from schedules: each rule on its own, then hundreds of schedules
 * generated from every combination of rule, start on an edge date (both
 * changes of summer time, 29 February, the 31st, New Year's Eve), times
 * (past midnight, in the skipped hour, whole days), ends, days off, extra
 * dates and changes. Each is written as iCalendar by Lotse's own writer,
 * expanded by ical.js, and compared with Lotse's expansion session by
 * session: day, times, last day, status and the instant.
 */
import { expect } from '@esm-bundle/chai';
import type { OfferEntry } from '../../src/core/feed/catalog.js';
import type { Schedule } from '../../src/core/feed/schema.js';
import { calendarDeps } from '../../src/core/calendar/deps.js';
import { offersCalendar } from '../../src/core/calendar/offer-events.js';
import { dayNumber, isoDay } from '../../src/core/time/berlin.js';
import { nextDate } from '../../src/core/time/next-date.js';
import { lastRuleDay, occurrences, type Occurrence } from '../../src/core/time/recurrence.js';
import { BERLIN, fromUtc, toUtc } from '../../src/core/time/zone.js';
import { expandWithIcalJs, type ReferenceSession } from '../helpers/ical.js';

const days = (schedule: Schedule, from = '2026-01-01', to = '2028-12-31') =>
  occurrences(schedule, from, to).map((o) => `${o.date}${o.start ? ` ${o.start}` : ''}${o.status === 'scheduled' ? '' : ` ${o.status}`}`);

describe('sessions of a schedule', () => {
  it('follows monthly rules: first Tuesday, last Friday, a fifth weekday, a day of the month', () => {
    expect(days({ start: '2026-01-01', end: '2026-04-30', monthly: { weekday: 'tu', week: 'first' } })).to.deep.equal(['2026-01-06', '2026-02-03', '2026-03-03', '2026-04-07']);
    expect(days({ start: '2026-01-01', end: '2026-04-30', monthly: { weekday: 'fr', week: 'last' } })).to.deep.equal(['2026-01-30', '2026-02-27', '2026-03-27', '2026-04-24']);
    // Only March, June, September and December 2026 have five Tuesdays...: months without one are skipped.
    expect(days({ start: '2026-01-01', end: '2026-12-31', monthly: { weekday: 'tu', week: 'fifth' } })).to.deep.equal(['2026-03-31', '2026-06-30', '2026-09-29', '2026-12-29']);
    expect(days({ start: '2026-01-01', end: '2026-06-30', monthly: { day: 31 } })).to.deep.equal(['2026-01-31', '2026-03-31', '2026-05-31']);
    expect(days({ start: '2027-01-01', end: '2029-12-31', monthly: { day: 29, interval: 12 } }, '2027-01-01', '2029-12-31')).to.deep.equal(['2027-01-29', '2028-01-29', '2029-01-29']);
    expect(days({ start: '2027-12-01', end: '2028-03-31', monthly: { day: 29, interval: 2 } })).to.deep.equal(['2027-12-29', '2028-02-29']);
  });

  it('counts sessions instead of an end: days off do not count, cancelled sessions do', () => {
    const schedule: Schedule = {
      start: '2026-03-02',
      count: 5,
      weekly: { days: ['mo'] },
      except: [{ from: '2026-03-09', to: '2026-03-15' }],
      changes: [{ date: '2026-03-16', cancelled: true }],
    };
    expect(days(schedule)).to.deep.equal(['2026-03-02', '2026-03-16 cancelled', '2026-03-23', '2026-03-30', '2026-04-06']);
    expect(lastRuleDay(schedule)).to.equal('2026-04-06');
  });

  it('moves a session to another day, time or place, keeping its length and the day it was planned for', () => {
    const schedule: Schedule = {
      start: '2026-05-04',
      end: '2026-05-31',
      startTime: '18:00',
      endTime: '20:15',
      weekly: { days: ['mo'] },
      changes: [
        { date: '2026-05-11', newDate: '2026-05-12', startTime: '19:00', note: 'Raum 2' },
        { date: '2026-05-18', place: 'rathaus' },
      ],
    };
    const [, moved, placed] = occurrences(schedule, '2026-05-01', '2026-05-31');
    expect(moved).to.include({ date: '2026-05-12', start: '19:00', end: '21:15', planned: '2026-05-11', plannedStart: '18:00', status: 'moved', note: 'Raum 2' });
    expect(placed).to.include({ date: '2026-05-18', place: 'rathaus', status: 'moved' });
  });

  it('changes the session a change names by its planned start, on a day with two; without one, the day\'s first', () => {
    const schedule: Schedule = {
      dates: [
        { date: '2026-05-04', start: '10:00', end: '11:00' },
        { date: '2026-05-04', start: '18:00', end: '19:00' },
        { date: '2026-05-05', start: '10:00', end: '11:00' },
        { date: '2026-05-05', start: '18:00', end: '19:00' },
      ],
      changes: [
        { date: '2026-05-04', plannedStart: '18:00', cancelled: true },
        { date: '2026-05-05', note: 'Raum 2' },
      ],
    };
    const shown = occurrences(schedule, '2026-05-01', '2026-05-31').map((o) => `${o.date} ${o.start} ${o.status}${o.note ? ` ${o.note}` : ''}`);
    expect(shown).to.deep.equal(['2026-05-04 10:00 scheduled', '2026-05-04 18:00 cancelled', '2026-05-05 10:00 scheduled Raum 2', '2026-05-05 18:00 scheduled']);
    // A planned start that no session of the day has changes nothing.
    const none = occurrences({ ...schedule, changes: [{ date: '2026-05-04', plannedStart: '12:00', cancelled: true }] }, '2026-05-01', '2026-05-31');
    expect(none.every((o) => o.status === 'scheduled')).to.equal(true);
  });

  it('runs past midnight and over several days, also into the new year', () => {
    const party: Schedule = { start: '2026-12-31', startTime: '20:00', endTime: '02:00' };
    expect(occurrences(party, '2027-01-01', '2027-01-01')[0]).to.include({ date: '2026-12-31', endDate: '2027-01-01', end: '02:00' });
    const week: Schedule = { start: '2026-09-20', end: '2026-09-27', startTime: '10:00', endTime: '18:00' };
    expect(occurrences(week, '2026-09-25', '2026-09-25')).to.have.length(1);
    expect(occurrences(week, '2026-09-25', '2026-09-25')[0]).to.include({ date: '2026-09-20', endDate: '2026-09-27' });
    expect(nextDate(week, { date: '2026-09-26', time: '12:00' })).to.deep.include({ date: '2026-09-20' });
    expect(nextDate(week, { date: '2026-09-27', time: '18:00' })).to.equal(undefined);
  });

  it('keeps a date of several months while it runs, however long ago it began', () => {
    const exhibition: Schedule = { dates: [{ date: '2026-10-01', endDate: '2027-01-31' }] };
    expect(occurrences(exhibition, '2026-12-07', '2026-12-31').map((o) => `${o.date}–${o.endDate}`)).to.deep.equal(['2026-10-01–2027-01-31']);
    expect(occurrences(exhibition, '2027-02-01', '2027-03-01')).to.deep.equal([]);
  });

  it('looks at a far-away changed day alone: an old or mistyped date never hides a rule without a start', () => {
    const typo: Schedule = { startTime: '18:00', weekly: { days: ['mo'] }, changes: [{ date: '1926-01-05', cancelled: true }] };
    expect(days(typo, '2026-12-01', '2026-12-31')).to.deep.equal(['2026-12-07 18:00', '2026-12-14 18:00', '2026-12-21 18:00', '2026-12-28 18:00']);
    // A session planned far away and moved into the range comes with it.
    const moved: Schedule = { start: '2026-01-05', startTime: '18:00', weekly: { days: ['mo'] }, changes: [{ date: '2026-02-02', newDate: '2026-12-30' }] };
    expect(days(moved, '2026-12-29', '2026-12-31')).to.deep.equal(['2026-12-30 18:00 moved']);
  });

  it('keeps a long break whole, and reads a break of decades as the end of the course', () => {
    const longBreak: Schedule = { start: '2025-09-01', startTime: '18:00', weekly: { days: ['mo'] }, except: [{ from: '2026-01-01', to: '2027-05-15' }] };
    expect(days(longBreak, '2026-01-01', '2027-05-31')).to.deep.equal(['2027-05-17 18:00', '2027-05-24 18:00', '2027-05-31 18:00']);
    const paused: Schedule = { start: '2025-09-01', startTime: '18:00', weekly: { days: ['mo'] }, except: [{ from: '2026-01-01', to: '2099-12-31' }] };
    expect(days(paused, '2026-01-01', '2030-12-31')).to.deep.equal([]);
    expect(lastRuleDay(paused)).to.equal('2025-12-31');
    expect(days(paused, '2025-12-20', '2026-12-31')).to.deep.equal(['2025-12-22 18:00', '2025-12-29 18:00']);
  });

  it('is wall-clock time: 18:00 on both sides of each change of summer time, and the instants differ by the hour', () => {
    const course: Schedule = { start: '2026-03-22', end: '2026-11-01', startTime: '18:00', weekly: { days: ['su'] } };
    const all = occurrences(course, '2026-01-01', '2026-12-31');
    expect(all.every((o) => o.start === '18:00')).to.equal(true);
    const instant = (date: string) => new Date(toUtc(BERLIN, date, '18:00')).toISOString();
    expect(instant('2026-03-22')).to.equal('2026-03-22T17:00:00.000Z');
    expect(instant('2026-03-29')).to.equal('2026-03-29T16:00:00.000Z');
    expect(instant('2026-10-25')).to.equal('2026-10-25T17:00:00.000Z');
    // The skipped hour moves forward, the repeated hour is the earlier one (RFC 5545, Temporal "compatible").
    expect(new Date(toUtc(BERLIN, '2026-03-29', '02:30')).toISOString()).to.equal('2026-03-29T01:30:00.000Z');
    expect(new Date(toUtc(BERLIN, '2026-10-25', '02:30')).toISOString()).to.equal('2026-10-25T00:30:00.000Z');
    // Intl's zone data agrees with the EU rule the Berlin path uses.
    for (const utc of [Date.UTC(2026, 2, 29, 0, 59), Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 0, 59), Date.UTC(2026, 9, 25, 1), Date.UTC(2027, 0, 1)]) {
      const viaIntl = new Intl.DateTimeFormat('sv-SE', { timeZone: BERLIN, dateStyle: 'short', timeStyle: 'short' }).format(utc);
      const ours = fromUtc(BERLIN, utc);
      expect(`${ours.date} ${ours.time}`).to.equal(viaIntl);
    }
  });
});

// --- generated schedules against ical.js ------------------------------------------

const EDGE_STARTS = ['2026-03-29', '2026-10-25', '2027-03-28', '2028-02-29', '2026-12-31', '2027-01-31', '2026-08-31', '2026-03-28'];
const WEEKLY: NonNullable<Schedule['weekly']>[] = [
  { days: ['su'] },
  { days: ['mo', 'we'] },
  { days: ['sa', 'su'], interval: 2 },
  { days: ['tu', 'th', 'sa'], interval: 3 },
  { days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] },
];
const MONTHLY: NonNullable<Schedule['monthly']>[] = [
  { weekday: 'tu', week: 'first' },
  { weekday: 'fr', week: 'last' },
  { weekday: 'we', week: 'fifth' },
  { weekday: 'su', week: 'last', interval: 2 },
  { day: 31 },
  { day: 29 },
  { day: 1, interval: 3 },
];
const TIMES: Pick<Schedule, 'startTime' | 'endTime'>[] = [
  { startTime: '18:00', endTime: '20:15' },
  { startTime: '22:00', endTime: '02:00' },
  { startTime: '02:30', endTime: '03:30' },
  { startTime: '09:00' },
  {},
];

/** Every combination worth comparing, built from the lists above. */
function* generatedSchedules(): Generator<Schedule> {
  let n = 0;
  for (const start of EDGE_STARTS) {
    const rules: Pick<Schedule, 'weekly' | 'monthly'>[] = [...WEEKLY.map((weekly) => ({ weekly })), ...MONTHLY.map((monthly) => ({ monthly })), { weekly: WEEKLY[1], monthly: MONTHLY[0] }];
    for (const rule of rules) {
      for (const times of TIMES) {
        n++;
        // The end: a day, a number of sessions, or none; rotated so every kind meets every rule.
        const ending = n % 3 === 0 ? { end: isoDay(dayNumber(start) + 120) } : n % 3 === 1 ? { count: 9 } : {};
        const schedule: Schedule = { start, ...rule, ...times, ...ending };
        // Days off: the first session's day, and a range; extra dates and changes on some.
        const first = occurrences({ ...schedule }, start, isoDay(dayNumber(start) + 800));
        if (n % 2 === 0 && first.length > 3) schedule.except = [first[0].date, { from: first[2].date, to: isoDay(dayNumber(first[2].date) + 9) }];
        if (n % 4 === 1) schedule.dates = [{ date: isoDay(dayNumber(start) + 3), ...(times.startTime ? { start: times.startTime, ...(times.endTime ? { end: times.endTime } : {}) } : {}) }, { date: isoDay(dayNumber(start) + 5), start: '07:15', end: '08:00' }];
        const planned = occurrences(schedule, start, isoDay(dayNumber(start) + 800)).filter((o) => o.source !== 'date');
        if (n % 5 < 2 && planned.length > 4) {
          schedule.changes = [
            { date: planned[1].date, newDate: isoDay(dayNumber(planned[1].date) + 1), ...(times.startTime ? { startTime: '23:30' } : {}), note: 'Raum 3, bitte; pünktlich' },
            { date: planned[3].date, cancelled: true, note: 'Krank' },
          ];
        }
        yield schedule;
      }
    }
  }
  // Open-ended rules without a start, and one-off dates.
  yield { weekly: { days: ['fr'] }, startTime: '16:00', endTime: '17:30' };
  yield { monthly: { weekday: 'mo', week: 'second' }, startTime: '10:00' };
  yield { start: '2026-12-31', startTime: '20:00', endTime: '02:00' };
  yield { start: '2026-09-20', end: '2026-09-27', startTime: '10:00', endTime: '18:00' };
  yield { start: '2026-09-20', end: '2026-09-27' };
  yield { dates: [{ date: '2026-03-28', start: '22:00', end: '04:00' }, { date: '2026-10-24', start: '23:00', end: '05:00' }, { date: '2027-07-01', endDate: '2027-07-03' }] };
}

const entryFor = (schedule: Schedule, n: number, timeZone?: string): OfferEntry => {
  const feed = { url: 'https://kreis.example/feed.json', id: 'kreis', language: 'de', formatVersion: '1.0', publisher: { name: 'K', updated: '2026-01-01' }, topics: [], audiences: [], organizations: [], places: [], offers: [], guides: [], emergency: [], problems: [], ...(timeZone ? { timeZone } : {}) };
  const offer = { id: `gen-${n}`, kind: 'course' as const, title: `Kurs ${n}`, verified: '2026-01-01', schedule };
  return { key: offer.id, offer, feed, places: [], topics: [], audiences: [] };
};

/** A time that exists once in the zone: not in the skipped hour, not in the repeated one. */
function unambiguous(zone: string, date: string, time: string): boolean {
  const utc = toUtc(zone, date, time);
  const back = fromUtc(zone, utc);
  return back.date === date && back.time === time && fromUtc(zone, utc - 3_600_000).time !== time && fromUtc(zone, utc + 3_600_000).time !== time;
}

function compare(schedule: Schedule, ours: Occurrence[], theirs: ReferenceSession[], zone: string, what: string): void {
  const shape = (o: { date: string; start?: string; end?: string; endDate?: string; status: string }) =>
    `${o.date} ${o.start ?? '-'}–${o.end ?? '-'} ${o.endDate ?? ''} ${o.status === 'cancelled' ? 'cancelled' : ''}`;
  expect(theirs.map(shape), `${what}: ${JSON.stringify(schedule)}`).to.deep.equal(ours.map(shape));
  ours.forEach((o, i) => {
    if (!o.start || !unambiguous(zone, o.date, o.start)) return;
    expect(theirs[i].utc, `${what}: the instant of ${o.date} ${o.start}`).to.equal(toUtc(zone, o.date, o.start));
  });
}

describe('generated schedules, written as iCalendar and expanded by ical.js', () => {
  it('gives the same sessions as Lotse, one by one, across both changes of summer time and New Year', function () {
    this.timeout(120_000);
    let compared = 0;
    let sessions = 0;
    let n = 0;
    for (const schedule of generatedSchedules()) {
      const entry = entryFor(schedule, ++n);
      const from = schedule.start ?? '2026-01-09';
      const to = isoDay(dayNumber(from) + 420);
      const text = offersCalendar([entry], { requested: 'de', stamp: Date.UTC(2026, 0, 1), since: from }, calendarDeps);
      const ours = occurrences(schedule, from, to).filter((o) => o.date >= from);
      compare(schedule, ours, expandWithIcalJs(text, from, to), BERLIN, `schedule ${n}`);
      compared++;
      sessions += ours.length;
    }
    expect(compared).to.be.greaterThan(400);
    expect(sessions).to.be.greaterThan(10_000);
  });

  it('does the same for a feed in another time zone, with a VTIMEZONE of its own', () => {
    let n = 0;
    for (const zone of ['America/New_York', 'Asia/Kolkata', 'Europe/Vienna']) {
      for (const schedule of [
        { start: '2026-03-01', count: 20, startTime: '19:00', endTime: '01:30', weekly: { days: ['sa', 'su'] } },
        { start: '2026-10-01', end: '2027-04-30', startTime: '02:30', endTime: '04:00', monthly: { weekday: 'su', week: 'first' } },
      ] satisfies Schedule[]) {
        const entry = entryFor(schedule, ++n, zone);
        const text = offersCalendar([entry], { requested: 'de', stamp: Date.UTC(2026, 0, 1) }, calendarDeps);
        expect(text).to.include(`TZID:${zone}`);
        compare(schedule, occurrences(schedule, '2026-01-01', '2027-12-31'), expandWithIcalJs(text, '2026-01-01', '2027-12-31'), zone, `${zone} ${n}`);
      }
    }
  });
});
