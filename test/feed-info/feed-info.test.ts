/**
 * <lotse-feed-info>: every state rendered, accessible, translated, and safe
 * with hostile feed text.
 */
import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/feed-info/define.js';
import { LotseFeedInfo } from '../../src/components/feed-info/feed-info.js';
import { defineElement } from '../../src/core/lotse-element.js';
import { resetFeedStore } from '../../src/core/feed/store.js';
import { bigFeed, feedA, feedB, minimalFeed, validOffer } from '../fixtures/feeds.js';
import { cleanupFixtures, fixture } from '../helpers/fixture.js';
import { eventually } from '../helpers/wait.js';
import { expectAccessible } from '../helpers/axe.js';
import { expectNoExecution, hostileFeed, HOSTILE_STRINGS, resetExecutionFlag } from '../helpers/hostile-strings.js';
import { answer, answerDelayed, answerJson, answerRaw, json, mockUrl, requestsTo, status, useMsw, PATIENT } from '../helpers/msw.js';

useMsw();

let counter = 0;
const freshUrl = (name: string) => mockUrl(`/feed-info/${++counter}-${name}.json`);
const originalLang = document.documentElement.lang;

const shadow = (element: LotseFeedInfo) => element.shadowRoot!;
const text = (element: LotseFeedInfo) => shadow(element).textContent!.replace(/\s+/g, ' ');
const settled = (element: LotseFeedInfo) =>
  eventually(() => !shadow(element).querySelector('[aria-busy="true"]') && text(element).length > 30, 'feed-info to settle');

async function mount(src: string, attributes = ''): Promise<LotseFeedInfo> {
  const element = await fixture<LotseFeedInfo>(`<lotse-feed-info src="${src}" ${attributes}></lotse-feed-info>`);
  await settled(element);
  await element.updateComplete;
  return element;
}

