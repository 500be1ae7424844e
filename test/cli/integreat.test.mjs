// Integreat: fixtures in the shapes of the CMS's API v3 (pages, events, locations, languages), read from a folder and over HTTP.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, lotse, tempDir } from './run.mjs';

const dir = fixture('integreat');

async function imported(args) {
  const out = join(tempDir(), 'feed.json');
  const result = await lotse([...args, '-o', out, '--lang', 'en']);
  return { ...result, feed: existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : undefined };
}
const byId = (feed, id) => feed.offers.find((o) => o.id === id);

test('pages, events and locations in three languages from saved answers', async () => {
  const { code, stderr, feed } = await imported(['import', 'integreat', '--dir', dir, '--region', 'testkreis', '--languages', 'de,ar,fa']);
  assert.equal(code, 0, stderr);
  // Language tags from the region's list: de-DE, ar-arb -> ar, fa-IR.
  assert.equal(feed.language, 'de-DE');
  const courses = byId(feed, 'seite-12');
  assert.deepEqual(courses.title, { 'de-DE': 'Deutschkurse', ar: 'دورات اللغة الألمانية' });
  assert.deepEqual(courses.topics, ['thema-11']);
  assert.deepEqual(feed.topics.find((t) => t.id === 'thema-11').label, { 'de-DE': 'Sprache lernen', ar: 'تعلم اللغة' });
  // HTML became formatted text; a relative link is resolved, a javascript: link is gone.
  assert.deepEqual(courses.richDescription['de-DE'][2].c[0], { k: 'a', href: 'https://integreat.example/testkreis/de/beratung/', c: ['Beratung'] });
  assert.doesNotMatch(JSON.stringify(feed), /javascript/);
  assert.equal(courses.verified, '2026-11-02');
  assert.deepEqual(courses.source, { importer: 'integreat', origin: dir, imported: '2026-12-07T10:00:00Z', ref: 'pages 12' });
});

test('German text in the Arabic and Farsi answers is never labelled Arabic or Farsi', async () => {
  const { stderr, feed } = await imported(['import', 'integreat', '--dir', dir, '--region', 'testkreis', '--languages', 'de,ar,fa']);
  const counselling = byId(feed, 'seite-13');
  assert.deepEqual(counselling.title, { 'de-DE': 'Beratung', 'fa-IR': 'مشاوره' });
  assert.equal(counselling.description, 'Die Migrationsberatung hilft kostenlos.');
  // A location's title is the default language's in every answer.
  const office = byId(feed, 'ort-31');
  assert.equal(office.title, 'Ausländerbehörde Bergheim');
  assert.deepEqual(office.description, { 'de-DE': 'Aufenthaltstitel, Verlängerung und Beratung.', ar: 'تصاريح الإقامة والتمديد.' });
  assert.equal(byId(feed, 'termin-11').title, 'Infoabend Ausbildung');
  assert.match(stderr, /pages 23 \(ar\), title: "Beratung" in the answer for "ar" is German \(no translation\); not labelled as ar/);
  assert.match(stderr, /pages 33 \(fa\), content: .* not labelled as fa-IR/);
  assert.match(stderr, /locations 31 \(ar\), title: "Ausländerbehörde Bergheim"/);
  for (const offer of feed.offers) {
    for (const field of ['title', 'description']) {
      const value = offer[field];
      if (value && typeof value === 'object' && value.ar) assert.match(value.ar, /[\u0600-\u06ff]/, `${offer.id} ${field}`);
    }
  }
});

test('events: expanded recurrences (same id, or id null) become one offer; a rule with DTSTART in UTC without Z; HH:MM:SS times; all-day; online', async () => {
  const { feed } = await imported(['import', 'integreat', '--dir', dir, '--region', 'testkreis', '--languages', 'de,ar']);
  assert.equal(feed.offers.filter((o) => o.id.startsWith('termin-12')).length, 1);
  const cafe = byId(feed, 'termin-12');
  // DTSTART 17:00 UTC is 18:00 in Berlin; UNTIL 21:59:59 UTC is the 29th in Berlin.
  assert.deepEqual(cafe.schedule, { start: '2027-01-04', end: '2027-03-29', weekly: { days: ['mo'] }, startTime: '18:00', endTime: '19:30' });
  assert.deepEqual(cafe.title, { 'de-DE': 'Sprachcafé', ar: 'مقهى اللغة' }, 'the Arabic records with id null are matched by the event id');
  const parents = byId(feed, 'termin-13');
  assert.deepEqual(parents.schedule, { start: '2027-01-05', end: '2027-03-30', weekly: { days: ['tu'], interval: 2 }, startTime: '18:00', endTime: '19:00' });
  assert.equal(parents.online, true);
  assert.equal(parents.places, undefined, 'a location with id null is no place');
  assert.deepEqual(byId(feed, 'termin-11').schedule, { start: '2026-12-15', startTime: '18:00', endTime: '20:00' });
  assert.deepEqual(byId(feed, 'termin-14').schedule, { start: '2027-02-06' });
});

