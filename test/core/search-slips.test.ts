/**
 * What search forgives (each kind of slip a resident makes on a phone), how
 * it ranks, and what one input may cost.
 */
import { expect } from '@esm-bundle/chai';
import type { Catalog } from '../../src/core/feed/catalog.js';
import { MAX_TERM_CHARS, MAX_TERMS, fold, queryTerms, queryWords } from '../../src/core/search/fold.js';
import { OfferSearch } from '../../src/core/search/offer-search.js';
import { slipsAllowed, slipsBetween } from '../../src/core/search/slips.js';
import { ids, searchCatalog } from './search-feed.js';

/** Slips from query to the whole word and to its closest beginning, counted up to `max`. */
const slips = (query: string, word: string, max = 2) => {
  const found = slipsBetween(query, word, max);
  return { whole: found >> 3, prefix: found & 7 };
};

describe('counting slips', () => {
  it('counts a swap of two neighbours as one slip, as a missing, extra or wrong letter', () => {
    expect(slips('kinderartz', 'kinderarzt').whole).to.equal(1);
    expect(slips('kindegreld', 'kindergeld').whole).to.equal(1);
    expect(slips('kindergld', 'kindergeld').whole).to.equal(1);
    expect(slips('kindergelld', 'kindergeld').whole).to.equal(1);
    expect(slips('kindergelt', 'kindergeld').whole).to.equal(1);
    expect(slips('kindergeld', 'kindergeld').whole).to.equal(0);
    expect(slips('antidiskriminierugnsbertung', 'antidiskriminierungsberatung').whole).to.equal(2);
  });

  it('counts the slips to the closest beginning of a word still being typed', () => {
    expect(slips('kinderatr', 'kinderarztpraxis')).to.deep.equal({ whole: 3, prefix: 1 });
    expect(slips('antidis', 'antidiskriminierungsberatung')).to.deep.equal({ whole: 3, prefix: 0 });
  });

  it('stops counting above the most it was asked for', () => {
    expect(slips('abcdef', 'uvwxyz', 1)).to.deep.equal({ whole: 2, prefix: 2 });
    expect(slips('kurs', 'kurs', 0)).to.deep.equal({ whole: 0, prefix: 0 });
    expect(slips('kurz', 'kurs', 0)).to.deep.equal({ whole: 1, prefix: 1 });
  });

  it('forgives nothing up to four letters, one slip up to seven, two from eight', () => {
    expect([3, 4, 5, 7, 8, 28].map(slipsAllowed)).to.deep.equal([0, 0, 1, 1, 2, 2]);
  });
});

