/**
 * Issue 14, point 2: a page language that is not a valid BCP 47 tag
 * (`<html lang="de_DE">`, a CMS's favourite) must never reach an Intl
 * constructor, which would throw and leave widgets on their placeholder.
 */
import { expect } from '@esm-bundle/chai';
import { html, LitElement } from 'lit';
import { formatDate, formatDateRange, formatList, formatNumber, listFormatter } from '../../src/core/locale/format.js';
import { languageTag } from '../../src/core/locale/language-tag.js';
import { languageAutonym, languageName, ownLanguageName } from '../../src/core/locale/language-names.js';
import { LocaleController } from '../../src/core/locale/locale-controller.js';
import { plural } from '../../src/core/locale/plural.js';
import { cleanupFixtures, fixture } from '../helpers/fixture.js';
import { eventually } from '../helpers/wait.js';

class TagTestHost extends LitElement {
  readonly locale = new LocaleController(this);
  override render() {
    return html`${this.locale.requested} ${this.locale.ui}`;
  }
}
customElements.define('tag-test-host', TagTestHost);

const LONG = `ar-${'abcdefgh-'.repeat(110)}x`;
const LONG_PRIVATE = `tr-x-${'abcdefgh-'.repeat(110)}x`;

/** Page language -> the requested language and the UI locale a widget uses. */
const CASES: [string, string, string][] = [
  ['de_DE', 'de-DE', 'de'],
  ['en_US', 'en-US', 'en'],
  ['EN_gb', 'en-GB', 'en'],
  ['x', 'de', 'de'],
  ['123', 'de', 'de'],
  ['de-DE-u-co-phonebk', 'de-DE-u-co-phonebk', 'de'],
  [' ', 'de', 'de'],
  ['ar_SY_extra!', 'ar', 'ar'],
  ['constructor', 'de', 'de'],
  [LONG, 'ar', 'ar'],
  [LONG_PRIVATE, 'tr', 'tr'],
  ['x'.repeat(1000), 'de', 'de'],
];

describe('point 2: every language a widget uses is a valid BCP 47 tag', () => {
  let originalLang: string | null;
  beforeEach(() => {
    originalLang = document.documentElement.getAttribute('lang');
  });
  afterEach(() => {
    cleanupFixtures();
    if (originalLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', originalLang);
  });

  for (const [lang, requested, ui] of CASES) {
    it(`<html lang="${lang.length > 40 ? `${lang.slice(0, 20)}… (${lang.length} characters)` : lang}"> -> ${requested}, UI ${ui}`, async () => {
      document.documentElement.setAttribute('lang', lang);
      const el = await fixture<TagTestHost>('<tag-test-host></tag-test-host>');
      await eventually(() => el.locale.ready, 'the UI strings');
      expect([el.locale.requested, el.locale.ui]).to.deep.equal([requested, ui]);
      expect(() => new Intl.Collator(el.locale.requested, { sensitivity: 'base', numeric: true })).to.not.throw();
      expect(Intl.getCanonicalLocales(el.locale.requested)).to.deep.equal([el.locale.requested]);
    });
  }

  it('also cleans an element’s own lang, and follows it when it changes', async () => {
    document.documentElement.setAttribute('lang', 'de');
    const el = await fixture<TagTestHost>('<tag-test-host lang="uk_UA"></tag-test-host>');
    await eventually(() => el.locale.requested === 'uk-UA' && el.locale.ui === 'uk', 'uk-UA');
    el.setAttribute('lang', 'tr_TR');
    await eventually(() => el.locale.requested === 'tr-TR' && el.locale.ui === 'tr', 'tr-TR');
  });

  it('languageTag: normalises, validates and falls back', () => {
    for (const [raw, expected] of CASES) expect(languageTag(raw), raw.slice(0, 30)).to.equal(expected);
    expect(languageTag(undefined)).to.equal('de');
    expect(languageTag('')).to.equal('de');
    expect(languageTag('zz_ZZ')).to.equal('zz-ZZ');
    expect(languageTag('sr_latn_rs')).to.equal('sr-Latn-RS');
    expect(languageTag('x', 'en')).to.equal('en');
  });
});

describe('point 2: the Intl helpers survive a bad locale', () => {
  for (const locale of ['de_DE', 'x', '123', '', 'constructor', 'x'.repeat(1000)]) {
    it(`formats with ${JSON.stringify(locale.slice(0, 20))} instead of throwing`, () => {
      expect(formatDate('2026-11-25', locale)).to.be.a('string').and.not.equal('');
      expect(formatDate('2026-11-25T10:00:00Z', locale, { dateStyle: 'long', timeStyle: 'short' })).to.contain('2026');
      expect(formatDateRange('2026-03-03', '2026-03-07', locale)).to.contain('2026');
      expect(formatNumber(1234.5, locale)).to.match(/1.?234/);
      expect(formatList(['a', 'b'], locale)).to.contain('a');
      expect(listFormatter(locale, { type: 'unit', style: 'short' }).format(['a', 'b'])).to.contain('b');
      expect(plural(2, locale, { zero: () => 'zero', one: () => 'one', two: () => 'two', few: () => 'few', many: () => 'many', other: () => 'other' })).to.equal('other');
      expect(languageName('ar', locale)).to.be.a('string');
      expect(ownLanguageName('ar', locale).text).to.be.a('string');
    });
  }

  it('takes no autonym from Object.prototype', () => {
    for (const code of ['constructor', 'toString', 'valueOf', '__proto__']) {
      // Compared as booleans: a failing assertion must not hand Object or its prototype to the test reporter.
      expect(languageAutonym(code) === undefined, code).to.equal(true);
      expect(typeof ownLanguageName(code, 'de').text === 'string', code).to.equal(true);
    }
  });
});
