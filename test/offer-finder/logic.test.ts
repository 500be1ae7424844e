/**
 * The finder's logic without the element: folding and search, facet counts,
 * next dates, opening hours in Berlin, distances and the URL controller.
 */
import { expect } from '@esm-bundle/chai';
import { buildCatalog, type Catalog } from '../../src/core/feed/catalog.js';
import { validateFeed } from '../../src/core/feed/validate.js';
import type { OpeningHours, Schedule } from '../../src/core/feed/schema.js';
import { compoundParts, fold, queryTerms } from '../../src/core/search/fold.js';
import { OfferSearch, offerSearch } from '../../src/core/search/offer-search.js';
import { berlinNow } from '../../src/core/time/berlin.js';
import { nextDate } from '../../src/core/time/next-date.js';
import { hoursOn, isOpen } from '../../src/core/time/open-now.js';
import { UrlStateController } from '../../src/core/url-state.js';
import { activeFilters, countFacets, emptySelection, facetTable, YES } from '../../src/components/offer-finder/filters.js';
import { haversine, offerDistance, postcodePoint } from '../../src/components/offer-finder/distance.js';
import { finderFeed } from './finder-feed.js';

function catalog(feed = finderFeed()): Catalog {
  return buildCatalog([validateFeed(feed, 'https://feeds.lotse.test/finder.json')]);
}

const ids = (cat: Catalog, positions: number[] | undefined) => (positions ?? []).map((p) => cat.offers[p].offer.id);

describe('search folding', () => {
  it('folds umlauts, their transcriptions, ß and case to one form', () => {
    expect(fold('Flüchtlinge')).to.equal(fold('Fluechtlinge')).and.equal(fold('FLUCHTLINGE'));
    expect(fold('Straße')).to.equal(fold('strasse')).and.equal(fold('STRASSE'));
    expect(fold('Ärztin')).to.equal(fold('aerztin')).and.equal('arztin');
    expect(fold('Öffnung')).to.equal(fold('oeffnung'));
    expect(fold('Türkçe')).to.equal('turkce');
    expect(fold('أهلاً')).to.equal(fold('اهلا'));
    expect(fold('الاستشارة'), 'the Arabic article').to.equal(fold('استشارة'));
    expect(fold('ألمانيا'), 'a first letter with hamza is kept').to.equal('المانيا');
    expect(fold('الألمانية')).to.equal(fold('ألمانية'));
    expect(fold('ال')).to.equal('ال');
  });

  it('knows the heads of German compounds that residents search for alone', () => {
    expect(compoundParts('deutschkurs')).to.deep.equal(['deutsch', 'kurs']);
    expect(compoundParts(fold('Beratungsstelle'))).to.deep.equal(['beratungs', 'stelle']);
    expect(compoundParts(fold('Preisangebot')), 'a final s of the modifier stays').to.deep.equal(['preis', 'angebot']);
    expect(compoundParts(fold('Nähkurs')), 'three-letter modifiers').to.deep.equal(['nah', 'kurs']);
    expect(compoundParts('dienstag')).to.equal(undefined);
    expect(compoundParts('kursleiter')).to.equal(undefined);
    expect(compoundParts(fold('Hausärztin'))).to.deep.equal(['haus', 'arztin']);
    expect(compoundParts('kurs')).to.equal(undefined);
    expect(compoundParts('beratung')).to.equal(undefined);
  });

  it('drops one-letter words and stop words unless nothing else is left', () => {
    expect(queryTerms('Beratung für Fluechtlinge')).to.deep.equal(['beratung', 'fluchtlinge']);
    expect(queryTerms('für')).to.deep.equal(['fur']);
    expect(queryTerms('a b')).to.deep.equal([]);
  });
});

