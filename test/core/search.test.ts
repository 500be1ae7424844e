/** Folding and search over a catalogue (the finder's feed). */
import { expect } from '@esm-bundle/chai';
import { buildCatalog, type Catalog } from '../../src/core/feed/catalog.js';
import { validateFeed } from '../../src/core/feed/validate.js';
import { compoundParts, fold, queryTerms } from '../../src/core/search/fold.js';
import { OfferSearch, offerSearch } from '../../src/core/search/offer-search.js';
import { finderFeed } from '../fixtures/finder-feed.js';

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
    // Digits from an Arabic or Persian keyboard find a postcode or a number written 0–9.
    expect(fold('٥٠١٢٦')).to.equal('50126').and.equal(fold('۵۰۱۲۶'));
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
    const cat2 = catalog();
    const early = new OfferSearch(cat2);
    expect(early.ready).to.equal(false);
    expect(ids(cat2, early.search('Fluechtlinge'))).to.deep.equal(['fluechtlingsberatung']);
    expect(ids(cat2, early.search('strasse'))).to.include('kulturfest');
  });
});
