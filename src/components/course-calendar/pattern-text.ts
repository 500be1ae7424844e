/**
 * A course's rhythm in one line, in the reader's language: "Mon and Wed
 * 18:00–20:15, 12 Jan – 26 Mar 2027, except 30 Mar – 10 Apr (Osterferien)",
 * so a course that runs for months is read once, not as forty dates.
 */
import { msg, str } from '../../core/locale/localize.js';
import type { Schedule, Text } from '../../core/feed/schema.js';
import { WEEKDAYS } from '../../core/feed/vocabulary.js';
import { formatDate, formatDateRange, formatList, formatNumber } from '../../core/locale/format.js';
import { plural } from '../../core/locale/plural.js';
import { pickText } from '../../core/locale/text.js';
import { lastRuleDay, ruleDays } from '../../core/time/recurrence.js';
import { ruleTimeRange } from '../../core/ui/offer-parts.js';
import { weekdayNames } from '../../core/locale/weekday-names.js';

function monthlyText(monthly: NonNullable<Schedule['monthly']>, ui: string): string {
  const every = monthly.interval && monthly.interval > 1 ? formatNumber(monthly.interval, ui) : '';
  if ('day' in monthly) {
    const day = formatNumber(monthly.day, ui);
    return every ? msg(str`on day ${day}, every ${every} months`) : msg(str`on day ${day} of each month`);
  }
  const day = weekdayNames(ui, 'long')[WEEKDAYS.indexOf(monthly.weekday)];
  const text = (() => {
    switch (monthly.week) {
      case 'first':
        return msg(str`every first ${day} of the month`);
      case 'second':
        return msg(str`every second ${day} of the month`);
      case 'third':
        return msg(str`every third ${day} of the month`);
      case 'fourth':
        return msg(str`every fourth ${day} of the month`);
      case 'fifth':
        return msg(str`every fifth ${day} of the month`);
      case 'last':
        return msg(str`every last ${day} of the month`);
    }
  })();
  return every ? msg(str`${text}, every ${every} months`, { desc: 'A monthly rhythm, then how many months apart.' }) : text;
}

const short = (date: string, ui: string) => formatDate(date, ui, { day: 'numeric', month: 'short' });

/** Days off as the reader's language writes them, with their names ("Osterferien"), at most three. */
function exceptText(except: NonNullable<Schedule['except']>, requested: string, feedLanguage: string, ui: string): string {
  const parts = except.map((item) => {
    if (typeof item === 'string') return short(item, ui);
    const range = formatDateRange(item.from, item.to, ui);
    const note = pickText(item.note as Text | undefined, requested, feedLanguage)?.text;
    return note ? `${range} (${note})` : range;
  });
  const shown = parts.slice(0, 3);
  if (parts.length > 3) shown.push(msg(str`${formatNumber(parts.length - 3, ui)} more days`));
  return msg(str`except ${formatList(shown, ui)}`);
}

/** The rhythm, times, period and days off of a schedule with a rule; empty for one without. */
export function patternText(schedule: Schedule, ui: string, requested: string, feedLanguage: string, zone: string): string {
  const parts: string[] = [];
  const times = ruleTimeRange(schedule.startTime, schedule.endTime, ui, zone);
  if (schedule.weekly) {
    const names = weekdayNames(ui, 'short');
    const days = formatList([...new Set(schedule.weekly.days)].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b)).map((d) => names[WEEKDAYS.indexOf(d)]), ui);
    const interval = schedule.weekly.interval ?? 1;
    const rhythm = interval > 1 ? msg(str`${days}, every ${formatNumber(interval, ui)} weeks`, { desc: 'Weekdays, then how many weeks apart.' }) : days;
    parts.push(times ? `${rhythm} ${times}` : rhythm);
  }
  if (schedule.monthly) {
    const rhythm = monthlyText(schedule.monthly, ui);
    parts.push(times && !schedule.weekly ? `${rhythm} ${times}` : rhythm);
  }
  if (parts.length === 0) return '';
  const last = lastRuleDay(schedule);
  if (schedule.start && last) parts.push(formatDateRange(schedule.start, last, ui));
  else if (schedule.start) parts.push(msg(str`from ${formatDate(schedule.start, ui)}`));
  else if (last) parts.push(msg(str`until ${formatDate(last, ui)}`));
  if (schedule.count) {
    // The sessions there are: a count that a rule reaches only after decades (or a break) gives fewer.
    const sessions = schedule.start ? Math.min(schedule.count, ruleDays(schedule).filter((d) => !d.excepted).length) : schedule.count;
    const n = formatNumber(sessions, ui);
    parts.push(plural(sessions, ui, {
      zero: () => msg(str`${n} sessions`, { id: 'sessions.zero' }),
      one: () => msg(str`${n} session`),
      two: () => msg(str`${n} sessions`, { id: 'sessions.two' }),
      few: () => msg(str`${n} sessions`, { id: 'sessions.few' }),
      many: () => msg(str`${n} sessions`, { id: 'sessions.many' }),
      other: () => msg(str`${n} sessions`),
    }));
  }
  if (schedule.except?.length) parts.push(exceptText(schedule.except, requested, feedLanguage, ui));
  return parts.join(clauseSeparator(ui));
}

/** How the language separates the parts of a sentence-like list: ", " mostly, "، " in languages written in Arabic script. */
export function clauseSeparator(locale: string): string {
  return /^(ar|fa|ur|ps|ckb)\b/i.test(locale) ? '، ' : ', ';
}
