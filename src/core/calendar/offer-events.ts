/**
 * Offers as iCalendar events: a weekly or monthly rule as one VEVENT with
 * RRULE (UNTIL for an end or a number of sessions), EXDATE for the days in
 * `except`, RDATE for extra dates at the rule's times, an override with
 * RECURRENCE-ID for each cancelled, moved or annotated session, and a
 * VEVENT of its own for every other date. UIDs come from the feed and the
 * offer's id, so a calendar app that imports the file twice updates its
 * events instead of doubling them.
 *
 * Pure: the widget's download and the command-line tool share it.
 */
import type { OfferEntry } from '../feed/catalog.js';
import type { Place, Schedule } from '../feed/schema.js';
import type { Occurrence } from '../time/recurrence.js';
import type { CalendarDeps } from './deps.js';
import { utcStamp, writeCalendar, type IcsEvent, type IcsStatus, type IcsTime } from './ics-write.js';

// Day arithmetic as in time/berlin.ts, a copy: this module loads on its own (see deps.ts).
const DAY = 86_400_000;
const dayNumber = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY;
const isoDay = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

export interface OfferEventOptions {
  /** The language of the texts taken from the feed. */
  requested: string;
  /** Words the file adds to descriptions, in the reader's language. */
  words?: { registration?: string; cancelled?: string };
  /** Rules without a start begin on this day (`YYYY-MM-DD`), else on the day the offer was checked. */
  since?: string;
}

/**
 * A stable UID domain per feed: its id and the publisher's host (else the feed's host without a
 * port), never where this page happened to fetch it from: the same course downloaded through
 * www. and without it, from a partner's page or from a calendar file the command-line tool wrote
 * keeps its UID, so a second import updates it instead of doubling it.
 */
function uidDomain(entry: OfferEntry): string {
  let host = 'lotse.invalid';
  for (const url of [entry.feed.publisher.url, entry.feed.url]) {
    try {
      const name = url && new URL(url).hostname.replace(/^www\./, '');
      if (name) {
        host = name;
        break;
      }
    } catch {
      // Not a URL (a feed built in memory): the next one, or the placeholder host.
    }
  }
  return `${entry.feed.id ? `${entry.feed.id}.` : ''}${host}`;
}

const minutes = (time: string) => +time.slice(0, 2) * 60 + +time.slice(3, 5);

const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const WEEKDAY_INDEX = { mo: 0, tu: 1, we: 2, th: 3, fr: 4, sa: 5, su: 6 } as const;
const WEEK_NUMBER = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, last: -1 } as const;

/** The RRULE value of one of the schedule's rules, ending by `until`. */
function recurrenceRule(schedule: Schedule, series: 'weekly' | 'monthly', until: string | undefined): string {
  const parts: string[] = [];
  if (series === 'weekly') {
    const weekly = schedule.weekly!;
    const days = [...new Set(weekly.days.map((d) => WEEKDAY_INDEX[d]))].sort((a, b) => a - b);
    parts.push('FREQ=WEEKLY');
    if ((weekly.interval ?? 1) > 1) parts.push(`INTERVAL=${weekly.interval}`);
    parts.push(`BYDAY=${days.map((d) => BYDAY[d]).join(',')}`, 'WKST=MO');
  } else {
    const monthly = schedule.monthly!;
    parts.push('FREQ=MONTHLY');
    if ((monthly.interval ?? 1) > 1) parts.push(`INTERVAL=${monthly.interval}`);
    parts.push('day' in monthly ? `BYMONTHDAY=${monthly.day}` : `BYDAY=${WEEK_NUMBER[monthly.week]}${BYDAY[WEEKDAY_INDEX[monthly.weekday]]}`);
  }
  if (until) parts.push(`UNTIL=${until}`);
  return parts.join(';');
}

/** UNTIL: the end of the last day, in UTC for timed sessions (RFC 5545 3.3.10), a date for whole days. */
function untilValue(last: string, startTime: string | undefined, zone: string, toUtc: CalendarDeps['toUtc']): string {
  if (!startTime) return last.replace(/-/g, '');
  return utcStamp(toUtc(zone, last, '23:59:59'));
}

/** A session's start and end as iCalendar times (the end exclusive for whole days). */
function span(o: { date: string; start?: string; end?: string; endDate?: string }, zone: string): { start: IcsTime; end?: IcsTime } {
  if (!o.start) return { start: { date: o.date }, end: { date: isoDay(dayNumber(o.endDate ?? o.date) + 1) } };
  const start = { date: o.date, time: o.start, zone };
  if (!o.end) return { start };
  return { start, end: { date: o.endDate ?? o.date, time: o.end, zone } };
}

