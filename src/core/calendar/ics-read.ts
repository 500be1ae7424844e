/**
 * Reads a provider's iCalendar export with ical.js (MPL-2.0), the
 * reference parser: every VEVENT, its recurrence (one or more RRULEs,
 * EXDATE, RDATE) expanded in a range, its overrides (RECURRENCE-ID)
 * applied, times as ical.js reads them (with the file's own VTIMEZONEs).
 *
 * Real exports are not always valid. Each event is parsed on its own, so a
 * broken one is reported with its line number and the others are read; a
 * blank line (which RFC 5545 forbids) is reported and skipped.
 *
 * Loaded only for .ics sources, as a chunk of its own that imports nothing
 * of Lotse (it returns plain data; `ics-feed.ts` turns it into a feed).
 * No DOM: the command-line tool runs it in Node.
 */
import ICAL from 'ical.js';

/** A time as the file gives it: wall clock, the zone it names, and the instant when ical.js knows that zone. */
export interface IcsTimeValue {
  /** `YYYY-MM-DD` for a whole day, else `YYYY-MM-DDTHH:MM:SS`. */
  wall: string;
  /** `UTC`, a TZID; missing for floating time. */
  zone?: string;
  /** Milliseconds, when the zone is UTC or defined in the file. */
  utc?: number;
}

export interface IcsSession {
  start: IcsTimeValue;
  end?: IcsTimeValue;
  /** For a session of a series: when it was planned (its RECURRENCE-ID), which differs from `start` when it was moved. */
  planned?: IcsTimeValue;
  cancelled: boolean;
  /** What an override says differently. */
  description?: string;
}

export interface IcsEventRead {
  uid: string;
  /** Line of its BEGIN:VEVENT (from 1). */
  line: number;
  /** Its position among the file's events (from 0). */
  index: number;
  summary: string;
  description: string;
  location: string;
  url: string;
  cancelled: boolean;
  /** `YYYY-MM-DD` of LAST-MODIFIED or DTSTAMP. */
  modified?: string;
  categories: string[];
  sessions: IcsSession[];
  /** More sessions in the range than were read. */
  truncated: boolean;
}

export type IcsProblemCode = 'blank-line' | 'unreadable' | 'no-start' | 'sessions';

export interface IcsProblem {
  code: IcsProblemCode;
  /** From 1. */
  line: number;
  /** The event's position among the file's events, when the problem is an event's. */
  index?: number;
  uid?: string;
  detail?: string;
}

export interface IcsRead {
  /** X-WR-CALNAME */
  name?: string;
  events: IcsEventRead[];
  problems: IcsProblem[];
}

interface Line {
  text: string;
  line: number;
}

/** Logical lines (folded ones joined), each with the number of its first physical line; blank lines reported and skipped. */
function logicalLines(text: string, problems: IcsProblem[]): Line[] {
  const physical = text.split(/\r\n|\n|\r/);
  // A line break at the very end is not a blank line.
  while (physical.length > 0 && physical[physical.length - 1] === '') physical.pop();
  const lines: Line[] = [];
  physical.forEach((raw, i) => {
    if (raw.trim() === '') {
      problems.push({ code: 'blank-line', line: i + 1 });
      return;
    }
    if ((raw[0] === ' ' || raw[0] === '\t') && lines.length > 0) lines[lines.length - 1].text += raw.slice(1);
    else lines.push({ text: raw, line: i + 1 });
  });
  return lines;
}

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;

/** One component's lines parsed alone, inside a calendar of its own. */
function parseBlock(lines: Line[]): Component {
  const jcal = ICAL.parse(['BEGIN:VCALENDAR', 'VERSION:2.0', ...lines.map((l) => l.text), 'END:VCALENDAR', ''].join('\r\n'));
  return new ICAL.Component(jcal).getAllSubcomponents()[0];
}

function timeValue(time: Time, tzid: string | undefined): IcsTimeValue {
  const wall = time.toString().slice(0, time.isDate ? 10 : 19);
  if (time.isDate) return { wall };
  const zoneId = time.zone?.tzid;
  if (zoneId === 'UTC' || zoneId === 'Z') return { wall, zone: 'UTC', utc: time.toUnixTime() * 1000 };
  if (tzid && ICAL.TimezoneService.has(tzid)) return { wall, zone: tzid, utc: time.toUnixTime() * 1000 };
  return tzid ? { wall, zone: tzid } : { wall };
}

const text = (component: Component, name: string) => String(component.getFirstPropertyValue(name) ?? '').trim();
const tzidOf = (component: Component, name: string) => {
  const value = component.getFirstProperty(name)?.getParameter('tzid');
  return typeof value === 'string' ? value : undefined;
};
const day = (value: unknown) => (value instanceof ICAL.Time ? value.toString().slice(0, 10) : undefined);