describe('<lotse-feed-info>', () => {
  // No clearCachedFeeds() here: test files run side by side on one origin and
  // share IndexedDB; every test uses its own feed URL instead.
  beforeEach(() => {
    resetFeedStore(PATIENT);
    document.documentElement.lang = 'en';
  });
  afterEach(() => {
    cleanupFixtures();
    document.documentElement.lang = originalLang;
  });

  it('has an empty polite status region from the first render', async () => {
    const url = freshUrl('slow');
    answerDelayed(url, 300, feedA());
    const element = await fixture<LotseFeedInfo>(`<lotse-feed-info src="${url}"></lotse-feed-info>`);
    const status = shadow(element).querySelector('[role="status"]');
    expect(status, 'status region').to.exist;
    expect(status!.textContent!.trim()).to.equal('');
    expect(shadow(element).querySelector('[aria-busy="true"]'), 'placeholder').to.exist;
    await expectAccessible(element, 'loading');
    await settled(element);
    await element.updateComplete;
    expect(status!.textContent).to.match(/^Feed checked: 5 offers\. No problems found\.$/);
  });

  it('reports publisher, counts per kind, language coverage and no problems', async () => {
    const url = freshUrl('a');
    answerJson(url, feedA());
    const element = await mount(url);
    const shown = text(element);
    expect(shown).to.include('Altenau');
    expect(shown).to.match(/Offers in total\s*5/);
    expect(shown).to.include('No problems found.');
    const links = [...shadow(element).querySelectorAll('[part="summary"] a')].map((a) => a.getAttribute('href'));
    expect(links, 'the publisher and its contact').to.include.members(['tel:+4953281230', 'mailto:integration@altenau.example']);
    const languageRows = shadow(element).querySelectorAll('[part="languages"] tbody tr');
    expect(languageRows.length).to.be.greaterThan(0);
    const autonym = shadow(element).querySelector('[part="languages"] tbody th span[lang]');
    expect(autonym?.getAttribute('lang')).to.be.a('string');
    await expectAccessible(element, 'report');
  });

  it('says per language how many offers have texts in it that the feed marks as machine-made', async () => {
    const url = freshUrl('machine');
    const feed = feedA() as { offers: { id: string; machineTranslated?: string[] }[] };
    // Arabic is machine-made and has a title; Ukrainian is marked too, but the offer has no Ukrainian text.
    feed.offers.find((o) => o.id === 'deutschkurs-a1')!.machineTranslated = ['ar', 'uk'];
    answerJson(url, feed);
    const element = await mount(url);
    const headers = [...shadow(element).querySelectorAll('[part="languages"] thead th')].map((th) => th.textContent!.trim());
    expect(headers).to.deep.equal(['Language', 'Titles', 'Summaries', 'Descriptions', 'Machine translation']);
    const rows = new Map(
      [...shadow(element).querySelectorAll('[part="languages"] tbody tr')].map((tr) => [
        tr.querySelector('th span[lang]')?.getAttribute('lang'),
        [...tr.querySelectorAll('td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim()),
      ]),
    );
    expect(rows.get('ar')?.[3]).to.equal('1 (20%)');
    expect(rows.get('de')?.[3]).to.equal('0 (0%)');
    expect(rows.has('uk'), 'no row for a language without texts').to.equal(false);
    await expectAccessible(element, 'coverage with machine translation');
  });

  it('shows 97 of 100 offers and lists the 3 invalid records with field and reason', async () => {

    const url = freshUrl('big');
    const { feed, invalid } = bigFeed(100);
    answerJson(url, feed);
    const element = await mount(url);
    expect(text(element)).to.match(/Offers in total\s*97/);
    const rows = [...shadow(element).querySelectorAll('[part="problems"] .problem-record')];
    expect(rows).to.have.length(invalid.length);
    for (const problem of invalid) {
      const row = rows.find((r) => r.textContent!.includes(problem.id));
      expect(row, `record ${problem.id}`).to.exist;
      expect(row!.textContent).to.include(problem.field);
    }
    // The status comes first, red, with a link to each record; a link moves focus there, not the page's hash.
    const status = shadow(element).querySelector('[part="report-status"]')!;
    expect(status.classList.contains('problems')).to.equal(true);
    expect(text(element).indexOf('problems found')).to.be.below(text(element).indexOf('Offers in total'));
    const links = [...status.querySelectorAll<HTMLAnchorElement>('.summary-links a')];
    expect(links).to.have.length(invalid.length);
    const hash = location.hash;
    links[1].click();
    await element.updateComplete;
    expect(location.hash, 'the host page keeps its hash').to.equal(hash);
    expect(shadow(element).activeElement, 'focus on the record').to.equal(rows[1]);
    await expectAccessible(element, 'problems');
  });

  it('counts every problem beyond the ones it describes, and says which part the report and the console hold', async () => {
    const url = freshUrl('too-many');
    // 3,000 offers with four wrong optional values each: 12,000 problems, past the 10,000 the validator keeps.
    const offers = Array.from({ length: 3000 }, (_, i) => ({ ...(validOffer(i) as object), summary: 5, url: 'not a web address', keywords: 7, cost: 'free' }));
    answerJson(url, minimalFeed({ offers }));
    const element = await mount(url);
    const report = text(element);
    expect(report).to.include('12,000 problems found.');
    expect(report).to.include('Only the first 10,000 problems are described here.');
    // The summary's sentence counts only the records the list below really holds.
    expect(report).to.include('And 190 more records with problems, listed below.');
    expect(shadow(element).querySelectorAll('[part="problems"] .problem-record')).to.have.length(200);
    expect(report).to.include('Only the first 200 records with problems are listed.').and.not.include('the browser console lists all');
  });

  it('counts the records left out beyond the problems it describes, as the CLI does', async () => {
    const url = freshUrl('too-many-left-out');
    // 12,000 offers left out for a check date the validator cannot read, one shown.
    const offers = [validOffer(0), ...Array.from({ length: 12000 }, (_, i) => ({ ...(validOffer(i + 1) as object), verified: '01.11.2026' }))];
    answerJson(url, minimalFeed({ offers }));
    const element = await mount(url);
    const report = text(element);
    expect(report).to.include('12,000 problems found.');
    expect(report).to.include('12,000 records are left out: residents do not see them.');
  });

  it('names both places of a field written twice on one line by their columns', async () => {
    const url = freshUrl('repeated-one-line');
    answerRaw(url, JSON.stringify(feedA()).replace('"offers":[{', '"offers":[{"title":"alt",'), 'application/json');
    const element = await mount(url);
    const row = (shadow(element).querySelector('[part="problems"] dd') as HTMLElement).innerText.replace(/\s+/g, ' ');
    expect(row).to.match(/^The field is written twice This field is written twice on line 1 of the file: at column \d+ and again at column (\d+)\. Only the value at column \1 is used; delete the other one\.$/);
  });

  it('names the offers not verified for a year, oldest first, and reflows at 320 px', async () => {
    const url = freshUrl('old');
    const feed = feedA();
    const today = new Date().toISOString().slice(0, 10);
    const offers = (feed as { offers: { id: string; verified: string }[] }).offers;
    offers.forEach((offer, i) => (offer.verified = i === 1 ? '2019-03-01' : i === 4 ? '2020-07-01' : today));
    answerJson(url, feed);
    await setViewport({ width: 320, height: 640 });
    try {
      const element = await mount(url);
      expect(text(element)).to.match(/Offers not verified for more than a year\s*2/);
      const details = shadow(element).querySelector<HTMLDetailsElement>('details.unverified')!;
      expect(details, 'the list of offers to check').to.exist;
      const items = [...details.querySelectorAll('li code')].map((c) => c.textContent);
      expect(items).to.deep.equal([offers[1].id, offers[4].id]);
      details.open = true;
      await expectAccessible(element, 'unverified offers open');
      expect(document.documentElement.scrollWidth, 'no page scrolling at 320 px').to.be.at.most(320);
      // Numbers are not broken across lines: each count cell is one line high.
      for (const cell of shadow(element).querySelectorAll<HTMLElement>('[part="counts"] td.number, [part="languages"] td.number')) {
        const range = document.createRange();
        range.selectNodeContents(cell);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        expect(lines.size, `"${cell.textContent!.trim()}" on one line`).to.equal(1);
      }
    } finally {
      await setViewport({ width: 1024, height: 768 });
    }
  });

  it('merges two feeds and names the feed of each problem', async () => {
    const a = freshUrl('a');
    const b = freshUrl('b');
    answerJson(a, feedA());
    const broken = feedB() as { offers: Record<string, unknown>[] };
    broken.offers[0].kind = 'spaceship';
    answerJson(b, broken);
    const element = await mount(`${a} ${b}`);
    expect(shadow(element).querySelectorAll('[part="summary"]')).to.have.length(2);
    const record = shadow(element).querySelector('[part="problems"] .problem-record')!.textContent!;
    expect(record).to.include('Feed');
    expect(record).to.include(b);
  });

  it('counts a feed named twice in src once, also by another spelling of its address', async () => {
    const url = freshUrl('twice');
    answerJson(url, feedA());
    const element = await mount(`${url} ${url} ${url.replace('https://', 'HTTPS://')}`);
    expect(shadow(element).querySelectorAll('[part="summary"]')).to.have.length(1);
    expect(shadow(element).querySelector('[role="status"]')!.textContent).to.match(/^Feed checked: 5 offers\./);
  });

  it('shows a translated error with a retry button for a malformed feed, and recovers on retry', async () => {
    document.documentElement.lang = 'de';
    const url = freshUrl('broken');
    // On one line, as programs write feeds: the column runs into thousands.
    answer(url, () => new Response(`{"lotse": "1.0", ${' '.repeat(2000)}"offers": [`, { headers: { 'content-type': 'application/json' } }), json(feedA()));
    const element = await mount(url);
    expect(text(element)).to.include('beschädigt');
    const retry = shadow(element).querySelector<HTMLButtonElement>('[part="error"] button');
    expect(retry?.textContent).to.match(/prüfen/i);
    // The place in the file, for staff to find the mistake, in the UI language rather than the browser's.
    const error = shadow(element).querySelector('[part="error"]')!;
    expect(error.textContent).to.not.include('Unexpected end of JSON input');
    expect(error.querySelector('code mark'), 'the marked place').to.exist;
    // As an editor counts, without a thousands separator ("2.029" would read as two thousand and twenty-nine or as two).
    expect(error.textContent).to.include('Zeile 1, Spalte 2029:');
    await expectAccessible(element, 'error');
    retry!.click();
    await eventually(() => text(element).includes('Altenau'), 'data after retry');
    expect(requestsTo(url)).to.equal(2);
  });

  it('tells staff what is wrong with an unusable feed, where, and what to do', async () => {
    const url = freshUrl('envelope');
    const feed = feedA();
    delete feed.publisher;
    feed.language = 'Deutsch';
    answerJson(url, feed);
    const element = await mount(url);
    const error = shadow(element).querySelector('[part="error"]')!;
    expect(text(element)).to.include('The feed cannot be used');
    expect(error.textContent).to.include('Fix the fields named below');
    const details = [...error.querySelectorAll('code')].map((c) => c.textContent);
    expect(details).to.include('language: format (language; found Deutsch); publisher: missing (object)');
    expect(error.querySelector('button')!.textContent).to.equal('Check again');
    await expectAccessible(element, 'unusable feed');
  });

  it('explains each problem: what the field expects and what it found', async () => {
    const url = freshUrl('explained');
    const feed = feedA() as { offers: Record<string, unknown>[] };
    feed.offers[0].verified = '25.11.2026';
    feed.offers[1].cost = { free: 'ja' };
    feed.offers[2].id = feed.offers[3].id;
    answerJson(url, feed);
    const element = await mount(url);
    // One entry per field problem: the field, then what it expects and what it found.
    const rows = [...shadow(element).querySelectorAll('[part="problems"] dt')].map((dt) => `${dt.textContent} ${dt.nextElementSibling!.textContent}`.replace(/\s+/g, ' '));
    expect(rows.find((r) => r.includes('verified'))).to.match(/Expected: a date written YYYY-MM-DD.*Found: 25\.11\.2026/);
    expect(rows.find((r) => r.includes('cost.free'))).to.match(/Expected: true or false.*Found: ja/);
    expect(rows.find((r) => r.includes('used twice'))).to.match(/Offer 3 already has this id/);
    await expectAccessible(element, 'explained problems');
  });

  it('finds a field written twice in a record, which parsing drops silently, and names both lines', async () => {
    const url = freshUrl('repeated-key');
    const feed = feedA() as { offers: Record<string, unknown>[] };
    // The second offer's title copied with its line and edited: the first title would be lost without a word.
    const lines = JSON.stringify(feed, null, 2).split('\n');
    const at = lines.findIndex((line, i) => i > lines.findIndex((l) => l.includes(`"id": "${feed.offers[1].id}"`)) && line.trimStart().startsWith('"title"'));
    lines.splice(at, 0, '      "title": "Beratung (alt)",');
    answerRaw(url, lines.join('\n'), 'application/json');
    const element = await mount(url);
    expect(shadow(element).querySelector('[role="status"]')!.textContent).to.match(/1 problem found\./);
    const rows = [...shadow(element).querySelectorAll('[part="problems"] dt')].map((dt) => `${dt.textContent} ${(dt.nextElementSibling as HTMLElement).innerText}`.replace(/\s+/g, ' '));
    expect(rows).to.have.length(1);
    expect(rows[0]).to.equal(`title The field is written twice This field is written on line ${at + 1} and again on line ${at + 2} of the file. Only the value on line ${at + 2} is used; delete the other one.`);
    expect(text(element)).to.include('Offer 2');
    await expectAccessible(element, 'repeated key');
  });

  it('shows where an imported record came from beside its problems, as text', async () => {
    const url = freshUrl('origin');
    const feed = feedA() as { offers: Record<string, unknown>[] };
    feed.offers[0].verified = '25.11.2026';
    feed.offers[0].source = { importer: 'csv', origin: 'angebote.csv', imported: '2026-12-01T08:00:00Z', ref: 'line 7' };
    feed.offers[1].cost = { free: 'ja' };
    feed.offers[1].source = { importer: 'integreat', origin: '<img src=x onerror=alert(1)>', ref: 'pages 12' };
    answerJson(url, feed);
    const element = await mount(url);
    const origins = [...shadow(element).querySelectorAll('[part="problems"] .origin')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
    expect(origins).to.deep.equal(['Origin of the imported record: csv, angebote.csv, line 7', 'Origin of the imported record: integreat, <img src=x onerror=alert(1)>, pages 12']);
    expect(shadow(element).querySelector('[part="problems"] img')).to.equal(null);
    await expectAccessible(element, 'problems with their origin');
  });

  it('does not hide a broken feed behind the last good copy', async () => {
    const url = freshUrl('broken-later');
    answer(url, json(feedA()), () => new Response('{"lotse": "1.0",', { headers: { 'content-type': 'application/json' } }));
    const element = await mount(url);
    expect(text(element)).to.include('No problems found.');
    // Staff fix something and check again, but the file is now broken.
    shadow(element).querySelector<HTMLButtonElement>('button.check-again')!.click();
    await eventually(() => !!shadow(element).querySelector('[part="error"]'), 'the error after checking again');
    const error = shadow(element).querySelector('[part="error"]');
    expect(error, 'the error is shown').to.exist;
    expect(error!.textContent).to.include('damaged');
    expect(error!.textContent).to.match(/This page still shows the last good copy/);
    // Focus on "Check again", and the status line does not claim the check went well.
    await eventually(() => shadow(element).activeElement === error!.querySelector('button'), 'focus on "Check again"');
    expect(shadow(element).querySelector('[role="status"]')!.textContent!.trim()).to.equal('');
  });

  it('explains a wrong content type and a missing feed', async () => {
    const html = freshUrl('html');
    answerRaw(html, '<!doctype html><p>CMS 404 page</p>', 'text/html');
    const element = await mount(html);
    expect(text(element)).to.include('did not send data in the expected format');
    cleanupFixtures();
    const missing = freshUrl('missing');
    answer(missing, status(404));
    const second = await mount(missing);
    expect(text(second)).to.include('was not found');
  });

  it('asks for a src when none is given, and rejects a javascript: URL', async () => {
    const element = await fixture<LotseFeedInfo>('<lotse-feed-info></lotse-feed-info>');
    expect(text(element)).to.include('No feed given');
    await expectAccessible(element, 'empty');
    cleanupFixtures();
    const hostile = await mount('javascript:alert(1)');
    expect(text(hostile)).to.include('address of the data source is not valid');
  });

  it('shows the last good data with its date, and the failure, when a reload fails', async () => {
    const url = freshUrl('flaky');
    answer(url, json(feedA()), status(500));
    const element = await mount(url);
    shadow(element).querySelector<HTMLButtonElement>('button.check-again')!.click();
    await eventually(() => !!shadow(element).querySelector('[part="error"]'), 'the failure after checking again');
    // Staff learn that the server failed, and that residents see the last good copy, whose report follows.
    const error = shadow(element).querySelector('[part="error"]');
    expect(error, 'the failure').to.exist;
    expect(error!.textContent).to.include('server answered with an error (500)');
    expect(error!.textContent).to.match(/This page still shows the last good copy, loaded/);
    expect(text(element)).to.include('Altenau');
    await expectAccessible(element, 'stale');
  });

  it('shows hostile feed text as text and runs none of it', async () => {
    resetExecutionFlag();
    const url = freshUrl('hostile');
    answerJson(url, hostileFeed());
    const element = await mount(url);
    await expectNoExecution(element, shadow(element));
    const feed = hostileFeed() as { publisher: { name: Record<string, string> | string } };
    const names = typeof feed.publisher.name === 'string' ? [feed.publisher.name] : Object.values(feed.publisher.name);
    const heading = shadow(element).querySelector('[part="summary"] h2')!.textContent!;
    expect(names.some((name) => heading.includes(name)), `publisher name shown as text: ${heading.slice(0, 80)}`).to.equal(true);
    expect(HOSTILE_STRINGS.length).to.be.greaterThan(10);
    expect(shadow(element).querySelector('script, iframe, img[onerror]')).to.equal(null);
  });

  it('follows the page language without a reload and turns right-to-left for Arabic', async () => {
    const url = freshUrl('lang');
    answerJson(url, feedA());
    const element = await mount(url);
    expect(text(element)).to.include('Last updated');
    document.documentElement.lang = 'de';
    await eventually(() => text(element).includes('Letzte Änderung'), 'German texts');
    document.documentElement.lang = 'ar';
    await eventually(() => shadow(element).querySelector('[part="base"]')?.getAttribute('dir') === 'rtl', 'rtl');
    await expectAccessible(element, 'Arabic, right to left');
    element.setAttribute('lang', 'de');
    await eventually(() => shadow(element).querySelector('[part="base"]')?.getAttribute('dir') === 'ltr', 'own lang wins');
  });

  it('keeps 16px text when the host page shrinks the root font size', async () => {
    const style = document.createElement('style');
    style.textContent = 'html { font-size: 62.5% } body { font-size: 1rem }';
    document.head.append(style);
    try {
      const url = freshUrl('font');
      answerJson(url, feedA());
      const element = await mount(url);
      const size = parseFloat(getComputedStyle(shadow(element).querySelector('[part="base"]')!).fontSize);
      expect(size).to.be.at.least(16);
    } finally {
      style.remove();
    }
  });

  it('tolerates a second definition with one warning', () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      class Another extends LotseFeedInfo {}
      defineElement('lotse-feed-info', Another);
      defineElement('lotse-feed-info', LotseFeedInfo);
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
    expect(String(warnings[0])).to.include('already defined');
  });
});
