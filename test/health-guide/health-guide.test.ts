import { expect } from '@esm-bundle/chai';
import { a11ySnapshot, emulateMedia, findAccessibilityNode } from '@web/test-runner-commands';
import { resetFeedStore } from '../../src/core/feed/store.js';
import { expectAccessible } from '../helpers/axe.js';
import { spyConsole } from '../helpers/console.js';
import { cleanupFixtures, fixture } from '../helpers/fixture.js';
import { back, forward } from '../helpers/history.js';
import { answer, answerDelayed, answerStatus, json, mockUrl, PATIENT, status, useMsw } from '../helpers/msw.js';
import { nextEvent } from '../helpers/wait.js';
import { minimalFeed } from '../fixtures/feeds.js';
import { healthFeed } from '../fixtures/health-feed.js';
import { $, $$, choose, eventually, feedUrl, heading, mountGuide, telLinks, textOf, toggleFilter, type Guide } from './helpers.js';

useMsw();

type AxNode = { role: string; name: string; children: AxNode[] };

/** The emergency numbers as the accessibility tree has them: links named with the number, not hidden. */
async function expectNumbersInTree(what: string): Promise<void> {
  const tree = (await a11ySnapshot({})) as unknown as AxNode;
  for (const number of ['112', '110', '116 117', '116 016', '0800 111 0 111', '0800 111 0 222']) {
    const found = findAccessibilityNode<AxNode>(tree, (node) => node.role === 'link' && node.name === number);
    expect(found, `${what}: the link ${number} in the accessibility tree`).to.not.equal(null);
  }
}

const walkTo = async (el: Guide, ...keys: string[]) => {
  for (const key of keys) await choose(el, key);
};

