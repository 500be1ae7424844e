/**
 * A provider's .ics export as a feed: one hand-written file per thing real
 * exports do, read by ical.js, converted to Europe/Berlin wall-clock time,
 * validated like any feed; through the store when `src` names an .ics file,
 * with a blank line and a broken event reported by line while the other
 * events are shown.
 */
import { expect } from '@esm-bundle/chai';
import { calendarDeps } from '../../src/core/calendar/deps.js';
import { acceptIcsSources } from '../../src/core/calendar/ics-source.js';
import { icsToFeed, idFromUid, plainText } from '../../src/core/calendar/ics-feed.js';
import { readIcs } from '../../src/core/calendar/ics-read.js';
import { describeProblem } from '../../src/core/feed/problem-report.js';
import { checkFeed, type ValidatedFeed } from '../../src/core/feed/validate-records.js';
import type { Schedule } from '../../src/core/feed/schema.js';
import { feedSource, resetFeedStore } from '../../src/core/feed/store.js';
import { berlinNow } from '../../src/core/time/berlin.js';
import { occurrences } from '../../src/core/time/recurrence.js';
import { icsFixture, nearToday, type IcsFixture } from '../fixtures/ics.js';
import { answerRaw, mockUrl, PATIENT, useMsw } from '../helpers/msw.js';

const FROM = '2027-01-01';
const TO = '2028-01-31';

/** The file as the feed validator keeps it: offers, places and problems. */
async function feedOf(name: IcsFixture): Promise<ValidatedFeed> {
  const url = `https://provider.example/${name}.ics`;
  const { json, problems } = icsToFeed(readIcs(await icsFixture(name), FROM, TO), url, '2026-12-07', FROM, TO, calendarDeps);
  const feed = checkFeed(json, url);
  if ('code' in feed) throw new Error(`not a feed: ${JSON.stringify(feed)}`);
  feed.problems.unshift(...problems);
  return feed;
}

/** "date start–end" per session of each offer, as residents see them. */
function sessions(feed: ValidatedFeed, title: string): string[] {
  const offer = feed.offers.find((o) => o.title === title);
  if (!offer) throw new Error(`no offer "${title}" in ${feed.offers.map((o) => o.title).join(' | ')}`);
  return occurrences(offer.schedule as Schedule, FROM, TO).map(
    (o) => `${o.date}${o.start ? ` ${o.start}–${o.end ?? ''}` : ''}${o.endDate ? ` until ${o.endDate}` : ''}${o.status === 'scheduled' ? '' : ` ${o.status}`}`,
  );
}