/** The identity of a session: its planned day and time. */
function plannedTime(o: Occurrence, zone: string): IcsTime {
  return o.plannedStart ? { date: o.planned, time: o.plannedStart, zone } : { date: o.planned };
}

/** Where a session takes place, as one line: name, street, postcode and town. */
function placeText(place: Place | undefined, entry: OfferEntry, requested: string, pickText: CalendarDeps['pickText']): string | undefined {
  if (!place) return undefined;
  const name = pickText(place.name, requested, entry.feed.language)?.text;
  const { street, postcode, municipality } = place.address;
  return [name, street, `${postcode} ${municipality}`].filter(Boolean).join(', ');
}

/** Every event of one offer: its series, their overrides, and dates of their own. */
export function offerEvents(entry: OfferEntry, options: OfferEventOptions, deps: CalendarDeps): IcsEvent[] {
  const { offer, feed } = entry;
  const schedule = offer.schedule;
  if (!schedule) return [];
  const { pickText, exceptedDays, hasRule, lastRuleDay, occurrences, ruleDays, fromUtc, toUtc } = deps;
  const zone = deps.feedZone(feed);
  const { requested, words = {} } = options;
  const uid = (suffix = '') => `${offer.id}${suffix}@${uidDomain(entry)}`;
  const places = new Map(feed.places.map((p) => [p.id, p]));
  const where = (id?: string) => placeText(id ? (places.get(id) ?? entry.places[0]) : entry.places[0], entry, requested, pickText);
  const texts = [offer.summary, offer.description].map((t) => pickText(t, requested, feed.language)?.text).filter(Boolean);
  const registration = offer.registration?.url;
  if (registration && words.registration) texts.push(`${words.registration} ${registration}`);
  const description = texts.join('\n\n');
  const offerStatus: IcsStatus | undefined = offer.status === 'cancelled' ? 'CANCELLED' : offer.status === 'postponed' ? 'TENTATIVE' : undefined;
  const base = {
    summary: pickText(offer.title, requested, feed.language)?.text ?? offer.id,
    url: offer.url,
    modified: offer.verified,
    language: pickText(offer.title, requested, feed.language)?.lang,
  };
  /** An event for one session, its note and place added. */
  const sessionEvent = (o: Occurrence, id: string, recurrenceId?: IcsTime): IcsEvent => {
    const note = pickText(o.note, requested, feed.language)?.text;
    const status: IcsStatus | undefined = o.status === 'cancelled' ? 'CANCELLED' : offerStatus;
    return {
      ...base,
      uid: id,
      ...(recurrenceId ? { recurrenceId } : {}),
      ...span(o, zone),
      description: [note, description].filter(Boolean).join('\n\n') || undefined,
      location: where(o.place),
      ...(status ? { status } : {}),
    };
  };

  const events: IcsEvent[] = [];
  // Rules without a start begin on a day of their own: the day the offer was checked, unless told.
  const from = schedule.start ?? options.since ?? offer.verified;
  const last = lastRuleDay(schedule);
  const horizon = last ?? isoDay(dayNumber(from) + 3 * 366);
  // Every session once, from the earliest to the latest day anything names: the rule's, the extra dates', the single one, changes applied.
  const named = [from, horizon, schedule.end ?? from, ...(schedule.dates ?? []).flatMap((d) => [d.date, d.endDate ?? d.date]), ...(schedule.changes ?? []).flatMap((c) => [c.date, c.newDate ?? c.date])].sort();
  const sessions = occurrences(schedule, named[0], named[named.length - 1]);
  const seriesEvents = new Map<string, IcsEvent>();

  const { startTime, endTime } = schedule;
  const sessionMinutes = startTime && endTime ? (minutes(endTime) - minutes(startTime) + 1440) % 1440 || 1440 : 0;
  /** True when the rule's duration would end a session at another wall-clock time than planned: the night the clocks change. */
  const endsOtherwise = (o: Occurrence) => {
    if (!sessionMinutes || !o.start || !o.end) return false;
    const end = fromUtc(zone, toUtc(zone, o.date, o.start) + sessionMinutes * 60_000);
    return end.date !== (o.endDate ?? o.date) || end.time !== o.end;
  };

  if (hasRule(schedule)) {
    const days = ruleDays(schedule, from, horizon);
    const except = exceptedDays(schedule);
    const maxExcept = except.last ?? from;
    // Days of `except` that a rule makes: its EXDATEs. Listed up to the last excepted day.
    const withExcepted = ruleDays(schedule, from, last ?? (maxExcept > horizon ? maxExcept : horizon));
    for (const series of ['weekly', 'monthly'] as const) {
      const own = days.filter((d) => d.series === series);
      if (own.length === 0) continue;
      const first = isoDay(own[0].day);
      const time = schedule.startTime;
      const firstSession = { date: first, start: time, end: time ? schedule.endTime : undefined, endDate: undefined as string | undefined };
      if (time && schedule.endTime && schedule.endTime <= time) firstSession.endDate = isoDay(own[0].day + 1);
      const exdates: IcsTime[] = withExcepted.filter((d) => d.series === series && d.excepted).map((d) => (time ? { date: isoDay(d.day), time, zone } : { date: isoDay(d.day) }));
      // A day both rules make is the weekly rule's: the monthly series leaves it out.
      if (series === 'monthly' && schedule.weekly) {
        const weeklyDays = new Set(ruleDays({ ...schedule, monthly: undefined, count: undefined }, first, horizon).map((d) => d.day));
        for (const day of ruleDays({ ...schedule, weekly: undefined, count: undefined }, first, horizon)) {
          if (weeklyDays.has(day.day)) exdates.push(time ? { date: isoDay(day.day), time, zone } : { date: isoDay(day.day) });
        }
      }
      const event: IcsEvent = {
        ...base,
        uid: uid(series === 'monthly' && schedule.weekly ? '-monthly' : ''),
        // A duration, not an end: RFC 5545 gives every session the first one's exact length, which differs on the night the clocks change.
        ...(sessionMinutes ? { start: span(firstSession, zone).start, duration: `PT${Math.floor(sessionMinutes / 60)}H${sessionMinutes % 60}M` } : span(firstSession, zone)),
        rrule: recurrenceRule(schedule, series, last ? untilValue(last, time, zone, toUtc) : undefined),
        ...(exdates.length ? { exdates } : {}),
        ...(description ? { description } : {}),
        location: where(),
        ...(offerStatus ? { status: offerStatus } : {}),
      };
      seriesEvents.set(series, event);
      events.push(event);
    }
  }

  const ruleEvent = seriesEvents.get('weekly') ?? seriesEvents.get('monthly');
  for (const o of sessions) {
    if (o.source === 'weekly' || o.source === 'monthly') {
      if (o.status !== 'scheduled' || o.note || o.place || endsOtherwise(o)) {
        const series = seriesEvents.get(o.source)!;
        events.push(sessionEvent(o, series.uid, plannedTime(o, zone)));
      }
      continue;
    }
    const plain = o.status === 'scheduled' && !o.note && !o.place;
    // The same start and end as the rule's sessions, past midnight included, but not several days.
    const sameTimes =
      o.plannedStart === schedule.startTime &&
      o.end === (schedule.startTime ? schedule.endTime : undefined) &&
      (!o.endDate || (o.start !== undefined && o.end !== undefined && o.end <= o.start && o.endDate === isoDay(dayNumber(o.date) + 1)));
    if (o.source === 'date' && ruleEvent && o.status !== 'moved' && sameTimes) {
      // An extra date at the rule's times: an RDATE of the rule, changed like any of its sessions.
      (ruleEvent.rdates ??= []).push(plannedTime(o, zone));
      if (!plain || endsOtherwise(o)) events.push(sessionEvent(o, ruleEvent.uid, plannedTime(o, zone)));
      continue;
    }
    const id = o.source === 'single' ? uid() : uid(`-${o.planned.replace(/-/g, '')}${o.plannedStart ? o.plannedStart.replace(':', '') : ''}`);
    events.push(sessionEvent(o, id));
  }
  return events;
}

export interface OfferCalendarOptions extends OfferEventOptions {
  /** The calendar's name in calendar apps. */
  name?: string;
  /** DTSTAMP (milliseconds); now when missing. */
  stamp?: number;
  refreshHours?: number;
}

/** One .ics file with every event of `entries`, in the first feed's zone. `deps`: `calendarDeps` from deps.ts. */
export function offersCalendar(entries: readonly OfferEntry[], options: OfferCalendarOptions, deps: CalendarDeps): string {
  return writeCalendar(
    {
      name: options.name,
      zone: entries[0] ? deps.feedZone(entries[0].feed) : 'Europe/Berlin',
      events: entries.flatMap((entry) => offerEvents(entry, options, deps)),
      stamp: options.stamp,
      refreshHours: options.refreshHours,
    },
    deps.offsetAt,
  );
}