describe('offer search', () => {
  let cat: Catalog;
  let search: OfferSearch;
  before(async () => {
    cat = catalog();
    search = offerSearch(cat);
    await search.whenReady;
  });

  it('builds one index per catalogue', () => {
    expect(search.ready).to.equal(true);
    expect(offerSearch(cat)).to.equal(search);
  });

  it('finds "Flüchtlinge" for "Beratung für Fluechtlinge"', () => {
    expect(ids(cat, search.search('Beratung für Fluechtlinge'))[0]).to.equal('fluechtlingsberatung');
  });

  it('finds "Straße" for "strasse"', () => {
    expect(ids(cat, search.search('strasse'))).to.include('kulturfest');
  });

  it('forgives one typo in words of five letters or more, not in shorter ones', () => {
    expect(ids(cat, search.search('Bewerbungstrainig'))).to.deep.equal(['bewerbung']);
    expect(ids(cat, search.search('Intagrationskurs'))).to.deep.equal(['integrationskurs']);
    expect(ids(cat, search.search('Asul'))).to.deep.equal([]);
  });

  it('matches prefixes while typing', () => {
    expect(ids(cat, search.search('Hausauf'))).to.deep.equal(['hausaufgaben']);
    expect(ids(cat, search.search('Integr'))).to.include('integrationskurs');
  });

  it('ranks title hits before hits in other fields', () => {
    // "Kinderbetreuung" is in the course's title and in the café's summary.
    expect(ids(cat, search.search('Kinderbetreuung'))).to.deep.equal(['deutschkurs', 'frauencafe']);
  });

  it('searches every language, provider names, topic labels and keywords', () => {
    expect(ids(cat, search.search('الأطفال'))).to.deep.equal(['deutschkurs']);
    expect(ids(cat, search.search('волонтери'))).to.deep.equal(['ukraine']);
    expect(ids(cat, search.search('Volkshochschule'))).to.have.members(['deutschkurs', 'bewerbung']);
    expect(ids(cat, search.search('Counselling'))).to.have.members(['fluechtlingsberatung', 'online-beratung', 'ukraine']);
  });

  it('finds a compound by its parts: "Sprachkurs" finds the German course and the integration course', () => {
    expect(ids(cat, search.search('Sprachkurs'))).to.have.members(['deutschkurs', 'integrationskurs']);
    expect(ids(cat, search.search('Deutschkurs'))[0], 'the whole word first').to.equal('deutschkurs');
    expect(ids(cat, search.search('Kurs'))).to.include.members(['deutschkurs', 'integrationskurs']);
  });

  it('finds offers by the languages they are held in, named in any UI language or in itself', () => {
    const inArabic = ['fluechtlingsberatung', 'frauencafe', 'gesundheit'];
    expect(ids(cat, search.search('Arabisch'))).to.have.members(inArabic);
    expect(ids(cat, search.search('Arabic'))).to.have.members(inArabic);
    expect(ids(cat, search.search('العربية'))).to.include.members(inArabic);
    expect(ids(cat, search.search('Arapça'))).to.have.members(inArabic);
    expect(ids(cat, search.search('Persisch'))).to.deep.equal(['fluechtlingsberatung']);
    // The feed's own language goes without saying: "Deutsch" is not every offer held in German.
    expect(ids(cat, search.search('Deutsch'))).to.not.include('bewerbung');
  });

  it('returns undefined (everything) for a query without searchable words', () => {
    expect(search.search('')).to.equal(undefined);
    expect(search.search(' x ')).to.equal(undefined);
  });

  it('answers with simple matching before the index is built', () => {
    const early = new OfferSearch(catalog());
    expect(early.ready).to.equal(false);
    const cat2 = (early as unknown as { catalog: Catalog }).catalog;
    expect(ids(cat2, early.search('Fluechtlinge'))).to.deep.equal(['fluechtlingsberatung']);
    expect(ids(cat2, early.search('strasse'))).to.include('kulturfest');
  });
});

