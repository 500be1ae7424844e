/** UI locale matching, writing direction, text fallback, nearest lang and live language changes. */
import { expect } from '@esm-bundle/chai';
import { html, LitElement } from 'lit';
import { directionOf } from '../../src/core/locale/direction.js';
import { LocaleController, nearestLang } from '../../src/core/locale/locale-controller.js';
import { matchUiLocale } from '../../src/core/locale/messages.js';
import { pickText } from '../../src/core/locale/text.js';
import { cleanupFixtures, fixture } from '../helpers/fixture.js';
import { eventually } from '../helpers/wait.js';

describe('matchUiLocale', () => {
  for (const [requested, expected] of [
    ['de', 'de'],
    ['de-AT', 'de'],
    ['de-CH', 'de'],
    ['DE-at', 'de'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['ar', 'ar'],
    ['tr', 'tr'],
    ['uk-UA', 'uk'],
    ['fa', 'fa'],
    ['fa-AF', 'fa'],
    ['ro-RO', 'ro'],
    ['ru', 'ru'],
    ['pl', 'pl'],
    ['bg', 'bg'],
    ['sq', 'sq'],
    ['vi', 'vi'],
    ['ps', 'en'],
    ['ku', 'en'],
    [undefined, 'de'],
    ['', 'de'],
  ] as const) {
    it(`${JSON.stringify(requested)} -> ${expected}`, () => {
      expect(matchUiLocale(requested)).to.equal(expected);
    });
  }
});

describe('directionOf', () => {
  for (const lang of ['ar', 'fa', 'he', 'ur', 'ckb', 'ps', 'ar-EG', 'AR', 'fa-AF', 'az-Arab', 'pa-Arab', 'ku-Arab', 'az-arab', 'yi']) {
    it(`${lang} is rtl`, () => expect(directionOf(lang)).to.equal('rtl'));
  }
  for (const lang of ['de', 'tr', 'uk', 'en-GB', 'ru', 'ku', 'ku-Latn', 'sr-Cyrl', 'az', 'ar-Latn', 'ti', 'ro', 'sq']) {
    it(`${lang} is ltr`, () => expect(directionOf(lang)).to.equal('ltr'));
  }
});

describe('pickText', () => {
  const title = { de: 'Deutschkurs', 'de-CH': 'Deutschkurs (CH)', en: 'German course', ar: 'دورة ألمانية', 'pt-BR': 'Curso de alemão' };

  it('shows a plain string in the feed language with its direction', () => {
    expect(pickText('Deutschkurs', 'ar', 'de')).to.deep.equal({ text: 'Deutschkurs', lang: 'de', dir: 'ltr' });
    expect(pickText('دورة', 'de', 'ar')).to.deep.equal({ text: 'دورة', lang: 'ar', dir: 'rtl' });
  });

  it('takes the requested language first, exactly and case-insensitively', () => {
    expect(pickText(title, 'en', 'de')).to.deep.equal({ text: 'German course', lang: 'en', dir: 'ltr' });
    expect(pickText(title, 'de-CH', 'de')?.text).to.equal('Deutschkurs (CH)');
    expect(pickText(title, 'DE-ch', 'de')?.lang).to.equal('de-CH');
    expect(pickText(title, 'ar', 'de')).to.deep.equal({ text: 'دورة ألمانية', lang: 'ar', dir: 'rtl' });
  });

  it('then the base language of the request', () => {
    expect(pickText(title, 'en-GB', 'de')).to.deep.equal({ text: 'German course', lang: 'en', dir: 'ltr' });
    expect(pickText(title, 'ar-SY', 'de')).to.deep.equal({ text: 'دورة ألمانية', lang: 'ar', dir: 'rtl' });
  });

  it('then another variant of the requested language', () => {
    expect(pickText(title, 'pt', 'de')).to.deep.equal({ text: 'Curso de alemão', lang: 'pt-BR', dir: 'ltr' });
    expect(pickText(title, 'pt-PT', 'de')?.lang).to.equal('pt-BR');
  });

  it('then the feed default language', () => {
    expect(pickText(title, 'fa', 'de')).to.deep.equal({ text: 'Deutschkurs', lang: 'de', dir: 'ltr' });
    expect(pickText({ en: 'Course', ar: 'دورة' }, 'fa', 'ar')).to.deep.equal({ text: 'دورة', lang: 'ar', dir: 'rtl' });
    expect(pickText({ en: 'Course', 'de-AT': 'Kurs' }, 'fa', 'de')?.lang).to.equal('de-AT');
  });

  it('follows a chain of wanted languages before the feed language: Farsi, then the English of the buttons', () => {
    expect(pickText(title, ['fa', 'en'], 'de')).to.deep.equal({ text: 'German course', lang: 'en', dir: 'ltr' });
    expect(pickText({ fa: 'دوره', en: 'Course', de: 'Kurs' }, ['fa', 'en'], 'de')?.lang).to.equal('fa');
    expect(pickText({ de: 'Kurs', ar: 'دورة' }, ['fa', 'en'], 'de')?.lang, 'neither: the feed language').to.equal('de');
  });

  it('then any language present, with that language and direction', () => {
    expect(pickText({ fa: 'دوره آلمانی', uk: 'Курс' }, 'tr', 'de')).to.deep.equal({ text: 'دوره آلمانی', lang: 'fa', dir: 'rtl' });
    expect(pickText({ uk: 'Курс', fa: 'دوره' }, 'tr', 'de')).to.deep.equal({ text: 'Курс', lang: 'uk', dir: 'ltr' });
  });

  it('skips empty and blank translations', () => {
    expect(pickText({ en: '  ', de: 'Kurs' }, 'en', 'de')).to.deep.equal({ text: 'Kurs', lang: 'de', dir: 'ltr' });
    expect(pickText({ de: '', ar: 'دورة' }, 'de', 'de')?.lang).to.equal('ar');
    expect(pickText({ de: '', en: ' \n' }, 'de', 'de')).to.equal(undefined);
    expect(pickText({}, 'de', 'de')).to.equal(undefined);
    expect(pickText(undefined, 'de', 'de')).to.equal(undefined);
  });
});

describe('nearestLang', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => root.remove());

  it('uses the element’s own lang, trimmed, else the nearest ancestor’s', () => {
    root.innerHTML = '<div lang="uk"><p><span id="inner"></span><span id="own" lang=" tr "></span></p></div>';
    expect(nearestLang(root.querySelector('#inner')!)).to.equal('uk');
    expect(nearestLang(root.querySelector('#own')!)).to.equal('tr');
  });

  it('crosses shadow roots, also nested ones', () => {
    root.lang = 'ar';
    const outer = document.createElement('div');
    root.append(outer);
    const outerShadow = outer.attachShadow({ mode: 'open' });
    outerShadow.innerHTML = '<section><div id="host"></div></section>';
    const innerShadow = outerShadow.querySelector('#host')!.attachShadow({ mode: 'open' });
    innerShadow.innerHTML = '<p><b>Text</b></p><p lang="fa"><i>متن</i></p>';
    expect(nearestLang(innerShadow.querySelector('b')!)).to.equal('ar');
    expect(nearestLang(innerShadow.querySelector('i')!)).to.equal('fa');
    expect(nearestLang(outerShadow.querySelector('section')!)).to.equal('ar');
  });

  it('is undefined when no ancestor has a lang', () => {
    const detached = document.createElement('div');
    detached.innerHTML = '<p><span></span></p>';
    expect(nearestLang(detached.querySelector('span')!)).to.equal(undefined);
  });
});

