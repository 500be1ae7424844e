/**
 * The iCalendar text itself (RFC 5545): CRLF, lines of at most 75 octets
 * folded between characters, escaped text that ical.js reads back as it
 * was, UIDs stable across downloads, a DTSTAMP, the VTIMEZONE of every
 * TZID, RRULE with UNTIL in UTC, and overrides for moved, cancelled and
 * clock-change sessions.
 */
import { expect } from '@esm-bundle/chai';
import ICAL from 'ical.js';
import type { OfferEntry } from '../../src/core/feed/catalog.js';
import type { Offer, Schedule } from '../../src/core/feed/schema.js';
import { escapeText, foldLine, writeCalendar } from '../../src/core/calendar/ics-write.js';
import { calendarDeps } from '../../src/core/calendar/deps.js';
import { offersCalendar } from '../../src/core/calendar/offer-events.js';
import { HOSTILE_STRINGS } from '../helpers/hostile-strings.js';
import { expandWithIcalJs } from '../helpers/ical.js';

const feed = {
  url: 'https://kreis.example/feed.json',
  id: 'kreis',
  language: 'de',
  formatVersion: '1.0',
  publisher: { name: 'K', updated: '2026-01-01' },
  topics: [],
  audiences: [],
  organizations: [],
  places: [{ id: 'vhs', name: 'VHS, Haus am Markt', address: { street: 'Markt 3', postcode: '12345', municipality: 'Musterstadt' } }],
  offers: [],
  guides: [],
  emergency: [],
  problems: [],
};

function entry(offer: Partial<Offer> & { schedule: Schedule }): OfferEntry {
  const full = { id: 'kurs-1', kind: 'course' as const, title: 'Kurs', verified: '2026-01-01', places: ['vhs'], ...offer };
  return { key: full.id, offer: full as Offer, feed, places: feed.places, topics: [], audiences: [] };
}

const octets = (line: string) => new TextEncoder().encode(line).length;
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

