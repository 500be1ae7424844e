/**
 * Issue 14, the core half: feeds that try to reach Object.prototype, topic
 * trees that loop or nest without end, merged feeds that relabel each other
 * or collide, the one e-mail rule, impossible and future dates, optional
 * values left out instead of whole records, validation that never changes
 * its input, and bounded work for big feeds.
 */
import { expect } from '@esm-bundle/chai';
import { html, render } from 'lit';
import { buildCatalog, buildCatalogInSlices, type Catalog } from '../../src/core/feed/catalog.js';
import { FeedError } from '../../src/core/feed/errors.js';
import { MAX_ITEMS, MAX_RECORDS, MAX_TOPIC_DEPTH } from '../../src/core/feed/limits.js';
import { reportProblems } from '../../src/core/feed/problem-report.js';
import { validateFeed, type FeedProblem, type ValidatedFeed } from '../../src/core/feed/validate.js';
import { checkFeedInSlices } from '../../src/core/feed/validate-records.js';
import { EMAIL, mailtoHref } from '../../src/core/links.js';
import { pickText } from '../../src/core/locale/text.js';
import { berlinNow, berlinTomorrow, dayNumber, isoDay } from '../../src/core/time/berlin.js';
import { problemDetails } from '../../src/components/feed-info/staff-texts.js';
import { feedA, minimalFeed, validOffer } from '../fixtures/feeds.js';
import { PROTOTYPE_NAMES, PROTOTYPE_TEXT_KEYS, VALID_PROTOTYPE_IDS, prototypeIdsFeed } from '../fixtures/prototype-ids.js';
import { spyConsole } from '../helpers/console.js';

type Json = Record<string, unknown>;
const URL_A = 'https://feeds.lotse.test/hardening/a.json';
const URL_B = 'https://feeds.lotse.test/hardening/b.json';
const URL_C = 'https://feeds.lotse.test/hardening/c.json';

/** The problems of a validated feed, reduced to what a test names. */
const brief = (problems: FeedProblem[]) =>
  problems.map(({ collection, id, field, reason, expect: token, value, dropped }) => ({ collection, id, field, reason, expect: token, value, dropped }));

/** Freezes a parsed feed all the way down, so any write to it throws. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** A staff row's words, rendered as <lotse-feed-info> shows them. */
function staffWords(problem: FeedProblem): string {
  const host = document.createElement('div');
  render(html`${problemDetails(problem, (i) => `Offer ${i + 1}`, 'en')}`, host);
  return host.textContent!.replace(/\s+/g, ' ').trim();
}

