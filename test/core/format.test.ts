// Lists and date ranges follow the UI language, not a hard-coded comma or dash.
import { expect } from '@esm-bundle/chai';
import { formatDate, formatDateRange, formatList, formatNumber } from '../../src/core/locale/format.js';
import { loadLocale } from '../../src/core/locale/messages.js';
import { timeText } from '../../src/core/ui/offer-parts.js';
import { listParts } from '../../src/core/locale/list-parts.js';
import { unverifiedForAYear } from '../../src/core/time/berlin.js';
import { languageAutonym, languageName, ownLanguageName } from '../../src/core/locale/language-names.js';

describe('listParts', () => {
  const items = [{ n: 'Deutsch' }, { n: 'English' }, { n: 'العربية' }];

  it('keeps the items themselves and joins them with the locale’s separators', () => {
    const parts = listParts(items, 'de');
    expect(parts.filter((p) => typeof p !== 'string')).to.deep.equal(items);
    expect(parts[1]).to.equal(', ');
  });

  it('uses the Arabic comma and conjunction in Arabic', () => {
    expect(listParts(items, 'ar').filter((p) => typeof p === 'string').join('|')).to.contain('،');
    const conjunction = listParts(items, 'ar', 'conjunction').filter((p) => typeof p === 'string');
    expect(conjunction.at(-1)).to.contain('و');
  });

  it('returns nothing for no items and the item alone for one', () => {
    expect(listParts([], 'de')).to.deep.equal([]);
    expect(listParts(items.slice(0, 1), 'de')).to.deep.equal(items.slice(0, 1));
  });
});

describe('formatDateRange', () => {
  it('writes a range once, the way the locale does', () => {
    const de = formatDateRange('2027-03-03', '2027-03-07', 'de');
    expect(de).to.match(/^03\.[–-]07\.03\.2027$|^3\.[\s–-]+7\. März 2027$/);
    expect(formatDateRange('2027-03-03', '2027-03-07', 'en')).to.contain('2027');
  });

  it('writes dates in the Gregorian calendar also in Farsi, whose default is the Solar Hijri one', () => {
    const persianDigits = (n: number) => n.toLocaleString('fa', { useGrouping: false });
    const year = formatDate('2026-12-07', 'fa', { year: 'numeric', month: 'long' });
    expect(year).to.contain(persianDigits(2026)).and.not.contain(persianDigits(1405));
    expect(formatDateRange('2026-12-07', '2026-12-09', 'fa')).to.contain(persianDigits(2026));
    expect(formatDate('2026-12-07', 'ar', { year: 'numeric' })).to.match(/2026|٢٠٢٦/);
  });

  it('falls back to the raw dates when the range is reversed', () => {
    expect(formatDateRange('2027-03-07', '2027-03-03', 'de')).to.equal('2027-03-07 – 2027-03-03');
  });
});

describe('language names', () => {
  it('names a language in itself, also where the browser has no data for it', () => {
    expect(languageAutonym('ar')).to.equal('العربية');
    expect(languageAutonym('tr')).to.equal('Türkçe');
    for (const code of ['ti', 'so', 'ps', 'ku', 'ckb', 'sq']) {
      const name = languageAutonym(code);
      expect(name, code).to.be.a('string');
      expect(name, code).to.not.equal(new Intl.DisplayNames(['en'], { type: 'language' }).of(code));
    }
  });

  it('marks the shown name with the language it is written in', () => {
    expect(ownLanguageName('ti', 'de')).to.deep.equal({ text: 'ትግርኛ', lang: 'ti', dir: 'ltr' });
    expect(ownLanguageName('ps', 'de').dir).to.equal('rtl');
    const unknown = ownLanguageName('qaa', 'de');
    expect(unknown.lang, 'an unknown language is named in the reader’s language').to.equal('de');
  });

  it('names a language in the reader’s language', () => {
    expect(languageName('ar', 'de')).to.equal('Arabisch');
  });
});

describe('unverifiedForAYear', () => {
  it('flags a record checked more than a calendar year ago, not one checked a year ago to the day', () => {
    expect(unverifiedForAYear('2025-11-24', '2026-11-25')).to.equal(true);
    expect(unverifiedForAYear('2025-11-25', '2026-11-25')).to.equal(false);
    expect(unverifiedForAYear('2026-03-01', '2026-11-25')).to.equal(false);
  });
});

describe('dates, lists and language names in a language the browser has no data for', () => {
  // Chrome and Edge carry no Albanian: Intl would write "Tuesday, December 15, 2026" and "6:00 PM".
  before(() => loadLocale('sq'));

  it('writes Albanian month and weekday names in Albanian order', () => {
    expect(formatDate('2026-12-15', 'sq', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })).to.equal('e martë, 15 dhjetor 2026');
    expect(formatDate('2026-12-15', 'sq', { month: 'long', year: 'numeric' })).to.equal('dhjetor 2026');
    expect(formatDate('2027-03-02', 'sq', { day: 'numeric', month: 'short' })).to.equal('2 mar');
    expect(formatDate('2024-01-01', 'sq', { weekday: 'short' })).to.equal('hën');
    expect(formatDate('2024-01-07', 'sq', { weekday: 'narrow' })).to.equal('d');
    expect(formatDate('2026-12-15', 'sq-AL', { dateStyle: 'long' })).to.equal('15 dhjetor 2026');
  });

  it('names the day a timestamp has in Berlin', () => {
    // 23:30 UTC on 15 December is 00:30 on the 16th in Berlin.
    expect(formatDate('2026-12-15T23:30:00Z', 'sq', { weekday: 'long', day: 'numeric', month: 'long' })).to.equal('e mërkurë, 16 dhjetor');
  });

  it('writes times on the 24-hour clock and numbers with a decimal comma', () => {
    expect(timeText('18:05', 'sq')).to.equal('18:05');
    expect(formatNumber(2.5, 'sq')).to.equal('2,5');
  });

  it('joins lists with Albanian words and names languages in Albanian', () => {
    expect(formatList(['A', 'B', 'C'], 'sq')).to.equal('A, B dhe C');
    expect(formatList(['A', 'B'], 'sq', 'disjunction')).to.equal('A ose B');
    expect(listParts([{ n: 1 }, { n: 2 }, { n: 3 }], 'sq', 'conjunction').filter((p) => typeof p === 'string')).to.deep.equal([', ', ' dhe ']);
    expect(languageName('de', 'sq')).to.equal('gjermanisht');
    expect(languageName('AR', 'sq')).to.equal('arabisht');
    // A code from a feed is looked up as data, not as a property.
    expect(languageName('constructor', 'sq')).to.equal('constructor');
  });

  it('leaves languages the browser knows to Intl', () => {
    expect(formatDate('2026-12-15', 'de', { weekday: 'long', day: 'numeric', month: 'long' })).to.equal('Dienstag, 15. Dezember');
    expect(timeText('18:05', 'en')).to.match(/^6:05\sPM$/u);
    expect(formatList(['A', 'B', 'C'], 'en')).to.equal('A, B, and C');
    expect(languageName('de', 'en')).to.equal('German');
  });
});