describe('iCalendar files read as a feed', () => {
  it('converts other zones to Berlin: New York across both changes of summer time, Outlook zone names, a TZID without VTIMEZONE', async () => {
    const feed = await feedOf('other-zones');
    expect(feed.problems).to.deep.equal([]);
    // New York changes on 14 March, Berlin on 28 March: noon there is 18:00, 17:00, 17:00, 18:00 here.
    expect(sessions(feed, 'Webinar aus New York: Anerkennung von Abschlüssen')).to.deep.equal([
      '2027-03-10 18:00–19:00',
      '2027-03-17 17:00–18:00',
      '2027-03-24 17:00–18:00',
      '2027-03-31 18:00–19:00',
    ]);
    expect(sessions(feed, 'Sprechstunde (aus Outlook)')).to.deep.equal(['2027-04-05 10:00–11:30']);
    expect(sessions(feed, 'Online-Treffen aus London (TZID ohne VTIMEZONE)')).to.deep.equal(['2027-07-02 10:00–11:00']);
  });

  it('converts UTC times, also past midnight into the new year', async () => {
    const feed = await feedOf('utc');
    expect(sessions(feed, 'Elternabend (Winterzeit)')).to.deep.equal(['2027-01-15 18:00–19:30']);
    expect(sessions(feed, 'Elternabend (Sommerzeit)')).to.deep.equal(['2027-07-15 18:00–19:30']);
    expect(sessions(feed, 'Silvesterfeier im Jugendzentrum')).to.deep.equal(['2027-12-31 23:00–02:00 until 2028-01-01']);
  });

  it('reads DURATION instead of DTEND, and a weekly RRULE as a weekly rule', async () => {
    const feed = await feedOf('duration');
    expect(sessions(feed, 'Deutsch am Abend')).to.deep.equal(['2027-03-01 18:00–20:15', '2027-03-08 18:00–20:15', '2027-03-15 18:00–20:15', '2027-03-22 18:00–20:15', '2027-03-29 18:00–20:15']);
    expect(feed.offers.find((o) => o.title === 'Deutsch am Abend')!.schedule!.weekly).to.deep.equal({ days: ['mo'] });
    expect(sessions(feed, 'Wochenendseminar für Ehrenamtliche')).to.deep.equal(['2027-06-12 until 2027-06-13']);
  });

  it('ends whole days the day before their exclusive DTEND', async () => {
    const feed = await feedOf('all-day');
    expect(sessions(feed, 'Interkulturelle Woche')).to.deep.equal(['2027-09-20 until 2027-09-26']);
    expect(sessions(feed, 'Fest der Kulturen')).to.deep.equal(['2027-10-03']);
    expect(sessions(feed, 'Tag der offenen Tür')).to.deep.equal(['2027-11-01']);
  });

  it('follows two RRULEs of one event', async () => {
    const feed = await feedOf('two-rrules');
    // First Tuesday and last Friday, three of each counted from DTSTART (which counts for both, as ical.js reads RFC 5545).
    expect(sessions(feed, 'Netzwerktreffen: erster Dienstag und letzter Freitag')).to.deep.equal([
      '2027-02-02 18:00–20:00',
      '2027-02-26 18:00–20:00',
      '2027-03-02 18:00–20:00',
      '2027-03-26 18:00–20:00',
      '2027-04-06 18:00–20:00',
    ]);
  });

  it('leaves out EXDATEs and adds RDATEs', async () => {
    const feed = await feedOf('exdate-rdate');
    expect(sessions(feed, 'Sprachcafé')).to.deep.equal(['2027-05-06 10:00–12:00', '2027-05-15 10:00–12:00', '2027-05-20 10:00–12:00', '2027-06-03 10:00–12:00', '2027-06-10 10:00–12:00']);
    // Read as a Thursday rule with one extra Saturday, not as "Thursdays and Saturdays" with days off.
    const schedule = feed.offers.find((o) => o.title === 'Sprachcafé')!.schedule!;
    expect(schedule.weekly?.days).to.deep.equal(['th']);
    expect(schedule.dates?.map((d) => d.date)).to.deep.equal(['2027-05-15']);
  });

  it('applies overrides: a moved session with its note, a cancelled one shown as cancelled', async () => {
    const feed = await feedOf('overrides');
    expect(sessions(feed, 'Integrationskurs am Abend')).to.deep.equal([
      '2027-10-04 18:00–20:00',
      '2027-10-12 19:00–21:00 moved',
      '2027-10-18 18:00–20:00 cancelled',
      '2027-10-25 18:00–20:00',
      '2027-11-01 18:00–20:00',
      '2027-11-08 18:00–20:00',
    ]);
    const offer = feed.offers[0];
    // Read as the weekly rule it is, the override as a change of one session.
    expect(offer.schedule!.weekly).to.deep.equal({ days: ['mo'] });
    const moved = occurrences(offer.schedule!, FROM, TO)[1];
    expect(moved).to.include({ planned: '2027-10-11', plannedStart: '18:00', note: 'Heute im Raum 2, Eingang Hof.' });
    expect(offer.description).to.equal('Bitte den Kursausweis mitbringen.');
  });

  it('keeps two sessions of one day apart: DTSTART beside RDATEs, a day named twice once, an override of the second session on it', async () => {
    const feed = await feedOf('same-day');
    // Only the evening session is cancelled, not the morning one of the same day.
    expect(sessions(feed, 'Sprechstunde zweimal am Tag')).to.deep.equal(['2027-10-04 10:00–11:00', '2027-10-04 18:00–19:00 cancelled', '2027-10-05 10:00–11:00']);
    // DTSTART is the first session even when only RDATEs follow it (ical.js leaves it out).
    expect(sessions(feed, 'Elterncafé')).to.deep.equal(['2027-10-11 10:00–12:00', '2027-10-11 14:00–16:00', '2027-10-18 10:00–12:00']);
    // A day that the RRULE and an RDATE both name is one session.
    expect(sessions(feed, 'Doppelt genannt')).to.deep.equal(['2027-11-04 10:00–11:00', '2027-11-11 10:00–11:00']);
  });

  it('turns every UID into a feed id, unique and valid, whatever it holds', async () => {
    const feed = await feedOf('uid-at');
    expect(feed.problems).to.deep.equal([]);
    expect(feed.offers).to.have.length(4);
    const ids = feed.offers.map((o) => o.id);
    expect(new Set(ids).size).to.equal(4);
    expect(ids.every((id) => /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/.test(id))).to.equal(true);
    expect(idFromUid('plain-id')).to.equal('plain-id');
    expect(idFromUid('event/42;v=2@provider.example')).to.not.equal(idFromUid('event-42-v-2@provider.example'));
  });

  it('turns an HTML description (as Google Calendar writes it) into plain text with its line breaks and link addresses', () => {
    expect(plainText('<b>Sprachcafé</b> mit <a href="https://verein.example/anmeldung">Anmeldung</a><br>Bitte &amp; gern<ul><li>Tee</li><li>Kuchen</li></ul>')).to.equal(
      'Sprachcafé mit Anmeldung (https://verein.example/anmeldung)\nBitte & gern\n- Tee\n- Kuchen',
    );
    // Text that only looks like it has tags stays as written.
    expect(plainText('Preis < 5 € & Eintritt > 0')).to.equal('Preis < 5 € & Eintritt > 0');
  });

  it('reads crafted descriptions and places in time that grows with their length, not its square', () => {
    // Each of these held the page for seconds to minutes before (the test then timed out).
    const anchors = '<a href="x">'.repeat(40000);
    expect(plainText(`${anchors}Ende`)).to.equal('Ende');
    expect(plainText('<a<a<a'.repeat(20000) + '<b>x</b>')).to.have.length.above(100000);
    expect(plainText(`<p>Zeile${' '.repeat(100000)}x</p>`)).to.equal(`Zeile${' '.repeat(100000)}x`);
    expect(plainText('<p>Text   </p>\n<p>mehr</p>')).to.equal('Text\n\nmehr');
    const read = readIcs(icsFile([`UID:loc@x\nDTSTAMP:20261201T100000Z\nDTSTART:20270105T180000\nLOCATION:${'a\\, '.repeat(40000)}x\nSUMMARY:Ort`]), FROM, TO);
    const { json } = icsToFeed(read, 'https://a.example/k.ics', '2026-12-01', FROM, TO, calendarDeps);
    expect((json as { places: unknown[] }).places).to.deep.equal([]);
  });

  it('leaves an empty DESCRIPTION out and makes a place of a German address', async () => {
    const feed = await feedOf('empty-description');
    const [offer] = feed.offers;
    expect(offer.description).to.equal(undefined);
    expect(feed.places).to.have.length(1);
    expect(feed.places[0].address).to.deep.equal({ street: 'Hauptstraße 1', postcode: '50126', municipality: 'Bergheim' });
    expect(feed.places[0].name).to.equal('Bürgerhaus Mitte');
    expect(offer.places).to.deep.equal([feed.places[0].id]);
  });

  it('reports a blank line and a broken event by line, and keeps every other event', async () => {
    const feed = await feedOf('blank-line');
    expect(feed.offers.map((o) => o.title)).to.deep.equal(['Termin vor der Leerzeile', 'Termin nach der Leerzeile', 'Letzter Termin']);
    expect(feed.problems.map((p) => ({ collection: p.collection, index: p.index, field: p.field, expect: describeProblem(p).expect, dropped: p.dropped }))).to.deep.equal([
      { collection: 'feed', index: 0, field: 'line 30', expect: 'ics-blank-line', dropped: false },
      { collection: 'offers', index: 2, field: 'line 38', expect: 'ics-unreadable', dropped: true },
    ]);
  });
});

