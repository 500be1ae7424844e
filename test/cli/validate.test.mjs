import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { bin, fixture, lotse, root, tempDir } from './run.mjs';

const problems = fixture('feeds/problems.json');

test('a valid feed: exit 0', async () => {
  const { code, stderr } = await lotse(['validate', join(root, 'test/fixtures/feed-a.json')], { env: { LOTSE_TODAY: '2025-06-01' } });
  assert.equal(code, 0);
  assert.match(stderr, /feed-a\.json: gültig, 5 Angebote/);
});

/** Tomorrow in Berlin, the latest check date the validator allows (it reads the real clock). */
const berlinTomorrow = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(Date.now() + 86_400_000);

test('problems grouped by record with file, record id, field, expected and found; the source beside them; exit 1', async () => {
  // Read before and after the run: a run across midnight in Berlin may name either day.
  const tomorrow = [berlinTomorrow()];
  const { code, stdout } = await lotse(['validate', problems, '--lang', 'en']);
  tomorrow.push(berlinTomorrow());
  assert.equal(code, 1);
  const blocks = stdout.split(/\n(?=\S)/);
  const badDate = blocks.find((b) => b.includes('"bad-date"'));
  assert.match(badDate, /problems\.json · offers no\. 3 \(id "bad-date"\): left out/);
  assert.match(badDate, /source: csv, angebote\.csv, 2026-12-01T08:00:00Z, line 7/);
  assert.match(badDate, /- verified: wrong format \(expected: date YYYY-MM-DD; found: 01\.12\.2026\)/);
  // A check date in the future.
  assert.match(stdout, new RegExp(`id "future"\\): left out\\n {2}- verified: .*expected: a date no later than (${tomorrow.join('|')}); found: 2027-03-01`));
  // References that point nowhere: the record stays, the link goes.
  const dangling = blocks.find((b) => b.includes('"dangling"'));
  assert.match(dangling, /field left out, record is shown/);
  assert.match(dangling, /- organization: reference points nowhere \(expected: an existing record; found: nobody\)/);
  assert.match(dangling, /- places: reference points nowhere \(expected: an existing record; found: p9\)/);
  // Formatted text with a javascript: link is left out; the plain description stays.
  assert.match(stdout, /id "rich"\): field left out, record is shown\n {2}- richDescription\[0\]\.c\[0\]\.href: wrong format \(expected: web address with https:\/\/ or http:\/\/; found: javascript:alert\(1\)\)/);
  // Offers not verified for a year are warned about.
  assert.match(stdout, /offers no\. 2 \(id "old"\)\): verified: not verified since 2025-01-10 \(over a year\)|id "old"\): verified: not verified since 2025-01-10/);
});

test('German words by default', async () => {
  const { stdout } = await lotse(['validate', problems]);
  assert.match(stdout, /Kennung "bad-date"\): ausgelassen/);
  assert.match(stdout, /- verified: falsches Format \(erwartet: Datum JJJJ-MM-TT; gefunden: 01\.12\.2026\)/);
  assert.match(stdout, /Herkunft: csv, angebote\.csv/);
});

test('--json for programs', async () => {
  const { code, stdout } = await lotse(['validate', problems, '--json']);
  assert.equal(code, 1);
  const [report] = JSON.parse(stdout);
  assert.equal(report.status, 'problems');
  const bad = report.problems.find((p) => p.id === 'bad-date');
  assert.deepEqual(
    { field: bad.field, reason: bad.reason, expect: bad.expect, value: bad.value, dropped: bad.dropped, source: bad.source },
    { field: 'verified', reason: 'format', expect: 'date', value: '01.12.2026', dropped: true, source: 'csv, angebote.csv, 2026-12-01T08:00:00Z, line 7' },
  );
  assert.deepEqual(report.warnings.map((w) => w.id), ['old']);
});

test('an unusable feed: broken JSON with line and column, a missing publisher, an unreadable file: exit 2', async () => {
  const dir = tempDir();
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, '{\n  "lotse": "1.0",\n  "language": "de"\n  "offers": []\n}');
  const json = await lotse(['validate', broken, '--lang', 'en']);
  assert.equal(json.code, 2);
  assert.match(json.stderr, /broken\.json: not valid JSON, line 4, column 3/);
  const envelope = join(dir, 'envelope.json');
  writeFileSync(envelope, JSON.stringify({ lotse: '1.0', language: 'de', offers: [] }));
  const head = await lotse(['validate', envelope, '--lang', 'en']);
  assert.equal(head.code, 2);
  assert.match(head.stderr, /envelope\.json: the feed is unusable: required fields are missing or wrong \(publisher: missing/);
  const both = await lotse(['validate', problems, join(dir, 'none.json'), '--json']);
  assert.equal(both.code, 2, 'the worst of several files');
  assert.deepEqual(JSON.parse(both.stdout).map((r) => r.status), ['problems', 'unusable']);
});

