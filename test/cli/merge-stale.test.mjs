import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lotse, root, tempDir } from './run.mjs';

const feedA = join(root, 'test/fixtures/feed-a.json');
const feedB = join(root, 'test/fixtures/feed-b.json');

test('merge: ids prefixed by feed, references kept, vocabularies merged, provenance in source, languages kept; the result validates', async () => {
  const out = join(tempDir(), 'county.json');
  const { code, stderr } = await lotse(['merge', feedA, feedB, '-o', out, '--id', 'kreis', '--lang', 'en'], { env: { LOTSE_TODAY: '2025-06-01' } });
  assert.equal(code, 0, stderr);
  const county = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(county.id, 'kreis');
  assert.equal(county.offers.length, 7);
  const b = county.offers.find((o) => o.id === 'traeger-b:deutschkurs-a1');
  assert.ok(county.offers.find((o) => o.id === 'stadt-a:deutschkurs-a1'), 'the same id in two feeds stays two offers');
  assert.equal(b.organization, 'traeger-b:org-1');
  assert.deepEqual(b.places, ['traeger-b:place-1']);
  assert.ok(county.places.some((p) => p.id === 'traeger-b:place-1'));
  assert.ok(county.organizations.some((o) => o.id === 'traeger-b:org-1'));
  // One vocabulary: "sprache" of both feeds is one topic with labels from both.
  const language = county.topics.find((t) => t.id === 'sprache');
  assert.equal(language.label.de !== undefined && language.label.ar !== undefined, true, JSON.stringify(language));
  assert.deepEqual(b.topics, ['sprache']);
  assert.deepEqual(b.source, { importer: 'merge', origin: 'feed-b.json', imported: '2026-12-07T10:00:00Z', ref: 'deutschkurs-a1' });
  // Feed B is English: its plain texts keep their language in the German county feed.
  const health = county.offers.find((o) => o.id === 'traeger-b:gesundheitslotsen');
  assert.equal(typeof health.title, 'object');
  assert.ok(health.title.en);
  const check = await lotse(['validate', out], { env: { LOTSE_TODAY: '2025-06-01' } });
  assert.equal(check.code, 0, check.stdout + check.stderr);
});

test('merge needs two feeds and -o; a broken feed stops it with exit 2 and writes nothing', async () => {
  const dir = tempDir();
  assert.equal((await lotse(['merge', feedA, '-o', join(dir, 'x.json')])).code, 64);
  assert.equal((await lotse(['merge', feedA, feedB])).code, 64);
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, '{');
  const result = await lotse(['merge', feedA, broken, '-o', join(dir, 'out.json')]);
  assert.equal(result.code, 2);
});

const staleFeed = {
  lotse: '1.0',
  language: 'de',
  publisher: { name: 'Kreis', updated: '2026-12-01' },
  organizations: [
    { id: 'vhs', name: 'VHS Rhein-Erft', contact: { name: 'Frau Schmidt', phone: '02271 1', email: 'info@vhs.example' } },
    { id: 'caritas', name: 'Caritas', contact: { name: '=HYPERLINK("https://evil.example")', email: 'info@caritas.example' } },
  ],
  offers: [
    { id: 'a', kind: 'course', title: 'Deutschkurs', organization: 'vhs', verified: '2025-01-01' },
    { id: 'b', kind: 'course', title: 'Alphakurs; abends', organization: 'vhs', verified: '2024-06-01' },
    { id: 'c', kind: 'service', title: 'Beratung', organization: 'caritas', verified: '2025-10-01' },
    { id: 'd', kind: 'service', title: 'Neu', organization: 'caritas', verified: '2026-11-30' },
    { id: 'e', kind: 'service', title: 'Ohne Träger', verified: '2024-01-01', contact: { phone: '0221 5' } },
  ],
};