describe('iCalendar text', () => {
  it('escapes backslashes, semicolons, commas and every line break', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).to.equal('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(escapeText('Glocke\u0007 ok\tTab')).to.equal('Glocke ok\tTab');
  });

  it('folds lines after 75 octets, between characters, and unfolds to the same line', () => {
    for (const value of ['x'.repeat(200), 'ä'.repeat(120), 'دورة اللغة الألمانية للمبتدئين '.repeat(6), '👨‍👩‍👧‍👦'.repeat(30)]) {
      const line = `SUMMARY:${value}`;
      const folded = foldLine(line);
      for (const part of folded.split('\r\n')) expect(octets(part)).to.be.at.most(75);
      expect(folded.split('\r\n').slice(1).every((part) => part.startsWith(' '))).to.equal(true);
      expect(unfold(folded)).to.equal(line);
    }
  });

  it('ends every line with CRLF and reads back every hostile string as it was', () => {
    const schedule = { start: '2026-05-04', startTime: '18:00', endTime: '20:00' };
    const entries = HOSTILE_STRINGS.map(({ value }, n) => entry({ id: `h-${n}`, title: value, summary: value, schedule }));
    const text = offersCalendar(entries, { requested: 'de', stamp: Date.UTC(2026, 0, 1) }, calendarDeps);
    expect(text.endsWith('\r\n')).to.equal(true);
    expect(/[^\r]\n/.test(text), 'a bare LF').to.equal(false);
    expect(text.split('\r\n').every((line) => octets(line) <= 75)).to.equal(true);
    const sessions = expandWithIcalJs(text, '2026-01-01', '2026-12-31');
    expect(sessions).to.have.length(HOSTILE_STRINGS.length);
    for (const session of sessions) {
      const n = Number(session.uid.split('@')[0].slice(2));
      // What iCalendar cannot carry is dropped (control characters) or replaced (lone surrogates); the rest comes back.
      const expected = HOSTILE_STRINGS[n].value
        .replace(/\p{Cs}/gu, '\ufffd')
        .replace(/\r\n|\r|\u2028|\u2029|\u0085/g, '\n')
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
      expect(session.summary, HOSTILE_STRINGS[n].name).to.equal(expected);
    }
  });

  it('keeps UIDs stable across downloads and stamps each file', () => {
    const course = entry({ schedule: { start: '2026-05-04', count: 4, startTime: '18:00', endTime: '20:00', weekly: { days: ['mo'] } } });
    const first = offersCalendar([course], { requested: 'de', stamp: Date.UTC(2026, 0, 1) }, calendarDeps);
    const second = offersCalendar([course], { requested: 'de', stamp: Date.UTC(2026, 1, 1, 12, 30) }, calendarDeps);
    const uids = (text: string) => text.match(/^UID:.*$/gm);
    expect(uids(first)).to.deep.equal(uids(second));
    expect(uids(first)).to.deep.equal(['UID:kurs-1@kreis.kreis.example']);
    expect(first).to.include('DTSTAMP:20260101T000000Z');
    expect(second).to.include('DTSTAMP:20260201T123000Z');
  });

  it('writes the VTIMEZONE, RRULE with UNTIL in UTC, EXDATE, RDATE and RECURRENCE-ID overrides', () => {
    const course = entry({
      title: 'Deutsch am Abend',
      schedule: {
        start: '2026-10-03',
        end: '2026-11-30',
        startTime: '22:00',
        endTime: '02:00',
        weekly: { days: ['sa'] },
        except: ['2026-10-10'],
        dates: [{ date: '2026-10-29', start: '22:00', end: '02:00' }],
        changes: [
          { date: '2026-10-17', newDate: '2026-10-18', startTime: '20:00', endTime: '22:00', place: 'vhs', note: 'Im Saal; bitte, pünktlich' },
          { date: '2026-10-31', cancelled: true, note: 'Krank' },
        ],
      },
    });
    const text = unfold(offersCalendar([course], { requested: 'de', stamp: Date.UTC(2026, 0, 1) }, calendarDeps));
    expect(text).to.include('BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin');
    expect(text).to.include('DTSTART;TZID=Europe/Berlin:20261003T220000');
    expect(text).to.include('DURATION:PT4H0M');
    expect(text).to.include('RRULE:FREQ=WEEKLY;BYDAY=SA;WKST=MO;UNTIL=20261130T225959Z');
    expect(text).to.include('EXDATE;TZID=Europe/Berlin:20261010T220000');
    expect(text).to.include('RDATE;TZID=Europe/Berlin:20261029T220000');
    expect(text).to.include('RECURRENCE-ID;TZID=Europe/Berlin:20261017T220000');
    expect(text).to.include('DESCRIPTION;LANGUAGE=de:Im Saal\\; bitte\\, pünktlich');
    expect(text).to.include('LOCATION;LANGUAGE=de:VHS\\, Haus am Markt\\, Markt 3\\, 12345 Musterstadt');
    expect(text).to.match(/RECURRENCE-ID;TZID=Europe\/Berlin:20261031T220000\r\n(.*\r\n)*?STATUS:CANCELLED/);
    // The night the clocks go back, four hours from 22:00 summer time still end at 02:00: no override.
    expect(text).to.not.include('RECURRENCE-ID;TZID=Europe/Berlin:20261024T220000');
    const sessions = expandWithIcalJs(text, '2026-10-01', '2026-12-31');
    expect(sessions.map((s) => `${s.date} ${s.start}-${s.end} ${s.status}`)).to.deep.equal([
      '2026-10-03 22:00-02:00 scheduled',
      '2026-10-18 20:00-22:00 scheduled',
      '2026-10-24 22:00-02:00 scheduled',
      '2026-10-29 22:00-02:00 scheduled',
      '2026-10-31 22:00-02:00 cancelled',
      '2026-11-07 22:00-02:00 scheduled',
      '2026-11-14 22:00-02:00 scheduled',
      '2026-11-21 22:00-02:00 scheduled',
      '2026-11-28 22:00-02:00 scheduled',
    ]);
  });

  it('says with an override that a session ends at 02:00 the night the clocks go forward', () => {
    const party = entry({ schedule: { start: '2026-03-07', count: 5, startTime: '22:00', endTime: '02:00', weekly: { days: ['sa'] } } });
    const text = unfold(offersCalendar([party], { requested: 'de', stamp: 0 }, calendarDeps));
    // Four exact hours from 22:00 would be 03:00 summer time; the feed says 02:00, which that night does not exist and means the same instant.
    expect(text).to.include('RECURRENCE-ID;TZID=Europe/Berlin:20260328T220000\r\nDTSTART;TZID=Europe/Berlin:20260328T220000\r\nDTEND;TZID=Europe/Berlin:20260329T020000');
    expect(text.match(/RECURRENCE-ID/g)).to.have.length(1);
    expect(expandWithIcalJs(text, '2026-03-01', '2026-04-30').map((s) => `${s.date} ${s.start}-${s.end}`)).to.deep.equal([
      '2026-03-07 22:00-02:00',
      '2026-03-14 22:00-02:00',
      '2026-03-21 22:00-02:00',
      '2026-03-28 22:00-02:00',
      '2026-04-04 22:00-02:00',
    ]);
  });

  it('writes whole days with an exclusive end, and a whole cancelled offer', () => {
    const text = unfold(offersCalendar([entry({ status: 'cancelled', schedule: { start: '2026-09-20', end: '2026-09-27' } })], { requested: 'de', stamp: 0 }, calendarDeps));
    expect(text).to.include('DTSTART;VALUE=DATE:20260920\r\nDTEND;VALUE=DATE:20260928');
    expect(text).to.include('STATUS:CANCELLED');
    const parsed = new ICAL.Component(ICAL.parse(text));
    expect(parsed.getAllSubcomponents('vevent')).to.have.length(1);
  });

  it('writes times in UTC for a calendar in UTC, with no VTIMEZONE', () => {
    const text = writeCalendar({ zone: 'UTC', stamp: 0, events: [{ uid: 'a@b', summary: 'A', start: { date: '2026-01-02', time: '10:00' }, end: { date: '2026-01-02', time: '11:00' } }] });
    expect(text).to.include('DTSTART:20260102T100000Z');
    expect(text).to.not.include('VTIMEZONE');
  });
});