test('a feed saved with a BOM is read as the browser reads it; one saved as Windows-1252 is named, not passed with "�"', async () => {
  const dir = tempDir();
  const text = readFileSync(join(root, 'test/fixtures/feed-a.json'), 'utf8');
  const bom = join(dir, 'bom.json');
  writeFileSync(bom, `\ufeff${text}`);
  const withBom = await lotse(['validate', bom], { env: { LOTSE_TODAY: '2025-06-01' } });
  assert.equal(withBom.code, 0, withBom.stderr);
  const latin = join(dir, 'latin.json');
  writeFileSync(latin, Buffer.from(text.replace('"de"', '"de", "x": "Sprachcafé"').replace(/é/g, '\u00e9'), 'latin1'));
  const inLatin = await lotse(['validate', latin]);
  assert.equal(inLatin.code, 2);
  assert.match(inLatin.stderr, /UTF-8/);
});

test('a reader that stops early (| head) ends the output quietly, with the command\'s own exit code', async () => {
  const feed = JSON.parse(readFileSync(join(root, 'test/fixtures/feed-a.json'), 'utf8'));
  feed.offers = Array.from({ length: 2000 }, (_, i) => ({ ...feed.offers[0], id: `o${i}`, verified: 'gestern' }));
  const file = join(tempDir(), 'big.json');
  writeFileSync(file, JSON.stringify(feed));
  const child = spawn(process.execPath, [bin, 'validate', '--json', file], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise((resolve) => child.on('close', resolve));
  assert.equal(code, 1, stderr);
  assert.doesNotMatch(stderr, /EPIPE|at .*\.js:\d+/);
});

test('a language in the feed is asked for as a code, as feed-info asks (a spreadsheet cell may name it)', async () => {
  const file = join(tempDir(), 'lang.json');
  writeFileSync(file, JSON.stringify({ lotse: '1.0', language: 'de', publisher: { name: 'X', updated: '2026-12-01' }, offers: [{ id: 'a', kind: 'service', title: 'T', verified: '2026-12-01', languages: ['Deutsch'] }] }));
  const { stdout, stderr } = await lotse(['validate', file], { env: { LOTSE_TODAY: '2026-12-07' } });
  assert.match(stdout + stderr, /erwartet: Sprachkürzel wie de, ar, uk oder pt-BR; gefunden: Deutsch/);
  // Every expectation in the reader's language, not the validator's tokens.
  writeFileSync(file, JSON.stringify({ lotse: '1.0', language: 'de', publisher: { name: 'X', updated: '2026-12-01' }, offers: [{ id: 'a', kind: 'party', title: 'T', verified: '2026-02-30', keywords: 7 }] }));
  const tokens = await lotse(['validate', file], { env: { LOTSE_TODAY: '2026-12-07' } });
  const said = tokens.stdout + tokens.stderr;
  assert.match(said, /erwartet: einer dieser Werte: service, course/);
  assert.match(said, /erwartet: eine Liste in eckigen Klammern/);
  assert.match(said, /erwartet: ein Tag, den es gibt/);
  assert.doesNotMatch(said, /one of:|expected|found/);
});

test('hostile records: __proto__, constructor and 10,000 levels of formatted text do not break the check', async () => {
  const dir = tempDir();
  // Built as text: JSON.stringify itself would run out of stack on 10,000 levels.
  const deep = '{"k":"em","c":['.repeat(10_000) + '"x"' + ']}'.repeat(10_000);
  const feed = {
    lotse: '1.0',
    language: 'de',
    publisher: { name: 'K', updated: '2026-12-01' },
    offers: [
      { id: 'deep', kind: 'service', title: 'T', verified: '2026-12-01', richDescription: 'DEEP' },
      { id: 'constructor', kind: 'service', title: 'T', verified: '2026-12-01', richDescription: [{ k: 'constructor', c: ['x'] }] },
    ],
  };
  const text = JSON.stringify(feed).replace('"DEEP"', `[{"k":"p","c":[${deep}]}]`).replace('"id":"constructor"', '"__proto__":{"polluted":true},"id":"constructor"');
  const file = join(dir, 'hostile.json');
  writeFileSync(file, text);
  const { code, stdout } = await lotse(['validate', file, '--json']);
  assert.equal(code, 1);
  const [report] = JSON.parse(stdout);
  assert.equal(report.offers, 2, 'both records kept, their formatted text left out');
  assert.match(report.problems.find((p) => p.id === 'deep').expect, /max depth 8/);
  assert.match(report.problems.find((p) => p.id === 'constructor').expect, /one of: p, ul, ol/);
});

test('lotse --help lists the commands; an unknown command exits 64', async () => {
  const help = await lotse(['--help']);
  assert.equal(help.code, 0);
  for (const command of ['validate', 'import csv', 'import ics', 'import hsds', 'import integreat', 'merge', 'stale', 'ics FEED']) assert.ok(help.stdout.includes(`lotse ${command}`), command);
  const unknown = await lotse(['frobnicate']);
  assert.equal(unknown.code, 64);
  assert.match(unknown.stderr, /Unbekannter Befehl "frobnicate"/);
  // A wrong option is named in the reader's words, not Node's English.
  const option = await lotse(['validate', '--bogus', 'x.json']);
  assert.equal(option.code, 64);
  assert.match(option.stderr, /Falscher Aufruf: unbekannte Option --bogus/);
  assert.doesNotMatch(option.stderr, /Unknown option/);
});

test('a field written twice in a record, which parsing drops silently, is a problem with both lines', async () => {
  const dir = tempDir();
  const file = join(dir, 'feed.json');
  const lines = JSON.stringify(JSON.parse(readFileSync(join(root, 'test/fixtures/feed-a.json'), 'utf8')), null, 2).split('\n');
  const at = lines.findIndex((line) => line.trimStart().startsWith('"title"'));
  lines.splice(at, 0, '      "title": "Beratung (alt)",');
  lines.splice(1, 0, '  "lotse": "1.0",');
  writeFileSync(file, lines.join('\n'));
  const { code, stdout } = await lotse(['validate', file], { env: { LOTSE_TODAY: '2025-06-01' } });
  assert.equal(code, 1);
  assert.match(stdout, new RegExp(`- title: Feld zweimal geschrieben \\(erwartet: das Feld nur einmal; es steht in Zeile ${at + 2} und wieder in Zeile ${at + 3}, und nur der Wert aus Zeile ${at + 3} gilt\\)`));
  assert.match(stdout, /feed\.json · Feed selbst \(Herausgeber und Felder außerhalb der Listen\): Feld ausgelassen, Eintrag wird gezeigt\n {2}- lotse: Feld zweimal geschrieben \(erwartet: das Feld nur einmal; es steht in Zeile 2 und wieder in Zeile 3/);
  const english = await lotse(['validate', file, '--lang', 'en', '--json'], { env: { LOTSE_TODAY: '2025-06-01' } });
  const [report] = JSON.parse(english.stdout);
  assert.deepEqual(report.problems.map((p) => [p.field, p.expect, p.dropped]), [
    ['lotse', 'repeated 2 3', false],
    ['title', `repeated ${at + 2} ${at + 3}`, false],
  ]);
});

test('beyond the 10,000 problems it describes, validate counts every problem and every record left out, and says the list is cut', async () => {
  const dir = tempDir();
  const file = join(dir, 'feed.json');
  const feed = JSON.parse(readFileSync(join(root, 'test/fixtures/feed-a.json'), 'utf8'));
  const good = feed.offers[0];
  feed.offers = [good, ...Array.from({ length: 12000 }, (_, i) => ({ ...good, id: `o${i}`, verified: '01.11.2026' }))];
  writeFileSync(file, JSON.stringify(feed));
  const { code, stdout } = await lotse(['validate', file, '--lang', 'en'], { env: { LOTSE_TODAY: '2026-12-08' } });
  assert.equal(code, 1);
  assert.match(stdout, /feed\.json: 12000 problem\(s\), 12000 record\(s\) left out\./);
  assert.match(stdout, /The first 10000 problems are described; 2000 more were counted\./);
  const json = await lotse(['validate', file, '--json'], { env: { LOTSE_TODAY: '2026-12-08' } });
  const [report] = JSON.parse(json.stdout);
  assert.deepEqual([report.offers, report.dropped, report.problems.length, report.problemsNotDescribed], [1, 12000, 10000, 2000]);
});

test('a field written twice on one line (a feed as programs write it) is named by its columns', async () => {
  const dir = tempDir();
  const file = join(dir, 'feed.json');
  writeFileSync(file, JSON.stringify(JSON.parse(readFileSync(join(root, 'test/fixtures/feed-a.json'), 'utf8'))).replace('"offers":[{', '"offers":[{"title":"alt",'));
  const { stdout } = await lotse(['validate', file], { env: { LOTSE_TODAY: '2025-06-01' } });
  assert.match(stdout, /- title: Feld zweimal geschrieben \(erwartet: das Feld nur einmal; es steht in Zeile 1 an Spalte (\d+) und wieder an Spalte (\d+), und nur der Wert an Spalte \2 gilt\)/);
});
