/**
 * The VTIMEZONE that tells calendar apps what a TZID means. Europe/Berlin
 * (and every zone of the EU rule) gets the two yearly rules; any other zone
 * gets its transitions in the years the calendar spans, as the runtime's
 * time-zone data knows them.
 */
import type { CalendarDeps } from './deps.js';

const BERLIN = 'Europe/Berlin';

/** An offset as iCalendar writes it: `+0100`, `-0430`. */
function offsetText(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

const BERLIN_RULES = [
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19810329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type OffsetAt = CalendarDeps['offsetAt'];

/** True when `zone` keeps Berlin's offsets through the years (Paris, Vienna, Rome …). */
function likeBerlin(offsetAt: OffsetAt, zone: string, from: number, to: number): boolean {
  for (let year = from; year <= to; year++) {
    for (const [month, day] of [[0, 15], [2, 30], [6, 1], [9, 26], [10, 1]]) {
      const at = Date.UTC(year, month, day, 12);
      if (offsetAt(zone, at) !== offsetAt(BERLIN, at)) return false;
    }
  }
  return true;
}

/** Instants in [from, to) where the offset of `zone` changes, to the minute. */
function transitions(offsetAt: OffsetAt, zone: string, from: number, to: number): number[] {
  const found: number[] = [];
  for (let t = from; t < to; t += DAY) {
    if (offsetAt(zone, t) === offsetAt(zone, t + DAY)) continue;
    let low = t;
    let high = t + DAY;
    while (high - low > 60_000) {
      const mid = low + Math.floor((high - low) / 120_000) * 60_000;
      if (offsetAt(zone, mid) === offsetAt(zone, low)) low = mid;
      else high = mid;
    }
    found.push(high);
  }
  return found;
}

/** `19700329T020000`: a wall-clock time at `utc` with the given offset. */
function localStamp(utc: number, offset: number): string {
  return new Date(utc + offset * 60_000).toISOString().replace(/[-:]/g, '').slice(0, 15);
}

/** The VTIMEZONE lines for `zone`, covering the years `from` to `to`; `offsetAt` is needed for zones other than Europe/Berlin. */
export function vtimezone(zone: string, from: number, to: number, offsetAt?: OffsetAt): string[] {
  if (zone === BERLIN || !offsetAt || likeBerlin(offsetAt, zone, from, to)) return ['BEGIN:VTIMEZONE', `TZID:${zone}`, ...BERLIN_RULES, 'END:VTIMEZONE'];
  const start = Date.UTC(from - 1, 0, 1);
  const end = Date.UTC(to + 1, 11, 31);
  const changes = transitions(offsetAt, zone, start, end);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const part = (at: number, before: number, after: number, daylight: boolean) =>
    lines.push(
      `BEGIN:${daylight ? 'DAYLIGHT' : 'STANDARD'}`,
      `TZOFFSETFROM:${offsetText(before)}`,
      `TZOFFSETTO:${offsetText(after)}`,
      `DTSTART:${localStamp(at, before)}`,
      `END:${daylight ? 'DAYLIGHT' : 'STANDARD'}`,
    );
  const first = offsetAt(zone, start);
  const standard = Math.min(first, ...changes.map((t) => offsetAt(zone, t)));
  part(start, first, first, first > standard);
  for (const at of changes) {
    const after = offsetAt(zone, at);
    part(at, offsetAt(zone, at - 60_000), after, after > standard);
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