test('locations: seven positional days with time slots, all-day, closed and appointment-only; temporarily closed', async () => {
  const { feed } = await imported(['import', 'integreat', '--dir', dir, '--region', 'testkreis', '--languages', 'de,ar']);
  const office = feed.places.find((p) => p.id === 'poi-31');
  assert.deepEqual(office.hours.regular, [
    { days: ['mo'], opens: '08:00', closes: '12:00' },
    { days: ['we'], opens: '14:00', closes: '18:00', appointment: true },
    { days: ['th'], opens: '08:00', closes: '12:00' },
    { days: ['th'], opens: '13:00', closes: '15:30' },
    { days: ['fr'], opens: '00:00', closes: '23:59' },
  ]);
  assert.deepEqual(office.geo, { lat: 50.955, lon: 6.639 });
  assert.deepEqual(feed.places.find((p) => p.id === 'poi-32').closure, {});
  const offer = byId(feed, 'ort-31');
  assert.deepEqual(offer.contact, { phone: '02271 83-0', email: 'abh@rhein-erft-kreis.example', url: 'https://termine.example/abh' });
  assert.equal(offer.organization, 'org-5');
  assert.deepEqual(feed.topics.find((t) => t.id === 'kategorie-7').label, { 'de-DE': 'Behörden', ar: 'السلطات' });
});

test('over HTTP: one request per language and kind at /api/v3/{region}/{language}/{kind}/; an HTTP error and a network error exit 3', async () => {
  const requests = [];
  const server = createServer((request, response) => {
    requests.push(request.url);
    const m = /^\/api\/v3\/testkreis\/(?:([a-z-]+)\/)?(pages|events|locations|languages)\/$/.exec(request.url);
    const file = m && (m[2] === 'languages' ? join(dir, 'languages.json') : join(dir, m[1], `${m[2]}.json`));
    if (!file || !existsSync(file)) {
      response.writeHead(m ? 200 : 404, { 'content-type': 'application/json' }).end(m ? '[]' : '{"error":"not found"}');
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end(readFileSync(file));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    const { code, feed, stderr } = await imported(['import', 'integreat', '--base', base, '--region', 'testkreis', '--languages', 'de,ar']);
    assert.equal(code, 0, stderr);
    assert.equal(feed.offers.length, 8);
    assert.deepEqual(requests.sort(), [
      '/api/v3/testkreis/ar/events/', '/api/v3/testkreis/ar/locations/', '/api/v3/testkreis/ar/pages/',
      '/api/v3/testkreis/de/events/', '/api/v3/testkreis/de/locations/', '/api/v3/testkreis/de/pages/', '/api/v3/testkreis/languages/',
    ]);
    const missing = await imported(['import', 'integreat', '--base', base, '--region', 'nowhere', '--languages', 'de']);
    assert.equal(missing.code, 3);
    assert.match(missing.stderr, /nowhere\/de\/pages\/ answered with status 404/);
  } finally {
    await new Promise((done) => server.close(done));
  }
  // The port is closed now: nothing answers.
  const down = await imported(['import', 'integreat', '--base', base, '--region', 'testkreis', '--languages', 'de']);
  assert.equal(down.code, 3);
  assert.match(down.stderr, /Network error for http:\/\/127\.0\.0\.1:\d+\/api\/v3\/testkreis\/de\/pages\/: ECONNREFUSED/);
  assert.equal(down.feed, undefined, 'no output file');
});

test('wrong usage: both --base and --dir, or no --languages: exit 64', async () => {
  assert.equal((await lotse(['import', 'integreat', '--dir', dir, '--base', 'https://x.example', '--region', 'r', '--languages', 'de'])).code, 64);
  assert.equal((await lotse(['import', 'integreat', '--dir', dir, '--region', 'r'])).code, 64);
});
