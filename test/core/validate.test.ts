/** validateFeed: record-by-record validation, duplicates, references, text maps, and the grouped warning. */
import { expect } from '@esm-bundle/chai';
import { FeedError } from '../../src/core/feed/errors.js';
import { feedSource, resetFeedStore } from '../../src/core/feed/store.js';
import { validateFeed } from '../../src/core/feed/validate.js';
import { pickText } from '../../src/core/locale/text.js';
import { bigFeed, feedA, minimalFeed, validOffer } from '../fixtures/feeds.js';
import { answerJson, mockUrl, useMsw, PATIENT } from '../helpers/msw.js';
import { spyConsole, type ConsoleSpy } from '../helpers/console.js';
import { eventually } from '../helpers/wait.js';

const URL_A = 'https://feeds.lotse.test/validate/a.json';

function throwsFeedError(json: unknown): FeedError {
  try {
    validateFeed(json, URL_A);
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('validateFeed accepted the feed');
}

/** Validates a minimal feed whose only offer is `offer` and returns its problems without `source`. */
function problemsOfOffer(offer: Record<string, unknown>) {
  const result = validateFeed(minimalFeed({ offers: [offer] }), URL_A);
  return {
    kept: result.offers.length,
    problems: result.problems.map(({ field, reason, dropped }) => ({ field, reason, dropped })),
  };
}

describe('validateFeed', () => {
  it('keeps the valid fixture feed unchanged, without problems', () => {
    const feed = validateFeed(feedA(), URL_A);
    expect(feed.problems).to.deep.equal([]);
    expect(feed.url).to.equal(URL_A);
    expect(feed.id).to.equal('stadt-a');
    expect(feed.formatVersion).to.equal('1.0');
    expect(feed.language).to.equal('de');
    expect(feed.offers.map((o) => o.id)).to.deep.equal([
      'deutschkurs-a1',
      'migrationsberatung',
      'bewerbungstraining',
      'sprachcafe',
      'online-beratung',
    ]);
    expect(feed.topics.map((t) => t.id)).to.deep.equal(['sprache', 'arbeit', 'beratung']);
    expect(feed.organizations).to.have.length(2);
    expect(feed.places).to.have.length(2);
  });

  it('drops 3 invalid offers of 100, keeps 97 in order, and reports id, index, field and reason', () => {
    const { feed, invalid } = bigFeed();
    const result = validateFeed(feed, URL_A);
    expect(result.offers).to.have.length(97);
    const invalidIds = new Set(invalid.map((p) => p.id));
    const expectedIds = (feed.offers as { id: string }[]).map((o) => o.id).filter((id) => !invalidIds.has(id));
    expect(result.offers.map((o) => o.id)).to.deep.equal(expectedIds);
    const core = result.problems.map(({ source, collection, id, index, field, reason, dropped }) => ({ source, collection, id, index, field, reason, dropped }));
    expect(core).to.deep.equal(
      invalid.map(({ index, id, field, reason }) => ({
        source: URL_A,
        collection: 'offers',
        id,
        index,
        field,
        reason,
        dropped: true,
      })),
    );
  });

  it('leaves out one wrong date of a list of dates and keeps the others; a wrong rule still leaves out the whole timetable', () => {
    const dates = [
      { date: '2027-01-18', start: '18:00', end: '19:30' },
      { date: '2027-02-30', start: '18:00', end: '19:30' },
      { date: '2027-03-15', start: '18:00' },
    ];
    const withDates = validateFeed(minimalFeed({ offers: [{ ...validOffer(1), schedule: { dates } }] }), URL_A);
    expect(withDates.offers[0].schedule?.dates?.map((d) => d.date)).to.deep.equal(['2027-01-18', '2027-03-15']);
    expect(withDates.problems.map((p) => [p.field, p.dropped])).to.deep.equal([['schedule.dates.1.date', false]]);
    // A holiday that cannot be read would show a session on a day it does not happen: the whole timetable goes.
    const withRule = validateFeed(minimalFeed({ offers: [{ ...validOffer(2), schedule: { start: '2027-01-04', end: '2027-03-29', weekly: { days: ['mo'] }, except: ['2027-02-30'], dates } }] }), URL_A);
    expect(withRule.offers[0].schedule).to.equal(undefined);
  });

  it('reports every issue of a record but drops it once', () => {
    const offer = { ...validOffer(1), kind: 'party', verified: 'gestern', cost: { free: 'ja' } };
    delete (offer as Record<string, unknown>).title;
    expect(problemsOfOffer(offer)).to.deep.equal({
      kept: 0,
      problems: [
        { field: 'kind', reason: 'value', dropped: true },
        { field: 'title', reason: 'missing', dropped: true },
        { field: 'cost.free', reason: 'type', dropped: true },
        { field: 'verified', reason: 'format', dropped: true },
      ],
    });
  });

  it('reports records without a usable id without an id', () => {
    const result = validateFeed(minimalFeed({ offers: [validOffer(1), { ...validOffer(2), id: 42 }, { ...validOffer(3), id: 'mit leerzeichen' }] }), URL_A);
    expect(result.offers.map((o) => o.id)).to.deep.equal(['offer-001']);
    expect(result.problems.map(({ id, index, field, reason }) => ({ id, index, field, reason }))).to.deep.equal([
      { id: undefined, index: 1, field: 'id', reason: 'type' },
      { id: 'mit leerzeichen', index: 2, field: 'id', reason: 'format' },
    ]);
  });

  it('checks topics, audiences, organisations and places record by record too', () => {
    const feed = feedA();
    (feed.topics as unknown[]).push({ id: 'ohne-label' });
    (feed.audiences as unknown[]).push({ id: 'kids', label: 7 });
    (feed.organizations as unknown[]).push({ id: 'org-x', name: 'X', type: 'company' });
    (feed.places as unknown[]).push({ id: 'place-x', address: { postcode: '123', municipality: 'Altenau' } });
    const result = validateFeed(feed, URL_A);
    expect(result.problems.map(({ collection, id, index, field, reason, dropped }) => ({ collection, id, index, field, reason, dropped }))).to.deep.equal([
      { collection: 'topics', id: 'ohne-label', index: 3, field: 'label', reason: 'missing', dropped: true },
      { collection: 'audiences', id: 'kids', index: 1, field: 'label', reason: 'type', dropped: true },
      // `type` is optional: it is left out, the organisation stays.
      { collection: 'organizations', id: 'org-x', index: 2, field: 'type', reason: 'value', dropped: false },
      { collection: 'places', id: 'place-x', index: 2, field: 'address.postcode', reason: 'format', dropped: true },
    ]);
    expect(result.topics).to.have.length(3);
    expect(result.audiences).to.have.length(1);
    expect(result.organizations).to.have.length(3);
    expect(result.organizations[2]).to.deep.equal({ id: 'org-x', name: 'X' });
    expect(result.places).to.have.length(2);
  });

  it('keeps the first of two records with the same id and reports the second as duplicate', () => {
    const first = { ...validOffer(1), title: 'Erster' };
    const second = { ...validOffer(1), title: 'Zweiter' };
    const result = validateFeed(minimalFeed({ offers: [first, validOffer(2), second] }), URL_A);
    expect(result.offers.map((o) => o.title)).to.deep.equal(['Erster', 'Kurs Nummer 2']);
    expect(result.problems).to.deep.equal([
      {
        source: URL_A,
        collection: 'offers',
        id: 'offer-001',
        index: 2,
        field: 'id',
        reason: 'duplicate',
        expect: 'unique',
        value: 'offer-001',
        first: 0,
        dropped: true,
      },
    ]);
  });

  it('does not call a record a duplicate of an invalid one, nor of a record in another collection', () => {
    const broken = { ...validOffer(1), kind: 'party' };
    const feed = minimalFeed({
      topics: [{ id: 'sprache', label: 'Sprache' }, { id: 'offer-001', label: 'Thema' }],
      offers: [broken, validOffer(1)],
    });
    const result = validateFeed(feed, URL_A);
    expect(result.offers.map((o) => o.id)).to.deep.equal(['offer-001']);
    expect(result.topics.map((t) => t.id)).to.deep.equal(['sprache', 'offer-001']);
    expect(result.problems.map((p) => p.reason)).to.deep.equal(['value']);
  });

  it('keeps records with dangling references, drops only the reference, and reports it as not dropped', () => {
    const feed = feedA();
    const offers = feed.offers as Record<string, unknown>[];
    offers.unshift({ ...validOffer(9), kind: 'party' }); // invalid, shifts every index by one
    offers[1].organization = 'org-gibt-es-nicht';
    offers[2].places = ['place-2', 'place-weg'];
    offers[3].topics = ['arbeit', 'thema-weg', 'beratung'];
    const result = validateFeed(feed, URL_A);
    expect(result.offers).to.have.length(5);
    const [first, second, third] = result.offers;
    expect(first.id).to.equal('deutschkurs-a1');
    expect(first).to.not.have.property('organization');
    expect(first.places).to.deep.equal(['place-1']);
    expect(second.places).to.deep.equal(['place-2']);
    expect(third.topics).to.deep.equal(['arbeit', 'beratung']);
    expect(result.problems.filter((p) => p.reason === 'reference')).to.deep.equal([
      { source: URL_A, collection: 'offers', id: 'deutschkurs-a1', index: 1, field: 'organization', reason: 'reference', expect: 'existing', value: 'org-gibt-es-nicht', dropped: false },
      { source: URL_A, collection: 'offers', id: 'migrationsberatung', index: 2, field: 'places', reason: 'reference', expect: 'existing', value: 'place-weg', dropped: false },
      { source: URL_A, collection: 'offers', id: 'bewerbungstraining', index: 3, field: 'topics', reason: 'reference', expect: 'existing', value: 'thema-weg', dropped: false },
    ]);
  });

  it('treats references to dropped records as dangling', () => {
    const feed = feedA();
    (feed.organizations as Record<string, unknown>[])[0].name = ' '; // org-1 becomes invalid
    const result = validateFeed(feed, URL_A);
    expect(result.organizations.map((o) => o.id)).to.deep.equal(['org-2']);
    const lost = result.problems.filter((p) => p.reason === 'reference');
    expect(lost.map((p) => p.id)).to.deep.equal(['deutschkurs-a1', 'bewerbungstraining']);
    // Staff learn that the organisation exists but was left out for its own problem.
    expect(lost.map((p) => [p.expect, p.value])).to.deep.equal([['dropped', 'org-1'], ['dropped', 'org-1']]);
    expect(result.offers).to.have.length(5);
  });

  it('tells ids that never existed apart from ids of records left out', () => {
    const feed = feedA();
    (feed.places as Record<string, unknown>[])[0].address = { postcode: '1234', municipality: 'Altenau' }; // place-1 becomes invalid
    (feed.offers as Record<string, unknown>[])[0].places = ['place-1', 'place-weg', 'place-2'];
    const found = validateFeed(feed, URL_A).problems.filter((p) => p.reason === 'reference' && p.index === 0);
    expect(found.map((p) => [p.expect, p.value])).to.deep.equal([['existing', 'place-weg'], ['dropped', 'place-1']]);
  });

  it('ignores unknown fields at every level', () => {
    const feed = feedA();
    feed['x-generator'] = 'Stadt-CMS 4.2';
    const offer = (feed.offers as Record<string, unknown>[])[0];
    offer.farbe = 'blau';
    offer.contact = { phone: '+49 5328 1', fax: '+49 5328 2', extra: { deep: [1, 2] } };
    (feed.publisher as Record<string, unknown>).logo = { src: 'javascript:ignored' };
    const result = validateFeed(feed, URL_A);
    expect(result.problems).to.deep.equal([]);
    expect(result.offers).to.have.length(5);
  });

  describe('text fields', () => {
    it('accepts plain strings and maps of language tags', () => {
      for (const title of ['Kurs', { de: 'Kurs', 'pt-BR': 'Curso', ckb: 'خول', 'sr-Latn': 'Kurs' }, { ar: 'دورة' }]) {
        expect(problemsOfOffer({ ...validOffer(1), title }), JSON.stringify(title)).to.deep.equal({ kept: 1, problems: [] });
      }
    });

    it('rejects empty maps and maps with only blank translations', () => {
      for (const title of [{}, { de: '', en: ' ' }]) {
        expect(problemsOfOffer({ ...validOffer(1), title })).to.deep.equal({
          kept: 0,
          problems: [{ field: 'title', reason: 'missing', dropped: true }],
        });
      }
    });

    it('takes a blank translation (an empty spreadsheet cell) as missing, not as an error', () => {
      const result = validateFeed(minimalFeed({ offers: [{ ...validOffer(1), title: { de: 'Kurs', en: '' } }] }), URL_A);
      expect(result.problems).to.deep.equal([]);
      expect(pickText(result.offers[0].title, 'en', 'de')).to.deep.equal({ text: 'Kurs', lang: 'de', dir: 'ltr' });
    });

    it('says what a field expects and what it found', () => {
      const offer = { ...validOffer(1), verified: '25.11.2026', kind: 'party', cost: { free: 'ja' }, level: { from: 'A9' } };
      const found = validateFeed(minimalFeed({ offers: [offer] }), URL_A).problems.map(({ field, reason, expect, value }) => ({ field, reason, expect, value }));
      expect(found).to.deep.include.members([
        { field: 'verified', reason: 'format', expect: 'date', value: '25.11.2026' },
        { field: 'kind', reason: 'value', expect: 'one of: service, course, event, health, authority, network, programme', value: 'party' },
        { field: 'cost.free', reason: 'type', expect: 'boolean', value: 'ja' },
      ]);
      const impossible = validateFeed(minimalFeed({ offers: [{ ...validOffer(3), verified: '2027-02-31' }] }), URL_A).problems;
      expect(impossible.map((p) => [p.field, p.reason, p.expect])).to.deep.equal([['verified', 'range', 'day']]);
      const untitled = { ...validOffer(2) } as Record<string, unknown>;
      delete untitled.title;
      const [missing] = validateFeed(minimalFeed({ offers: [untitled] }), URL_A).problems;
      expect([missing.field, missing.reason, missing.expect]).to.deep.equal(['title', 'missing', 'text']);
    });

    it('shows the start of a wrong value as JSON, with work bounded however deep or large the value is', () => {
      // Nested 200,000 levels: written whole before it was cut, which took seconds at a million.
      let deep: unknown = 'x';
      for (let i = 0; i < 200000; i++) deep = [deep];
      const wide = Array.from({ length: 1000000 }, (_, i) => i);
      const valueOf = (summary: unknown) => {
        // Put in after the fixture is made: it clones what it is given, which a value this deep would not survive.
        const feed = minimalFeed({ offers: [] }) as { offers: unknown[] };
        feed.offers = [{ ...validOffer(1), summary }];
        return validateFeed(feed, URL_A).problems[0].value;
      };
      const [a, b, c] = [deep, wide, [{ a: true, b: 'x' }, null, 1.5]].map(valueOf);
      expect(a).to.equal(`${'['.repeat(59)}…`);
      expect(b).to.equal(`${JSON.stringify(wide.slice(0, 30)).slice(0, 59)}…`);
      expect(c).to.equal('[{"a":true,"b":"x"},null,1.5]');
    });

    it('rejects empty and blank plain strings', () => {
      for (const title of ['', '   \n']) {
        expect(problemsOfOffer({ ...validOffer(1), title })).to.deep.equal({
          kept: 0,
          problems: [{ field: 'title', reason: 'format', dropped: true }],
        });
      }
    });

    it('leaves out map keys that are not language tags, naming the key', () => {
      expect(problemsOfOffer({ ...validOffer(1), title: { de: 'Kurs', DE: 'Kurs', 'de_DE': 'Kurs' } })).to.deep.equal({
        kept: 1,
        problems: [
          { field: 'title.DE', reason: 'format', dropped: false },
          { field: 'title.de_DE', reason: 'format', dropped: false },
        ],
      });
    });

    // FeedProblem.field documents `title.de`-style paths, and rules.ts says a union
    // prefers "the alternative that has the right type" (here: the map).
    it('names the language whose value has the wrong type, and leaves out only that language', () => {
      expect(problemsOfOffer({ ...validOffer(1), title: { de: 'Kurs', en: 42 } })).to.deep.equal({
        kept: 1,
        problems: [{ field: 'title.en', reason: 'type', dropped: false }],
      });
      expect(problemsOfOffer({ ...validOffer(1), keywords: { de: 'Deutsch' } }).problems).to.deep.equal([
        { field: 'keywords.de', reason: 'type', dropped: false },
      ]);
    });

    it('rejects texts that are neither string nor map', () => {
      for (const title of [42, ['Kurs'], null, true]) {
        expect(problemsOfOffer({ ...validOffer(1), title }).problems, JSON.stringify(title)).to.deep.equal([
          { field: 'title', reason: 'type', dropped: true },
        ]);
      }
    });

    it('accepts keyword lists plain or per language, and leaves out a bare string', () => {
      expect(problemsOfOffer({ ...validOffer(1), keywords: ['Deutsch', 'Sprache'] }).kept).to.equal(1);
      expect(problemsOfOffer({ ...validOffer(1), keywords: { de: ['Deutsch'], ar: ['ألمانية'] } }).kept).to.equal(1);
      expect(problemsOfOffer({ ...validOffer(1), keywords: 'Deutsch' })).to.deep.equal({
        kept: 1,
        problems: [{ field: 'keywords', reason: 'type', dropped: false }],
      });
    });
  });

  describe('feeds that are unusable as a whole', () => {
    it('rejects a newer major version with "version"', () => {
      for (const lotse of ['2.0', '10.1', 2]) {
        const error = throwsFeedError(minimalFeed({ lotse }));
        expect(error.code, String(lotse)).to.equal('version');
        expect(error.detail).to.equal(String(Number.parseInt(String(lotse), 10)));
      }
    });

    it('accepts newer minor versions', () => {
      expect(validateFeed(minimalFeed({ lotse: '1.7' }), URL_A).formatVersion).to.equal('1.7');
    });

    it('rejects broken envelopes with "format" and the path', () => {
      expect(throwsFeedError(null).detail).to.equal('(root): type (object; found null)');
      expect(throwsFeedError([]).detail).to.equal('(root): type (object; found [])');
      expect(throwsFeedError('feed').detail).to.equal('(root): type (object; found feed)');
      const noPublisher = minimalFeed();
      delete noPublisher.publisher;
      expect(throwsFeedError(noPublisher).detail).to.equal('publisher: missing (object)');
      expect(throwsFeedError(minimalFeed({ offers: {} })).detail).to.equal('offers: type (list; found {})');
      expect(throwsFeedError(minimalFeed({ lotse: 'eins' })).detail).to.equal('lotse: format (version; found eins)');
      expect(throwsFeedError(minimalFeed({ language: 'Deutsch' })).detail).to.equal('language: format (language; found Deutsch)');
      // Every problem of the envelope at once, so staff fix them in one go.
      expect(throwsFeedError(minimalFeed({ language: 'Deutsch', offers: {} })).detail).to.equal(
        'language: format (language; found Deutsch); offers: type (list; found {})',
      );
      expect(throwsFeedError(minimalFeed({ offers: [], lotse: '1' })).code).to.equal('format');
    });
  });
});

describe('problem reporting through the store', () => {
  useMsw();
  let warn: ConsoleSpy;
  beforeEach(() => {
    resetFeedStore(PATIENT);
    warn = spyConsole('warn');
  });
  afterEach(() => {
    warn.restore();
    resetFeedStore();
  });

  it('validateFeed itself does not log', () => {
    validateFeed(bigFeed().feed, URL_A);
    expect(warn.calls).to.deep.equal([]);
  });

  it('logs one grouped warning per feed that lists every problem', async () => {
    const big = mockUrl('/validate/big.json');
    const dangling = mockUrl('/validate/dangling.json');
    const clean = mockUrl('/validate/clean.json');
    const withReference = feedA();
    (withReference.offers as Record<string, unknown>[])[0].organization = 'org-weg';
    answerJson(big, bigFeed().feed);
    answerJson(dangling, withReference);
    answerJson(clean, feedA());
    await Promise.all([feedSource(big).load(), feedSource(dangling).load(), feedSource(clean).load()]);
    // The words come from a chunk that loads only for feeds with problems.
    // The clean feed has no problems, so it never loads the words nor warns: two is final.
    await eventually(() => warn.calls.length === 2, 'two grouped warnings');
    const bigWarning = warn.calls.find((c) => c.includes(big))!;
    expect(bigWarning).to.contain('3 problem(s)').and.contain('3 record(s) dropped');
    for (const id of ['offer-010', 'offer-050', 'offer-099']) expect(bigWarning).to.contain(`id "${id}"`);
    const referenceWarning = warn.calls.find((c) => c.includes(dangling))!;
    expect(referenceWarning).to.contain('0 record(s) dropped');
    expect(referenceWarning).to.contain('id "deutschkurs-a1": organization: reference (existing; found org-weg) (left out; the record is shown)');
    expect(warn.calls.some((c) => c.includes(clean))).to.equal(false);
  });
});