describe('point 1: feed-given keys never reach Object.prototype', () => {
  const validated = () => validateFeed(prototypeIdsFeed(), URL_A);

  it('keeps every record named like a prototype member and leaves out only what is really wrong', () => {
    const feed = validated();
    const ids = (records: { id: string }[]) => records.map((r) => r.id);
    expect(ids(feed.topics)).to.deep.equal(VALID_PROTOTYPE_IDS);
    expect(ids(feed.audiences)).to.deep.equal(VALID_PROTOTYPE_IDS);
    expect(ids(feed.organizations)).to.deep.equal(VALID_PROTOTYPE_IDS.filter((n) => n !== 'toLocaleString'));
    expect(ids(feed.places)).to.deep.equal(VALID_PROTOTYPE_IDS.filter((n) => n !== 'propertyIsEnumerable'));
    expect(ids(feed.offers)).to.deep.equal(VALID_PROTOTYPE_IDS);
    expect(feed.id).to.equal('constructor');
    // Every text map keeps its German text and nothing else; no key became a prototype.
    for (const text of [feed.publisher.name, ...feed.topics.map((t) => t.label), ...feed.offers.map((o) => o.title)]) {
      expect(Object.keys(text as object)).to.deep.equal(['de']);
      expect(Object.getPrototypeOf(text)).to.equal(Object.prototype);
    }
    for (const offer of feed.offers) {
      expect(offer.languages).to.deep.equal(['de']);
      expect(offer.keywords).to.deep.equal({ de: [offer.id] });
    }
  });

  it('reports the invalid ids, the foreign text keys, the missing references and the looping topics', () => {
    const problems = brief(validated().problems);
    const badIds = PROTOTYPE_NAMES.filter((n) => n.startsWith('_'));
    for (const collection of ['topics', 'audiences', 'organizations', 'places', 'offers'] as const) {
      for (const id of badIds) {
        expect(problems, `${collection} ${id}`).to.deep.include({ collection, id, field: 'id', reason: 'format', expect: 'id', value: id, dropped: true });
      }
    }
    // One "left out" problem per foreign key of every text map of a kept record.
    const keyProblems = problems.filter((p) => !p.dropped && p.reason === 'format');
    for (const key of PROTOTYPE_TEXT_KEYS) {
      expect(keyProblems.some((p) => p.collection === 'feed' && p.field === `publisher.name.${key}`), key).to.equal(true);
      for (const id of VALID_PROTOTYPE_IDS) {
        expect(keyProblems.some((p) => p.collection === 'offers' && p.id === id && p.field === `title.${key}`), `${id} ${key}`).to.equal(true);
        expect(keyProblems.some((p) => p.collection === 'topics' && p.id === id && p.field === `label.${key}`), `${id} ${key}`).to.equal(true);
      }
    }
    const links = problems.filter((p) => p.reason === 'reference');
    expect(links).to.deep.include.members([
      { collection: 'offers', id: 'toLocaleString', field: 'organization', reason: 'reference', expect: 'existing', value: 'toLocaleString', dropped: false },
      { collection: 'offers', id: 'propertyIsEnumerable', field: 'places', reason: 'reference', expect: 'existing', value: 'propertyIsEnumerable', dropped: false },
      { collection: 'topics', id: 'toString', field: 'parent', reason: 'reference', expect: 'acyclic', value: 'toString', dropped: false },
      { collection: 'topics', id: 'isPrototypeOf', field: 'parent', reason: 'reference', expect: 'acyclic', value: 'propertyIsEnumerable', dropped: false },
      { collection: 'topics', id: 'propertyIsEnumerable', field: 'parent', reason: 'reference', expect: 'acyclic', value: 'isPrototypeOf', dropped: false },
    ]);
    // "__proto__" is no valid id, so the link to it is left out before any topic is looked up.
    expect(problems).to.deep.include({ collection: 'topics', id: 'toLocaleString', field: 'parent', reason: 'format', expect: 'id', value: '__proto__', dropped: false });
  });

  it('builds a catalogue that resolves every reference by own id only', () => {
    const catalog = buildCatalog([validated()]);
    expect([...catalog.topics.keys()]).to.deep.equal(VALID_PROTOTYPE_IDS);
    expect([...catalog.audiences.keys()]).to.deep.equal(VALID_PROTOTYPE_IDS);
    for (const entry of catalog.offers) {
      const name = entry.offer.id;
      expect(entry.key).to.equal(name);
      expect(entry.organization?.id).to.equal(name === 'toLocaleString' ? undefined : name);
      expect(entry.places.map((p) => p.id)).to.deep.equal(name === 'propertyIsEnumerable' ? [] : [name]);
      expect(entry.topics).to.deep.equal([name]);
      expect(entry.audiences).to.deep.equal([name]);
      const topic = catalog.topics.get(entry.topics[0])!;
      expect(topic.label).to.deep.equal({ de: `Thema ${name}` });
      expect(pickText(topic.label, 'de', topic.language)?.text).to.equal(`Thema ${name}`);
      expect(pickText(catalog.audiences.get(entry.audiences[0])!.label, 'ar', 'de')?.text).to.equal(`Gruppe ${name}`);
    }
    expect(catalog.topics.get('valueOf')!.parent).to.equal('constructor');
    expect(catalog.topics.get('hasOwnProperty')!.parent).to.equal('valueOf');
    for (const looped of ['toString', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString']) {
      expect(catalog.topics.get(looped)!.parent, looped).to.equal(undefined);
    }
    expect(catalog.topics.has('__proto__')).to.equal(false);
  });

  it('merges two such feeds without one reaching into the other', () => {
    const catalog = buildCatalog([validated(), validateFeed(prototypeIdsFeed(), URL_B)]);
    const keys = catalog.offers.map((e) => e.key);
    expect(new Set(keys).size).to.equal(keys.length);
    expect(catalog.offers.filter((e) => e.offer.id === 'constructor').map((e) => e.topics)).to.deep.equal([['constructor'], ['constructor2~constructor']]);
    expect(catalog.topics.get('constructor2~valueOf')!.parent).to.equal('constructor2~constructor');
  });

  it('pickText reads only own, filled text entries, whatever their keys', () => {
    const text = JSON.parse('{"__proto__": "Fremd", "de": "Deutsch", "constructor": "Fremd", "en": 7}') as Record<string, string>;
    expect(pickText(text, 'de', 'de')).to.deep.equal({ text: 'Deutsch', lang: 'de', dir: 'ltr' });
    expect(pickText(text, 'en', 'de')?.text).to.equal('Deutsch');
    expect(pickText(JSON.parse('{"valueOf": 1, "toString": null}') as Record<string, string>, 'de', 'de')).to.equal(undefined);
  });

  it('writes a readable console report for such a feed', () => {
    const warn = spyConsole('warn');
    try {
      reportProblems(validated());
    } finally {
      warn.restore();
    }
    expect(warn.calls).to.have.length(1);
    expect(warn.calls[0]).to.contain('offers[0] id "constructor": title.__proto__: format').and.not.contain('[object');
  });
});

describe('point 3: broader topics are acyclic and at most MAX_TOPIC_DEPTH deep', () => {
  /** Depth of a topic: 1 for a top-level one. Bounded, so a loop fails the test instead of hanging it. */
  function depthOf(parents: Map<string, string | undefined>, id: string): number {
    let depth = 1;
    for (let at = parents.get(id); at !== undefined; at = parents.get(at)) {
      if (++depth > MAX_TOPIC_DEPTH) return Infinity;
    }
    return depth;
  }
  const parentsOf = (feed: ValidatedFeed) => new Map(feed.topics.map((t) => [t.id, t.parent]));

  it('cuts cycles of one, two and three topics, reporting every topic in them, and keeps the topics', () => {
    const topics = [
      { id: 'a', label: 'A', parent: 'a' },
      { id: 'b', label: 'B', parent: 'c' },
      { id: 'c', label: 'C', parent: 'b' },
      { id: 'd', label: 'D', parent: 'e' },
      { id: 'e', label: 'E', parent: 'f' },
      { id: 'f', label: 'F', parent: 'd' },
      { id: 'g', label: 'G' },
      { id: 'h', label: 'H', parent: 'g' },
      { id: 'i', label: 'I', parent: 'd' }, // hangs below a cycle: keeps its link
    ];
    const feed = validateFeed(minimalFeed({ topics, offers: [] }), URL_A);
    expect(feed.topics.map((t) => t.id)).to.deep.equal(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']);
    expect([...parentsOf(feed)]).to.deep.equal([
      ['a', undefined], ['b', undefined], ['c', undefined], ['d', undefined], ['e', undefined], ['f', undefined],
      ['g', undefined], ['h', 'g'], ['i', 'd'],
    ]);
    expect(brief(feed.problems).map((p) => [p.id, p.field, p.reason, p.expect, p.value, p.dropped])).to.deep.equal([
      ['a', 'parent', 'reference', 'acyclic', 'a', false],
      ['b', 'parent', 'reference', 'acyclic', 'c', false],
      ['c', 'parent', 'reference', 'acyclic', 'b', false],
      ['d', 'parent', 'reference', 'acyclic', 'e', false],
      ['e', 'parent', 'reference', 'acyclic', 'f', false],
      ['f', 'parent', 'reference', 'acyclic', 'd', false],
    ]);
    expect(staffWords(feed.problems[1])).to.contain('lead back to this topic').and.not.contain('does not exist');
  });

  it('walks a chain of 10,000 broader topics without recursion and cuts it every MAX_TOPIC_DEPTH levels', () => {
    const topics = Array.from({ length: 10_000 }, (_, i) => ({ id: `t${i}`, label: `T ${i}`, ...(i ? { parent: `t${i - 1}` } : {}) }));
    const feed = validateFeed(minimalFeed({ topics, offers: [] }), URL_A);
    expect(feed.topics).to.have.length(10_000);
    const parents = parentsOf(feed);
    for (const { id } of feed.topics) expect(depthOf(parents, id), id).to.be.at.most(MAX_TOPIC_DEPTH);
    // t0 … t7 make the first 8 levels; t8 starts again at the top, and so on.
    const cut = feed.problems.filter((p) => p.expect === 'depth');
    expect(cut).to.have.length(Math.floor(9_999 / MAX_TOPIC_DEPTH));
    expect(cut.slice(0, 2).map((p) => [p.id, p.value, p.dropped])).to.deep.equal([[`t${MAX_TOPIC_DEPTH}`, `t${MAX_TOPIC_DEPTH - 1}`, false], [`t${2 * MAX_TOPIC_DEPTH}`, `t${2 * MAX_TOPIC_DEPTH - 1}`, false]]);
    expect(parents.get(`t${MAX_TOPIC_DEPTH - 1}`)).to.equal(`t${MAX_TOPIC_DEPTH - 2}`);
    expect(staffWords(cut[0])).to.contain(String(MAX_TOPIC_DEPTH));
  });

  it('cuts a cycle of 5,000 topics', () => {
    const topics = Array.from({ length: 5000 }, (_, i) => ({ id: `t${i}`, label: `T ${i}`, parent: `t${(i + 1) % 5000}` }));
    const feed = validateFeed(minimalFeed({ topics, offers: [] }), URL_A);
    expect(feed.topics.every((t) => t.parent === undefined)).to.equal(true);
    expect(feed.problems.filter((p) => p.expect === 'acyclic')).to.have.length(5000);
  });

  it('removes a link to a broader topic that does not exist', () => {
    const feed = validateFeed(minimalFeed({ topics: [{ id: 'sprache', label: 'Sprache', parent: 'gibt-es-nicht' }] }), URL_A);
    expect(feed.topics[0].parent).to.equal(undefined);
    expect(brief(feed.problems)).to.deep.equal([
      { collection: 'topics', id: 'sprache', field: 'parent', reason: 'reference', expect: 'existing', value: 'gibt-es-nicht', dropped: false },
    ]);
  });

  it('keeps the cap in a merged catalogue, where a trusted feed hangs its topics below the first feed’s', () => {
    const chain = Array.from({ length: MAX_TOPIC_DEPTH }, (_, i) => ({ id: `k${i}`, label: `K ${i}`, ...(i ? { parent: `k${i - 1}` } : {}) }));
    const county = validateFeed(minimalFeed({ id: 'kreis', topics: chain, offers: [] }), URL_A);
    const deepest = `k${MAX_TOPIC_DEPTH - 1}`;
    const town = validateFeed(
      minimalFeed({ id: 'stadt', topics: [{ id: deepest, label: 'Tief' }, { id: 'unten', label: 'Unten', parent: deepest }], offers: [] }),
      URL_B,
    );
    const catalog = buildCatalog([county, town], { trusted: new Set([URL_B]) });
    const parents = new Map([...catalog.topics].map(([key, entry]) => [key, entry.parent]));
    for (const key of parents.keys()) expect(depthOf(parents, key), key).to.be.at.most(MAX_TOPIC_DEPTH);
    expect(catalog.topics.get('unten')!.parent).to.equal(undefined);
    expect(brief(catalog.problems)).to.deep.equal([
      { collection: 'topics', id: 'unten', field: 'parent', reason: 'reference', expect: 'depth', value: deepest, dropped: false },
    ]);
    expect(catalog.problems[0].source).to.equal(URL_B);
    expect(catalog.problems[0].index).to.equal(1);
  });
});

describe('point 7: labels come from the offer’s own feed; trusted feeds share the first feed’s vocabulary', () => {
  const county = () =>
    validateFeed(
      minimalFeed({
        id: 'kreis',
        topics: [{ id: 'deutsch', label: 'Deutsch' }, { id: 'arbeit', label: { de: 'Arbeit', en: 'Work' } }, { id: 'kurse', label: 'Kurse', parent: 'deutsch' }],
        audiences: [{ id: 'neu', label: 'Neu zugezogen' }],
        offers: [{ ...validOffer(1), topics: ['deutsch'], audiences: ['women', 'neu'] }],
      }),
      URL_A,
    );
  const provider = () =>
    validateFeed(
      minimalFeed({
        id: 'traeger',
        language: 'en',
        topics: [{ id: 'deutsch', label: { en: 'Call 0900-123456 first!' } }, { id: 'arbeit', label: { en: 'Jobs', ar: 'عمل' } }, { id: 'kurse', label: 'Courses' }],
        audiences: [{ id: 'neu', label: 'Call us' }, { id: 'women', label: 'Call us' }],
        offers: [{ ...validOffer(2), topics: ['deutsch', 'kurse'], audiences: ['women', 'neu'] }],
      }),
      URL_B,
    );
  const labelOf = (catalog: Catalog, key: string, lang: string) => {
    const entry = catalog.topics.get(key)!;
    return pickText(entry.label, lang, entry.language)?.text;
  };

  it('keeps an untrusted feed from relabelling the first feed’s topics, in any language', () => {
    const catalog = buildCatalog([county(), provider()]);
    const [own, foreign] = catalog.offers;
    expect(own.topics).to.deep.equal(['deutsch']);
    expect(catalog.topics.get('deutsch')!.label).to.deep.equal({ de: 'Deutsch' });
    for (const lang of ['de', 'en', 'ar', 'uk']) expect(labelOf(catalog, own.topics[0], lang), lang).to.equal('Deutsch');
    expect(catalog.topics.get('arbeit')!.label).to.deep.equal({ de: 'Arbeit', en: 'Work' });
    // The provider's offer is labelled from the provider's own words.
    expect(foreign.topics).to.deep.equal(['traeger~deutsch', 'traeger~kurse']);
    expect(labelOf(catalog, 'traeger~deutsch', 'de')).to.equal('Call 0900-123456 first!');
    expect(catalog.topics.get('traeger~deutsch')).to.include({ id: 'deutsch', key: 'traeger~deutsch', language: 'en' });
    expect(catalog.topics.get('traeger~deutsch')!.feed).to.equal(catalog.feeds[1]);
    expect(catalog.topics.get('kurse')!.parent).to.equal('deutsch');
    expect(catalog.topics.get('traeger~kurse')!.parent).to.equal(undefined);
  });

  it('keeps ids that two untrusted feeds share by accident apart', () => {
    const town = validateFeed(minimalFeed({ id: 'stadt', topics: [{ id: 'deutsch', label: 'Deutsch lernen' }], offers: [{ ...validOffer(3), topics: ['deutsch'] }] }), URL_C);
    const catalog = buildCatalog([county(), provider(), town]);
    expect([...catalog.topics.keys()]).to.deep.equal(['deutsch', 'arbeit', 'kurse', 'traeger~deutsch', 'traeger~arbeit', 'traeger~kurse', 'stadt~deutsch']);
    expect(catalog.offers.map((e) => e.topics)).to.deep.equal([['deutsch'], ['traeger~deutsch', 'traeger~kurse'], ['stadt~deutsch']]);
  });

  it('shares built-in audiences across feeds and keeps custom ones in their feed', () => {
    const catalog = buildCatalog([county(), provider()]);
    expect(catalog.offers.map((e) => e.audiences)).to.deep.equal([['women', 'neu'], ['women', 'traeger~neu']]);
    expect(catalog.audiences.get('neu')!.label).to.deep.equal({ de: 'Neu zugezogen' });
    // An untrusted feed's words for a built-in audience are not taken.
    expect(catalog.audiences.get('women')!.label).to.deep.equal({});
    expect(catalog.audiences.get('traeger~neu')!.label).to.deep.equal({ en: 'Call us' });
  });

  it('lets a trusted feed share the ids and fill in only languages the first feed lacks', () => {
    for (const trusted of [new Set([URL_B]), true] as const) {
      const catalog = buildCatalog([county(), provider()], { trusted });
      expect(catalog.offers.map((e) => e.topics)).to.deep.equal([['deutsch'], ['deutsch', 'kurse']]);
      expect(catalog.topics.get('deutsch')!.label).to.deep.equal({ de: 'Deutsch', en: 'Call 0900-123456 first!' });
      expect(catalog.topics.get('arbeit')!.label).to.deep.equal({ de: 'Arbeit', en: 'Work', ar: 'عمل' });
      expect(catalog.topics.get('deutsch')!.feed).to.equal(catalog.feeds[0]);
      // The broader topic comes from the first feed that defines the topic.
      expect(catalog.topics.get('kurse')!.parent).to.equal('deutsch');
      expect(catalog.audiences.get('women')!.label).to.deep.equal({ en: 'Call us' });
      expect([...catalog.topics.keys()]).to.deep.equal(['deutsch', 'arbeit', 'kurse']);
    }
  });

  it('builds the same catalogue in slices', async () => {
    const options = { trusted: new Set([URL_B]) };
    const sliced = await buildCatalogInSlices([county(), provider()], options);
    const whole = buildCatalog([county(), provider()], options);
    expect(sliced.offers.map((e) => [e.key, e.topics, e.audiences])).to.deep.equal(whole.offers.map((e) => [e.key, e.topics, e.audiences]));
    expect([...sliced.topics.keys()]).to.deep.equal([...whole.topics.keys()]);
  });
});

describe('point 8: offer keys are unique whatever the feed and offer ids', () => {
  const withId = (id: string | undefined, url: string, offerIds = ['offer-001']): ValidatedFeed => ({
    ...validateFeed(minimalFeed(), url),
    id,
    offers: offerIds.map((offerId) => ({ ...validOffer(1), id: offerId }) as ValidatedFeed['offers'][number]),
  });
  const keysOf = (feeds: ValidatedFeed[]) => buildCatalog(feeds).offers.map((e) => e.key);

  for (const ids of [
    ['kreis3', 'kreis', 'kreis'],
    ['kreis', 'kreis', 'kreis2', 'kreis3'],
    ['feed2', undefined, undefined],
    ['a~b', 'a'],
    ['a', 'a~b'],
  ]) {
    it(`feed ids ${JSON.stringify(ids)}`, () => {
      const keys = keysOf(ids.map((id, i) => withId(id, `${URL_A}?${i}`, id === 'a' ? ['b~offer-001', 'offer-001'] : ['offer-001'])));
      expect(new Set(keys).size, keys.join(' ')).to.equal(keys.length);
    });
  }

  it('keeps the readable keys of distinct feed ids', () => {
    expect(keysOf([withId('kreis3', URL_A), withId('kreis', URL_B), withId('kreis', URL_C)])).to.deep.equal([
      'kreis3~offer-001',
      'kreis~offer-001',
      'kreis4~offer-001',
    ]);
  });

  it('stays unique for a hand-made feed with the same offer id twice', () => {
    const keys = keysOf([withId('x', URL_A, ['a', 'a', 'a~2'])]);
    expect(new Set(keys).size, keys.join(' ')).to.equal(3);
  });
});

describe('point 10: one e-mail rule for the validator and the link', () => {
  const accepted = (email: string) => {
    const feed = validateFeed(minimalFeed({ offers: [{ ...validOffer(1), contact: { name: 'Frau Yilmaz', email } }] }), URL_A);
    return feed.problems.length === 0 && feed.offers[0].contact?.email === email;
  };

  for (const email of [
    'termine@stadt.example?subject=Termin',
    'termine@stadt.example#top',
    'termine@stadt.example&bcc=x@evil.example',
    'a%40b@stadt.example',
    'info@stadt.example/kontakt',
    'info@stadt.example',
    'vorname.nachname+kurs@verein-example.de',
    'info?subject=Dringend@stadt.example',
    'info#2@stadt.example',
    'info@müller.example',
    'info@stadt',
    'a b@stadt.example',
    '<a@stadt.example>',
  ]) {
    it(`${JSON.stringify(email)}: validator and link agree`, () => {
      expect(accepted(email), 'validator').to.equal(mailtoHref(email) !== undefined);
      expect(EMAIL.test(email)).to.equal(accepted(email));
      const href = mailtoHref(email);
      if (href) {
        const url = new URL(href);
        expect([url.search, url.hash]).to.deep.equal(['', '']);
      }
    });
  }

  it('rejects a query after the domain in both, and keeps the rest of the contact', () => {
    const feed = validateFeed(minimalFeed({ offers: [{ ...validOffer(1), contact: { name: 'Frau Yilmaz', email: 'termine@stadt.example?subject=Termin' } }] }), URL_A);
    expect(feed.offers[0].contact).to.deep.equal({ name: 'Frau Yilmaz' });
    expect(brief(feed.problems)).to.deep.equal([
      { collection: 'offers', id: 'offer-001', field: 'contact.email', reason: 'format', expect: 'email', value: 'termine@stadt.example?subject=Termin', dropped: false },
    ]);
    expect(mailtoHref('termine@stadt.example?subject=Termin')).to.equal(undefined);
  });

  it('accepts a contact with only a name', () => {
    const feed = validateFeed(minimalFeed({ offers: [{ ...validOffer(1), contact: { name: 'Frau Yilmaz' } }] }), URL_A);
    expect(feed.problems).to.deep.equal([]);
  });
});

describe('point 11: check dates in the future and days that do not exist', () => {
  const today = berlinNow().date;
  const tomorrow = isoDay(dayNumber(today) + 1);
  const later = isoDay(dayNumber(today) + 2);

  it('accepts today and tomorrow (Europe/Berlin) as the day an offer was checked', () => {
    const feed = validateFeed(minimalFeed({ offers: [{ ...validOffer(1), verified: today }, { ...validOffer(2), verified: tomorrow }] }), URL_A);
    expect(feed.problems).to.deep.equal([]);
  });

  it('refuses a check date after tomorrow, saying until when', () => {
    const feed = validateFeed(
      minimalFeed({
        offers: [{ ...validOffer(1), verified: '9999-12-31' }, { ...validOffer(2), verified: later }],
        organizations: [{ id: 'jmd', name: 'Jugendmigrationsdienst', verified: '2099-01-01' }],
      }),
      URL_A,
    );
    expect(feed.offers).to.deep.equal([]);
    expect(feed.organizations.map((o) => [o.id, o.verified])).to.deep.equal([['jmd', undefined]]);
    expect(brief(feed.problems).map((p) => [p.collection, p.field, p.reason, p.expect, p.value, p.dropped])).to.deep.equal([
      ['organizations', 'verified', 'range', `until ${tomorrow}`, '2099-01-01', false],
      ['offers', 'verified', 'range', `until ${tomorrow}`, '9999-12-31', true],
      ['offers', 'verified', 'range', `until ${tomorrow}`, later, true],
    ]);
    expect(staffWords(feed.problems[1])).to.contain('future').and.not.contain('wrong format');
  });

  it('refuses a publisher update date in the future as a problem of the whole feed', () => {
    const feed = minimalFeed();
    (feed.publisher as Json).updated = '9999-12-31';
    let error: unknown;
    try {
      validateFeed(feed, URL_A);
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).detail).to.equal(`publisher.updated: range (until ${tomorrow}; found 9999-12-31)`);
  });

  it('says that 30 February does not exist, not that the format is wrong', () => {
    const feed = validateFeed(minimalFeed({ offers: [{ ...validOffer(1), verified: '2026-02-30' }, { ...validOffer(2), schedule: { start: '2026-04-31' } }] }), URL_A);
    expect(brief(feed.problems).map((p) => [p.field, p.reason, p.expect, p.value, p.dropped])).to.deep.equal([
      ['verified', 'range', 'day', '2026-02-30', true],
      ['schedule.start', 'range', 'day', '2026-04-31', false],
    ]);
    const words = staffWords(feed.problems[0]);
    expect(words).to.contain('does not exist').and.not.contain('wrong format').and.not.contain('YYYY-MM-DD');
    // A date that does not even look like one still asks for the format.
    const typo = validateFeed(minimalFeed({ offers: [{ ...validOffer(1), verified: '30.02.2026' }] }), URL_A).problems[0];
    expect([typo.reason, typo.expect]).to.deep.equal(['format', 'date']);
  });
});

describe('point 12: an invalid optional value is left out, the record stays', () => {
  const one = (offer: Json) => validateFeed(minimalFeed({ offers: [offer] }), URL_A);

  it('leaves out an invalid cost amount and keeps the rest of the cost', () => {
    const feed = one({ ...validOffer(1), cost: { free: false, amount: -5, note: 'mit BuT-Karte' } });
    expect(feed.offers[0].cost).to.deep.equal({ free: false, note: 'mit BuT-Karte' });
    expect(brief(feed.problems).map((p) => [p.field, p.reason, p.dropped])).to.deep.equal([['cost.amount', 'range', false]]);
  });

  it('leaves out optional opening hours as a whole when a part of them is wrong', () => {
    const feed = one({ ...validOffer(1), hours: { regular: [{ days: ['mo'], opens: '09:00' }, { days: ['tu'], opens: '09:00', closes: '12:00' }], note: 'Termine nach Absprache' } });
    expect(feed.offers).to.have.length(1);
    expect(feed.offers[0]).to.not.have.property('hours');
    expect(brief(feed.problems).map((p) => [p.field, p.reason, p.dropped])).to.deep.equal([['hours.regular.0.closes', 'missing', false]]);
    expect(staffWords(feed.problems[0])).to.contain('all opening hours or dates of this record were left out');
  });

  it('leaves out dates as a whole when one of them is wrong: a partial timetable would show wrong days', () => {
    const feed = one({ ...validOffer(1), schedule: { start: '2026-01-05', weekly: { days: ['mo', 'xx'] }, except: ['2026-01-12', '12.01.2026'] } });
    expect(feed.offers[0]).to.not.have.property('schedule');
    expect(brief(feed.problems).map((p) => [p.field, p.reason, p.dropped])).to.deep.equal([
      ['schedule.weekly.days.1', 'value', false],
      ['schedule.except.1', 'format', false],
    ]);
  });

  it('leaves out one bad item of a list of ids, languages or words and keeps the others', () => {
    const feed = one({ ...validOffer(1), topics: ['sprache', 'kein gültiger Name'], languages: ['de', 'Deutsch', 'ar'], keywords: ['Kurs', 5] });
    expect(feed.offers[0]).to.deep.include({ topics: ['sprache'], languages: ['de', 'ar'], keywords: ['Kurs'] });
    expect(brief(feed.problems).map((p) => [p.field, p.reason, p.dropped])).to.deep.equal([
      ['topics.1', 'format', false],
      ['languages.1', 'format', false],
      ['keywords.1', 'type', false],
    ]);
  });

  it('leaves out a bad language of a text map and keeps the record when one text remains', () => {
    const feed = one({ ...validOffer(1), title: { de: 'Kurs', de_DE: 'Kurs', en: 42 } });
    expect(feed.offers[0].title).to.deep.equal({ de: 'Kurs' });
    expect(brief(feed.problems).map((p) => [p.field, p.reason, p.dropped])).to.deep.equal([
      ['title.de_DE', 'format', false],
      ['title.en', 'type', false],
    ]);
    const untitled = one({ ...validOffer(1), title: { de_DE: 'Kurs' } });
    expect(untitled.offers).to.deep.equal([]);
    expect(brief(untitled.problems).map((p) => [p.field, p.reason, p.dropped])).to.deep.equal([
      ['title.de_DE', 'format', true],
      ['title', 'missing', true],
    ]);
  });

  it('keeps an organisation whose optional check date has a typo (it hid the Jugendmigrationsdienst)', () => {
    const feed = validateFeed(
      minimalFeed({ organizations: [{ id: 'jmd', name: 'Jugendmigrationsdienst', verified: '2025-13-01' }], offers: [{ ...validOffer(1), organization: 'jmd' }] }),
      URL_A,
    );
    expect(feed.organizations.map((o) => o.id)).to.deep.equal(['jmd']);
    expect(feed.offers[0].organization).to.equal('jmd');
    expect(brief(feed.problems).map((p) => [p.collection, p.field, p.dropped])).to.deep.equal([['organizations', 'verified', false]]);
  });

  it('still leaves out a record whose required value is wrong, listing all its problems', () => {
    const feed = one({ ...validOffer(1), kind: 'party', cost: { free: 'ja' } });
    expect(feed.offers).to.deep.equal([]);
    expect(brief(feed.problems).map((p) => [p.field, p.dropped])).to.deep.equal([['kind', true], ['cost.free', true]]);
  });

  it('keeps the feed when an optional value of the publisher is wrong', () => {
    const feed = validateFeed(minimalFeed({ publisher: { name: 'Stadt', updated: '2025-01-01', url: 'javascript:alert(1)', contact: { email: 'a@b.example?bcc=c' } } }), URL_A);
    expect(feed.publisher).to.deep.equal({ name: 'Stadt', updated: '2025-01-01', contact: {} });
    expect(brief(feed.problems).map((p) => [p.collection, p.field, p.dropped])).to.deep.equal([
      ['feed', 'publisher.url', false],
      ['feed', 'publisher.contact.email', false],
    ]);
  });

  it('tells staff that the value was left out and the record is shown', () => {
    const [problem] = one({ ...validOffer(1), cost: { free: false, amount: 'zehn' } }).problems;
    expect(staffWords(problem)).to.contain('left out').and.contain('shown');
    const warn = spyConsole('warn');
    try {
      reportProblems(one({ ...validOffer(1), cost: { free: false, amount: 'zehn' } }));
    } finally {
      warn.restore();
    }
    expect(warn.calls[0]).to.contain('cost.amount: type (number; found zehn) (left out; the record is shown)');
  });
});

describe('point 13: validation never changes its input', () => {
  it('validates a frozen feed with dangling references, broken records and bad optional values', () => {
    const feed = feedA() as { offers: Json[]; topics: Json[] };
    feed.offers[0].organization = 'org-weg';
    feed.offers[1].places = ['place-2', 'place-weg'];
    feed.offers[2].cost = { free: false, amount: -1 };
    feed.offers.push({ ...validOffer(9), kind: 'party' });
    feed.topics.push({ id: 'kreis', label: 'Kreis', parent: 'kreis' });
    const before = JSON.stringify(feed);
    const validated = validateFeed(deepFreeze(feed), URL_A);
    expect(JSON.stringify(feed)).to.equal(before);
    expect(validated.problems.map((p) => p.field)).to.deep.equal(['parent', 'organization', 'places', 'cost.amount', 'kind']);
    expect(validated.offers[0]).to.not.have.property('organization');
    // The same input gives the same result again.
    expect(brief(validateFeed(feed, URL_A).problems)).to.deep.equal(brief(validated.problems));
  });
});

describe('point 15: bounded work for big feeds', () => {
  it(`refuses a feed with more than ${MAX_RECORDS} offers as a whole, before checking any record`, () => {
    const offers = Array.from({ length: MAX_RECORDS + 1 }, () => 0);
    let error: unknown;
    try {
      validateFeed(minimalFeed({ offers }), URL_A);
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).code).to.equal('format');
    expect((error as FeedError).detail).to.equal(`offers: range (max ${MAX_RECORDS}; found ${MAX_RECORDS + 1})`);
  });

  it(`leaves out a list of more than ${MAX_ITEMS} items inside a record without looking at each`, () => {
    const feed = validateFeed(minimalFeed({ offers: [{ ...validOffer(1), keywords: Array.from({ length: MAX_ITEMS + 1 }, (_, i) => `w${i}`) }] }), URL_A);
    expect(feed.offers[0].keywords).to.equal(undefined);
    expect(brief(feed.problems).map((p) => [p.field, p.reason, p.expect, p.value])).to.deep.equal([['keywords', 'range', `max ${MAX_ITEMS}`, String(MAX_ITEMS + 1)]]);
  });

  it('validates and builds the catalogue in slices, yielding to the browser in between', async () => {
    const offers = Array.from({ length: 5000 }, (_, i) => ({ ...validOffer(i), id: `o${i}` }));
    const json = minimalFeed({ offers });
    /** Counts the pauses that `work` makes (through `scheduler.yield`, which slices.ts prefers), pausing for real each time. */
    async function pausesDuring<T>(work: () => Promise<T>): Promise<{ result: T; pauses: number }> {
      const host = globalThis as { scheduler?: unknown };
      const original = Object.getOwnPropertyDescriptor(host, 'scheduler');
      let pauses = 0;
      const pause = () => new Promise<void>((resolve) => {
        pauses++;
        setTimeout(resolve, 0);
      });
      Object.defineProperty(host, 'scheduler', { value: { yield: pause }, configurable: true, writable: true });
      try {
        return { result: await work(), pauses };
      } finally {
        if (original) Object.defineProperty(host, 'scheduler', original);
        else delete host.scheduler;
      }
    }
    const validated = await pausesDuring(() => checkFeedInSlices(json, URL_A));
    const feed = validated.result as ValidatedFeed;
    expect(feed.offers).to.have.length(5000);
    expect(validated.pauses, 'pauses while validating').to.be.greaterThan(0);
    const built = await pausesDuring(() => buildCatalogInSlices(Array.from({ length: 10 }, () => feed)));
    expect(built.result.offers).to.have.length(50_000);
    expect(built.pauses, 'pauses while building the catalogue').to.be.greaterThan(0);
    expect(brief(feed.problems)).to.deep.equal(brief(validateFeed(json, URL_A).problems));
  });
});

describe('point 11: tomorrow in Europe/Berlin without Intl', () => {
  it('agrees with Intl around midnight and the hour the clocks change, every day of two years', () => {
    const start = Date.UTC(2026, 0, 1);
    for (let day = start; day < start + 2 * 366 * 86_400_000; day += 86_400_000) {
      // 00:30 and 01:30 UTC straddle the change (01:00 UTC); 21:30–23:30 UTC straddle midnight in Berlin.
      for (const minutes of [30, 90, 21 * 60 + 30, 22 * 60 + 30, 23 * 60 + 30]) {
        const at = new Date(day + minutes * 60_000);
        expect(berlinTomorrow(at.getTime()), at.toISOString()).to.equal(isoDay(dayNumber(berlinNow(at).date) + 1));
      }
    }
  });
});