describe('forgiving search', () => {
  let catalog: Catalog;
  let search: OfferSearch;
  const find = (query: string) => ids(catalog, search.search(query));
  before(async () => {
    catalog = searchCatalog();
    search = new OfferSearch(catalog, ['de']);
    await search.whenComplete;
    expect(search.complete).to.equal(true);
  });

  it('forgives two neighbours swapped', () => {
    expect(find('Kinderartz')[0]).to.equal('kinderarzt');
    expect(find('Kindegreld')[0]).to.equal('kindergeld');
    expect(find('Vietrel')).to.deep.equal(['strassenfest']);
  });

  it('forgives a dropped letter and a doubled one', () => {
    expect(find('Kindergld')[0]).to.equal('kindergeld');
    expect(find('Kinderrgeld')[0]).to.equal('kindergeld');
    expect(find('Wohngelt')[0]).to.equal('wohngeld');
  });

  it('forgives two slips in long words, not in short ones', () => {
    expect(find('Antidiskriminierugnsbertung')).to.deep.equal(['antidiskriminierung']);
    // "Viertel" with t and l swapped across the e: two slips in seven letters.
    expect(find('Vierlet')).to.deep.equal([]);
    expect(find('Asul')).to.deep.equal([]);
  });

  it('forgives umlauts written out or left off, ß as ss, and case', () => {
    for (const query of ['Führerschein', 'Fuehrerschein', 'Fuhrerschein', 'FÜHRERSCHEIN', 'führerschein']) {
      expect(find(query), query).to.deep.equal(['fuehrerschein']);
    }
    expect(find('Strassenfest')).to.deep.equal(['strassenfest']);
    expect(find('STRASSENFEST')).to.deep.equal(['strassenfest']);
  });

  it('forgives extra spaces', () => {
    expect(find('   Kindergeld     beantragen  ')).to.deep.equal(['kindergeld']);
  });

  it('ignores invisible direction marks, soft hyphens and joiners that pasted text carries', () => {
    // Pasted from an Arabic or Persian page: left-to-right and right-to-left marks around the word.
    expect(find('\u200eKindergeld\u200e')).to.deep.equal(['kindergeld']);
    expect(find('\u200fKindergeld\u200f \u061c')).to.deep.equal(['kindergeld']);
    expect(find('Kinder\u00adgeld')).to.deep.equal(['kindergeld']);
    expect(queryWords('\u2067Kindergeld\u2069')).to.deep.equal([{ term: 'kindergeld', typed: 10 }]);
    expect(fold('Kinder\u200cgeld')).to.equal('kindergeld');
  });

  it('finds words still being typed, also with a slip in them', () => {
    expect(find('Antidiskr')).to.deep.equal(['antidiskriminierung']);
    expect(find('Kinderatr')[0]).to.equal('kinderarzt');
    expect(find('Aufenthaltserl')).to.deep.equal(['aufenthalt']);
  });

  it('folds the Turkish dotless and dotted i', () => {
    expect(fold('danışmanlık')).to.equal(fold('DANIŞMANLIK')).and.equal('danismanlik');
    expect(fold('İstanbul')).to.equal('istanbul');
    expect(find('danışmanlık')).to.deep.equal(['frauen']);
    expect(find('DANIŞMANLIK')).to.deep.equal(['frauen']);
    expect(find('danismanlik')).to.deep.equal(['frauen']);
  });

  it('ranks exact title > title prefix > one slip > two slips > running text', () => {
    expect(find('Schulung')).to.deep.equal(['exact', 'begun', 'one-slip', 'two-slips', 'in-text']);
  });

  it('does not bury the obvious hit of a short query under fuzzy ones', () => {
    // "Suche" is one slip from "Sucht"; the offer whose title begins with "Sucht" comes first.
    expect(find('Sucht')).to.deep.equal(['sucht', 'suche']);
    expect(find('Suche')[0]).to.equal('suche');
    expect(find('Wohngeld')).to.deep.equal(['wohngeld']);
  });

  it('finds the heads of compounds, also inside a compound', () => {
    expect(find('Arzt')).to.deep.equal(['kinderarzt']);
    expect(find('Praxis')).to.deep.equal(['kinderarzt']);
  });

  it('ranks a word of its own above the same word as the end of a compound', () => {
    // "Suchtberatung" is listed before "Beratung für Frauen" in the feed, and its title is shorter.
    expect(find('Beratung')[0]).to.equal('frauen');
    expect(find('Beratung')).to.have.members(['frauen', 'antidiskriminierung', 'sucht']);
  });
});

