/**
 * Cyrillic spellings of German names: residents who read Russian, Ukrainian
 * or Bulgarian write "Jobcenter" as they hear it, and find it.
 */
import { expect } from '@esm-bundle/chai';
import type { Catalog } from '../../src/core/feed/catalog.js';
import { fold } from '../../src/core/search/fold.js';
import { OfferSearch } from '../../src/core/search/offer-search.js';
import { isCyrillic, transliterate } from '../../src/core/search/transliterate.js';
import { ids, searchCatalog } from './search-feed.js';

describe('transliteration', () => {
  it('spells Cyrillic as a German hears it', () => {
    expect(transliterate(fold('джобцентр'))).to.deep.equal(['jobzentr']);
    expect(transliterate(fold('ауслендербехёрде'))).to.deep.equal(['auslenderbeherde']);
    expect(transliterate(fold('Шуле'))).to.deep.equal(['schule']);
    expect(transliterate(fold('Мюнхен'))).to.deep.equal(['munhen']);
    expect(transliterate(fold('Югенд'))).to.deep.equal(['jugend', 'juhend']);
    expect(transliterate(fold('праксис'))).to.deep.equal(['praxis']);
  });

  it('reads г as g (Russian) and as h (Ukrainian)', () => {
    expect(transliterate(fold('бегерде'))).to.deep.equal(['begerde', 'beherde']);
  });

  it('tells Cyrillic terms from others', () => {
    expect(isCyrillic('волонтери')).to.equal(true);
    expect(isCyrillic('jobcenter')).to.equal(false);
    expect(isCyrillic('عربية')).to.equal(false);
  });
});

describe('search in Cyrillic', () => {
  let catalog: Catalog;
  let search: OfferSearch;
  const find = (query: string) => ids(catalog, search.search(query));
  before(async () => {
    catalog = searchCatalog();
    search = new OfferSearch(catalog, ['uk']);
    await search.whenComplete;
  });

  it('finds the Jobcenter written in Russian, Ukrainian or Bulgarian', () => {
    expect(find('джобцентр')).to.deep.equal(['buergergeld']);
    expect(find('ДЖОБЦЕНТР')).to.deep.equal(['buergergeld']);
    expect(find('Джобцентър')).to.deep.equal(['buergergeld']);
  });

  it('finds the Ausländerbehörde written in Russian or Ukrainian', () => {
    expect(find('ауслендербехёрде')).to.deep.equal(['aufenthalt']);
    expect(find('ауслендербегерде')).to.deep.equal(['aufenthalt']);
  });

  it('finds German titles written in Cyrillic', () => {
    expect(find('киндергельд')).to.deep.equal(['kindergeld']);
    expect(find('фюрершайн')).to.deep.equal(['fuehrerschein']);
  });

  it('still finds Cyrillic text in its own script, first', () => {
    expect(find('волонтери')).to.deep.equal(['volunteers']);
    expect(find('Україн')).to.deep.equal(['volunteers']);
  });
});
