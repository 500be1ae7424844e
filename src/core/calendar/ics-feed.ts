/**
 * An iCalendar file as a Lotse feed: each event an offer of kind `event`,
 * its sessions in Europe/Berlin wall-clock time (converted from UTC and
 * from any other zone), whole days with their exclusive end made inclusive,
 * cancelled sessions marked, a LOCATION with a German postcode made a place
 * (so the town filter works). The result goes through the feed validator
 * like any feed, so nothing in a provider's file is trusted more than a
 * town's own feed.
 *
 * A weekly or monthly RRULE becomes the same rule in the feed when that
 * gives exactly the sessions ical.js read (so residents read "every Monday"
 * instead of forty dates); otherwise the sessions are listed as dates.
 */
import type { FeedProblem } from '../feed/validate-records.js';
import type { Schedule } from '../feed/schema.js';
import type { CalendarDeps } from './deps.js';
import type { IcsEventRead, IcsRead, IcsSession, IcsTimeValue } from './ics-read.js';

const BERLIN = 'Europe/Berlin';
// Day arithmetic as in time/berlin.ts, a copy: this module loads on its own (see deps.ts).
const DAY = 86_400_000;
const dayNumber = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY;
const isoDay = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

/** The parts of Lotse the conversion uses, handed in (see deps.ts); set for the duration of `icsToFeed`. */
let deps: CalendarDeps;

/** Zone names Windows calendars write, for the zones of the county's neighbours. */
const WINDOWS_ZONES: Record<string, string> = {
  'W. Europe Standard Time': 'Europe/Berlin',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'Romance Standard Time': 'Europe/Paris',
  'GMT Standard Time': 'Europe/London',
  'FLE Standard Time': 'Europe/Kiev',
  'GTB Standard Time': 'Europe/Bucharest',
  'Turkey Standard Time': 'Europe/Istanbul',
  'Russian Standard Time': 'Europe/Moscow',
  UTC: 'UTC',
};