describe('an .ics address in src', () => {
  useMsw();
  before(() => acceptIcsSources());
  beforeEach(() => resetFeedStore(PATIENT));

  it('is fetched and read as a feed, its problems before the validator’s', async () => {
    const url = mockUrl('/provider/termine.ics');
    answerRaw(url, nearToday(await icsFixture('blank-line'), berlinNow().date), 'text/calendar; charset=utf-8');
    const source = feedSource(url);
    await source.load();
    const state = source.state;
    if (state.status !== 'ready') throw new Error(`not ready: ${JSON.stringify(state)}`);
    expect(state.feed.offers).to.have.length(3);
    expect(state.feed.publisher.name).to.equal('Datei mit Leerzeile');
    expect(state.feed.problems.map((p) => p.field)).to.deep.equal(['line 30', 'line 38']);
  });

  it('is refused when the server sends something else', async () => {
    const url = mockUrl('/provider/not-a-calendar.ics');
    answerRaw(url, '<html>Not found</html>', 'text/html');
    const source = feedSource(url);
    await source.load();
    expect(source.state.status).to.equal('error');
    expect(source.state.status === 'error' && source.state.error.code).to.equal('content-type');
  });

  it('is refused as a wrong format when a calendar type brings no iCalendar text', async () => {
    const url = mockUrl('/provider/empty-page.ics');
    answerRaw(url, '<html>Bitte anmelden</html>', 'text/calendar');
    const source = feedSource(url);
    await source.load();
    expect(source.state.status).to.equal('error');
    expect(source.state.status === 'error' && source.state.error.code).to.equal('format');
  });
});