describe('bounded work per input', () => {
  let catalog: Catalog;
  let search: OfferSearch;
  before(async () => {
    catalog = searchCatalog([
      {
        id: 'hostile',
        kind: 'service',
        title: 'Riesenwort',
        summary: `Anfang ${'x'.repeat(200_000)} Ende`,
        topics: ['hilfe'],
        verified: '2026-10-01',
      },
    ]);
    search = new OfferSearch(catalog, ['de']);
    await search.whenComplete;
  });

  it('reads at most a few hundred characters and a few words of a query', () => {
    expect(queryTerms(`${'Wort '.repeat(50)}`)).to.deep.equal(['wort']);
    const many = Array.from({ length: 30 }, (_, i) => `wort${String.fromCharCode(97 + (i % 26))}${i}`).join(' ');
    expect(queryTerms(many)).to.have.length(MAX_TERMS);
    expect(queryWords('k'.repeat(5000))).to.deep.equal([{ term: 'k'.repeat(MAX_TERM_CHARS), typed: MAX_TERM_CHARS }]);
  });

  it('answers a 1 MB query at once and without throwing', () => {
    const distinctWords = Array.from({ length: 150_000 }, (_, i) => `w${i.toString(36)}x`).join(' ');
    for (const query of ['a'.repeat(1_000_000), 'Kindergeld '.repeat(100_000), `${'ä'.repeat(500_000)}ß`.repeat(2), distinctWords]) {
      const start = performance.now();
      expect(() => search.search(query)).not.to.throw();
      expect(performance.now() - start, `${query.slice(0, 12)}…`).to.be.below(250);
    }
    expect(ids(catalog, search.search('Kindergeld '.repeat(100_000)))).to.deep.equal(['kindergeld']);
  });

  it('indexes a feed word of 200,000 letters by its beginning, and still finds its neighbours', () => {
    expect(ids(catalog, search.search('Ende'))).to.deep.equal(['hostile']);
    expect(ids(catalog, search.search('x'.repeat(MAX_TERM_CHARS)))).to.deep.equal(['hostile']);
  });
});

describe('large catalogues', () => {
  it('search titles in the readers\' languages first, then every language and the running text', async () => {
    const filler = Array.from({ length: 1600 }, (_, i) => ({
      id: `filler-${i}`,
      kind: 'course',
      title: { de: `Kurs Nummer ${i}`, en: `Course number ${i}` },
      summary: `Zusammenfassung ${i}`,
      topics: ['hilfe'],
      verified: '2026-10-01',
    }));
    const catalog = searchCatalog(filler);
    const search = new OfferSearch(catalog, ['de']);
    await search.whenReady;
    expect(search.ready).to.equal(true);
    expect(ids(catalog, search.search('Kinderartz'))[0]).to.equal('kinderarzt');
    expect(ids(catalog, search.search('Kurs Nummer 1234'))).to.deep.equal(['filler-1234']);
    if (!search.complete) {
      expect(ids(catalog, search.search('Zusammenfassung 1234')), 'running text waits for the full index').to.deep.equal([]);
      expect(ids(catalog, search.search('Course 1234')), 'so do titles in other languages').to.deep.equal([]);
    }
    await search.whenComplete;
    expect(search.complete).to.equal(true);
    expect(ids(catalog, search.search('Zusammenfassung 1234'))).to.deep.equal(['filler-1234']);
    expect(ids(catalog, search.search('Course 1234'))).to.deep.equal(['filler-1234']);
    expect(ids(catalog, search.search('Schulung'))).to.deep.equal(['exact', 'begun', 'one-slip', 'two-slips', 'in-text']);
  });
});

describe('before the search chunk is there', () => {
  it('matches titles at once, and more if the chunk cannot be loaded', async () => {
    const catalog = searchCatalog();
    const search = new OfferSearch(catalog, ['de']);
    expect(search.ready).to.equal(false);
    expect(ids(catalog, search.search('Fuehrerschein'))).to.deep.equal(['fuehrerschein']);
    expect(ids(catalog, search.search('Jobcenter')), 'titles only while the chunk loads').to.deep.equal([]);
    await search.whenComplete;
    // What a page gets when the chunk is blocked: no index, the simple matcher for good.
    Object.assign(search as unknown as { index: undefined; failed: boolean }, { index: undefined, failed: true });
    expect(ids(catalog, search.search('Jobcenter'))).to.deep.equal(['buergergeld']);
    expect(ids(catalog, search.search('Schulung'))).to.deep.equal(['exact', 'begun']);
  });
});