/** A minimal element with a LocaleController. */
class LocaleTestHost extends LitElement {
  readonly locale = new LocaleController(this);
  renders = 0;
  override render() {
    this.renders++;
    return html`${this.locale.requested} ${this.locale.ui} ${this.locale.dir} ${this.locale.ready}`;
  }
}
customElements.define('locale-test-host', LocaleTestHost);

describe('LocaleController', () => {
  let originalLang: string | null;
  beforeEach(() => {
    originalLang = document.documentElement.getAttribute('lang');
  });
  afterEach(() => {
    cleanupFixtures();
    if (originalLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', originalLang);
  });

  const shown = (el: LocaleTestHost) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

  async function settle(el: LocaleTestHost, expected: string) {
    await eventually(() => shown(el) === expected, `"${expected}", showing "${shown(el)}"`);
  }

  it('follows <html lang> without a reload', async () => {
    document.documentElement.lang = 'de';
    const el = await fixture<LocaleTestHost>('<locale-test-host></locale-test-host>');
    await settle(el, 'de de ltr true');

    document.documentElement.lang = 'ar';
    await settle(el, 'ar ar rtl true');
    expect(el.locale.requested).to.equal('ar');
    expect(el.locale.ui).to.equal('ar');
    expect(el.locale.dir).to.equal('rtl');

    document.documentElement.lang = 'de-AT';
    await settle(el, 'de-AT de ltr true');
    expect(el.locale.ready).to.equal(true);

    document.documentElement.removeAttribute('lang');
    await settle(el, 'de de ltr true');
  });

  it('prefers its own lang and an ancestor’s over <html lang>, and follows changes there', async () => {
    document.documentElement.lang = 'de';
    const wrapper = document.createElement('div');
    wrapper.lang = 'ps';
    document.body.append(wrapper);
    try {
      const el = await fixture<LocaleTestHost>('<locale-test-host></locale-test-host>', wrapper);
      // No Pashto UI: English strings, so left to right (Pashto feed texts carry their own dir).
      await settle(el, 'ps en ltr true');
      wrapper.lang = 'tr';
      await settle(el, 'tr tr ltr true');
      el.setAttribute('lang', 'en-GB');
      await settle(el, 'en-GB en ltr true');
      // A witness without a lang of its own follows <html lang>: once it has, the element had its chance too.
      const witness = await fixture<LocaleTestHost>('<locale-test-host></locale-test-host>');
      document.documentElement.lang = 'ar';
      await settle(witness, 'ar ar rtl true');
      expect(shown(el)).to.equal('en-GB en ltr true');
    } finally {
      wrapper.remove();
    }
  });

  it('does not re-render when an unrelated lang changes to the same result', async () => {
    document.documentElement.lang = 'en';
    const el = await fixture<LocaleTestHost>('<locale-test-host></locale-test-host>');
    await settle(el, 'en en ltr true');
    const renders = el.renders;
    const other = document.createElement('p');
    document.body.append(other);
    const witness = await fixture<LocaleTestHost>('<locale-test-host></locale-test-host>', other);
    await settle(witness, 'en en ltr true');
    other.lang = 'ar';
    await settle(witness, 'ar ar rtl true');
    other.remove();
    expect(el.renders).to.equal(renders);
  });

  it('stops following after disconnect and catches up on reconnect', async () => {
    document.documentElement.lang = 'en';
    const el = await fixture<LocaleTestHost>('<locale-test-host></locale-test-host>');
    await settle(el, 'en en ltr true');
    el.remove();
    const witness = await fixture<LocaleTestHost>('<locale-test-host></locale-test-host>');
    document.documentElement.lang = 'ar';
    await settle(witness, 'ar ar rtl true');
    expect(el.locale.requested).to.equal('en');
    document.body.append(el);
    await settle(el, 'ar ar rtl true');
  });
});

describe('languageName', () => {
  it('asks Intl once per locale and code: the search names every language of every offer in twelve locales', async () => {
    const { languageName } = await import('../../src/core/locale/language-names.js');
    const of = Intl.DisplayNames.prototype.of;
    let calls = 0;
    Intl.DisplayNames.prototype.of = function (this: Intl.DisplayNames, code: string) {
      calls++;
      return of.call(this, code);
    };
    try {
      const names = Array.from({ length: 300 }, () => languageName('ka', 'de'));
      expect(new Set(names)).to.deep.equal(new Set(['Georgisch']));
      expect(calls).to.be.at.most(1);
    } finally {
      Intl.DisplayNames.prototype.of = of;
    }
  });
});
