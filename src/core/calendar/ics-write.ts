/**
 * Writes iCalendar (RFC 5545) text from plain event data: CRLF line ends,
 * lines folded at 75 octets (never inside a UTF-8 character), text values
 * escaped (backslash, semicolon, comma, line breaks), a DTSTAMP, times in a
 * named zone with its VTIMEZONE, recurrence rules, EXDATE and RDATE, and
 * overrides of single sessions by RECURRENCE-ID.
 *
 * Pure functions on strings and dates: the widgets' download and the
 * command-line tool's static calendars use the same code.
 */
import type { CalendarDeps } from './deps.js';
import { vtimezone } from './vtimezone.js';

/** A day, or a wall-clock time on a day, in `zone` (the calendar's zone when missing); no `time`: a whole day. */
export interface IcsTime {
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:MM` or `HH:MM:SS` */
  time?: string;
  zone?: string;
}

export type IcsStatus = 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';

export interface IcsEvent {
  uid: string;
  /** For an override of one session of a series: the day and time it was planned for. */
  recurrenceId?: IcsTime;
  start: IcsTime;
  /** Exclusive: for whole days the day after the last one. */
  end?: IcsTime;
  /** Instead of `end`: an exact duration such as `PT2H15M`, the same for every session of a series. */
  duration?: string;
  /** The rule without `RRULE:` (see `recurrenceRule`). */
  rrule?: string;
  exdates?: IcsTime[];
  rdates?: IcsTime[];
  summary: string;
  description?: string;
  location?: string;
  /** An http(s) address; anything else is left out. */
  url?: string;
  status?: IcsStatus;
  /** `YYYY-MM-DD`: when the record was last checked (LAST-MODIFIED). */
  modified?: string;
  language?: string;
}

export interface IcsCalendar {
  /** Shown by calendar apps as the calendar's name. */
  name?: string;
  /** The default zone of the times; `UTC` writes times in UTC. */
  zone: string;
  events: IcsEvent[];
  /** DTSTAMP: when the file was written (milliseconds); now when missing. */
  stamp?: number;
  /** Hours after which a subscribed calendar should be fetched again. */
  refreshHours?: number;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

// Control characters other than tab are not allowed in iCalendar text; lone surrogates cannot be encoded.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** A TEXT value: backslash, semicolon and comma escaped, every line break as `\n`. */
export function escapeText(value: string): string {
  return value
    .replace(/\p{Cs}/gu, '\ufffd')
    .replace(/\r\n|\r|\n|\u2028|\u2029|\u0085/g, '\n')
    .replace(CONTROL, '')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds one content line after at most 75 octets, continuing lines with a space, never splitting a character. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  // The first line holds 75 octets; the others 74 after their leading space.
  let room = MAX_OCTETS;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > room) {
      parts.push(current);
      current = '';
      octets = 0;
      room = MAX_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const compact = (date: string) => date.replace(/-/g, '');
const clock = (time: string) => (time.length === 5 ? `${time}:00` : time).replace(/:/g, '');

/** `20270112T180000Z` */
export function utcStamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** A property with a date or date-time value, with its TZID or VALUE=DATE parameter. */
function timeProperty(name: string, times: IcsTime[], zone: string): string {
  const [first] = times;
  if (!first.time) return `${name};VALUE=DATE:${times.map((t) => compact(t.date)).join(',')}`;
  const tz = first.zone ?? zone;
  const values = times.map((t) => `${compact(t.date)}T${clock(t.time!)}${tz === 'UTC' ? 'Z' : ''}`).join(',');
  return tz === 'UTC' ? `${name}:${values}` : `${name};TZID=${tz}:${values}`;
}

/** Times of one kind (same zone, days or date-times) on one line; the others on lines of their own. */
function timeLines(name: string, times: IcsTime[] | undefined, zone: string): string[] {
  if (!times?.length) return [];
  const groups = new Map<string, IcsTime[]>();
  for (const t of times) {
    const key = t.time ? (t.zone ?? zone) : '';
    const group = groups.get(key);
    if (group) group.push(t);
    else groups.set(key, [t]);
  }
  return [...groups.values()].map((group) => timeProperty(name, group, zone));
}

const SAFE_URL = /^https?:\/\/[^\s"<>\\^`{|}]+$/i;

