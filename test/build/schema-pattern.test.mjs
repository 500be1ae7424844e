// The published JSON Schema must accept exactly what the widgets accept,
// also where a rule's regular expression carries the `i` flag.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { schemaPattern } from '../../scripts/schema-pattern.mjs';

const schema = JSON.parse(readFileSync(new URL('../../schema/feed.schema.json', import.meta.url), 'utf8'));

test('an i flag is spelled out: the schema accepts HTTPS:// as the widgets do', () => {
  const url = schema.$defs.offers.properties.url.pattern;
  for (const address of ['https://www.altenau.example/x', 'HTTPS://WWW.ALTENAU.EXAMPLE/', 'Http://localhost:8080/a', 'hTtPs://a.b']) {
    assert.match(address, new RegExp(url, 'u'), address);
  }
  for (const address of ['ftp://a.example', 'javascript:alert(1)', 'https://nodot', 'https:// a.example']) {
    assert.doesNotMatch(address, new RegExp(url, 'u'), address);
  }
});

test('the spelled-out pattern matches exactly what the flagged one matches', () => {
  const cases = [
    [/^https?:\/\/[^\s/?#]+\.[^\s]*$/i, ['https://a.b', 'HTTP://A.B/c', 'https://a', 'xhttps://a.b', 'HTTPS://Ä.B']],
    [/^[a-f0-9]{2,3}-x\d$/i, ['ab-x1', 'AB-X1', 'Abc-X9', 'abg-x1', 'ab-x']],
    [/^\u00e4[A-C]\p{L}$/iu, ['äaé', 'äBx', 'Äa1', 'äd']],
    [/^[^a-c]z$/i, ['dz', 'DZ', 'az', 'Az', 'Cz']],
  ];
  for (const [re, samples] of cases) {
    const spelled = new RegExp(schemaPattern(re), 'u');
    for (const sample of samples) assert.equal(spelled.test(sample), re.test(sample), `${re} on ${sample}`);
  }
});

test('flags a JSON Schema cannot express are refused', () => {
  assert.throws(() => schemaPattern(/a/m), /flag/);
  assert.throws(() => schemaPattern(/a/s), /flag/);
});
