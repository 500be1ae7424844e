/**
 * Issue 14 in the store and the staff view: the persistent copy is what the
 * server sent, checked before use and given a maximum age (point 13); broken
 * JSON is explained with line, column and the text around the mistake in the
 * UI language (point 14); oversized feeds are refused before they are parsed
 * (point 15); and feeds named like Object.prototype survive the persistent
 * copy (point 1).
 */
import { expect } from '@esm-bundle/chai';
import '../../src/components/feed-info/define.js';
import type { LotseFeedInfo } from '../../src/components/feed-info/feed-info.js';
import { FeedError } from '../../src/core/feed/errors.js';
import { fetchJson } from '../../src/core/feed/fetch.js';
import { jsonErrorPlace } from '../../src/core/feed/json-error.js';
import { MAX_FEED_CHARS } from '../../src/core/feed/limits.js';
import { readCachedFeed, writeCachedFeed, type CachedFeed } from '../../src/core/feed/persistent-cache.js';
import { feedSource, resetFeedStore, type FeedSource, type SourceState } from '../../src/core/feed/store.js';
import { feedA, minimalFeed } from '../fixtures/feeds.js';
import { prototypeIdsFeed } from '../fixtures/prototype-ids.js';
import { cleanupFixtures, fixture } from '../helpers/fixture.js';
import { answer, answerRaw, json, mockUrl, PATIENT, status, useMsw } from '../helpers/msw.js';
import { spyConsole, type ConsoleSpy } from '../helpers/console.js';
import { eventually } from '../helpers/wait.js';

useMsw();

let counter = 0;
const freshUrl = (name: string) => mockUrl(`/hardening/${Date.now()}-${++counter}-${name}.json`);
const DAY = 86_400_000;

async function settled(source: FeedSource): Promise<SourceState> {
  await source.load();
  return source.state;
}

function readyOf(state: SourceState) {
  expect(state.status, JSON.stringify(state).slice(0, 300)).to.equal('ready');
  return state as Extract<SourceState, { status: 'ready' }>;
}

/** A feed whose offers 0 and 1 point to an organisation and a place that do not exist. */
function feedWithTwoDanglingReferences() {
  const feed = feedA() as { offers: Record<string, unknown>[] };
  feed.offers[0].organization = 'org-weg';
  feed.offers[1].places = ['place-weg'];
  return feed;
}

/** Loads `url` once with the persistent copy on, then "reloads the page" with the server down. */
async function fromPersistentCopy(url: string, maxAgeDays?: number): Promise<SourceState> {
  readyOf(await settled(feedSource(url, true)));
  await eventually(async () => (await readCachedFeed(url)) !== undefined, 'the persistent copy');
  resetFeedStore(PATIENT);
  return settled(feedSource(url, true, false, maxAgeDays));
}

let warn: ConsoleSpy;
let error: ConsoleSpy;

beforeEach(() => {
  resetFeedStore(PATIENT);
  warn = spyConsole('warn');
  error = spyConsole('error');
});

afterEach(() => {
  cleanupFixtures();
  warn.restore();
  error.restore();
  resetFeedStore();
});