describe('facet counts', () => {
  it('counts each facet with every filter but its own', () => {
    const cat = catalog();
    const table = facetTable(cat);
    const selection = emptySelection();
    selection.languages = ['ar'];
    selection.free = [YES];
    const { results, counts, relief } = countFacets(table, undefined, activeFilters(table, selection));
    const count = (facet: keyof typeof counts, value: string) => counts[facet][table.index[facet].get(value)!];
    // Arabic and free: the counselling and the women's café.
    expect(ids(cat, results)).to.have.members(['fluechtlingsberatung', 'frauencafe']);
    // Languages are counted with "free" only: 5 free offers, 2 in Arabic, all 5 in German.
    expect(count('languages', 'ar')).to.equal(2);
    expect(count('languages', 'de')).to.equal(5);
    // "Free" is counted with "Arabic" only: 3 offers in Arabic, 2 of them free.
    expect(count('free', YES)).to.equal(2);
    // Topics count only the results; a narrower topic counts for its broader one.
    expect(count('topics', 'sprache')).to.equal(1);
    expect(count('topics', 'beratung')).to.equal(1);
    // Removing "Arabic" would bring back 3 free offers; removing "free" one (Gesundheitssprechstunde).
    expect(relief).to.deep.equal({ languages: 3, free: 1 });
  });

  it('drops unknown values, except in strict (locked) facets, which then match nothing', () => {
    const table = facetTable(catalog());
    const selection = emptySelection();
    selection.topics = ['no-such-topic'];
    expect(countFacets(table, undefined, activeFilters(table, selection)).results).to.have.length(10);
    expect(countFacets(table, undefined, activeFilters(table, selection, new Set(['topics']))).results).to.have.length(0);
  });

  it('is computed once per catalogue', () => {
    const cat = catalog();
    expect(facetTable(cat)).to.equal(facetTable(cat));
  });
});

describe('next date', () => {
  const now = { date: '2026-11-25', time: '10:00' }; // a Wednesday
  const next = (schedule: Schedule) => nextDate(schedule, now);

  it('follows a weekly rhythm, skipping the dates it does not take place', () => {
    expect(next({ start: '2026-11-01', weekly: { days: ['we'] }, startTime: '09:00', endTime: '11:00' })).to.deep.equal({
      date: '2026-11-25',
      start: '09:00',
      end: '11:00',
    });
    expect(next({ start: '2026-11-01', weekly: { days: ['we'] }, startTime: '08:00', endTime: '09:30' })?.date).to.equal('2026-12-02');
    expect(next({ start: '2026-11-01', weekly: { days: ['we', 'fr'] }, except: ['2026-11-25', '2026-11-27'] })?.date).to.equal(
      '2026-12-02',
    );
  });

  it('counts every n-th week from the week of the start', () => {
    // Started Monday 2026-11-16: its weeks are 16 Nov, 30 Nov, 14 Dec ...
    expect(next({ start: '2026-11-16', weekly: { days: ['mo'], interval: 2 } })?.date).to.equal('2026-11-30');
    expect(next({ start: '2026-11-16', weekly: { days: ['th'], interval: 2 } })?.date).to.equal('2026-12-03');
  });

  it('stops at the end, starts at the start', () => {
    expect(next({ start: '2026-10-01', end: '2026-11-24', weekly: { days: ['mo'] } })).to.equal(undefined);
    expect(next({ start: '2027-01-05', weekly: { days: ['mo'] } })?.date).to.equal('2027-01-11');
  });

  it('takes the earliest explicit date still to come', () => {
    const dates = [
      { date: '2026-11-20' },
      { date: '2026-12-24', start: '18:00' },
      { date: '2026-11-25', start: '08:00', end: '09:00' },
      { date: '2026-12-01' },
    ];
    expect(next({ dates })).to.deep.equal({ date: '2026-12-01', start: undefined, end: undefined });
  });

  it('knows single events and has nothing for the past', () => {
    expect(next({ start: '2026-12-01', startTime: '18:00' })).to.deep.equal({ date: '2026-12-01', start: '18:00', end: undefined });
    expect(next({ start: '2026-11-01' })).to.equal(undefined);
    expect(nextDate(undefined, now)).to.equal(undefined);
  });
});

