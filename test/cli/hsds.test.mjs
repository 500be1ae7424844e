import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, lotse, tempDir } from './run.mjs';

test('HSDS 3 JSON: services with organisation, locations, addresses, phones, schedules, languages, cost options and eligibility; each broken value named, the rest kept', async () => {
  const out = join(tempDir(), 'feed.json');
  const { code, stderr } = await lotse(['import', 'hsds', fixture('hsds/services.json'), '-o', out, '--lang', 'en']);
  assert.equal(code, 1);
  const feed = JSON.parse(readFileSync(out, 'utf8'));
  const [mbe, bikes] = feed.offers;
  assert.equal(feed.offers.length, 2, 'the defunct service and the one without a check date are left out');
  assert.equal(mbe.organization, '9a0b-org-1');
  assert.deepEqual(feed.organizations[0].contact, { email: 'info@caritas.example', url: 'https://caritas.example' });
  // Quoted phone numbers lose their quotes.
  assert.equal(mbe.contact.phone, '02271 123456');
  // 10:00:00 and 14:00+01:00 are read as wall-clock times; the monthly rule is named and left out.
  assert.deepEqual(mbe.hours.regular, [
    { days: ['mo', 'tu', 'we'], opens: '10:00', closes: '12:30' },
    { days: ['th'], opens: '14:00', closes: '18:00' },
  ]);
  assert.match(stderr, /schedules \(id sc-3\): wrong format \(freq=MONTHLY/);
  assert.deepEqual(mbe.languages, ['ar', 'tr']);
  assert.match(stderr, /"Klingonisch": value not allowed/);
  // Lower-case currency codes are upper-cased and said so; one that is not a code is named.
  assert.equal(mbe.cost.currency, 'EUR');
  assert.equal(mbe.cost.free, true);
  assert.match(stderr, /currency "eur" -> "EUR"/);
  assert.match(stderr, /services \(id svc-2\), cost_options \(id co-2\): currency "euro": wrong format/);
  assert.equal(bikes.cost.currency, undefined);
  // Latitude 100: the place stays without coordinates.
  assert.equal(feed.places[0].geo, undefined);
  assert.equal(feed.places[0].address.postcode, '50126');
  assert.match(stderr, /locations \(id loc-1\): latitude\/longitude 100, 6\.64: out of range/);
  // A foreign key that points nowhere.
  assert.match(stderr, /services \(id svc-2\): organization_id "org-nowhere": reference points nowhere/);
  assert.equal(bikes.organization, undefined);
  // HTML became formatted text and plain text; the javascript: link is gone, its words stay.
  assert.deepEqual(mbe.richDescription[1], { k: 'ul', c: [{ k: 'li', c: ['ohne Termin: Mo'] }, { k: 'li', c: [{ k: 'a', href: 'https://beratung.example/termin', c: ['Termin buchen'] }] }] });
  assert.doesNotMatch(JSON.stringify(mbe), /javascript/);
  assert.match(mbe.description, /Für Zugewanderte ab 27 Jahren\.$/);
  assert.equal(mbe.verified, '2026-10-15');
  assert.equal(bikes.verified, '2026-09-01', 'last_modified when there is no assured_date');
  assert.match(stderr, /services \(id svc-3\): left out: status "defunct"/);
  assert.match(stderr, /service svc-4 \(id svc-4\), verified: left out: missing/);
  assert.deepEqual(mbe.source, { importer: 'hsds', origin: 'services.json', imported: '2026-12-07T10:00:00Z', ref: 'service 3f1c2a6e-0001-4a1b-9c1d-000000000001' });
  const check = await lotse(['validate', out]);
  assert.equal(check.code, 0, check.stdout);
});

test('HSDS 3 CSV data package: tables joined by their keys, keys that point nowhere named', async () => {
  const out = join(tempDir(), 'feed.json');
  const { code, stderr } = await lotse(['import', 'hsds', fixture('hsds/package'), '-o', out, '--lang', 'en']);
  assert.equal(code, 1);
  const feed = JSON.parse(readFileSync(out, 'utf8'));
  const [homework, debt] = feed.offers;
  assert.equal(homework.title, 'Hausaufgabenhilfe');
  assert.deepEqual(homework.audiences, ['children']);
  assert.equal(homework.contact.phone, '02237 555 01');
  assert.deepEqual(homework.hours.regular, [{ days: ['mo', 'we'], opens: '14:00', closes: '16:00' }]);
  assert.deepEqual(homework.languages, ['de', 'uk']);
  assert.deepEqual(homework.richDescription, [{ k: 'p', c: ['Hilfe bei den ', { k: 'strong', c: ['Hausaufgaben'] }] }, { k: 'p', c: ['Schülerinnen und Schüler'] }]);
  const hall = feed.places.find((p) => p.id === 'l-1');
  assert.deepEqual(hall.geo, { lat: 50.88, lon: 6.69 });
  assert.deepEqual(hall.hours.regular, [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }]);
  assert.equal(feed.places.find((p) => p.id === 'l-2').geo, undefined);
  assert.deepEqual(debt.cost, { free: false, amount: 5, currency: 'EUR', note: '5 Euro pro Termin – pro Termin' });
  for (const line of [
    /addresses\.csv \(id a-3\): location_id "l-77": reference points nowhere/,
    /phones\.csv \(id p-2\): service_id "s-9": reference points nowhere/,
    /cost_options\.csv \(id c-2\): service_id "s-404": reference points nowhere/,
    /services \(id s-2\): organization_id "org-9": reference points nowhere/,
    /services \(id s-2\): service_at_locations location_id "l-404": reference points nowhere/,
    /locations \(id l-2\): latitude\/longitude -95\.5, 6\.7: out of range/,
  ]) {
    assert.match(stderr, line);
  }
});

test('HSDS: a folder without services.csv or a file that is not JSON: exit 2', async () => {
  const empty = await lotse(['import', 'hsds', tempDir()]);
  assert.equal(empty.code, 2);
  assert.match(empty.stderr, /services\.csv: kann nicht gelesen werden/);
  const notJson = await lotse(['import', 'hsds', fixture('csv/offers-comma.csv')]);
  assert.equal(notJson.code, 2);
  assert.match(notJson.stderr, /kein gültiges JSON/);
});
