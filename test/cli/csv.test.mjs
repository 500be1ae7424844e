import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, lotse, root, tempDir } from './run.mjs';

const read = (file) => JSON.parse(readFileSync(file, 'utf8'));

test('the template imports whole: languages per column, German dates and times, office hours with appointments, several values per cell', async () => {
  const dir = tempDir();
  const out = join(dir, 'feed.json');
  const { code, stderr } = await lotse(['import', 'csv', join(root, 'templates/offers.csv'), '-o', out]);
  assert.equal(code, 0, stderr);
  const feed = read(out);
  assert.equal(feed.offers.length, 2);
  const [cafe, counselling] = feed.offers;
  assert.deepEqual(cafe.title, { de: 'Sprachcafé', en: 'Language café', ar: 'مقهى اللغة' });
  assert.equal(cafe.kind, 'event');
  assert.deepEqual(cafe.schedule, { start: '2027-01-15', end: '2027-06-30', startTime: '18:30', endTime: '20:00', weekly: { days: ['we'] } });
  assert.deepEqual(cafe.languages, ['de', 'ar']);
  assert.deepEqual(cafe.audiences, ['refugees', 'women']);
  assert.deepEqual(cafe.topics, ['sprache', 'begegnung']);
  assert.deepEqual(cafe.cost, { free: true });
  assert.equal(cafe.verified, '2026-12-01');
  assert.deepEqual(cafe.source, { importer: 'csv', origin: 'offers.csv', imported: '2026-12-07T10:00:00Z', ref: 'row 2' });
  assert.deepEqual(counselling.hours.regular, [
    { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '12:00' },
    { days: ['th'], opens: '14:00', closes: '18:00', appointment: true },
  ]);
  assert.equal(feed.places[0].name, 'Begegnungszentrum');
  assert.equal(feed.organizations.length, 2);
  // The note column (heading with #) is not imported.
  assert.doesNotMatch(readFileSync(out, 'utf8'), /Raum im 1\. Stock/);
  // What was written passes the widgets' validator.
  const check = await lotse(['validate', out]);
  assert.equal(check.code, 0, check.stdout + check.stderr);
});

test('comma-separated with quotes and a multi-line cell: each bad cell and row is named by its row (as the spreadsheet numbers it) and column, the rest is imported', async () => {
  const dir = tempDir();
  const out = join(dir, 'feed.json');
  const { code, stderr } = await lotse(['import', 'csv', fixture('csv/offers-comma.csv'), '-o', out, '--lang', 'en']);
  assert.equal(code, 1);
  const feed = read(out);
  const titles = feed.offers.map((o) => (typeof o.title === 'string' ? o.title : o.title.de));
  assert.deepEqual(titles, ['Deutschkurs A1, vormittags', 'Hausaufgabenhilfe', 'Elterncafé']);
  const [course, homework] = feed.offers;
  assert.equal(course.description, 'Zeile eins\nZeile zwei');
  assert.deepEqual(course.languages, ['de', 'uk']);
  assert.deepEqual(course.cost, { free: false, amount: 12, reducedAmount: 6 });
  assert.deepEqual(course.schedule, { start: '2027-02-01', startTime: '09:00' });
  assert.deepEqual(course.hours.regular.map((s) => [s.days.join(), s.opens, s.closes]), [['mo,we', '09:00', '12:00'], ['mo,we', '14:00', '16:00']]);
  // Row 3 as the spreadsheet numbers it, though the cell above spans two lines of the file.
  assert.match(stderr, /row 3, column "Sprachen": unreadable, field left out \(expected: language like "Arabisch" or "ar"; found: Klingonisch\)/);
  assert.match(stderr, /row 3, column "Öffnungszeiten": unreadable/);
  assert.match(stderr, /row 3, column "Beginn": unreadable.*31\.02\.2027/);
  assert.match(stderr, /row 3, column "Uhrzeit von": unreadable.*25:00/);
  assert.match(stderr, /row 3, column "Kosten": unreadable.*ein Kuchen/);
  assert.match(stderr, /row 3, column "PLZ": left out: wrong format \(expected: five-digit postcode; found: 5022\)/);
  assert.match(stderr, /row 5, column "Geprüft am": left out: missing/);
  assert.equal(homework.languages, undefined);
  assert.equal(homework.hours, undefined);
});

test('Windows-1252 from Excel: € „ “ – and umlauts come out right', async () => {
  const { code, stdout, stderr } = await lotse(['import', 'csv', fixture('csv/offers-cp1252.csv')]);
  assert.equal(code, 0, stderr);
  assert.match(stderr, /als Windows-1252 gelesen/);
  const feed = JSON.parse(stdout);
  assert.equal(feed.offers[0].title, 'Büro „Willkommen“ – Beratung');
  assert.equal(feed.offers[0].description, 'Für alle Menschen, Gebühr 5 € bar');
  assert.deepEqual(feed.offers[0].cost, { free: false, amount: 5 });
});

