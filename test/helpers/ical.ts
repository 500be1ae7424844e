/**
 * ical.js, the reference implementation, as tests use it: parse a calendar
 * we wrote, expand every series with its EXDATEs, RDATEs and overrides
 * (RECURRENCE-ID) in a range, and list the sessions as wall-clock times in
 * the calendar's own zone, beside their instants, for a comparison with
 * Lotse's own expansion one by one.
 */
import ICAL from 'ical.js';

export interface ReferenceSession {
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:MM`, none for whole days */
  start?: string;
  end?: string;
  /** Last day, when it ends on a later day (for whole days: the last day, not the exclusive end). */
  endDate?: string;
  status: 'scheduled' | 'cancelled';
  /** Milliseconds since 1970 of the start (whole days: undefined). */
  utc?: number;
  uid: string;
  summary: string;
  description?: string;
  location?: string;
}

type Time = InstanceType<typeof ICAL.Time>;

const day = (t: Time) => t.toString().slice(0, 10);
const clock = (t: Time) => t.toString().slice(11, 16);

function minusOneDay(t: Time): string {
  const copy = t.clone();
  copy.adjust(-1, 0, 0, 0);
  return day(copy);
}

/** Every session of every VEVENT in `text` that starts on a day from `from` to `to` (inclusive). */
export function expandWithIcalJs(text: string, from: string, to: string): ReferenceSession[] {
  const root = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const byUid = new Map<string, { master?: InstanceType<typeof ICAL.Event>; overrides: InstanceType<typeof ICAL.Event>[] }>();
  for (const component of root.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(component);
    const group = byUid.get(event.uid) ?? { overrides: [] };
    byUid.set(event.uid, group);
    if (event.isRecurrenceException()) group.overrides.push(event);
    else group.master = event;
  }
  const out: ReferenceSession[] = [];
  for (const [uid, { master, overrides }] of byUid) {
    if (!master) throw new Error(`no master event for ${uid}`);
    for (const override of overrides) master.relateException(override);
    // ical.js gives every session start + duration, added to the wall clock; a single event has its own DTEND.
    const single = !master.isRecurring();
    const iterator = master.iterator();
    for (let next = iterator.next(), guard = 0; next && guard < 20_000; next = iterator.next(), guard++) {
      const details = master.getOccurrenceDetails(next);
      // Iteration runs by planned time; a session moved from after the range into it is rare enough to end here.
      if (day(next) > to && day(details.startDate) > to) break;
      const start = single ? master.startDate : details.startDate;
      const end = single ? master.endDate : details.endDate;
      if (day(start) < from || day(start) > to) continue;
      const item = details.item;
      const status = String(item.component.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED' ? 'cancelled' : 'scheduled';
      const session: ReferenceSession = { date: day(start), status, uid, summary: item.summary, utc: start.isDate ? undefined : start.toUnixTime() * 1000 };
      if (item.description) session.description = item.description;
      if (item.location) session.location = item.location;
      if (start.isDate) {
        const lastDay = minusOneDay(end);
        if (lastDay > session.date) session.endDate = lastDay;
      } else {
        session.start = clock(start);
        if (end && end.compare(start) > 0) {
          session.end = clock(end);
          if (day(end) > session.date) session.endDate = day(end);
        }
      }
      out.push(session);
    }
  }
  return out.sort((a, b) => (`${a.date} ${a.start ?? ''}` < `${b.date} ${b.start ?? ''}` ? -1 : 1));
}