/** Steps of one rule at most (about 30 years of daily sessions), and of all rules of a file: a file never holds the page for long. */
const MAX_STEPS = 12_000;
const FILE_STEPS = 60_000;
const SUB_DAILY = new Set(['SECONDLY', 'MINUTELY', 'HOURLY']);
/** Days of one step of a rule; a rule that steps more than ten years at a time holds no course, and ical.js would take ages over each step. */
const STEP_DAYS: Record<string, number> = { DAILY: 1, WEEKLY: 7, MONTHLY: 31, YEARLY: 366 };
const MAX_STEP_DAYS = 3660;
const DAY_MS = 86_400_000;
const dayNumberOf = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS;
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * Where to start following daily and weekly rules without COUNT: whole periods of the rules
 * after their first session, just before `from`, so an office hour held every weekday since 2000
 * is not walked through from 2000. Shifting by whole periods keeps every later session the same
 * (UNTIL, EXDATE, RDATE and overrides are absolute times). Other rules start where they start.
 */
function fastForward(start: Time, rules: { freq: string; interval?: number; count?: number }[], from: string): Time | undefined {
  if (rules.some((rule) => rule.count || (rule.freq !== 'DAILY' && rule.freq !== 'WEEKLY'))) return undefined;
  // The days after which every rule repeats itself: the least common multiple of their periods.
  const period = rules.reduce((lcm, rule) => {
    const days = (rule.interval ?? 1) * STEP_DAYS[rule.freq];
    return (lcm * days) / gcd(lcm, days);
  }, 1);
  const gap = dayNumberOf(from) - 7 - dayNumberOf(start.toString());
  if (period > 3660 || gap < 2 * period) return undefined;
  const shifted = start.clone();
  shifted.adjust(Math.floor(gap / period) * period, 0, 0, 0);
  return shifted;
}

/**
 * Reads `ics`; sessions that start on a day from `from` to `to` (inclusive)
 * are listed, at most `maxSessions` per event.
 */