function eventLines(event: IcsEvent, zone: string, stamp: string): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${escapeText(event.uid)}`, `DTSTAMP:${stamp}`];
  if (event.recurrenceId) lines.push(timeProperty('RECURRENCE-ID', [event.recurrenceId], zone));
  lines.push(timeProperty('DTSTART', [event.start], zone));
  if (event.end) lines.push(timeProperty('DTEND', [event.end], zone));
  else if (event.duration) lines.push(`DURATION:${event.duration}`);
  if (event.rrule) lines.push(`RRULE:${event.rrule}`);
  lines.push(...timeLines('RDATE', event.rdates, zone), ...timeLines('EXDATE', event.exdates, zone));
  const language = event.language && /^[A-Za-z0-9-]{1,35}$/.test(event.language) ? `;LANGUAGE=${event.language}` : '';
  lines.push(`SUMMARY${language}:${escapeText(event.summary)}`);
  if (event.description) lines.push(`DESCRIPTION${language}:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION${language}:${escapeText(event.location)}`);
  if (event.url && SAFE_URL.test(event.url)) lines.push(`URL;VALUE=URI:${event.url}`);
  if (event.status) lines.push(`STATUS:${event.status}`);
  if (event.modified) lines.push(`LAST-MODIFIED:${compact(event.modified)}T000000Z`);
  lines.push('END:VEVENT');
  return lines;
}

/** Every zone the events' times name, for their VTIMEZONEs. */
function zonesOf(calendar: IcsCalendar): Set<string> {
  const zones = new Set<string>();
  const add = (t: IcsTime | undefined) => {
    if (t?.time) zones.add(t.zone ?? calendar.zone);
  };
  for (const event of calendar.events) {
    [event.start, event.end, event.recurrenceId, ...(event.exdates ?? []), ...(event.rdates ?? [])].forEach(add);
  }
  zones.delete('UTC');
  return zones;
}

/** The years the events span, so a computed VTIMEZONE covers them. */
function yearsOf(calendar: IcsCalendar): [number, number] {
  let from = Infinity;
  let to = -Infinity;
  for (const event of calendar.events) {
    const year = +event.start.date.slice(0, 4);
    from = Math.min(from, year);
    to = Math.max(to, year + (event.rrule ? 5 : 1));
  }
  return from === Infinity ? [2000, 2001] : [from, to];
}

/** The whole calendar as text, CRLF line ends, folded; `offsetAt` writes the VTIMEZONE of zones other than Europe/Berlin. */
export function writeCalendar(calendar: IcsCalendar, offsetAt?: CalendarDeps['offsetAt']): string {
  const stamp = utcStamp(calendar.stamp ?? Date.now());
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Lotse//Lotse course calendar//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (calendar.name) lines.push(`X-WR-CALNAME:${escapeText(calendar.name)}`, `NAME:${escapeText(calendar.name)}`);
  if (calendar.zone !== 'UTC') lines.push(`X-WR-TIMEZONE:${calendar.zone}`);
  if (calendar.refreshHours) {
    lines.push(`REFRESH-INTERVAL;VALUE=DURATION:PT${calendar.refreshHours}H`, `X-PUBLISHED-TTL:PT${calendar.refreshHours}H`);
  }
  const [from, to] = yearsOf(calendar);
  for (const zone of zonesOf(calendar)) lines.push(...vtimezone(zone, from, to, offsetAt));
  for (const event of calendar.events) lines.push(...eventLines(event, calendar.zone, stamp));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
