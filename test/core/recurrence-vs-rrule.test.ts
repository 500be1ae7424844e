/**
 * Lotse's rules beside rrule.js, the recurrence library FullCalendar's rrule plugin uses: weekly
 * rules (days, every n weeks) and monthly ones (n-th or last weekday, a day of the month, every n
 * months), generated from every combination of start on an edge date (29 February, the 31st, both
 * changes of summer time, New Year's Eve), end date or number of sessions and days off, each
 * expanded by both and compared day by day.
 *
 * One difference is Lotse's on purpose and tested apart: with a number of sessions, days off do not
 * count (a course of 10 sessions has 10 sessions after the holidays), where iCalendar's COUNT counts
 * the excluded days too; so `count` is compared only without days off.
 */
import { expect } from '@esm-bundle/chai';
import { RRule, RRuleSet, type Weekday as RWeekday } from 'rrule';
import type { Schedule, Weekday } from '../../src/core/feed/schema.js';
import { occurrences } from '../../src/core/time/recurrence.js';

const WEEKDAY: Record<Weekday, RWeekday> = { mo: RRule.MO, tu: RRule.TU, we: RRule.WE, th: RRule.TH, fr: RRule.FR, sa: RRule.SA, su: RRule.SU };
const WEEK = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, last: -1 } as const;
const utc = (day: string, end = false) => new Date(`${day}T${end ? '23:59:59' : '00:00:00'}Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);
/** Both are asked for the same window (Lotse follows a rule for at most 40 years). */
const FROM = '2020-01-01';
const TO = '2060-12-31';

/** The same schedule for rrule.js: floating days as UTC midnights, Monday weeks, days off as EXDATEs. */
function withRrule(schedule: Schedule): string[] {
  const set = new RRuleSet();
  const base = { dtstart: utc(schedule.start!), wkst: RRule.MO, ...(schedule.end ? { until: utc(schedule.end, true) } : {}), ...(schedule.count ? { count: schedule.count } : {}) };
  if (schedule.weekly) {
    set.rrule(new RRule({ ...base, freq: RRule.WEEKLY, interval: schedule.weekly.interval ?? 1, byweekday: schedule.weekly.days.map((d) => WEEKDAY[d]) }));
  } else if (schedule.monthly && 'day' in schedule.monthly) {
    set.rrule(new RRule({ ...base, freq: RRule.MONTHLY, interval: schedule.monthly.interval ?? 1, bymonthday: schedule.monthly.day }));
  } else if (schedule.monthly) {
    set.rrule(new RRule({ ...base, freq: RRule.MONTHLY, interval: schedule.monthly.interval ?? 1, byweekday: WEEKDAY[schedule.monthly.weekday].nth(WEEK[schedule.monthly.week]) }));
  }
  for (const off of schedule.except ?? []) {
    const range = typeof off === 'string' ? { from: off, to: off } : off;
    for (let day = utc(range.from); day <= utc(range.to); day = new Date(day.getTime() + 86_400_000)) set.exdate(day);
  }
  return set.between(utc(FROM), utc(TO, true), true).map(iso);
}

const withLotse = (schedule: Schedule) => occurrences(schedule, FROM, TO).map((o) => o.date);

function* schedules(): Generator<Schedule> {
  const starts = ['2028-02-29', '2027-01-31', '2026-03-29', '2026-10-25', '2026-12-31', '2027-03-26'];
  const rules: Pick<Schedule, 'weekly' | 'monthly'>[] = [
    { weekly: { days: ['mo'] } },
    { weekly: { days: ['mo', 'we'] } },
    { weekly: { days: ['tu', 'th', 'sa'], interval: 2 } },
    { weekly: { days: ['su'], interval: 3 } },
    { weekly: { days: ['fr', 'mo'], interval: 8 } },
    { monthly: { weekday: 'tu', week: 'first' } },
    { monthly: { weekday: 'fr', week: 'last' } },
    { monthly: { weekday: 'we', week: 'fifth' } },
    { monthly: { weekday: 'su', week: 'second', interval: 2 } },
    { monthly: { day: 31 } },
    { monthly: { day: 29, interval: 12 } },
    { monthly: { day: 15, interval: 5 } },
  ];
  const ends: Pick<Schedule, 'end' | 'count'>[] = [{ end: '2027-06-30' }, { end: '2029-03-01' }, { count: 1 }, { count: 7 }, { count: 40 }];
  for (const start of starts) {
    for (const rule of rules) {
      for (const end of ends) {
        if (end.end && end.end < start) continue;
        yield { start, ...rule, ...end };
        // Days off: one day, and a range over a change of year.
        if (!end.count) yield { start, ...rule, ...end, except: [start, { from: '2027-12-20', to: '2028-01-06' }] };
      }
    }
  }
}

describe('rules beside rrule.js (FullCalendar’s recurrence)', () => {
  it('gives the same days for every generated schedule', () => {
    let compared = 0;
    let sessions = 0;
    const differences: string[] = [];
    for (const schedule of schedules()) {
      const ours = withLotse(schedule);
      const theirs = withRrule(schedule);
      compared++;
      sessions += theirs.length;
      if (ours.join() !== theirs.join()) differences.push(`${JSON.stringify(schedule)}: Lotse ${ours.slice(0, 6).join(' ')}… (${ours.length}), rrule.js ${theirs.slice(0, 6).join(' ')}… (${theirs.length})`);
    }
    expect(differences, differences.slice(0, 5).join('\n')).to.deep.equal([]);
    expect(compared).to.be.at.least(450);
    expect(sessions).to.be.greaterThan(5000);
  });

  it('counts sessions after days off, where iCalendar’s COUNT counts them too (on purpose)', () => {
    const schedule: Schedule = { start: '2026-03-02', count: 5, weekly: { days: ['mo'] }, except: [{ from: '2026-03-09', to: '2026-03-15' }] };
    expect(withLotse(schedule)).to.deep.equal(['2026-03-02', '2026-03-16', '2026-03-23', '2026-03-30', '2026-04-06']);
    expect(withRrule(schedule)).to.deep.equal(['2026-03-02', '2026-03-16', '2026-03-23', '2026-03-30']);
  });
});
