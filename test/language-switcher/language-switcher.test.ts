/**
 * <lotse-language-switcher>: the languages in their own names, one choice
 * for every Lotse element on the page (UI, feed texts, direction), the
 * order of precedence, `?lotse-lang=`, nothing stored, the host page's
 * `lang` left alone, keyboard, axe and narrow layouts.
 */
import { expect } from '@esm-bundle/chai';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/language-switcher/define.js';
import type { LotseLanguageSwitcher } from '../../src/components/language-switcher/language-switcher.js';
import { choosePageLanguage, pageLanguage } from '../../src/core/locale/locale-controller.js';
import { UI_LOCALES } from '../../src/core/locale/messages.js';
import { resetFeedStore } from '../../src/core/feed/store.js';
import { cleanupFixtures, fixture } from '../helpers/fixture.js';
import { expectAccessible } from '../helpers/axe.js';
import { brokenWords, overflowing } from '../helpers/layout.js';
import { answerJson, mockUrl, PATIENT, useMsw } from '../helpers/msw.js';
import { eventually, nextEvent } from '../helpers/wait.js';
import { finderFeed } from '../fixtures/finder-feed.js';
import { $, mountFinder, textOf, type Finder } from '../offer-finder/helpers.js';

useMsw();

type Switcher = LotseLanguageSwitcher;
const sw = (el: Switcher) => el.shadowRoot!;
const toggle = (el: Switcher) => sw(el).querySelector<HTMLButtonElement>('button.toggle')!;
const links = (el: Switcher) => [...sw(el).querySelectorAll<HTMLAnchorElement>('a[part="option"]')];
const link = (el: Switcher, code: string) => links(el).find((a) => a.lang === code)!;

let counter = 0;
const feedUrl = () => {
  const url = mockUrl(`/switcher/${++counter}.json`);
  answerJson(url, finderFeed());
  return url;
};

async function mountSwitcher(attributes = '', container?: HTMLElement): Promise<Switcher> {
  const el = await fixture<Switcher>(`<lotse-language-switcher ${attributes}></lotse-language-switcher>`, container);
  await eventually(() => !!sw(el).querySelector('button.toggle'), 'the switcher to render');
  return el;
}

async function openList(el: Switcher) {
  toggle(el).click();
  await el.updateComplete;
  expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
}

const finderDir = (el: Finder) => $(el, '.base')!.getAttribute('dir');
const finderLang = (el: Finder) => $(el, '.base')!.getAttribute('lang');