// No clearCachedFeeds(): test files run side by side on one origin and share IndexedDB; every test uses its own URL.
describe('point 13: the persistent copy', () => {
  it('is what the server sent, so staff see the same problems from it', async () => {
    const url = freshUrl('as-sent');
    const sent = feedWithTwoDanglingReferences();
    answer(url, json(sent), status(503));
    const state = readyOf(await fromPersistentCopy(url));
    expect(state.stale?.code).to.equal('http');
    expect(state.feed.problems.map((p) => [p.field, p.value])).to.deep.equal([['organization', 'org-weg'], ['places', 'place-weg']]);
    expect((await readCachedFeed(url))!.json).to.deep.equal(sent);
  });

  it('keeps a feed named like Object.prototype intact, problems and all', async () => {
    const url = freshUrl('prototype');
    answer(url, json(prototypeIdsFeed()), status(503));
    const first = readyOf(await settled(feedSource(url, true)));
    const problems = first.feed.problems.map((p) => `${p.collection} ${p.id} ${p.field} ${p.reason}`);
    await eventually(async () => (await readCachedFeed(url)) !== undefined, 'the persistent copy');
    resetFeedStore(PATIENT);
    const again = readyOf(await settled(feedSource(url, true)));
    expect(again.feed.offers.map((o) => o.id)).to.deep.equal(first.feed.offers.map((o) => o.id));
    expect(again.feed.problems.map((p) => `${p.collection} ${p.id} ${p.field} ${p.reason}`)).to.deep.equal(problems);
  });

  const broken: [string, (url: string) => unknown][] = [
    ['fetchedAt is an object', (url) => ({ url, fetchedAt: { at: 1 }, json: feedA() })],
    ['fetchedAt is missing', (url) => ({ url, json: feedA() })],
    ['fetchedAt is not a timestamp', (url) => ({ url, fetchedAt: 'gestern', json: feedA() })],
    ['fetchedAt is not a day that exists', (url) => ({ url, fetchedAt: '2026-02-30T10:00:00.000Z', json: feedA() })],
    ['fetchedAt lies in the future', (url) => ({ url, fetchedAt: new Date(Date.now() + 3 * DAY).toISOString(), json: feedA() })],
    ['json is missing', (url) => ({ url, fetchedAt: new Date().toISOString() })],
  ];
  for (const [name, entry] of broken) {
    it(`is not used, and deleted, when ${name}`, async () => {
      const url = freshUrl('broken-entry');
      await putRaw(url, entry(url));
      answer(url, status(503));
      const state = await settled(feedSource(url, true));
      expect(state.status).to.equal('error');
      expect(await rawEntry(url)).to.equal(undefined);
    });
  }

  it(`is shown up to ${30} days, and after that neither shown nor kept`, async () => {
    const young = freshUrl('young');
    const old = freshUrl('old');
    await writeCachedFeed({ url: young, fetchedAt: new Date(Date.now() - 29 * DAY).toISOString(), json: feedA() });
    await writeCachedFeed({ url: old, fetchedAt: new Date(Date.now() - 31 * DAY).toISOString(), json: feedA() });
    answer(young, status(503));
    answer(old, status(503));
    expect(readyOf(await settled(feedSource(young, true))).stale?.detail).to.equal('503');
    expect((await settled(feedSource(old, true))).status).to.equal('error');
    expect(await rawEntry(old)).to.equal(undefined);
    expect(await rawEntry(young)).to.not.equal(undefined);
  });

  it('takes a shorter or longer maximum age from the page, the shortest of its widgets winning', async () => {
    const url = freshUrl('max-age');
    const fetchedAt = new Date(Date.now() - 10 * DAY).toISOString();
    await writeCachedFeed({ url, fetchedAt, json: feedA() });
    answer(url, status(503));
    expect(readyOf(await settled(feedSource(url, true, false, 60))).fetchedAt).to.equal(fetchedAt);
    resetFeedStore(PATIENT);
    feedSource(url, true, false, 60);
    expect((await settled(feedSource(url, true, false, 7))).status).to.equal('error');
    expect(await rawEntry(url)).to.equal(undefined);
  });

  it('reads a well-formed entry as written', async () => {
    const url = freshUrl('well-formed');
    const entry: CachedFeed = { url, fetchedAt: new Date(Date.now() - DAY).toISOString(), json: minimalFeed() };
    await writeCachedFeed(entry);
    expect(await readCachedFeed(url)).to.deep.equal(entry);
    expect(await readCachedFeed(url, 0.5)).to.equal(undefined);
  });
});

/** Writes any value under `url`, as a broken or foreign version of Lotse might have. */
async function putRaw(url: string, value: unknown): Promise<void> {
  await readCachedFeed(url); // creates the database and its store
  const db = await openDb();
  await request(db.transaction('feeds', 'readwrite').objectStore('feeds').put(value));
  db.close();
}

async function rawEntry(url: string): Promise<unknown> {
  const db = await openDb();
  const value = await request(db.transaction('feeds', 'readonly').objectStore('feeds').get(url));
  db.close();
  return value;
}

function openDb(): Promise<IDBDatabase> {
  return request(indexedDB.open('lotse', 1)) as Promise<IDBDatabase>;
}

function request<T = unknown>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

