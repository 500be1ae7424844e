// The browser round trip (test/offer-finder/import-round-trip.test.ts) renders a feed imported from
// test/cli/fixtures/round-trip/offers.csv. It is committed as test/fixtures/imported-feed.ts; this
// test proves it is exactly what the importer writes today (UPDATE=1 rewrites it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, lotse, root } from './run.mjs';

const committed = join(root, 'test/fixtures/imported-feed.ts');
const HEAD = '// Written by `lotse import csv test/cli/fixtures/round-trip/offers.csv --publisher Rundweg`; test/cli/round-trip.test.mjs checks it.\nexport const importedFeed = ';

test('the committed round-trip feed is what lotse import csv writes from the fixture, and it validates', async () => {
  const { code, stdout, stderr } = await lotse(['import', 'csv', fixture('round-trip/offers.csv'), '--publisher', 'Rundweg']);
  assert.equal(code, 0, stderr);
  const written = JSON.parse(stdout);
  if (process.env.UPDATE) writeFileSync(committed, `${HEAD}${JSON.stringify(written, null, 2)};\n`);
  const text = readFileSync(committed, 'utf8');
  assert.ok(text.startsWith(HEAD), 'header');
  assert.deepEqual(JSON.parse(text.slice(HEAD.length).replace(/;\n$/, '')), written);
  // Lists and a link typed into the spreadsheet became formatted text, in German and Arabic.
  assert.deepEqual(written.offers[0].richDescription.de[1], { k: 'ul', c: [{ k: 'li', c: ['Aufenthalt'] }, { k: 'li', c: ['Arbeit und Ausbildung'] }] });
  assert.deepEqual(written.offers[0].richDescription.de[2].c[1], { k: 'a', href: 'https://beratung.example/termin', c: ['https://beratung.example/termin'] });
  assert.equal(written.offers[0].richDescription.ar[1].c.length, 2);
});