describe('open now (Europe/Berlin)', () => {
  const hours: OpeningHours = {
    regular: [
      { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' },
      { days: ['fr'], opens: '22:00', closes: '02:00' },
    ],
    exceptions: [
      { date: '2026-12-24', closed: true },
      { date: '2026-12-23', opens: '10:00', closes: '12:00' },
    ],
  };

  it('reads the wall clock in Berlin, not the device zone', () => {
    // 23:30 UTC in winter is 00:30 the next day in Berlin.
    expect(berlinNow(new Date('2026-11-24T23:30:00Z'))).to.deep.equal({ date: '2026-11-25', time: '00:30' });
    // Summer time: UTC+2.
    expect(berlinNow(new Date('2026-07-01T08:05:00Z'))).to.deep.equal({ date: '2026-07-01', time: '10:05' });
  });

  it('applies regular hours, exceptions and spans past midnight', () => {
    expect(isOpen(hours, { date: '2026-11-25', time: '10:00' })).to.equal(true);
    expect(isOpen(hours, { date: '2026-11-25', time: '17:00' })).to.equal(false);
    expect(isOpen(hours, { date: '2026-11-28', time: '12:00' })).to.equal(false); // Saturday
    expect(isOpen(hours, { date: '2026-11-28', time: '01:30' })).to.equal(true); // Friday night
    expect(isOpen(hours, { date: '2026-12-24', time: '10:00' })).to.equal(false);
    expect(isOpen(hours, { date: '2026-12-23', time: '09:30' })).to.equal(false);
    expect(isOpen(hours, { date: '2026-12-23', time: '11:00' })).to.equal(true);
    expect(hoursOn(hours, '2026-12-24')).to.deep.equal([]);
    expect(isOpen({ note: 'Nach Vereinbarung' }, { date: '2026-11-25', time: '10:00' })).to.equal(undefined);
  });
});

describe('distance', () => {
  it('measures great-circle distances', () => {
    // Berlin to Hamburg is about 255 km.
    expect(haversine({ lat: 52.52, lon: 13.405 }, { lat: 53.551, lon: 9.993 })).to.be.within(250, 260);
  });

  it('turns a postcode into the average of the feed places there, else of nearby postcodes', () => {
    const cat = catalog();
    expect(postcodePoint(cat, '38707')).to.deep.equal({ lat: 51.8, lon: 10.44 });
    const near = postcodePoint(cat, '38641')!; // 3864x: Beratungsstelle and Familienzentrum
    expect(near.lat).to.be.closeTo(51.925, 1e-9);
    expect(postcodePoint(cat, '99999')).to.equal(undefined);
    expect(postcodePoint(cat, '123')).to.equal(undefined);
    const online = cat.offers.find((o) => o.offer.id === 'online-beratung')!;
    expect(offerDistance(online, near)).to.equal(Infinity);
  });
});

describe('URL state controller', () => {
  const original = location.href;
  afterEach(() => history.replaceState(null, '', original));

  const host = { addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) };
  const controller = (prefix = 'lotse-', onPop = () => {}) =>
    new UrlStateController(host, { keys: ['q', 'topics'], prefix: () => prefix, enabled: () => true, onPop });

  it('keeps the host page’s parameters, their spelling and the hash', () => {
    history.replaceState({ host: 1 }, '', `${location.pathname}?a=b+c&flag&lotse-x-q=other#section`);
    const url = controller();
    url.write({ q: 'Straße & mehr', topics: 'a,b' }, false);
    expect(location.search).to.equal('?a=b+c&flag&lotse-x-q=other&lotse-q=Stra%C3%9Fe%20%26%20mehr&lotse-topics=a,b');
    expect(location.hash).to.equal('#section');
    expect(history.state).to.deep.equal({ host: 1 });
    expect(url.read()).to.deep.equal(new Map([['q', 'Straße & mehr'], ['topics', 'a,b']]));
    url.write({ q: undefined, topics: undefined }, false);
    expect(location.search).to.equal('?a=b+c&flag&lotse-x-q=other');
  });

  it('pushes or replaces history entries, and skips writes that change nothing', () => {
    const url = controller();
    const before = history.length;
    url.write({ q: 'a' }, true);
    expect(history.length).to.equal(before + 1);
    url.write({ q: 'ab' }, false);
    url.write({ q: 'ab' }, true);
    expect(history.length).to.equal(before + 1);
  });
});
