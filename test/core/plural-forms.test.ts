/**
 * Counted messages take the plural form each UI language's grammar asks
 * for (Arabic six, Polish, Russian and Ukrainian three, Romanian two besides
 * `one`): for each locale and the counts 0, 1, 2, 3, 5, 11, 21, 22, 25,
 * 100, 101, the category is CLDR's (written out below, and checked against
 * the browser's Intl.PluralRules), the form shown is the one for that
 * category, and it is translated, never the English fallback. That every
 * category a language's rules produce has a translated message, for every
 * counted message of the code, is checked by test/build/locales.test.mjs.
 */
import { expect } from '@esm-bundle/chai';
import { inLocale, loadLocale, UI_LOCALES, type UiLocale } from '../../src/core/locale/messages.js';
import { formatNumber } from '../../src/core/locale/format.js';
import { offerCountText } from '../../src/core/ui/offer-parts.js';
import { serviceCountText } from '../../src/components/health-guide/service-parts.js';
import { startsLabel } from '../../src/components/course-calendar/course-facets.js';
import { datesText } from '../../src/components/course-calendar/month-grid.js';
import { seatsText } from '../../src/components/course-calendar/course-labels.js';

const COUNTS = [0, 1, 2, 3, 5, 11, 21, 22, 25, 100, 101];

/** CLDR's categories for COUNTS. Languages not listed have `one` for 1 and `other` for the rest. */
const CATEGORIES: Partial<Record<UiLocale, string[]>> = {
  ar: ['zero', 'one', 'two', 'few', 'few', 'many', 'many', 'many', 'many', 'other', 'other'],
  pl: ['many', 'one', 'few', 'few', 'many', 'many', 'many', 'few', 'many', 'many', 'many'],
  ru: ['many', 'one', 'few', 'few', 'many', 'many', 'one', 'few', 'many', 'many', 'one'],
  uk: ['many', 'one', 'few', 'few', 'many', 'many', 'one', 'few', 'many', 'many', 'one'],
  ro: ['few', 'one', 'few', 'few', 'few', 'few', 'other', 'other', 'other', 'other', 'few'],
  fa: ['one', 'one', 'other', 'other', 'other', 'other', 'other', 'other', 'other', 'other', 'other'],
  vi: COUNTS.map(() => 'other'),
};
const categoriesOf = (locale: UiLocale) => CATEGORIES[locale] ?? COUNTS.map((n) => (n === 1 ? 'one' : 'other'));

const MESSAGES: Record<string, (count: number, ui: string) => string> = {
  'offers found': offerCountText,
  'services found': serviceCountText,
  'starts within weeks': startsLabel,
  'dates': datesText,
  'places left': (count, ui) => seatsText('few', count, ui),
};

/** The text with its number written as #, so texts of one form compare equal. */
const masked = (text: string, count: number, locale: string) => text.replace(formatNumber(count, locale), '#');

describe('plural forms of counted messages', () => {
  before(() => Promise.all(UI_LOCALES.map((locale) => loadLocale(locale))));

  for (const locale of UI_LOCALES) {
    it(`${locale}: the categories of CLDR, and each count shows its category's translated form`, () => {
      const categories = categoriesOf(locale);
      expect(COUNTS.map((n) => new Intl.PluralRules(locale).select(n)), 'the browser’s plural rules').to.deep.equal(categories);
      for (const [name, message] of Object.entries(MESSAGES)) {
        const forms = new Map<string, string>();
        COUNTS.forEach((count, i) => {
          const text = inLocale(locale, () => message(count, locale));
          expect(text, `${name}, ${count}: shows its number`).to.include(formatNumber(count, locale));
          if (locale !== 'en') expect(text, `${name}, ${count} (${categories[i]}): translated`).to.not.equal(inLocale('en', () => message(count, 'en')));
          // Counts of one category share one form.
          const form = masked(text, count, locale);
          const seen = forms.get(categories[i]);
          if (seen === undefined) forms.set(categories[i], form);
          else expect(form, `${name}, ${count}: the ${categories[i]} form`).to.equal(seen);
        });
      }
    });
  }

  // What the forms say, for one message, in the languages with more than two forms.
  const OFFERS_FOUND: Partial<Record<UiLocale, Record<number, string>>> = {
    ar: { 0: 'تم العثور على 0 عرض', 1: 'تم العثور على 1 عرض', 2: 'تم العثور على عرضين (2)', 3: 'تم العثور على 3 عروض', 11: 'تم العثور على 11 عرضًا', 100: 'تم العثور على 100 عرض' },
    ru: { 1: 'Найдено 1 предложение', 2: 'Найдено 2 предложения', 5: 'Найдено 5 предложений', 11: 'Найдено 11 предложений', 21: 'Найдено 21 предложение', 22: 'Найдено 22 предложения', 25: 'Найдено 25 предложений' },
    uk: { 1: 'Знайдено 1 пропозицію', 3: 'Знайдено 3 пропозиції', 5: 'Знайдено 5 пропозицій', 21: 'Знайдено 21 пропозицію', 101: 'Знайдено 101 пропозицію' },
    pl: { 1: 'Znaleziono 1 ofertę', 2: 'Znaleziono 2 oferty', 5: 'Znaleziono 5 ofert', 21: 'Znaleziono 21 ofert', 22: 'Znaleziono 22 oferty' },
    ro: { 1: '1 ofertă găsită', 2: '2 oferte găsite', 21: '21 de oferte găsite', 101: '101 oferte găsite' },
  };
  for (const [locale, expected] of Object.entries(OFFERS_FOUND)) {
    it(`${locale}: "offers found" in the grammar of the language`, () => {
      for (const [count, text] of Object.entries(expected)) {
        expect(inLocale(locale as UiLocale, () => offerCountText(Number(count), locale)).replace(/\u00a0/g, ' ')).to.equal(text);
      }
    });
  }
});