test('wrong encoding, unknown columns, a spreadsheet file, a missing file: a clear message, exit 2, and the old output left as it was', async () => {
  const dir = tempDir();
  const out = join(dir, 'feed.json');
  writeFileSync(out, 'OLD');
  const encoding = await lotse(['import', 'csv', fixture('csv/offers-cp1252.csv'), '--encoding', 'utf-8', '-o', out]);
  assert.equal(encoding.code, 2);
  assert.match(encoding.stderr, /nicht in UTF-8 gespeichert \(Byte \d+\)/);
  const unknown = await lotse(['import', 'csv', fixture('csv/unknown-columns.csv'), '-o', out, '--lang', 'en']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /unknown column\(s\): "Farbe", "Lieblingsessen"/);
  const xlsx = join(dir, 'offers.csv');
  writeFileSync(xlsx, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
  const zip = await lotse(['import', 'csv', xlsx, '-o', out]);
  assert.equal(zip.code, 2);
  assert.match(zip.stderr, /keine Textdatei \(ZIP\/XLSX\)/);
  const missing = await lotse(['import', 'csv', join(dir, 'nowhere.csv'), '-o', out]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /nowhere\.csv: kann nicht gelesen werden \(nicht gefunden, ENOENT\)/);
  assert.equal(readFileSync(out, 'utf8'), 'OLD');
  assert.deepEqual(readdirSync(dir).sort(), ['feed.json', 'offers.csv'], 'no temporary files left behind');
});

test('a sheet without the check date, or whose every row is left out, leaves the old feed as it was (exit 2)', async () => {
  const dir = tempDir();
  const out = join(dir, 'feed.json');
  writeFileSync(out, '{"old": true}\n');
  const noDate = join(dir, 'no-date.csv');
  writeFileSync(noDate, 'Titel;Art\nSprachcafé;Veranstaltung\nBeratung;Beratung\n');
  const first = await lotse(['import', 'csv', noDate, '-o', out]);
  assert.equal(first.code, 2);
  assert.match(first.stderr, /keine Spalte "Geprüft am"/);
  const allBad = join(dir, 'all-bad.csv');
  writeFileSync(allBad, 'Titel;Geprüft am\nSprachcafé;irgendwann\nBeratung;gestern\n');
  const second = await lotse(['import', 'csv', allBad, '-o', out, '--lang', 'en']);
  assert.equal(second.code, 2);
  assert.match(second.stderr, /No offer is usable: nothing written/);
  assert.equal(readFileSync(out, 'utf8'), '{"old": true}\n');
  // Two headings for one field: which one is meant is the staff's to say.
  const twice = join(dir, 'twice.csv');
  writeFileSync(twice, 'Titel;Geprüft am;Name\nSprachcafé;01.12.2026;Frau Müller\n');
  const third = await lotse(['import', 'csv', twice, '-o', out]);
  assert.equal(third.code, 2);
  assert.match(third.stderr, /Die Spalten "Titel" und "Name" meinen dasselbe Feld/);
  // A column with content but no heading.
  const unnamed = join(dir, 'unnamed.csv');
  writeFileSync(unnamed, 'Titel;Geprüft am;\nSprachcafé;01.12.2026;mittwochs\n');
  const fourth = await lotse(['import', 'csv', unnamed, '-o', out]);
  assert.equal(fourth.code, 2);
  assert.match(fourth.stderr, /Spalte C hat keine Überschrift, aber Inhalte/);
  assert.equal(readFileSync(out, 'utf8'), '{"old": true}\n');
});

test('an id written twice in the sheet is reported with its row; ids made from alike titles are numbered', async () => {
  const dir = tempDir();
  const sheet = join(dir, 'ids.csv');
  writeFileSync(sheet, 'ID;Titel;Geprüft am\nx;Kurs A;01.12.2026\nx;Kurs B;01.12.2026\n;Kurs C;01.12.2026\n;Kurs C;01.12.2026\n');
  const { code, stdout, stderr } = await lotse(['import', 'csv', sheet]);
  assert.equal(code, 1);
  assert.match(stderr, /Zeile 3, Spalte "ID": ausgelassen: Kennung doppelt/);
  assert.deepEqual(JSON.parse(stdout).offers.map((o) => o.id), ['x', 'kurs-c', 'kurs-c-2']);
});

test('the output file is replaced whole: written to a temporary file and renamed', async () => {
  const dir = tempDir();
  const out = join(dir, 'feed.json');
  copyFileSync(fixture('csv/offers-utf8-bom.csv'), join(dir, 'in.csv'));
  writeFileSync(out, 'OLD');
  const { code } = await lotse(['import', 'csv', join(dir, 'in.csv'), '-o', out, '-q']);
  assert.equal(code, 0);
  assert.equal(read(out).offers.length, 2);
  assert.deepEqual(readdirSync(dir).sort(), ['feed.json', 'in.csv']);
  // A folder that cannot take the file: an error, nothing half-written.
  const blocked = await lotse(['import', 'csv', join(dir, 'in.csv'), '-o', join(dir, 'no-such-dir', 'feed.json')]);
  assert.equal(blocked.code, 2);
  assert.match(blocked.stderr, /kann nicht geschrieben werden \(nicht gefunden, ENOENT\); nichts wurde geändert/);
  assert.equal(existsSync(join(dir, 'no-such-dir')), false);
  // A link (www/feed.json -> ../data/feed.json) is written through: the link stays, the file it points to is new.
  mkdirSync(join(dir, 'data'));
  mkdirSync(join(dir, 'www'));
  writeFileSync(join(dir, 'data/feed.json'), 'OLD');
  symlinkSync('../data/feed.json', join(dir, 'www/feed.json'));
  assert.equal((await lotse(['import', 'csv', join(dir, 'in.csv'), '-o', join(dir, 'www/feed.json'), '-q'])).code, 0);
  assert.equal(lstatSync(join(dir, 'www/feed.json')).isSymbolicLink(), true);
  assert.equal(read(join(dir, 'data/feed.json')).offers.length, 2);
  assert.deepEqual(readdirSync(join(dir, 'data')), ['feed.json']);
});

test('--help for the command, in German by default and in English with --lang en', async () => {
  const de = await lotse(['import', 'csv', '--help']);
  assert.equal(de.code, 0);
  assert.match(de.stdout, /Zeilennummer und Spalte/);
  const en = await lotse(['import', 'csv', '--help', '--lang', 'en']);
  assert.match(en.stdout, /named by line and column/);
  const fromEnv = await lotse(['import', 'csv', '--help'], { env: { LANG: 'en_GB.UTF-8' } });
  assert.match(fromEnv.stdout, /named by line and column/);
});

test('-o naming the spreadsheet itself (or a link to it) is refused before anything is written', async () => {
  const dir = tempDir();
  const sheet = join(dir, 'angebote.csv');
  copyFileSync(join(root, 'templates/offers.csv'), sheet);
  const before = readFileSync(sheet, 'utf8');
  const same = await lotse(['import', 'csv', sheet, '-o', sheet]);
  assert.equal(same.code, 64);
  assert.match(same.stderr, /angebote\.csv ist die Datei, die gelesen wird: -o würde sie mit dem Feed überschreiben/);
  symlinkSync(sheet, join(dir, 'link.csv'));
  const viaLink = await lotse(['import', 'csv', join(dir, 'link.csv'), '-o', join(dir, '.', 'angebote.csv')]);
  assert.equal(viaLink.code, 64);
  assert.equal(readFileSync(sheet, 'utf8'), before);
  // Another file next to it is fine.
  assert.equal((await lotse(['import', 'csv', sheet, '-o', join(dir, 'feed.json')])).code, 0);
});

test('a UTF-8 sheet with one stray Windows-1252 byte (a row pasted from another export) stops with its place, instead of turning every umlaut into "Ã¤"', async () => {
  const dir = tempDir();
  const sheet = join(dir, 'gemischt.csv');
  writeFileSync(sheet, Buffer.concat([Buffer.from('Titel;Beschreibung;Geprüft am\nSprachcafé für Mütter;Treffen;01.12.2026\nKurs B;Montag ', 'utf8'), Buffer.from([0x96]), Buffer.from(' Freitag;01.12.2026\n', 'utf8')]));
  const out = join(dir, 'feed.json');
  const { code, stderr } = await lotse(['import', 'csv', sheet, '--publisher', 'Stadt', '-o', out]);
  assert.equal(code, 2);
  assert.match(stderr, /gemischt\.csv: gemischte Zeichenkodierung – die Datei ist UTF-8, aber Byte \d+ \(Textzeile 3\) nicht/);
  assert.equal(existsSync(out), false);
  // A sheet saved as Windows-1252 throughout is still read as such.
  const old = join(dir, 'alt.csv');
  writeFileSync(old, Buffer.concat([Buffer.from('Titel;Geprüft am\nKurs ', 'latin1'), Buffer.from([0x96]), Buffer.from(' B;01.12.2026\n', 'latin1')]));
  const read = await lotse(['import', 'csv', old, '--publisher', 'Stadt', '-o', out]);
  assert.equal(read.code, 0, read.stderr);
  assert.equal(JSON.parse(readFileSync(out, 'utf8')).offers[0].title, 'Kurs – B');
});

test('a check date that does not exist is asked for as staff write dates in a sheet, not as JJJJ-MM-TT', async () => {
  const dir = tempDir();
  const sheet = join(dir, 'stand.csv');
  writeFileSync(sheet, 'Titel;Geprüft am\nKurs A;31.11.2026\nKurs B;1.12.2026\nKurs C;\n');
  const { code, stderr } = await lotse(['import', 'csv', sheet, '--publisher', 'Stadt', '-o', join(dir, 'feed.json')]);
  assert.equal(code, 1);
  assert.match(stderr, /Zeile 2, Spalte "Geprüft am": ausgelassen: falsches Format \(erwartet: ein Datum, das es gibt, wie 03\.02\.2027 oder 2027-02-03; gefunden: 31\.11\.2026\)/);
  assert.match(stderr, /Zeile 4, Spalte "Geprüft am": ausgelassen: fehlt \(erwartet: ein Datum, das es gibt/);
  assert.doesNotMatch(stderr, /JJJJ/);
});
