/** buildCatalog: merging feeds whose ids clash. */
import { expect } from '@esm-bundle/chai';
import { buildCatalog } from '../../src/core/feed/catalog.js';
import { entryByKey } from '../../src/core/feed/entries.js';
import { validateFeed } from '../../src/core/feed/validate.js';
import { feedA, feedB, minimalFeed, validOffer } from '../fixtures/feeds.js';

const URL_A = 'https://feeds.lotse.test/catalog/a.json';
const URL_B = 'https://feeds.lotse.test/catalog/b.json';

const a = () => validateFeed(feedA(), URL_A);
const b = () => validateFeed(feedB(), URL_B);

describe('buildCatalog', () => {
  it('uses plain offer ids as keys for a single feed', () => {
    const catalog = buildCatalog([a()]);
    expect(catalog.offers.map((e) => e.key)).to.deep.equal([
      'deutschkurs-a1',
      'migrationsberatung',
      'bewerbungstraining',
      'sprachcafe',
      'online-beratung',
    ]);
  });

  it('finds the offer of a link made while the page had another number of feeds', () => {
    const two = buildCatalog([a(), b()]);
    // One feed when the link was made, two now: the bare id names the first feed's offer.
    expect(entryByKey(two, 'deutschkurs-a1')?.key).to.equal('stadt-a~deutschkurs-a1');
    expect(entryByKey(two, 'gesundheitslotsen')?.key).to.equal('traeger-b~gesundheitslotsen');
    expect(entryByKey(two, 'traeger-b~deutschkurs-a1')?.key).to.equal('traeger-b~deutschkurs-a1');
    // Two feeds then, one now.
    const one = buildCatalog([a()]);
    expect(entryByKey(one, 'stadt-a~sprachcafe')?.key).to.equal('sprachcafe');
    expect(entryByKey(one, 'gibt-es-nicht')).to.equal(undefined);
    expect(entryByKey(one, '__proto__')).to.equal(undefined);
    expect(entryByKey(one, 'x~__proto__')).to.equal(undefined);
  });

  it('gives clashing offer ids from two feeds distinct keys, prefixed with the feed ids', () => {
    const catalog = buildCatalog([a(), b()]);
    const keys = catalog.offers.map((e) => e.key);
    expect(keys).to.deep.equal([
      'stadt-a~deutschkurs-a1',
      'stadt-a~migrationsberatung',
      'stadt-a~bewerbungstraining',
      'stadt-a~sprachcafe',
      'stadt-a~online-beratung',
      'traeger-b~deutschkurs-a1',
      'traeger-b~gesundheitslotsen',
    ]);
    expect(new Set(keys).size).to.equal(keys.length);
    const clashing = catalog.offers.filter((e) => e.offer.id === 'deutschkurs-a1');
    expect(clashing.map((e) => e.feed.url)).to.deep.equal([URL_A, URL_B]);
  });

  it('keeps keys distinct for feeds without ids or with the same id', () => {
    const anonymous = () => validateFeed(minimalFeed(), URL_A);
    expect(buildCatalog([anonymous(), anonymous()]).offers.map((e) => e.key)).to.deep.equal([
      'feed1~offer-001',
      'feed2~offer-001',
    ]);
    const same = () => validateFeed(minimalFeed({ id: 'kreis' }), URL_B);
    expect(buildCatalog([same(), same(), same()]).offers.map((e) => e.key)).to.deep.equal([
      'kreis~offer-001',
      'kreis2~offer-001',
      'kreis3~offer-001',
    ]);
  });

  it('resolves organisations and places within each feed, never across feeds', () => {
    const catalog = buildCatalog([a(), b()]);
    const entry = (key: string) => catalog.offers.find((e) => e.key === key)!;
    const fromA = entry('stadt-a~deutschkurs-a1');
    const fromB = entry('traeger-b~deutschkurs-a1');
    expect(fromA.organization?.name).to.equal('Volkshochschule Altenau');
    expect(fromB.organization?.name).to.equal('Brückenschlag gGmbH');
    expect(fromA.places.map((p) => p.address.municipality)).to.deep.equal(['Altenau']);
    expect(fromB.places.map((p) => p.address.street)).to.deep.equal(['Hafenstraße 9']);
    expect(entry('stadt-a~migrationsberatung').organization?.name).to.equal('Caritas Altenau');
    expect(entry('stadt-a~migrationsberatung').places.map((p) => p.id)).to.deep.equal(['place-2']);
    expect(entry('stadt-a~online-beratung').organization).to.equal(undefined);
    expect(entry('stadt-a~online-beratung').places).to.deep.equal([]);
    expect(entry('traeger-b~gesundheitslotsen').places).to.deep.equal([]);
  });

  it('merges the topics of trusted feeds by id and keeps the labels of both, the first feed winning per language', () => {
    const catalog = buildCatalog([a(), b()], { trusted: true });
    expect([...catalog.topics.keys()]).to.deep.equal(['sprache', 'arbeit', 'beratung', 'gesundheit']);
    // A says "Sprache" (plain, feed language de); B says { en: "Language", ar: "اللغة" }.
    expect(catalog.topics.get('sprache')!.label).to.deep.equal({ de: 'Sprache', en: 'Language', ar: 'اللغة' });
    expect(catalog.topics.get('arbeit')!.label).to.deep.equal({ de: 'Arbeit', en: 'Work' });
    // A plain label of an English feed is stored under "en".
    expect(catalog.topics.get('gesundheit')!.label).to.deep.equal({ en: 'Health' });

    const reversed = buildCatalog([b(), a()], { trusted: true });
    expect(reversed.topics.get('sprache')!.label).to.deep.equal({ en: 'Language', ar: 'اللغة', de: 'Sprache' });
  });

  it('lets the first feed win for a language both feeds label', () => {
    const one = validateFeed(minimalFeed({ id: 'eins', topics: [{ id: 'sprache', label: { de: 'Sprache', en: 'Language' } }] }), URL_A);
    const two = validateFeed(minimalFeed({ id: 'zwei', topics: [{ id: 'sprache', label: { de: 'Sprachkurse', uk: 'Мова' } }] }), URL_B);
    expect(buildCatalog([one, two], { trusted: true }).topics.get('sprache')!.label).to.deep.equal({ de: 'Sprache', en: 'Language', uk: 'Мова' });
    expect(buildCatalog([two, one], { trusted: true }).topics.get('sprache')!.label).to.deep.equal({ de: 'Sprachkurse', uk: 'Мова', en: 'Language' });
    // Untrusted, the second feed keeps its words to itself.
    expect(buildCatalog([one, two]).topics.get('sprache')!.label).to.deep.equal({ de: 'Sprache', en: 'Language' });
    expect(buildCatalog([one, two]).topics.get('zwei~sprache')!.label).to.deep.equal({ de: 'Sprachkurse', uk: 'Мова' });
  });

  it('merges the audiences of trusted feeds the same way and collects the problems of all feeds', () => {
    const withProblems = feedB();
    (withProblems.offers as unknown[]).push({ ...validOffer(7), kind: 'party' });
    (withProblems as { audiences?: unknown[] }).audiences = [{ id: 'adults', label: 'Adults' }];
    const catalog = buildCatalog([a(), validateFeed(withProblems, URL_B)], { trusted: new Set([URL_B]) });
    expect(catalog.audiences.get('adults')!.label).to.deep.equal({ de: 'Erwachsene', en: 'Adults' });
    expect(catalog.problems.map((p) => [p.source, p.id, p.field])).to.deep.equal([[URL_B, 'offer-007', 'kind']]);
    expect(catalog.feeds.map((f) => f.url)).to.deep.equal([URL_A, URL_B]);
  });

  it('does not change the feeds it merges', () => {
    const first = a();
    const second = b();
    const snapshot = JSON.stringify([first, second]);
    buildCatalog([first, second]);
    expect(JSON.stringify([first, second])).to.equal(snapshot);
  });

  it('is empty for no feeds', () => {
    const catalog = buildCatalog([]);
    expect(catalog.offers).to.deep.equal([]);
    expect(catalog.topics.size).to.equal(0);
  });
});
