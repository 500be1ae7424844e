/** Dates and times in Europe/Berlin: next dates of schedules, opening hours. */
import { expect } from '@esm-bundle/chai';
import type { OpeningHours, Schedule } from '../../src/core/feed/schema.js';
import { berlinNow } from '../../src/core/time/berlin.js';
import { nextDate } from '../../src/core/time/next-date.js';
import { hoursOn, isOpen } from '../../src/core/time/open-now.js';

describe('next date', () => {
  const now = { date: '2026-11-25', time: '10:00' }; // a Wednesday
  const next = (schedule: Schedule) => nextDate(schedule, now);

  it('follows a weekly rhythm, skipping the dates it does not take place', () => {
    expect(next({ start: '2026-11-01', weekly: { days: ['we'] }, startTime: '09:00', endTime: '11:00' })).to.deep.equal({
      date: '2026-11-25',
      start: '09:00',
      end: '11:00',
    });
    expect(next({ start: '2026-11-01', weekly: { days: ['we'] }, startTime: '08:00', endTime: '09:30' })?.date).to.equal('2026-12-02');
    expect(next({ start: '2026-11-01', weekly: { days: ['we', 'fr'] }, except: ['2026-11-25', '2026-11-27'] })?.date).to.equal(
      '2026-12-02',
    );
  });

  it('counts every n-th week from the week of the start', () => {
    // Started Monday 2026-11-16: its weeks are 16 Nov, 30 Nov, 14 Dec ...
    expect(next({ start: '2026-11-16', weekly: { days: ['mo'], interval: 2 } })?.date).to.equal('2026-11-30');
    expect(next({ start: '2026-11-16', weekly: { days: ['th'], interval: 2 } })?.date).to.equal('2026-12-03');
  });

  it('stops at the end, starts at the start', () => {
    expect(next({ start: '2026-10-01', end: '2026-11-24', weekly: { days: ['mo'] } })).to.equal(undefined);
    expect(next({ start: '2027-01-05', weekly: { days: ['mo'] } })?.date).to.equal('2027-01-11');
  });

  it('takes the earliest explicit date still to come', () => {
    const dates = [
      { date: '2026-11-20' },
      { date: '2026-12-24', start: '18:00' },
      { date: '2026-11-25', start: '08:00', end: '09:00' },
      { date: '2026-12-01' },
    ];
    expect(next({ dates })).to.deep.equal({ date: '2026-12-01', start: undefined, end: undefined });
  });

  it('knows single events and has nothing for the past', () => {
    expect(next({ start: '2026-12-01', startTime: '18:00' })).to.deep.equal({ date: '2026-12-01', start: '18:00', end: undefined });
    expect(next({ start: '2026-11-01' })).to.equal(undefined);
    expect(nextDate(undefined, now)).to.equal(undefined);
  });
});

describe('open now (Europe/Berlin)', () => {
  const hours: OpeningHours = {
    regular: [
      { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' },
      { days: ['fr'], opens: '22:00', closes: '02:00' },
    ],
    exceptions: [
      { date: '2026-12-24', closed: true },
      { date: '2026-12-23', opens: '10:00', closes: '12:00' },
    ],
  };

  it('agrees with Intl’s Europe/Berlin at every minute around the clock changes and at 2,000 other moments', () => {
    const intl = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    const viaIntl = (ms: number) => {
      const p = Object.fromEntries(intl.formatToParts(ms).map(({ type, value }) => [type, value]));
      return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
    };
    const moments: number[] = [];
    // The clock changes of 2024 to 2032, each minute from two hours before to two after.
    for (let year = 2024; year <= 2032; year++) {
      for (const month of [2, 9]) {
        const lastDay = Date.UTC(year, month + 1, 0, 1);
        const change = lastDay - new Date(lastDay).getUTCDay() * 86_400_000;
        for (let m = -120; m <= 120; m++) moments.push(change + m * 60_000);
      }
    }
    // And moments spread over years, New Year's Eves included (a fixed sequence, so a failure repeats).
    let seed = 42;
    for (let i = 0; i < 2000; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      moments.push(Date.UTC(2020, 0, 1) + (seed / 2 ** 31) * 15 * 365 * 86_400_000);
    }
    for (let year = 2024; year <= 2030; year++) moments.push(Date.UTC(year, 11, 31, 22, 59), Date.UTC(year, 11, 31, 23, 0));
    for (const ms of moments) expect(berlinNow(new Date(ms)), new Date(ms).toISOString()).to.deep.equal(viaIntl(ms));
  });

  it('reads the wall clock in Berlin, not the device zone', () => {
    // 23:30 UTC in winter is 00:30 the next day in Berlin.
    expect(berlinNow(new Date('2026-11-24T23:30:00Z'))).to.deep.equal({ date: '2026-11-25', time: '00:30' });
    // Summer time: UTC+2.
    expect(berlinNow(new Date('2026-07-01T08:05:00Z'))).to.deep.equal({ date: '2026-07-01', time: '10:05' });
  });

  it('applies regular hours, exceptions and spans past midnight', () => {
    expect(isOpen(hours, { date: '2026-11-25', time: '10:00' })).to.equal(true);
    expect(isOpen(hours, { date: '2026-11-25', time: '17:00' })).to.equal(false);
    expect(isOpen(hours, { date: '2026-11-28', time: '12:00' })).to.equal(false); // Saturday
    expect(isOpen(hours, { date: '2026-11-28', time: '01:30' })).to.equal(true); // Friday night
    expect(isOpen(hours, { date: '2026-12-24', time: '10:00' })).to.equal(false);
    expect(isOpen(hours, { date: '2026-12-23', time: '09:30' })).to.equal(false);
    expect(isOpen(hours, { date: '2026-12-23', time: '11:00' })).to.equal(true);
    expect(hoursOn(hours, '2026-12-24')).to.deep.equal([]);
    expect(isOpen({ note: 'Nach Vereinbarung' }, { date: '2026-11-25', time: '10:00' })).to.equal(undefined);
  });
});