/** A file of `events` (VEVENT bodies without BEGIN/END), with CRLF. */
const icsFile = (events: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Lotse tests//inline//DE', ...events.flatMap((body) => ['BEGIN:VEVENT', ...body.trim().split('\n').map((l) => l.trim()), 'END:VEVENT']), 'END:VCALENDAR', ''].join('\r\n');

describe('files that would break or freeze the reader', () => {
  it('leaves out an event whose DTEND, UNTIL, DURATION or DTSTART cannot be read, and reads the others', () => {
    const good = 'UID:good@x\nDTSTAMP:20261201T100000Z\nDTSTART:20270105T180000\nDTEND:20270105T200000\nSUMMARY:Gut';
    const read = readIcs(
      icsFile([
        good,
        'UID:bad-end@x\nDTSTAMP:20261201T100000Z\nDTSTART:20270106T180000\nDTEND:2026XX\nSUMMARY:Ende kaputt',
        'UID:bad-until@x\nDTSTAMP:20261201T100000Z\nDTSTART:20270107T180000\nRRULE:FREQ=WEEKLY;UNTIL=garbage\nSUMMARY:UNTIL kaputt',
        'UID:bad-duration@x\nDTSTAMP:20261201T100000Z\nDTSTART:20270108T180000\nDURATION:PTXYZ\nSUMMARY:Dauer kaputt',
        'UID:bad-start@x\nDTSTAMP:20261201T100000Z\nDTSTART:2026XX99\nSUMMARY:Start kaputt',
      ]),
      FROM,
      TO,
    );
    expect(read.events.map((e) => e.summary)).to.deep.equal(['Gut']);
    expect(read.problems.map((p) => `${p.code} ${p.uid ?? ''} line ${p.line}`)).to.deep.equal([
      'unreadable bad-end@x line 11',
      'unreadable bad-until@x line 18',
      'unreadable bad-duration@x line 25',
      'unreadable bad-start@x line 32',
    ]);
  });

  it('follows rules from decades ago from near the range, with the same sessions', () => {
    const since = (year: number, n: number) => `UID:office-${year}-${n}@x\nDTSTAMP:20261201T100000Z\nDTSTART;TZID=Europe/Berlin:${year}0103T0900${String(n % 60).padStart(2, '0')}\nDTEND;TZID=Europe/Berlin:${year}0103T1200${String(n % 60).padStart(2, '0')}\nRRULE:FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR\nSUMMARY:Sprechstunde ${year} ${n}`;
    const everyOther = 'UID:biweekly@x\nDTSTAMP:20261201T100000Z\nDTSTART;TZID=Europe/Berlin:19900101T180000\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH\nSUMMARY:Alle zwei Wochen';
    const read = readIcs(icsFile([...Array.from({ length: 20 }, (_, n) => since(2000, n)), since(1990, 99), everyOther]), FROM, TO);
    expect(read.problems).to.deep.equal([]);
    const weekdaysInRange = (() => {
      let n = 0;
      for (let day = Date.UTC(2027, 0, 1); day <= Date.UTC(2028, 0, 31); day += 86_400_000) if (![0, 6].includes(new Date(day).getUTCDay())) n++;
      return n;
    })();
    for (const event of read.events.filter((e) => e.summary.startsWith('Sprechstunde'))) expect(event.sessions, event.summary).to.have.length(weekdaysInRange);
    // 1 January 1990 was a Monday: every other week from then on, Mondays and Thursdays.
    const biweekly = read.events.find((e) => e.summary === 'Alle zwei Wochen')!.sessions.map((s) => s.start.wall.slice(0, 10));
    const phase = (iso: string) => Math.floor((Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) - Date.UTC(1990, 0, 1)) / 86_400_000 / 7) % 2;
    expect(biweekly.length).to.be.greaterThan(50);
    expect(biweekly.every((day) => phase(day) === 0 && [1, 4].includes(new Date(`${day}T12:00:00Z`).getUTCDay()))).to.equal(true);
  });

  it('refuses a rule that steps more than ten years at a time, which ical.js would take ages over, and reads the rest', () => {
    const step = (uid: string, rule: string) => `UID:${uid}@x\nDTSTAMP:20261201T100000Z\nDTSTART;TZID=Europe/Berlin:20270105T180000\nRRULE:${rule}\nSUMMARY:${uid}`;
    // Before the check, the first rule alone held the page for minutes: the test then timed out.
    const read = readIcs(
      icsFile([
        step('weeks', 'FREQ=WEEKLY;INTERVAL=2147483647'),
        step('days', 'FREQ=DAILY;INTERVAL=900000000'),
        step('years', 'FREQ=YEARLY;INTERVAL=11'),
        step('fine', 'FREQ=WEEKLY;INTERVAL=52'),
      ]),
      FROM,
      TO,
    );
    expect(read.problems.map((p) => `${p.code} ${p.uid} ${p.detail}`)).to.deep.equal([
      'unreadable weeks@x FREQ=WEEKLY;INTERVAL=2147483647',
      'unreadable days@x FREQ=DAILY;INTERVAL=900000000',
      'unreadable years@x FREQ=YEARLY;INTERVAL=11',
    ]);
    // 5 January 2027 and, 52 weeks on, 4 January 2028.
    expect(read.events.map((e) => [e.summary, e.sessions.length])).to.deep.equal([['fine', 2]]);
  });

  it('refuses rules by the hour or minute, and says when a rule was cut short', () => {
    const minutely = Array.from({ length: 200 }, (_, n) => `UID:m${n}@x\nDTSTAMP:20261201T100000Z\nDTSTART:20200101T000000Z\nRRULE:FREQ=MINUTELY\nSUMMARY:Jede Minute ${n}`);
    const counted = 'UID:counted@x\nDTSTAMP:20261201T100000Z\nDTSTART:19800101T100000Z\nRRULE:FREQ=DAILY;COUNT=100000\nSUMMARY:Gezählt seit 1980';
    const read = readIcs(icsFile([...minutely, counted]), FROM, TO);
    expect(read.problems.filter((p) => p.code === 'unreadable' && p.detail === 'FREQ=MINUTELY')).to.have.length(200);
    // A rule with COUNT is followed from its start; 1980 is too far back to reach the range.
    expect(read.problems.filter((p) => p.code === 'sessions').map((p) => p.uid)).to.deep.equal(['counted@x']);
  });
});