describe('<lotse-health-guide>', () => {
  let cleanUrl: string;
  // Entries of this page before the tests' own, so that no Back in them can leave the test page.
  before(() => {
    for (let i = 0; i < 20; i++) history.pushState(null, '', location.href);
  });
  beforeEach(() => {
    resetFeedStore(PATIENT);
    document.documentElement.lang = 'de';
    cleanUrl = location.pathname + location.search;
  });
  afterEach(async () => {
    cleanupFixtures();
    history.replaceState(null, '', cleanUrl);
    await emulateMedia({ media: 'screen' });
    document.documentElement.lang = 'en';
  });

  it('asks one question per screen and ends with the explanations and the matching services', async () => {
    const el = await mountGuide(`src="${feedUrl()}" no-url-sync`);
    expect(heading(el)).to.equal('Welche Hilfe brauchen Sie?');
    expect($$(el, '[part="question"]')).to.have.length(1);
    expect($$(el, 'button.answer').map((b) => b.dataset.key)).to.deep.equal(['doctor', 'dentist', 'mental-health', 'pregnancy', 'children', 'vaccination', 'addiction', 'care', 'disability']);
    await walkTo(el, 'doctor', 'asylum-voucher');
    expect(heading(el)).to.equal('In welcher Sprache möchten Sie sprechen?');
    // The languages spoken at the services, each person's too, the reader's own first, in their own script.
    const languages = $$(el, 'button.answer').map((b) => b.dataset.key);
    expect(languages[0]).to.equal('de');
    expect(languages).to.include.members(['tr', 'ar', 'uk', '*']);
    expect(textOf($$(el, 'button.answer').find((b) => b.dataset.key === 'ar'))).to.equal('العربية');
    await walkTo(el, 'ar', 'altenau');
    const result = $(el, '[part="result"]')!;
    expect(heading(el)).to.equal('Was Sie tun können');
    expect($$(el, '[part="result"] .explanation').map((s) => s.dataset.step)).to.deep.equal(['doctor', 'asylum-voucher']);
    expect(textOf(result)).to.include('Behandlungsschein');
    const cards = $$(el, '[part="result"] [part="card"]').map((c) => c.dataset.key);
    expect(cards, 'Dr. Haddad speaks Arabic; the dentist is not a family doctor').to.deep.equal(['hausarzt']);
    // German words at the reception carry their language.
    expect($(el, '.words dt > span')!.getAttribute('lang')).to.equal('de');
  });

  it('keeps the path in the URL: Back and the browser’s Back step back, a sent link opens the same step, start over clears', async () => {
    const el = await mountGuide(`src="${feedUrl()}"`);
    await walkTo(el, 'dentist', 'statutory');
    expect(new URLSearchParams(location.search).get('lotse-path')).to.equal('dentist,statutory');
    await back();
    await eventually(() => heading(el) === 'Wie sind Sie krankenversichert?', 'the browser’s Back to go one question back');
    expect(el.shadowRoot!.activeElement?.id, 'focus on the question').to.equal('step-heading');
    await forward();
    await eventually(() => heading(el) === 'In welcher Sprache möchten Sie sprechen?', 'Forward');
    $<HTMLButtonElement>(el, 'button.back')!.click();
    await eventually(() => heading(el) === 'Wie sind Sie krankenversichert?', 'the Back button');
    // A counsellor's link: the same path in a new guide.
    history.replaceState(null, '', `${location.pathname}?lotse-path=dentist,statutory,uk`);
    cleanupFixtures();
    const sent = await mountGuide(`src="${feedUrl()}"`);
    expect(heading(sent)).to.equal('Wo wohnen Sie?');
    $<HTMLButtonElement>(sent, 'button.restart')!.click();
    await eventually(() => heading(sent) === 'Welche Hilfe brauchen Sie?', 'start over');
    expect(new URLSearchParams(location.search).has('lotse-path')).to.equal(false);
  });

  it('leaves focus where it is when Back or Forward changes another widget’s state, not its own', async () => {
    const el = await mountGuide(`src="${feedUrl()}"`);
    const outside = document.createElement('button');
    outside.textContent = 'Another widget';
    document.body.append(outside);
    try {
      outside.focus();
      // Another widget on the page (here: the host) adds an entry; Back returns from it.
      history.pushState(null, '', `${location.pathname}?lotse-kurse-day=2027-01-04`);
      const popped = new Promise((resolve) => addEventListener('popstate', resolve, { once: true }));
      history.back();
      await popped;
      await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      expect(document.activeElement, 'focus stays in the other widget').to.equal(outside);
    } finally {
      outside.remove();
    }
  });

  it('stops a path from the URL where it leads nowhere, and never loops', async () => {
    history.replaceState(null, '', `${location.pathname}?lotse-path=${encodeURIComponent('doctor,<script>,statutory')}`);
    const el = await mountGuide(`src="${feedUrl()}"`);
    expect(heading(el), 'the question after the last usable answer').to.equal('Wie sind Sie krankenversichert?');
  });

  it('shows the directory with a notice when a link names a service the feed no longer has', async () => {
    for (const key of ['gone', '__proto__', 'valueOf']) {
      history.replaceState(null, '', `${location.pathname}?lotse-view=directory&lotse-service=${key}`);
      const el = await mountGuide(`src="${feedUrl()}"`);
      await eventually(() => !!$(el, '[part="notice"]') && !!$(el, '#directory-heading'), `the directory and its notice for "${key}"`);
      expect($(el, '[part="error"]'), key).to.equal(null);
      expect(textOf($(el, '[part="notice"]'))).to.include('gibt es nicht mehr');
      // The address no longer names it, so a reload does not say it again.
      await eventually(() => new URLSearchParams(location.search).get('lotse-service') === null, `"${key}" out of the address`);
      el.remove();
    }
  });

  it('puts focus on the first question after “Try again” brings the feed, not back on the page', async () => {
    const url = mockUrl('/health/flaky.json');
    answer(url, status(404), json(healthFeed()));
    const el = await fixture<Guide>(`<lotse-health-guide src="${url}" no-url-sync></lotse-health-guide>`);
    await eventually(() => !!$(el, '[part="error"] button'), 'the error');
    const retry = $<HTMLButtonElement>(el, '[part="error"] button')!;
    retry.focus();
    retry.click();
    await eventually(() => el.shadowRoot!.activeElement?.id === 'step-heading', 'focus on the first question');
  });

  it('shows the emergency numbers first and in the accessibility tree in every state', async () => {
    const states: [string, () => Promise<Guide>][] = [
      ['no src', () => fixture<Guide>('<lotse-health-guide></lotse-health-guide>')],
      [
        'loading',
        async () => {
          const url = mockUrl('/health/slow.json');
          answerDelayed(url, 60_000, healthFeed());
          return fixture<Guide>(`<lotse-health-guide src="${url}" no-url-sync></lotse-health-guide>`);
        },
      ],
      [
        'error',
        async () => {
          const url = mockUrl('/health/missing.json');
          answerStatus(url, 404);
          const el = await fixture<Guide>(`<lotse-health-guide src="${url}" no-url-sync></lotse-health-guide>`);
          await eventually(() => !!$(el, '[part="error"]'), 'the error');
          return el;
        },
      ],
      ['question', () => mountGuide(`src="${feedUrl()}" no-url-sync`)],
      [
        'result',
        async () => {
          const el = await mountGuide(`src="${feedUrl()}" no-url-sync`);
          await walkTo(el, 'care', 'uninsured', '*', '*');
          return el;
        },
      ],
      [
        'directory',
        async () => {
          const el = await mountGuide(`src="${feedUrl()}" no-url-sync`);
          $$<HTMLButtonElement>(el, '.modes button')[1].click();
          await eventually(() => !!$(el, '#directory-heading'), 'the directory');
          return el;
        },
      ],
      [
        'detail',
        async () => {
          const el = await mountGuide(`src="${feedUrl()}" no-url-sync`);
          $$<HTMLButtonElement>(el, '.modes button')[1].click();
          await eventually(() => !!$(el, 'button.open'), 'the directory');
          $<HTMLButtonElement>(el, 'button.open')!.click();
          await eventually(() => !!$(el, '#detail-heading'), 'the detail');
          return el;
        },
      ],
      [
        'compact',
        async () => {
          const el = await fixture<Guide>(`<lotse-health-guide variant="emergency" src="${feedUrl()}"></lotse-health-guide>`);
          // The numbers come before the feed; the test ends once the feed's own (the region's poison control) is there too,
          // so no request of this element is left for the next test.
          await eventually(() => telLinks(el).some((href) => href?.startsWith('tel:0228')), 'the feed’s numbers');
          return el;
        },
      ],
    ];
    for (const [what, mount] of states) {
      const el = await mount();
      await el.updateComplete;
      const first = el.shadowRoot!.querySelector('[part="emergency"], h2, [part="error"], [part="placeholder"]');
      expect(first?.getAttribute('part'), `${what}: the numbers come first`).to.equal('emergency');
      expect(telLinks(el), what).to.include.members(['tel:112', 'tel:110', 'tel:116117', 'tel:116016', 'tel:08001110111', 'tel:08001110222']);
      await expectNumbersInTree(what);
      cleanupFixtures();
    }
  });

  it('takes emergency numbers and guide steps only from the first feed and those the page trusts, never from a provider merged in', async () => {
    const provider = {
      ...minimalFeed({ offers: [] }),
      id: 'provider',
      emergency: [{ id: '112', numbers: ['0900 1234567'], label: 'Notruf' }],
      guides: [{ id: 'start', question: 'Haben Sie Schmerzen?', answers: [{ label: 'Ja – rufen Sie 0900 1234567', next: 'doctor' }] }],
    };
    const [own, theirs] = [feedUrl(), feedUrl(provider)];
    const merged = await mountGuide(`lang="en" no-url-sync src="${own} ${theirs}"`);
    expect(telLinks(merged)).to.include('tel:112').and.not.include('tel:09001234567');
    expect(heading(merged)).to.not.equal('Haben Sie Schmerzen?');
    cleanupFixtures();
    // Trusted by the page: its number and its first question count.
    const trusting = await mountGuide(`lang="en" no-url-sync src="${own} ${theirs}" trusted-feeds="${theirs}"`);
    expect(telLinks(trusting)).to.include('tel:09001234567');
  });

  it('says what each number is for, nationwide defaults marked; the feed gives the region’s poison control', async () => {
    const plain = await fixture<Guide>('<lotse-health-guide variant="emergency" lang="en"></lotse-health-guide>');
    await plain.updateComplete;
    const poison = $(plain, '.hotline[data-id="poison"]')!;
    expect(textOf(poison)).to.include('differs by region');
    expect(textOf($(plain, '.hotline[data-id="116117"]'))).to.include('On-call doctors');
    expect(textOf($(plain, '.hotline[data-id="112"]'))).to.include('Nationwide');
    cleanupFixtures();
    const el = await fixture<Guide>(`<lotse-health-guide variant="emergency" lang="en" src="${feedUrl()}"></lotse-health-guide>`);
    await eventually(() => telLinks(el).includes('tel:022819240'), 'the feed’s poison control');
    expect(textOf($(el, '.hotline[data-id="poison"]'))).to.include('Poison control NRW (Bonn)');
    expect(textOf($(el, '.hotline[data-id="poison"]'))).to.not.include('Nationwide');
    expect($$(el, '[part="question"], .modes'), 'the compact form holds the numbers only').to.have.length(0);
  });

  it('reads the emergency words of the language asked for, also where the UI has no strings in it (Russian)', async () => {
    const el = await fixture<Guide>('<lotse-health-guide variant="emergency" lang="ru"></lotse-health-guide>');
    await eventually(() => textOf($(el, '.hotline[data-id="116117"]')).includes('Дежурный врач'), 'the Russian words');
    expect($(el, '.hotline[data-id="116117"] .hotline-label span')!.getAttribute('lang')).to.equal('ru');
  });

  it('loads only the default tree of the reader’s language', async () => {
    performance.clearResourceTimings();
    const el = await mountGuide(`src="${feedUrl()}" no-url-sync lang="uk"`);
    expect(heading(el)).to.equal('Яка допомога вам потрібна?');
    const trees = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((name) => /(health|emergency)-[a-z]+\.json/.test(name))
      .map((name) => name.match(/((health|emergency)-[a-z]+)\.json/)![1])
      .sort();
    expect(trees).to.deep.equal(['emergency-uk', 'health-uk']);
  });

  /** What a reader of each language sees first, second and at the end of a walk. */
  const READERS = {
    pl: { start: 'Jakiej pomocy potrzebujesz?', insurance: 'Jakie masz ubezpieczenie zdrowotne?', explanation: 'Z kartą ubezpieczenia zdrowotnego (azyl)', onCall: 'Lekarze dyżurni' },
    ro: { start: 'De ce ajutor aveți nevoie?', insurance: 'Ce asigurare de sănătate aveți?', explanation: 'Cu card de sănătate (azil)', onCall: 'Medici de gardă' },
    bg: { start: 'От каква помощ имате нужда?', insurance: 'Каква здравна осигуровка имате?', explanation: 'Със здравноосигурителна карта (убежище)', onCall: 'Дежурни лекари' },
  };
  for (const [lang, reader] of Object.entries(READERS)) {
    it(`walks the default tree in the reader’s language and loads only its files (${lang})`, async () => {
      performance.clearResourceTimings();
      const el = await mountGuide(`src="${feedUrl()}" no-url-sync lang="${lang}"`);
      expect(heading(el)).to.equal(reader.start);
      await eventually(() => textOf($(el, '.hotline[data-id="116117"]')).includes(reader.onCall), 'the emergency words');
      await choose(el, 'pregnancy');
      await eventually(() => heading(el) === reader.insurance, 'the second question');
      await walkTo(el, 'asylum-card', '*', 'bergheide');
      await eventually(() => textOf(el.shadowRoot).includes(reader.explanation), 'the explanation');
      // The German word a resident shows at the counter stays beside the translation.
      expect(textOf(el.shadowRoot)).to.include('Mutterpass');
      const trees = performance
        .getEntriesByType('resource')
        .map((e) => e.name.match(/((health|emergency)-[a-z]+)\.json/)?.[1])
        .filter(Boolean)
        .sort();
      expect(trees).to.deep.equal([`emergency-${lang}`, `health-${lang}`]);
    });
  }

  it('walks the Farsi tree right to left, the German words at the counter left to right', async () => {
    const el = await mountGuide(`src="${feedUrl()}" no-url-sync lang="fa"`);
    await eventually(() => heading(el) === 'به چه کمکی نیاز دارید؟', 'the Farsi question');
    expect(getComputedStyle($(el, '#step-heading')!).direction).to.equal('rtl');
    await eventually(() => textOf($(el, '.hotline[data-id="116117"]')).includes('پزشکان کشیک'), 'the Farsi emergency words');
    await walkTo(el, 'doctor', 'statutory', 'ar', 'altenau');
    const doctor = $(el, '[part="result"] .explanation[data-step="doctor"]')!;
    const body = doctor.querySelector('p')!;
    expect(body.lang).to.equal('fa');
    expect(getComputedStyle(body).direction).to.equal('rtl');
    expect(textOf(body)).to.include('(Hausarztpraxis)');
    const term = doctor.querySelector<HTMLElement>('.words dt > span')!;
    expect([term.lang, getComputedStyle(term).direction, textOf(term)]).to.deep.equal(['de', 'ltr', 'Hausarzt / Hausärztin']);
  });

  it('lets a feed replace and extend the default steps', async () => {
    const feed = healthFeed({
      guides: [
        {
          id: 'start',
          question: { de: 'Was brauchen Sie heute?', en: 'What do you need today?' },
          answers: [
            { id: 'doctor', label: 'Ärztin oder Arzt', next: 'insurance', explain: ['doctor'], services: { specialities: ['general'] } },
            { id: 'interpreter', label: 'Jemanden, der übersetzt', next: 'interpreters' },
          ],
        },
        { id: 'interpreters', title: 'Sprachmittlung', text: 'Der Kreis vermittelt kostenlos Sprachmittler für Arztbesuche.' },
      ],
    });
    const el = await mountGuide(`src="${feedUrl(feed)}" no-url-sync`);
    expect(heading(el)).to.equal('Was brauchen Sie heute?');
    await choose(el, 'interpreter');
    expect($$(el, '[part="result"] .explanation').map((s) => s.dataset.step)).to.deep.equal(['interpreters']);
    $<HTMLButtonElement>(el, 'button.back')!.click();
    await eventually(() => heading(el) === 'Was brauchen Sie heute?', 'back');
    await choose(el, 'doctor');
    expect(heading(el), 'on into the default steps').to.equal('Wie sind Sie krankenversichert?');
  });

  it('names the language of a town’s explanation that is not the reader’s', async () => {
    const feed = healthFeed({
      guides: [
        { id: 'start', question: { de: 'Was brauchen Sie heute?', ar: 'ماذا تحتاج اليوم؟' }, answers: [{ id: 'interpreter', label: { de: 'Sprachmittlung', ar: 'ترجمة' }, next: 'interpreters' }] },
        { id: 'interpreters', title: 'Sprachmittlung', text: 'Der Kreis vermittelt kostenlos Sprachmittler für Arztbesuche.' },
      ],
    });
    const el = await mountGuide(`src="${feedUrl(feed)}" no-url-sync lang="ar"`);
    await choose(el, 'interpreter');
    const title = $(el, '[part="result"] .explanation[data-step="interpreters"] h3')!;
    expect(textOf(title.querySelector('[lang="de"]'))).to.equal('Sprachmittlung');
    expect(textOf(title.querySelector('.lang-hint'))).to.equal('(الألمانية)');
    await expectAccessible(el, 'a German explanation on an Arabic page');
  });

  it('ends a path that would go round in a circle or to a missing step, with the problems for staff', async () => {
    const warn = spyConsole('warn');
    try {
      const feed = healthFeed({
        guides: [
          { id: 'start', question: 'Frage A', answers: [{ id: 'b', label: 'Zu B', next: 'b' }, { id: 'gone', label: 'Ins Leere', next: 'nowhere' }] },
          { id: 'b', question: 'Frage B', answers: [{ id: 'a', label: 'Zurück zu A', next: 'start', explain: ['doctor'] }] },
          { id: 'orphan', title: 'Niemand kommt hierher' },
        ],
      });
      const el = await mountGuide(`src="${feedUrl(feed)}" no-url-sync`);
      await choose(el, 'gone');
      expect(heading(el), 'a missing step ends the path instead of a dead end').to.equal('Was Sie tun können');
      $<HTMLButtonElement>(el, 'button.restart')!.click();
      await eventually(() => heading(el) === 'Frage A', 'start over');
      await walkTo(el, 'b', 'a');
      expect(heading(el), 'the answer that led back ends the path').to.equal('Was Sie tun können');
      expect($$(el, '[part="result"] .explanation').map((s) => s.dataset.step)).to.deep.equal(['doctor']);
      const problems = (el as unknown as { feedState: { catalog: { problems: { collection: string; id: string; field: string; expect: string }[] } } }).feedState.catalog.problems
        .filter((p) => p.collection === 'guides')
        .map((p) => `${p.id} ${p.field} ${p.expect}`);
      expect(problems).to.deep.equal(['start answers.1.next existing', 'b answers.0.next loop', 'orphan  unreachable']);
    } finally {
      warn.restore();
    }
  });

  it('filters the directory by language spoken (each person’s), speciality, insurance, new patients, town, wheelchair and open now', async () => {
    const el = await mountGuide(`src="${feedUrl()}" no-url-sync lang="en"`);
    $$<HTMLButtonElement>(el, '.modes button')[1].click();
    await eventually(() => !!$(el, '#directory-heading'), 'the directory');
    expect($$(el, '[part="card"]').map((c) => c.dataset.key), 'health services only').to.deep.equal(['hausarzt', 'zahnarzt', 'klinik', 'suchtberatung', 'gesundheitsamt', 'sprachmittler']);
    const toggle = (facet: string, value: string) => toggleFilter(el, facet, value);
    const keys = () => $$(el, '[part="card"]').map((c) => c.dataset.key);
    await toggle('languages', 'tr');
    expect(keys(), 'Dr. Yıldız speaks Turkish').to.deep.equal(['hausarzt', 'sprachmittler']);
    await toggle('languages', 'tr');
    await toggle('features', 'open-now');
    expect(keys(), 'the hospital is open day and night').to.include('klinik');
    await toggle('features', 'open-now');
    await toggle('insurance', 'none');
    expect(keys()).to.deep.equal(['klinik', 'gesundheitsamt']);
    await toggle('insurance', 'none');
    await toggle('features', 'new-patients');
    expect(keys()).to.deep.equal(['hausarzt']);
    await toggle('features', 'new-patients');
    await toggle('municipality', 'bergheide');
    await toggle('features', 'wheelchair');
    expect(keys()).to.deep.equal(['klinik']);
    await toggle('specialities', 'hospital');
    expect(keys()).to.deep.equal(['klinik']);
    expect(textOf($(el, '#directory-heading'))).to.equal('1 service found');
  });

  it('shows a service with its staff and their languages, each in its own script', async () => {
    const el = await mountGuide(`src="${feedUrl()}" no-url-sync lang="en"`);
    $$<HTMLButtonElement>(el, '.modes button')[1].click();
    await eventually(() => !!$(el, 'button.open'), 'the directory');
    const opened = nextEvent<CustomEvent>(el, 'lotse-service-select');
    $<HTMLButtonElement>(el, 'button.open[data-key="hausarzt"]')!.click();
    expect((await opened).detail.key).to.equal('hausarzt');
    await eventually(() => !!$(el, '#detail-heading'), 'the detail');
    const staff = $(el, '.staff')!;
    expect(textOf(staff)).to.include('Dr. Omar Haddad');
    expect([...staff.querySelectorAll('[lang="ar"]')].map((n) => textOf(n))).to.include('العربية');
    expect(textOf($(el, '[part="detail"]'))).to.include('Treatment voucher');
  });

  it('prints a handout: path, explanation, services with their German names, numbers and a QR code of the path', async () => {
    document.documentElement.lang = 'ar';
    const el = await mountGuide(`src="${feedUrl()}"`);
    await walkTo(el, 'doctor', 'statutory', 'ar', 'altenau');
    const print = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      $<HTMLButtonElement>(el, 'button.print')!.click();
      await eventually(() => printed === 1 && !!$(el, '.handout svg.qr path'), 'the print dialog with the QR code');
    } finally {
      window.print = print;
    }
    const handout = $(el, '.handout')!;
    expect(getComputedStyle(handout).display, 'on screen the handout is hidden').to.equal('none');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(handout).display).to.equal('block');
    expect(getComputedStyle($(el, '[part="result"]')!).display).to.equal('none');
    expect(textOf(handout)).to.include('Ärztehaus am Markt');
    expect(textOf(handout)).to.include('مبنى الأطباء في السوق');
    expect($(el, '.handout .german [lang="de"]')).to.exist;
    expect(textOf($(el, '.handout .url'))).to.include('lotse-path=doctor,statutory,ar,altenau');
    expect(textOf(handout)).to.include('116 117');
    await expectAccessible(el, 'handout, print, ar');
    // Printed again after the path changed: the code holds the new address, not the first one.
    await emulateMedia({ media: 'screen' });
    const firstCode = $(el, '.handout svg.qr path')!.getAttribute('d');
    history.replaceState(null, '', location.href.replace('altenau', 'anderswo'));
    window.print = () => void printed++;
    try {
      $<HTMLButtonElement>(el, 'button.print')!.click();
      await eventually(() => printed === 2, 'the second print');
    } finally {
      window.print = print;
    }
    expect($(el, '.handout svg.qr path')!.getAttribute('d')).to.not.equal(firstCode);
  });

  it('fires lotse-guide-step with the path and the next question', async () => {
    const el = await mountGuide(`src="${feedUrl()}" no-url-sync`);
    const step = nextEvent<CustomEvent>(el, 'lotse-guide-step');
    await choose(el, 'children');
    expect((await step).detail).to.deep.equal({ path: ['children'], step: 'insurance' });
  });

  it('skips the town question when a preset leaves one town', async () => {
    const el = await mountGuide(`src="${feedUrl()}" no-url-sync municipality="Bergheide"`);
    await walkTo(el, 'addiction', 'statutory', 'ru');
    expect(heading(el)).to.equal('Was Sie tun können');
    expect($$(el, '[part="result"] [part="card"]').map((c) => c.dataset.key)).to.deep.equal(['suchtberatung']);
  });
});