/** A short, stable hash (FNV-1a) for ids made from text. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** An id the feed format accepts, from a UID such as `4f2a@provider.example`: unique because the hash of the UID comes with it. */
export function idFromUid(uid: string): string {
  const clean = uid.replace(/[^A-Za-z0-9._:-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '').slice(0, 100);
  return clean === uid ? uid : `${clean || 'event'}-${hash(uid)}`;
}

/** Wall-clock date and time in Europe/Berlin of a time from the file. */
function inBerlin(value: IcsTimeValue): { date: string; time?: string } {
  if (value.wall.length === 10) return { date: value.wall };
  const [date, clock] = [value.wall.slice(0, 10), value.wall.slice(11, 19)];
  let utc = value.utc;
  if (utc === undefined && value.zone) {
    const zone = WINDOWS_ZONES[value.zone] ?? value.zone.replace(/^\/[^/]+\/[^/]+\//, '');
    if (deps.isKnownZone(zone)) utc = deps.toUtc(zone, date, clock);
  }
  // Floating time (no zone, or one nobody knows): the time as written, in Berlin.
  if (utc === undefined) return { date, time: clock.slice(0, 5) };
  const local = deps.fromUtc(BERLIN, utc);
  return { date: local.date, time: local.time };
}

/**
 * An event's text as plain text: Google Calendar writes HTML into
 * DESCRIPTION (`<b>`, `<br>`, links), which would reach residents as
 * literal tags. Line breaks stay, a link keeps its address in brackets;
 * text without tags is left as it is.
 */
export function plainText(text: string): string {
  // Every pattern stops at the next "<" (a tag never holds one), so a crafted file costs time in
  // proportion to its length, not to its square: "<a href=x>" 40,000 times without "</a>" took seconds.
  if (!/<\/?[a-z][^<>]*>/i.test(text)) return text;
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };
  return text
    .replace(/<a\b[^<>]*?href\s*=\s*["']([^"'<>]*)["'][^<>]*>((?:[^<]|<(?!\/?a\b))*)<\/a>/gi, (_, href: string, label: string) => (label.trim() && label.trim() !== href ? `${label} (${href})` : href))
    .replace(/<br\s*\/?>|<\/(p|div|li|h[1-6])>|<(ul|ol)\b[^<>]*>/gi, '\n')
    .replace(/<li\b[^<>]*>/gi, '- ')
    .replace(/<[^<>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, name: string) => entities[name])
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

interface Session {
  date: string;
  start?: string;
  end?: string;
  endDate?: string;
  cancelled: boolean;
  note?: string;
  /** When a session of a series was planned, in Berlin. */
  planned?: { date: string; time?: string };
}

function session(s: IcsSession): Session {
  const start = inBerlin(s.start);
  const out: Session = { date: start.date, cancelled: s.cancelled };
  if (s.description) out.note = plainText(s.description);
  if (s.planned) out.planned = inBerlin(s.planned);
  if (!start.time) {
    // Whole days end the day before DTEND.
    const last = s.end ? isoDay(dayNumber(inBerlin(s.end).date) - 1) : start.date;
    if (last > start.date) out.endDate = last;
    return out;
  }
  out.start = start.time;
  if (s.end) {
    const end = inBerlin(s.end);
    out.end = end.time;
    const pastMidnight = end.date === isoDay(dayNumber(start.date) + 1) && end.time! <= start.time;
    if (end.date > start.date && !pastMidnight) out.endDate = end.date;
  }
  return out;
}

/** The sessions as the feed's `dates`, with cancellations and notes as `changes`. */
function listedSchedule(sessions: Session[]): Schedule {
  const schedule: Schedule = {
    dates: sessions.map(({ date, start, end, endDate }) => ({ date, ...(start ? { start } : {}), ...(end ? { end } : {}), ...(endDate ? { endDate } : {}) })),
  };
  // A day with two sessions names the one meant by its start.
  const shared = (s: Session) => s.start && sessions.some((other) => other !== s && other.date === s.date);
  const changes = sessions
    .filter((s) => s.cancelled || s.note)
    .map((s) => ({ date: s.date, ...(shared(s) ? { plannedStart: s.start } : {}), ...(s.cancelled ? { cancelled: true } : {}), ...(s.note ? { note: s.note } : {}) }));
  if (changes.length) schedule.changes = changes;
  return schedule;
}

/** The last day of a session: its `endDate`, or the next day when it runs past midnight. */
const lastDay = (s: { date: string; start?: string; end?: string; endDate?: string }) =>
  s.endDate ?? (s.start && s.end && s.end <= s.start ? isoDay(dayNumber(s.date) + 1) : undefined);

/** True when `schedule` gives exactly `sessions` in the range. */
function same(schedule: Schedule, sessions: Session[], from: string, to: string): boolean {
  const ours = deps.occurrences(schedule, from, to).filter((o) => o.date >= from);
  return (
    ours.length === sessions.length &&
    ours.every((o, i) => {
      const s = sessions[i];
      return o.date === s.date && o.start === s.start && o.end === s.end && lastDay(o) === lastDay(s) && (o.status === 'cancelled') === s.cancelled;
    })
  );
}

const WEEKDAY_OF = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;

/**
 * A weekly rule for a series that keeps one time on the same weekdays, if
 * it gives exactly these sessions: days the rule has but the file does not
 * as `except`, sessions moved, cancelled or annotated by an override as
 * `changes`. Undefined when the sessions follow no such rule.
 */
function asRule(sessions: Session[], from: string, to: string): Schedule | undefined {
  if (sessions.length < 4 || sessions.some((s) => s.endDate || !s.planned)) return undefined;
  const planned = sessions.map((s) => ({ date: s.planned!.date, start: s.planned!.time }));
  const [first] = planned;
  if (planned.some((p) => p.start !== first.start)) return undefined;
  // The rule's end: that of the sessions that kept their time.
  const kept = sessions.filter((s, i) => s.date === planned[i].date && s.start === planned[i].start);
  const end = kept[0]?.end;
  if (kept.length === 0 || kept.some((s) => s.end !== end)) return undefined;
  // The rule's weekdays: those of most weeks. A single Saturday in a Tuesday and Thursday series
  // (an RDATE) is an extra date, not "Tue, Thu and Sat".
  const weekdayOf = (date: string) => WEEKDAY_OF[(dayNumber(date) + 3) % 7];
  const perWeekday = new Map<(typeof WEEKDAY_OF)[number], number>();
  for (const p of planned) perWeekday.set(weekdayOf(p.date), (perWeekday.get(weekdayOf(p.date)) ?? 0) + 1);
  const most = Math.max(...perWeekday.values());
  const weekdays = [...perWeekday].filter(([, n]) => n >= Math.max(2, most / 4)).map(([day]) => day);
  if (weekdays.length === 0) return undefined;
  const extras = planned.filter((p) => !weekdays.includes(weekdayOf(p.date))).map((p) => ({ date: p.date, ...(p.start ? { start: p.start, ...(end ? { end } : {}) } : {}) }));
  const last = planned[planned.length - 1].date;
  const actual = [...sessions].sort((a, b) => (`${a.date} ${a.start ?? ''}` < `${b.date} ${b.start ?? ''}` ? -1 : 1));
  const changes = sessions.flatMap((s, i) => {
    const change: NonNullable<Schedule['changes']>[number] = { date: planned[i].date };
    if (s.cancelled) change.cancelled = true;
    if (s.date !== planned[i].date) change.newDate = s.date;
    if (s.start !== planned[i].start || s.end !== end) {
      if (s.start) change.startTime = s.start;
      if (s.end) change.endTime = s.end;
    }
    if (s.note) change.note = s.note;
    return Object.keys(change).length > 1 ? [change] : [];
  });
  for (const interval of [1, 2, 3, 4]) {
    // Sessions up to the end of what was read: the rule may go on, so it gets no end.
    const open = dayNumber(to) - dayNumber(last) < 7 * interval;
    const base: Schedule = { start: first.date, ...(open ? {} : { end: last }), weekly: { days: weekdays, ...(interval > 1 ? { interval } : {}) } };
    if (first.start) base.startTime = first.start;
    if (end) base.endTime = end;
    const dates = new Set(planned.map((p) => p.date));
    const except = deps.occurrences(base, first.date, last).filter((o) => !dates.has(o.date)).map((o) => o.date);
    // A rule with more days off than sessions says less than the list.
    if (except.length > sessions.length / 2) continue;
    const schedule: Schedule = { ...base, ...(except.length ? { except } : {}), ...(extras.length ? { dates: extras } : {}), ...(changes.length ? { changes } : {}) };
    if (same(schedule, actual, from, to)) return schedule;
  }
  return undefined;
}

/** Splits a LOCATION such as "Bürgerhaus, Markt 3, 12345 Musterstadt" into a place, when it names a German postcode and town. */
function placeFrom(location: string): { name?: string; address: { street?: string; postcode: string; municipality: string } } | undefined {
  // An address is short; a long LOCATION (", , , …" 40,000 times) would make the pattern below take minutes.
  if (location.length > 300) return undefined;
  const match = /^(.*?)[,\s]*\b(\d{5})\s+([^,\d][^,]*?)\s*(?:,\s*(?:Deutschland|Germany))?$/i.exec(location);
  if (!match) return undefined;
  const parts = match[1].split(',').map((p) => p.trim()).filter(Boolean);
  const street = parts.length > 1 ? parts.slice(1).join(', ') : parts[0];
  return { ...(parts.length > 1 ? { name: parts[0] } : {}), address: { ...(street ? { street } : {}), postcode: match[2], municipality: match[3] } };
}

export interface IcsFeed {
  json: unknown;
  problems: FeedProblem[];
}

const PROBLEM_FIELDS = { 'blank-line': 'ics-blank-line', unreadable: 'ics-unreadable', 'no-start': 'ics-no-start', sessions: 'ics-sessions' } as const;

/**
 * The feed JSON for a file read by `readIcs`, and its problems as feed
 * problems ("line 12"). `today` (`YYYY-MM-DD`) is the day of every
 * record's check; `from`/`to` the range the sessions were read in;
 * `lotse`: `calendarDeps` from deps.ts.
 */
export function icsToFeed(read: IcsRead, url: string, today: string, from: string, to: string, lotse: CalendarDeps): IcsFeed {
  deps = lotse;
  let host = 'iCalendar';
  try {
    host = new URL(url).host || host;
  } catch {
    // Not a URL: the name stays generic.
  }
  const places = new Map<string, { id: string }>();
  const offers = read.events
    .filter((event) => event.sessions.length > 0)
    .map((event: IcsEventRead) => {
      const sessions = event.sessions.map(session);
      const schedule = asRule(sessions, from, to) ?? listedSchedule(sessions.sort((a, b) => (`${a.date} ${a.start ?? ''}` < `${b.date} ${b.start ?? ''}` ? -1 : 1)));
      const place = event.location ? placeFrom(event.location) : undefined;
      let placeId: string | undefined;
      if (place) {
        placeId = `place-${hash(event.location)}`;
        if (!places.has(placeId)) places.set(placeId, { id: placeId, ...place });
      }
      const modified = event.modified && event.modified <= today ? event.modified : today;
      return {
        id: idFromUid(event.uid),
        kind: 'event',
        title: event.summary || event.location || read.name || host,
        ...(event.description ? { description: plainText(event.description) } : {}),
        ...(event.location && !place ? { summary: event.location } : {}),
        ...(placeId ? { places: [placeId] } : {}),
        ...(/^https?:\/\//i.test(event.url) ? { url: event.url } : {}),
        ...(event.cancelled ? { status: 'cancelled' } : {}),
        schedule,
        verified: modified,
      };
    });
  const json = {
    lotse: '1.0',
    id: `ics-${hash(url)}`,
    language: 'de',
    timeZone: BERLIN,
    publisher: { name: read.name || host, ...(/^https?:/.test(url) ? { url: new URL(url).origin } : {}), updated: today },
    places: [...places.values()],
    offers,
  };
  const problems: FeedProblem[] = read.problems.map((p) => ({
    source: url,
    collection: p.index === undefined ? 'feed' : 'offers',
    ...(p.uid ? { id: p.uid } : {}),
    index: p.index ?? 0,
    field: `line ${p.line}`,
    reason: 'format',
    expect: PROBLEM_FIELDS[p.code],
    ...(p.detail ? { value: p.detail } : {}),
    dropped: p.code !== 'blank-line' && p.code !== 'sessions',
  }));
  return { json, problems };
}
