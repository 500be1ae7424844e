/** Keys written twice in one record: found in the text, with their lines, as problems of their records. */
import { expect } from '@esm-bundle/chai';
import { repeatedKeyProblems, repeatedKeys, MAX_REPEATED } from '../../src/core/feed/repeated-keys.js';
import { readRepeatedToken } from '../../src/core/feed/repeated-token.js';
import { recordCollections } from '../../src/core/feed/validate-records.js';

const FEED = 'https://a.example/feed.json';

describe('repeatedKeys', () => {
  it('finds nothing in JSON without repeated keys, whatever its strings hold', () => {
    const text = JSON.stringify({ a: '{"a":1,"a":2}', b: ['"a"', { a: 1 }, { a: 2 }], c: { d: null, e: -1.5e3, f: true }, '"': 'x' }, null, 2);
    expect(repeatedKeys(text)).to.deep.equal({ found: [], more: 0 });
  });

  it('names the path of each repeated key and where both spellings stand', () => {
    const text = '{"offers": [{"id": "a"}, {"id": "b", "title": "Alt", "level": {"from": "A1", "from": "B1"}, "title": "Neu"}]}';
    const { found } = repeatedKeys(text);
    expect(found.map((r) => r.path)).to.deep.equal([
      ['offers', 1, 'level', 'from'],
      ['offers', 1, 'title'],
    ]);
    expect(text.slice(found[1].first, found[1].first + 7)).to.equal('"title"');
    expect(found[1].again).to.be.greaterThan(found[1].first);
    expect(text.slice(found[1].again, found[1].again + 7)).to.equal('"title"');
  });

  it('takes keys as JSON reads them: an escaped spelling is the same key', () => {
    expect(repeatedKeys('{"title": 1, "ti\\u0074le": 2}').found.map((r) => r.path)).to.deep.equal([['title']]);
    expect(repeatedKeys('{"a\\"b": 1, "a\\u0022b": 2, "__proto__": 1, "__proto__": 2}').found.map((r) => r.path)).to.deep.equal([['a"b'], ['__proto__']]);
  });

  it('counts list positions across nested lists and empty ones', () => {
    const text = '{"x": [[], {}, [1, {"k": 1, "k": 2}]]}';
    expect(repeatedKeys(text).found.map((r) => r.path)).to.deep.equal([['x', 2, 1, 'k']]);
  });

  it('walks any depth without a call stack, and counts what is beyond its limit', () => {
    const deep = '['.repeat(20000) + '{"a":1,"a":2}' + ']'.repeat(20000);
    expect(repeatedKeys(deep).found).to.have.length(1);
    const many = `[${Array.from({ length: MAX_REPEATED + 50 }, () => '{"a":1,"a":2}').join(',')}]`;
    const { found, more } = repeatedKeys(many);
    expect(found).to.have.length(MAX_REPEATED);
    expect(more).to.equal(50);
  });

  it('leaves out what stood in a first value that a repeated key discarded', () => {
    // The first "offers" list is gone with its records: its "title" written twice is not a problem of the second list's first offer.
    const text = '{"offers": [{"id": "alt", "title": "A", "title": "B"}], "x": {"k": 1, "k": 2}, "offers": [{"id": "neu", "title": "C"}]}';
    expect(repeatedKeys(text).found.map((r) => r.path)).to.deep.equal([['x', 'k'], ['offers']]);
  });
});

describe('repeatedKeyProblems', () => {
  const text = [
    '{',
    '  "lotse": "1.0",',
    '  "publisher": { "name": "Stadt", "name": "Kreis" },',
    '  "offers": [',
    '    {',
    '      "id": "beratung",',
    '      "title": { "de": "Beratung" },',
    '      "title": { "de": "Beratung für Familien", "de": "Familienberatung" }',
    '    }',
    '  ],',
    '  "lotse": "1.0"',
    '}',
  ].join('\n');
  const { problems, more } = repeatedKeyProblems(text, JSON.parse(text), FEED, recordCollections);

  it('makes each one a problem of its record, with the field and both lines', () => {
    expect(problems).to.deep.equal([
      // Both on line 3: with their columns.
      { source: FEED, collection: 'feed', index: 0, field: 'publisher.name', reason: 'format', expect: 'repeated 3:18 3:35', dropped: false },
      { source: FEED, collection: 'offers', id: 'beratung', index: 0, field: 'title', reason: 'format', expect: 'repeated 7 8', dropped: false },
      { source: FEED, collection: 'offers', id: 'beratung', index: 0, field: 'title.de', reason: 'format', expect: 'repeated 8:18 8:49', dropped: false },
      { source: FEED, collection: 'feed', index: 0, field: 'lotse', reason: 'format', expect: 'repeated 2 11', dropped: false },
    ]);
    expect(more).to.equal(0);
    // Feed-info and the CLI read the tokens back.
    expect(problems.map((p) => readRepeatedToken(p.expect))).to.deep.equal([
      { first: 3, again: 3, firstColumn: 18, againColumn: 35 },
      { first: 7, again: 8 },
      { first: 8, again: 8, firstColumn: 18, againColumn: 49 },
      { first: 2, again: 11 },
    ]);
  });

  it('gives no id where the record has none that is a text, and nothing of a list that a second one replaced', () => {
    const raw = '{"offers": [{"id": 7, "a": 1, "a": 2}]}';
    expect(repeatedKeyProblems(raw, JSON.parse(raw), FEED, recordCollections).problems[0]).to.not.have.property('id');
    // A second list of offers replaced the first: its records are gone, the list's own key says why.
    const twice = '{"offers": [{"id": "a", "b": 1, "b": 2}],\n"offers": []}';
    expect(repeatedKeyProblems(twice, JSON.parse(twice), FEED, recordCollections).problems.map((p) => [p.collection, p.field, p.expect])).to.deep.equal([['feed', 'offers', 'repeated 1 2']]);
  });
});