export function readIcs(ics: string, from: string, to: string, maxSessions = 1000): IcsRead {
  const problems: IcsProblem[] = [];
  const lines = logicalLines(ics, problems);
  const blocks: { kind: string; lines: Line[] }[] = [];
  let name: string | undefined;
  let depth = 0;
  let current: { kind: string; lines: Line[] } | undefined;
  for (const line of lines) {
    const upper = line.text.toUpperCase();
    if (upper.startsWith('BEGIN:')) {
      depth++;
      // Components right inside the calendar: events, time zones (and to-dos and the like, read and left alone).
      if (depth === 2) blocks.push((current = { kind: upper.slice(6).trim(), lines: [] }));
    }
    if (current) current.lines.push(line);
    else if (depth === 1 && upper.startsWith('X-WR-CALNAME')) name = line.text.slice(line.text.indexOf(':') + 1).replace(/\\([\\;,])/g, '$1').trim();
    if (upper.startsWith('END:')) {
      if (depth === 2) current = undefined;
      depth = Math.max(0, depth - 1);
    }
  }

  ICAL.TimezoneService.reset();
  for (const block of blocks.filter((b) => b.kind === 'VTIMEZONE')) {
    try {
      ICAL.TimezoneService.register(parseBlock(block.lines));
    } catch {
      // A broken time zone: its times are read as floating, and converted by name if the zone is known.
    }
  }

  type Parsed = { event: InstanceType<typeof ICAL.Event>; component: Component; line: number; index: number };
  const masters = new Map<string, Parsed>();
  const overrides = new Map<string, Parsed[]>();
  blocks
    .filter((b) => b.kind === 'VEVENT')
    .forEach((block, index) => {
      const line = block.lines[0].line;
      try {
        const component = parseBlock(block.lines);
        if (!component.getFirstProperty('dtstart')) {
          problems.push({ code: 'no-start', line, index, uid: text(component, 'uid') || undefined });
          return;
        }
        const event = new ICAL.Event(component);
        const uid = event.uid || `line-${line}`;
        const parsed = { event, component, line, index };
        if (component.getFirstProperty('recurrence-id')) overrides.set(uid, [...(overrides.get(uid) ?? []), parsed]);
        else if (!masters.has(uid)) masters.set(uid, parsed);
      } catch (error) {
        problems.push({ code: 'unreadable', line, index, detail: String((error as Error)?.message ?? error).slice(0, 200) });
      }
    });
  // An override without its series is an event of its own.
  for (const [uid, list] of overrides) if (!masters.has(uid)) masters.set(uid, list.shift()!);

  const events: IcsEventRead[] = [];
  let steps = 0;
  for (const [uid, { event, component, line, index }] of masters) {
    // ical.js decodes values when they are used: a wrong DTEND, UNTIL or DURATION throws only
    // here, and must leave out this event alone.
    try {
      const read = readEvent(uid, event, component, line, index);
      if (read) events.push(read);
    } catch (error) {
      problems.push({ code: 'unreadable', line, index, uid, detail: String((error as Error)?.message ?? error).slice(0, 200) });
    }
  }

  function readEvent(uid: string, event: InstanceType<typeof ICAL.Event>, component: Component, line: number, index: number): IcsEventRead | undefined {
    for (const override of overrides.get(uid) ?? []) event.relateException(override.event);
    const zone = tzidOf(component, 'dtstart');
    const sessions: IcsSession[] = [];
    let truncated = false;
    const add = (start: Time, end: Time | undefined, item: Component, cancelled: boolean, planned?: Time) => {
      const startDay = start.toString().slice(0, 10);
      if (startDay < from || startDay > to) return;
      if (sessions.length >= maxSessions) {
        truncated = true;
        return;
      }
      const itemZone = item === component ? zone : tzidOf(item, 'dtstart');
      const session: IcsSession = { start: timeValue(start, itemZone), cancelled };
      if (planned) session.planned = timeValue(planned, zone);
      if (end && end.compare(start) > 0) session.end = timeValue(end, item === component ? (tzidOf(component, 'dtend') ?? zone) : (tzidOf(item, 'dtend') ?? itemZone));
      const description = text(item, 'description');
      if (item !== component && description && description !== text(component, 'description')) session.description = description;
      sessions.push(session);
    };
    const masterCancelled = text(component, 'status').toUpperCase() === 'CANCELLED';
    if (!event.isRecurring()) {
      add(event.startDate, event.endDate, component, masterCancelled);
    } else {
      const rules = component.getAllProperties('rrule').map((p) => p.getFirstValue() as { freq: string; interval?: number; count?: number });
      if (rules.some((rule) => SUB_DAILY.has(rule.freq))) {
        // Courses and events do not repeat by the hour or minute; such a rule would take ages to follow.
        problems.push({ code: 'unreadable', line, index, uid, detail: `FREQ=${rules.find((rule) => SUB_DAILY.has(rule.freq))!.freq}` });
        return undefined;
      }
      const huge = rules.find((rule) => (rule.interval ?? 1) * (STEP_DAYS[rule.freq] ?? 1) > MAX_STEP_DAYS);
      if (huge) {
        problems.push({ code: 'unreadable', line, index, uid, detail: `FREQ=${huge.freq};INTERVAL=${huge.interval}` });
        return undefined;
      }
      // Each instance once (RFC 5545 3.8.5.2), by the start it was planned for: ical.js yields a
      // day that both an RRULE and an RDATE name twice.
      const seen = new Set<string>();
      const instance = (planned: Time) => {
        if (seen.has(planned.toString())) return;
        seen.add(planned.toString());
        const details = event.getOccurrenceDetails(planned);
        const item = details.item.component;
        add(details.startDate, details.endDate, item, masterCancelled || text(item, 'status').toUpperCase() === 'CANCELLED', details.recurrenceId);
      };
      // DTSTART is always the first instance; with RDATEs and no RRULE, ical.js leaves it out.
      if (!rules.length) instance(event.startDate);
      const iterator = event.iterator(fastForward(event.startDate, rules, from));
      // Every loop ends: at most MAX_STEPS per event and FILE_STEPS per file; a rule cut short says so.
      let reachedEnd = false;
      for (let next = iterator.next(), guard = 0; ; next = iterator.next(), guard++) {
        if (!next) {
          reachedEnd = true;
          break;
        }
        if (guard >= MAX_STEPS || ++steps > FILE_STEPS) break;
        if (next.toString().slice(0, 10) > to && event.getOccurrenceDetails(next).startDate.toString().slice(0, 10) > to) {
          reachedEnd = true;
          break;
        }
        instance(next);
        if (truncated) break;
      }
      if (!reachedEnd && !truncated) truncated = true;
    }
    if (truncated) problems.push({ code: 'sessions', line, index, uid, detail: String(maxSessions) });
    return {
      uid,
      line,
      index,
      summary: text(component, 'summary'),
      description: text(component, 'description'),
      location: text(component, 'location'),
      url: text(component, 'url'),
      cancelled: masterCancelled,
      modified: day(component.getFirstPropertyValue('last-modified')) ?? day(component.getFirstPropertyValue('dtstamp')),
      categories: component.getAllProperties('categories').flatMap((p) => p.getValues().map(String)),
      sessions,
      truncated,
    };
  }
  ICAL.TimezoneService.reset();
  return { name, events: events.sort((a, b) => a.index - b.index), problems: problems.sort((a, b) => a.line - b.line) };
}