test('merge keeps ready-made calendars, guide steps and emergency numbers, so merge then ics works; a bad --id or empty --publisher is a usage error', async () => {
  const dir = tempDir();
  const a = JSON.parse(readFileSync(feedA, 'utf8'));
  const b = JSON.parse(readFileSync(feedB, 'utf8'));
  a.calendars = [{ id: 'kurse', label: 'Alle Kurse', url: 'https://stadt.example/kalender/kurse.ics', filter: { kinds: ['course'] } }];
  b.calendars = [{ id: 'kurse', label: 'All courses', url: 'https://traeger.example/kurse.ics' }];
  a.emergency = [{ id: 'poison', numbers: ['+49 228 19240'], label: 'Giftnotruf Bonn' }];
  b.emergency = [{ id: 'poison', numbers: ['+49 30 19240'], label: 'Poison centre Berlin' }, { id: 'crisis', numbers: ['0800 111 0 111'], label: 'Crisis line' }];
  b.guides = [{ id: 'start', question: 'What do you need?', answers: [{ label: 'A doctor', next: 'doctor' }] }, { id: 'doctor', title: 'Doctors', text: 'Call the practice.' }];
  const [fa, fb] = [join(dir, 'a.json'), join(dir, 'b.json')];
  writeFileSync(fa, JSON.stringify(a));
  writeFileSync(fb, JSON.stringify(b));
  const out = join(dir, 'county.json');
  const { code, stderr } = await lotse(['merge', fa, fb, '-o', out], { env: { LOTSE_TODAY: '2025-06-01' } });
  assert.equal(code, 0, stderr);
  const county = JSON.parse(readFileSync(out, 'utf8'));
  assert.deepEqual(county.calendars.map((c) => c.id), ['stadt-a:kurse', 'traeger-b:kurse']);
  assert.deepEqual(county.calendars[1].label, { en: 'All courses' });
  // The first feed's number of an id counts, as in the widgets; the English texts keep their language.
  assert.deepEqual(county.emergency.map((e) => [e.id, e.numbers[0]]), [['poison', '+49 228 19240'], ['crisis', '0800 111 0 111']]);
  assert.deepEqual(county.guides.map((g) => g.id), ['start', 'doctor']);
  assert.deepEqual(county.guides[0].answers[0].label, { en: 'A doctor' });
  const calendars = await lotse(['ics', out, '--out', join(dir, 'kalender')], { env: { LOTSE_TODAY: '2025-06-01' } });
  assert.equal(calendars.code, 0, calendars.stderr);
  // Both addresses end in kurse.ics: each keeps its folder, neither overwrites the other.
  assert.ok(existsSync(join(dir, 'kalender/kalender/kurse.ics')), calendars.stderr);
  assert.ok(existsSync(join(dir, 'kalender/kurse.ics')), calendars.stderr);
  assert.equal((await lotse(['merge', fa, fb, '-o', join(dir, 'x.json'), '--id', 'Kreis Musterland'])).code, 64);
  assert.equal((await lotse(['merge', fa, fb, '-o', join(dir, 'x.json'), '--publisher', ''])).code, 64);
});

test('stale: offers not verified within N days, grouped by provider with their contact, oldest first', async () => {
  const file = join(tempDir(), 'feed.json');
  writeFileSync(file, JSON.stringify(staleFeed));
  const { code, stdout } = await lotse(['stale', file, '--days', '365', '--lang', 'en']);
  assert.equal(code, 1);
  assert.equal(
    stdout,
    [
      '4 offers not verified for more than 365 days:',
      '',
      '(no provider) (0221 5)',
      '  2024-01-01   1071  Ohne Träger [e]',
      '',
      'Caritas (=HYPERLINK("https://evil.example"), info@caritas.example)',
      '  2025-10-01    432  Beratung [c]',
      '',
      'VHS Rhein-Erft (Frau Schmidt, 02271 1, info@vhs.example)',
      '  2024-06-01    919  Alphakurs; abends [b]',
      '  2025-01-01    705  Deutschkurs [a]',
      '',
    ].join('\n'),
  );
  const none = await lotse(['stale', file, '--days', '2000']);
  assert.equal(none.code, 0);
  assert.match(none.stderr, /in den letzten 2000 Tagen geprüft/);
  // An offer whose check date cannot be read is not in the list, and the list says so.
  const broken = join(tempDir(), 'broken.json');
  writeFileSync(broken, JSON.stringify({ ...staleFeed, offers: [...staleFeed.offers, { ...staleFeed.offers[0], id: 'z', verified: '15.01.2024' }] }));
  const withBroken = await lotse(['stale', broken, '--days', '365', '--lang', 'en']);
  assert.match(withBroken.stderr, /1 offers are not in this list because they have mistakes/);
});