describe('point 14: broken JSON explained with line, column and the text around the mistake', () => {
  it('computes line and column from the position the engine gives', () => {
    const text = `{\n  "lotse": "1.0",\n  "language": "de",\n  "offers": [\n    { "id": "a" }\n    { "id": "b" }\n  ]\n}`;
    const message = (() => {
      try {
        JSON.parse(text);
      } catch (caught) {
        return (caught as Error).message;
      }
      throw new Error('parsed');
    })();
    const place = jsonErrorPlace(message, text)!;
    expect(place).to.include({ line: 6, column: 5, at: '{' });
    expect(place.before.endsWith('"a" }↵    ')).to.equal(true);
    expect(place.after.startsWith(' "id": "b" }')).to.equal(true);
    expect(place.before.length + place.at.length + place.after.length).to.be.at.most(61);
  });

  it('finds the place itself when the engine names none', () => {
    const text = '{"lotse": "1.0", "offers": [}';
    expect(jsonErrorPlace(`Unexpected token '}', "${text}" is not valid JSON`, text)).to.include({ line: 1, column: 29, at: '}', after: '' });
    expect(jsonErrorPlace('Unexpected end of JSON input', '{"a": [1, 2')).to.include({ line: 1, column: 12, at: '' });
    expect(jsonErrorPlace('JSON.parse: unexpected character at line 2 column 3 of the JSON data', '{\n  x}')).to.include({ line: 2, column: 3, at: 'x' });
    expect(jsonErrorPlace('Unexpected token', '{"a": tru}')).to.include({ line: 1, column: 7 });
  });

  it('gives 60 characters of a one-line file around the mistake, without splitting a character', () => {
    const text = `{"offers": [${'{"title": "Sprachcafé 😀"}, '.repeat(300)}{"title": "Ende}]}`;
    const message = (() => {
      try {
        JSON.parse(text);
      } catch (caught) {
        return (caught as Error).message;
      }
      throw new Error('parsed');
    })();
    const place = jsonErrorPlace(message, text)!;
    expect(place.line).to.equal(1);
    expect(place.column).to.be.greaterThan(5000);
    const excerpt = place.before + place.at + place.after;
    expect(excerpt.length).to.be.within(50, 61);
    expect(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(excerpt)).to.equal(false);
  });

  it('puts the place into the FeedError of a fetch', async () => {
    const url = freshUrl('broken-json');
    answerRaw(url, '{"lotse": "1.0",\n "offers": [}', 'application/json');
    const caught = await fetchJson(url).catch((e: unknown) => e);
    expect(caught).to.be.instanceOf(FeedError);
    expect((caught as FeedError).code).to.equal('json');
    expect((caught as FeedError).place).to.include({ line: 2, column: 13, at: '}' });
  });

  it('shows staff the place in the UI language, not the browser’s English message, and the feed address', async () => {
    const url = freshUrl('broken-view');
    const body = `{"lotse": "1.0", "publisher": {"name": "Kreis", "updated": "2026-01-01"}, "offers": [{"title": "Deutschkurs für Frauen, ${'sehr '.repeat(1000)}lang}]}`;
    answerRaw(url, body, 'application/json');
    const wrapper = document.createElement('div');
    wrapper.lang = 'de';
    document.body.append(wrapper);
    try {
      const element = await fixture<LotseFeedInfo>(`<lotse-feed-info src="${url}"></lotse-feed-info>`, wrapper);
      await eventually(() => !!element.shadowRoot!.querySelector('[part="error"] mark'), 'the marked place');
      const view = element.shadowRoot!.querySelector('[part="error"]')!;
      const shown = view.textContent!.replace(/\s+/g, ' ');
      expect(shown).to.not.match(/Unterminated|in JSON at position|is not valid JSON/);
      expect(shown).to.contain(url);
      // Line 1 and the column, in the UI language's digits and as editors write it, without a thousands separator ("5128").
      expect(shown).to.contain(`Zeile 1, Spalte ${body.length + 1}:`);
      const code = view.querySelector('mark')!.closest('code')!;
      expect(code.getAttribute('dir')).to.equal('ltr');
      expect(code.textContent!.length).to.be.within(50, 75);
      expect(code.textContent).to.contain('sehr');
    } finally {
      wrapper.remove();
    }
  });
});

describe('point 15: feeds beyond the documented size are refused before they are parsed', () => {
  // With a small limit of its own: 20 million characters would slow the test files that run beside this one.
  it('refuses a body longer than the limit once it is read, when the server does not announce its length', async () => {
    const url = freshUrl('huge');
    answer(url, () => new Response(new Blob([`{"lotse": "1.0", "x": "${'a'.repeat(1000)}"}`]).stream(), { headers: { 'content-type': 'application/json' } }));
    const caught = await fetchJson(url, { maxChars: 1000 }).catch((e: unknown) => e);
    expect(caught).to.be.instanceOf(FeedError);
    expect((caught as FeedError).code).to.equal('format');
    expect((caught as FeedError).detail).to.equal('(file): range (max 1000; found 1025)');
  });

  it('refuses at once when the server announces more bytes than that many characters can take (3 each in UTF-8)', async () => {
    const url = freshUrl('announced');
    answer(url, () => new Response('{}', { headers: { 'content-type': 'application/json', 'content-length': String(MAX_FEED_CHARS * 3 + 1) } }));
    const caught = await fetchJson(url).catch((e: unknown) => e);
    expect((caught as FeedError).detail).to.equal(`(file): range (max ${MAX_FEED_CHARS * 3} bytes; found ${MAX_FEED_CHARS * 3 + 1} bytes)`);
  });

  it('reads a feed whose bytes exceed the limit while its characters do not (Arabic takes 2 bytes each)', async () => {
    const url = freshUrl('arabic');
    const body = JSON.stringify(minimalFeed({ publisher: { name: 'ع'.repeat(600), updated: '2025-01-01' } }));
    answer(url, () => new Response(body, { headers: { 'content-type': 'application/json', 'content-length': String(new TextEncoder().encode(body).length) } }));
    const json = (await fetchJson(url, { maxChars: body.length })) as { publisher: { name: string } };
    expect(json.publisher.name).to.have.length(600);
  });
});
