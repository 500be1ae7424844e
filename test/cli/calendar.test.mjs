// iCalendar in and out: `lotse import ics` with the widget's reader, `lotse ics` with its writer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lotse, root, tempDir } from './run.mjs';

const ics = (name) => join(root, 'test/fixtures/ics', `${name}.ics`);
const RANGE = ['--from', '2026-01-01', '--to', '2027-12-31'];

async function importIcs(name, extra = []) {
  const out = join(tempDir(), 'feed.json');
  const result = await lotse(['import', 'ics', ics(name), '-o', out, '--lang', 'en', ...RANGE, ...extra]);
  return { ...result, feed: JSON.parse(readFileSync(out, 'utf8')) };
}

test('UTC times, other zones, UIDs with @: converted to Berlin wall-clock time with valid ids', async () => {
  const utc = await importIcs('utc');
  assert.equal(utc.code, 0, utc.stderr);
  assert.deepEqual(utc.feed.offers.map((o) => o.schedule.dates[0]), [
    { date: '2027-01-15', start: '18:00', end: '19:30' },
    { date: '2027-07-15', start: '18:00', end: '19:30' },
    { date: '2027-12-31', start: '23:00', end: '02:00' },
  ]);
  const at = await importIcs('uid-at');
  assert.equal(at.code, 0);
  for (const offer of at.feed.offers) assert.match(offer.id, /^[A-Za-z0-9][A-Za-z0-9._:-]*$/);
  assert.match(at.feed.offers[0].source.ref, /^UID /);
  assert.equal(at.feed.offers[0].source.importer, 'ics');
});

test('RRULE with a moved and a cancelled session (RECURRENCE-ID); EXDATE/RDATE; DURATION; whole days', async () => {
  const { feed } = await importIcs('overrides');
  const { schedule } = feed.offers[0];
  assert.deepEqual(schedule.weekly, { days: ['mo'] });
  assert.deepEqual(schedule.changes.map((c) => [c.date, c.newDate, c.cancelled]), [['2027-10-11', '2027-10-12', undefined], ['2027-10-18', undefined, true]]);
  for (const name of ['exdate-rdate', 'duration', 'all-day', 'two-rrules', 'other-zones']) {
    const result = await importIcs(name);
    assert.equal(result.code, 0, `${name}: ${result.stderr}`);
    assert.ok(result.feed.offers.length > 0, name);
  }
});

test('a blank line and an unreadable event are named by line; the other events are imported; exit 1', async () => {
  const { code, stderr, feed } = await importIcs('blank-line');
  assert.equal(code, 1);
  assert.match(stderr, /blank-line\.ics, line 30: blank line in the file skipped/);
  assert.match(stderr, /blank-line\.ics, line 38: left out: event cannot be read/);
  assert.ok(feed.offers.length >= 1);
  // In German by default, with no code left in the sentence.
  const german = await lotse(['import', 'ics', ics('blank-line'), '-o', join(tempDir(), 'feed.json'), ...RANGE]);
  assert.match(german.stderr, /blank-line\.ics, Zeile 30: Leerzeile in der Datei übersprungen/);
  assert.match(german.stderr, /blank-line\.ics, Zeile 38: ausgelassen: Termin nicht lesbar/);
  assert.doesNotMatch(german.stderr, /ics-|, line \d/);
});

test('not a calendar file: exit 2; a calendar URL that does not answer: exit 3', async () => {
  const dir = tempDir();
  const bad = join(dir, 'x.ics');
  writeFileSync(bad, 'hello');
  assert.equal((await lotse(['import', 'ics', bad])).code, 2);
  const down = await lotse(['import', 'ics', 'http://127.0.0.1:9/kalender.ics', '--lang', 'en']);
  assert.equal(down.code, 3);
  assert.match(down.stderr, /Network error for http:\/\/127\.0\.0\.1:9\/kalender\.ics/);
  // A day that does not exist, or a range that runs backwards, is a wrong call (64), not an empty import.
  assert.equal((await lotse(['import', 'ics', ics('utc'), '--from', '2027-02-30'])).code, 64);
  assert.equal((await lotse(['import', 'ics', ics('utc'), '--from', '2027-03-01', '--to', '2027-02-01'])).code, 64);
});