test('stale --csv: semicolons for Excel with a BOM, quoted cells, formulas defused', async () => {
  const file = join(tempDir(), 'feed.json');
  writeFileSync(file, JSON.stringify(staleFeed));
  const { code, stdout } = await lotse(['stale', file, '--csv']);
  assert.equal(code, 1);
  const lines = stdout.split('\r\n');
  assert.equal(lines[0], '\ufeffTräger;Kontakt;Telefon;E-Mail;Angebot;Kennung;Geprüft am;Tage');
  assert.ok(lines.includes(`Caritas;"'=HYPERLINK(""https://evil.example"")";;info@caritas.example;Beratung;c;2025-10-01;432`), stdout);
  assert.ok(lines.includes('VHS Rhein-Erft;Frau Schmidt;02271 1;info@vhs.example;"Alphakurs; abends";b;2024-06-01;919'), stdout);
});

test('stale: offers without a provider are grouped by their own contact, so no reminder reaches the wrong person', async () => {
  const file = join(tempDir(), 'feed.json');
  const offers = [
    { id: 'a', kind: 'service', title: 'Beratung A', verified: '2024-11-01', contact: { name: 'Frau A', email: 'a@verein-a.example' } },
    { id: 'b', kind: 'service', title: 'Beratung B', verified: '2024-10-01', contact: { name: 'Herr B', email: 'b@verein-b.example' } },
    { id: 'c', kind: 'service', title: 'Beratung C', verified: '2024-09-01', contact: { name: 'Frau A', email: 'a@verein-a.example' } },
    { id: 'd', kind: 'service', title: 'Ohne Kontakt', verified: '2024-09-01' },
    // A provider without a contact: its offers' own contacts count, apart.
    { id: 'e', kind: 'course', title: 'Kurs E', organization: 'ohne', verified: '2024-09-01', contact: { name: 'Herr E' } },
    { id: 'f', kind: 'course', title: 'Kurs F', organization: 'ohne', verified: '2024-09-01', contact: { name: 'Frau F' } },
  ];
  writeFileSync(file, JSON.stringify({ ...staleFeed, organizations: [{ id: 'ohne', name: 'Verein ohne Kontakt' }], offers }));
  const { stdout } = await lotse(['stale', file, '--days', '365', '--lang', 'en'], { env: { LOTSE_TODAY: '2026-12-08' } });
  const groups = stdout.split('\n\n').slice(1).map((g) => g.trim().split('\n').map((l) => l.trim().replace(/\s+/g, ' ')));
  assert.deepEqual(groups, [
    ['(no provider) (Frau A, a@verein-a.example)', '2024-09-01 828 Beratung C [c]', '2024-11-01 767 Beratung A [a]'],
    ['(no provider) (Herr B, b@verein-b.example)', '2024-10-01 798 Beratung B [b]'],
    ['(no provider)', '2024-09-01 828 Ohne Kontakt [d]'],
    ['Verein ohne Kontakt (Herr E)', '2024-09-01 828 Kurs E [e]'],
    ['Verein ohne Kontakt (Frau F)', '2024-09-01 828 Kurs F [f]'],
  ]);
});