describe('<lotse-language-switcher>', () => {
  const start = location.href;
  beforeEach(() => {
    resetFeedStore(PATIENT);
    document.documentElement.lang = 'de';
  });
  afterEach(async () => {
    cleanupFixtures();
    choosePageLanguage(undefined);
    history.replaceState(null, '', start);
    document.documentElement.lang = 'de';
    await setViewport({ width: 800, height: 600 });
  });

  it('lists every UI language in its own name and script, marked with its language and direction', async () => {
    const el = await mountSwitcher();
    expect(links(el).map((a) => a.lang).sort()).to.deep.equal([...UI_LOCALES].sort());
    const names = Object.fromEntries(links(el).map((a) => [a.lang, textOf(a)]));
    expect(names).to.include({ de: 'Deutsch', en: 'English', ar: 'العربية', fa: 'فارسی', tr: 'Türkçe', uk: 'Українська', ru: 'Русский', pl: 'Polski', ro: 'Română', bg: 'Български', sq: 'Shqip', vi: 'Tiếng Việt' });
    // Each name isolated in its own direction; the links themselves follow the page, so the list aligns as one.
    expect(link(el, 'ar').querySelector('span')!.dir).to.equal('rtl');
    expect(link(el, 'fa').querySelector('span')!.dir).to.equal('rtl');
    expect(link(el, 'uk').querySelector('span')!.dir).to.equal('ltr');
    expect(link(el, 'ar').hreflang).to.equal('ar');
    expect(new URL(link(el, 'ar').href).searchParams.get('lotse-lang')).to.equal('ar');
    // On a German page German is current, and the button says so in German.
    expect(link(el, 'de').getAttribute('aria-current')).to.equal('true');
    expect(links(el).filter((a) => a.hasAttribute('aria-current'))).to.have.length(1);
    expect(textOf(toggle(el))).to.equal('Deutsch');
    expect(sw(el).querySelector('ul')!.hidden, 'closed at first').to.equal(true);
  });

  it('switches every Lotse element on a German page at once: words, feed texts, direction; the page keeps its lang', async () => {
    const before = { local: localStorage.length, session: sessionStorage.length, cookie: document.cookie };
    const a = await mountFinder(`src="${feedUrl()}" no-url-sync`);
    const b = await mountFinder(`src="${feedUrl()}" no-url-sync`);
    const own = await mountFinder(`src="${feedUrl()}" no-url-sync lang="tr"`);
    const el = await mountSwitcher();
    expect(textOf($(a, '#results-heading'))).to.match(/Angebote gefunden/);
    await openList(el);
    const changed = nextEvent<CustomEvent<{ lang: string }>>(el, 'lotse-language-change');
    link(el, 'ar').click();
    expect((await changed).detail).to.deep.equal({ lang: 'ar' });
    for (const finder of [a, b]) {
      await eventually(() => finderLang(finder) === 'ar' && finderDir(finder) === 'rtl', 'the finder in Arabic');
      await eventually(() => textOf(finder.shadowRoot!).includes('دورة لغة ألمانية مع رعاية الأطفال'), 'the Arabic title of the feed');
    }
    expect(textOf($(a, '#results-heading'))).to.match(/عروض/);
    // An element with a lang of its own keeps it.
    expect(finderLang(own)).to.equal('tr');
    expect(document.documentElement.lang, 'the host page keeps its own lang').to.equal('de');
    expect(new URLSearchParams(location.search).get('lotse-lang')).to.equal('ar');
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
    expect(textOf(toggle(el))).to.equal('العربية');
    expect(link(el, 'ar').getAttribute('aria-current')).to.equal('true');
    expect({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }, 'nothing stored').to.deep.equal(before);
    // Farsi too: right to left, its own words.
    await openList(el);
    link(el, 'fa').click();
    await eventually(() => finderLang(a) === 'fa' && finderDir(a) === 'rtl', 'the finder in Farsi');
    await eventually(() => /پیدا شد/.test(textOf($(a, '#results-heading'))), 'the Farsi words once their chunk has loaded');
  });

  it('precedence: own lang > the page choice > the page lang; an element added later follows the choice', async () => {
    document.documentElement.lang = 'uk';
    const el = await mountSwitcher();
    const plain = await mountFinder(`src="${feedUrl()}" no-url-sync`);
    expect(finderLang(plain)).to.equal('uk');
    expect(textOf(toggle(el))).to.equal('Українська');
    el.choose('pl');
    await eventually(() => finderLang(plain) === 'pl', 'the page choice over <html lang>');
    const later = await mountFinder(`src="${feedUrl()}" no-url-sync`);
    expect(finderLang(later)).to.equal('pl');
    const own = await mountFinder(`src="${feedUrl()}" no-url-sync lang="ru"`);
    expect(finderLang(own)).to.equal('ru');
    // A change of <html lang> does not undo a resident's choice.
    document.documentElement.lang = 'tr';
    await plain.updateComplete;
    expect(finderLang(plain)).to.equal('pl');
  });

  it('set-page-lang sets <html lang>; no-url-sync leaves the address alone', async () => {
    const el = await mountSwitcher('set-page-lang no-url-sync');
    el.choose('vi');
    expect(document.documentElement.lang).to.equal('vi');
    expect(new URLSearchParams(location.search).has('lotse-lang')).to.equal(false);
  });

  it('?lotse-lang in the address switches the page on Back and Forward; hostile values are ignored', async () => {
    const finder = await mountFinder(`src="${feedUrl()}" no-url-sync`);
    for (const hostile of ['__proto__', 'constructor', 'valueOf', 'ar"><img src=x onerror=alert(1)>', 'xx', 'ar-SY', ' ', 'de-DE-u-co-phonebk', 'a'.repeat(5000)]) {
      history.pushState(null, '', `?lotse-lang=${encodeURIComponent(hostile)}`);
      dispatchEvent(new PopStateEvent('popstate'));
      expect(pageLanguage(), hostile.slice(0, 20)).to.equal(undefined);
    }
    expect(finderLang(finder)).to.equal('de');
    history.pushState(null, '', '?lotse-lang=UK');
    dispatchEvent(new PopStateEvent('popstate'));
    await eventually(() => finderLang(finder) === 'uk', 'Ukrainian from the address');
  });

  it('follows a choice made by another copy of Lotse on the page (a one-element file); a hostile one is ignored', async () => {
    const finder = await mountFinder(`src="${feedUrl()}" no-url-sync`);
    // What choosePageLanguage() in another copy of the module sends.
    document.dispatchEvent(new CustomEvent('lotse-page-language', { detail: 'tr' }));
    await eventually(() => finderLang(finder) === 'tr', 'Turkish chosen elsewhere');
    for (const hostile of ['__proto__', { toString: () => 'ar' }, 'ar-SY', null]) {
      document.dispatchEvent(new CustomEvent('lotse-page-language', { detail: hostile }));
      expect(pageLanguage()).to.equal(undefined);
    }
    await eventually(() => finderLang(finder) === 'de', 'back to the page lang');
  });

  it('languages= offers those, in that order; unknown codes are warned about and left out', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (text: string) => warnings.push(text);
    try {
      const el = await mountSwitcher('languages="ar, uk de, __proto__, xx, ar"');
      expect(links(el).map((a) => a.lang)).to.deep.equal(['ar', 'uk', 'de']);
      expect(warnings.some((w) => w.includes('__proto__')) && warnings.some((w) => w.includes('"xx"'))).to.equal(true);
    } finally {
      console.warn = warn;
    }
  });

  it('by keyboard: Enter opens, Tab reaches the languages, Enter chooses and returns to the button, Escape closes', async () => {
    const el = await mountSwitcher();
    toggle(el).focus();
    await sendKeys({ press: 'Enter' });
    await eventually(() => !sw(el).querySelector('ul')!.hidden, 'the list to open');
    await sendKeys({ press: 'Tab' });
    expect(sw(el).activeElement).to.equal(links(el)[0]);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(sw(el).activeElement).to.equal(link(el, 'ar'));
    await sendKeys({ press: 'Enter' });
    await eventually(() => pageLanguage() === 'ar', 'Arabic chosen');
    expect(sw(el).activeElement).to.equal(toggle(el));
    expect(sw(el).querySelector('ul')!.hidden).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await eventually(() => !sw(el).querySelector('ul')!.hidden, 'the list to open again');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Escape' });
    await eventually(() => sw(el).querySelector('ul')!.hidden, 'Escape to close');
    expect(sw(el).activeElement).to.equal(toggle(el));
  });

  it('keeps focus on its button while the chosen language’s words load, with no placeholder in between', async () => {
    const el = await mountSwitcher();
    toggle(el).click();
    await eventually(() => !sw(el).querySelector('ul')!.hidden, 'the list to open');
    // Romanian: not loaded by any test before this one in this file.
    link(el, 'ro').focus();
    await sendKeys({ press: 'Enter' });
    await eventually(() => toggle(el).querySelector('span[lang]')?.getAttribute('lang') === 'ro', 'Romanian shown');
    expect(sw(el).activeElement).to.equal(toggle(el));
    expect(document.activeElement).to.equal(el);
  });

  it('gives a link the page’s address as it is when the link is used, not when the list was drawn', async () => {
    const el = await mountSwitcher();
    toggle(el).click();
    await eventually(() => !sw(el).querySelector('ul')!.hidden, 'the list to open');
    // Another widget writes its state into the address while the list is open.
    history.replaceState(null, '', `${location.pathname}?lotse-q=Kurs&lotse-offer=a0`);
    link(el, 'tr').focus();
    const href = new URL(link(el, 'tr').href);
    expect(href.searchParams.get('lotse-q')).to.equal('Kurs');
    expect(href.searchParams.get('lotse-offer')).to.equal('a0');
    expect(href.searchParams.get('lotse-lang')).to.equal('tr');
  });

  it('a click outside closes the list', async () => {
    const el = await mountSwitcher();
    await openList(el);
    document.body.click();
    await el.updateComplete;
    expect(sw(el).querySelector('ul')!.hidden).to.equal(true);
  });

  for (const lang of ['de', 'ar', 'fa']) {
    it(`passes axe closed and open, with targets of at least 24 px (${lang})`, async () => {
      choosePageLanguage(lang as 'de');
      const el = await mountSwitcher();
      await expectAccessible(el, `closed, ${lang}`);
      await openList(el);
      await expectAccessible(el, `open, ${lang}`);
      for (const target of [toggle(el), ...links(el)]) {
        const box = target.getBoundingClientRect();
        expect(box.height, textOf(target)).to.be.at.least(24);
        expect(box.width, textOf(target)).to.be.at.least(24);
      }
    });
  }

  for (const width of [200, 320]) {
    for (const lang of ['de', 'ar']) {
      it(`fits a ${width} px column, closed and open (${lang})`, async () => {
        await setViewport({ width: Math.max(width, 320), height: 700 });
        const box = document.createElement('div');
        box.style.inlineSize = `${width}px`;
        document.body.append(box);
        try {
          choosePageLanguage(lang as 'de');
          const el = await mountSwitcher('', box);
          expect(overflowing(el), 'closed').to.deep.equal([]);
          await openList(el);
          expect(overflowing(el), 'open').to.deep.equal([]);
          expect(brokenWords(el), 'open').to.deep.equal([]);
        } finally {
          box.remove();
        }
      });
    }
  }
});