test('lotse ics writes each listed calendar, RFC 5545: CRLF lines of at most 75 octets, one UID per event, and the reader reads back the sessions', async () => {
  const dir = tempDir();
  const feedFile = join(dir, 'feed.json');
  writeFileSync(
    feedFile,
    JSON.stringify({
      lotse: '1.0',
      language: 'de',
      timeZone: 'Europe/Berlin',
      publisher: { name: 'Kreis', updated: '2026-12-01' },
      calendars: [
        { id: 'deutschkurse', label: { de: 'Alle Deutschkurse' }, url: 'https://kreis.example/kalender/deutschkurse.ics', filter: { kinds: ['course'] } },
        { id: 'alles', label: 'Alles', url: 'https://kreis.example/kalender/' },
      ],
      offers: [
        { id: 'kurs', kind: 'course', title: 'Deutschkurs A1 – ein sehr langer Titel, der über fünfundsiebzig Bytes hinausgeht, mit Ümläuten', verified: '2026-12-01',
          schedule: { start: '2027-01-04', end: '2027-03-29', weekly: { days: ['mo', 'we'] }, startTime: '09:00', endTime: '12:00', except: ['2027-02-15'] } },
        { id: 'cafe', kind: 'event', title: 'Sprachcafé, mit; Kuchen', verified: '2026-12-01', schedule: { dates: [{ date: '2027-01-10', start: '15:00', end: '17:00' }] } },
      ],
    }),
  );
  const out = join(dir, 'kalender');
  const { code, stderr } = await lotse(['ics', feedFile, '--out', out, '--lang', 'en']);
  assert.equal(code, 0, stderr);
  assert.deepEqual(readdirSync(out).sort(), ['alles.ics', 'deutschkurse.ics']);
  const courses = readFileSync(join(out, 'deutschkurse.ics'), 'utf8');
  assert.match(courses, /^BEGIN:VCALENDAR\r\n/);
  assert.match(courses, /END:VCALENDAR\r\n$/);
  assert.doesNotMatch(courses.replace(/\r\n/g, ''), /\n/, 'every line ends in CRLF');
  for (const line of courses.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);
  assert.equal(courses.match(/^BEGIN:VEVENT/gm).length, 1, 'only the course');
  assert.match(courses, /RRULE:FREQ=WEEKLY;BYDAY=MO,WE/);
  assert.match(courses, /EXDATE;TZID=Europe\/Berlin:20270215T090000/);
  assert.match(courses, /DTSTAMP:20261207T100000Z/);
  const all = readFileSync(join(out, 'alles.ics'), 'utf8');
  const uids = all.match(/^UID:.*$/gm);
  assert.equal(new Set(uids).size, uids.length);
  assert.match(all, /SUMMARY;LANGUAGE=de:Sprachcafé\\, mit\\; Kuchen/);
  // Read back with the widget's reader: the sessions are what the feed says.
  const { readIcs } = await import(`${root}/dist/cli/core/calendar/ics-read.js`);
  const read = readIcs(courses, '2027-01-01', '2027-04-30');
  assert.equal(read.problems.length, 0);
  assert.equal(read.events[0].sessions.length, 24, '13 Mondays and 12 Wednesdays, the holiday left out');
  const none = await lotse(['ics', join(root, 'test/fixtures/feed-a.json'), '--out', join(dir, 'none')]);
  assert.equal(none.code, 1);
  assert.match(none.stderr, /nennt keine Kalender/);
});

test('lotse ics counts the offers that become events, and names how many the validator left out of every calendar', async () => {
  const dir = tempDir();
  const file = join(dir, 'feed.json');
  const course = (id, verified = '2026-11-01') => ({ id, kind: 'course', title: id, verified, schedule: { start: '2027-01-05', end: '2027-03-30', startTime: '18:00', endTime: '20:00', weekly: { days: ['tu'] } } });
  const feed = {
    lotse: '1.0',
    language: 'de',
    publisher: { name: 'Stadt', updated: '2026-12-01' },
    calendars: [{ id: 'alle', label: 'Alles', url: 'https://stadt.example/kalender/alle.ics' }],
    offers: [
      { id: 'beratung-1', kind: 'service', title: 'Beratung', verified: '2026-11-01' },
      { id: 'beratung-2', kind: 'service', title: 'Beratung 2', verified: '2026-11-01' },
      course('kurs-a'),
      course('kurs-b'),
      course('kurs-kaputt', '1.11.2026'),
    ],
  };
  writeFileSync(file, JSON.stringify(feed));
  const { code, stderr } = await lotse(['ics', file, '--out', join(dir, 'kalender'), '--lang', 'en'], { env: { LOTSE_TODAY: '2026-12-08' } });
  assert.equal(code, 1);
  assert.match(stderr, /alle\.ics: 2 offers with dates \(for https:\/\/stadt\.example\/kalender\/alle\.ics\)/);
  assert.match(stderr, /feed\.json: 1 offers are in no calendar because they have mistakes; lotse validate .*feed\.json names them/);
  assert.equal(readFileSync(join(dir, 'kalender/alle.ics'), 'utf8').match(/BEGIN:VEVENT/g).length, 2);
});
