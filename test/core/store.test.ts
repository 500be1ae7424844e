/**
 * The page-wide feed store and FeedController: one request per URL, error
 * codes as states, the memory copy and the opt-in persistent copy.
 */
import { expect } from '@esm-bundle/chai';
import { html, LitElement } from 'lit';
import { FeedController } from '../../src/core/feed/feed-controller.js';
import { readCachedFeed, writeCachedFeed } from '../../src/core/feed/persistent-cache.js';
import { feedSource, resetFeedStore, type FeedSource, type SourceState } from '../../src/core/feed/store.js';
import { feedA, feedB, minimalFeed } from '../fixtures/feeds.js';
import { cleanupFixtures, fixture } from '../helpers/fixture.js';
import {
  answer,
  answerDelayed,
  NEVER_MS,
  PATIENT,
  SHORT_TIMEOUT,
  answerJson,
  answerRaw,
  answerStatus,
  json,
  mockUrl,
  requestsTo,
  status,
  useMsw,
} from '../helpers/msw.js';
import { spyConsole, type ConsoleSpy } from '../helpers/console.js';
import { eventually } from '../helpers/wait.js';

useMsw();

/** A minimal element that shows feeds through a FeedController. */
class StoreTestHost extends LitElement {
  static override properties = { src: {}, persistent: { type: Boolean } };
  src = '';
  persistent = false;
  readonly feeds = new FeedController(this, () => ({ src: this.src, persistent: this.persistent }));
  override render() {
    return html`${this.feeds.state.status}`;
  }
}
customElements.define('store-test-host', StoreTestHost);

let urlCounter = 0;
/** A fresh URL per call, so no test sees another test's source. */
const freshUrl = (name: string) => mockUrl(`/store/${++urlCounter}-${name}.json`);

async function settled(source: FeedSource): Promise<SourceState> {
  await source.load();
  return source.state;
}

function errorOf(state: SourceState) {
  expect(state.status).to.equal('error');
  const { code, detail, url } = (state as Extract<SourceState, { status: 'error' }>).error;
  return { code, detail, url };
}

function readyOf(state: SourceState) {
  expect(state.status, JSON.stringify(state)).to.equal('ready');
  return state as Extract<SourceState, { status: 'ready' }>;
}

/** Waits until the (fire-and-forget) persistent write has landed, and returns it. */
async function cachedEventually(url: string) {
  await eventually(async () => (await readCachedFeed(url)) !== undefined, `a persistent copy of ${url}`);
  return (await readCachedFeed(url))!;
}

let warn: ConsoleSpy;
let error: ConsoleSpy;

// No clearCachedFeeds() here: test files run side by side on one origin and share IndexedDB
// (clearing it here deleted other files' copies mid-test); every test uses its own feed URL instead.
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

describe('feedSource', () => {
  it('loads and validates a feed into a ready state', async () => {
    const url = freshUrl('a');
    answerJson(url, feedA());
    const source = feedSource(url);
    expect(source.state.status).to.equal('loading');
    const before = Date.now();
    const state = readyOf(await settled(source));
    expect(state.feed.id).to.equal('stadt-a');
    expect(state.feed.url).to.equal(url);
    expect(state.feed.offers).to.have.length(5);
    expect(state.stale).to.equal(undefined);
    expect(Date.parse(state.fetchedAt)).to.be.within(before - 5, Date.now() + 5);
  });

  it('shares one request among every caller for the same URL', async () => {
    const url = freshUrl('shared');
    answerDelayed(url, 50, feedA());
    const sources = [feedSource(url), feedSource(url), feedSource(url, false)];
    expect(sources[1]).to.equal(sources[0]);
    expect(sources[2]).to.equal(sources[0]);
    await Promise.all(sources.map((s) => s.load()));
    expect(requestsTo(url)).to.equal(1);
  });

  it('notifies subscribers, and not after they unsubscribe', async () => {
    const url = freshUrl('notify');
    answerJson(url, feedA());
    const source = feedSource(url);
    const seen: string[] = [];
    const off = source.subscribe(() => seen.push(source.state.status));
    await source.load();
    off();
    await source.load();
    expect(seen).to.deep.equal(['ready']);
  });

  it('retries once: 500 then 200 is a success after two requests', async () => {
    const url = freshUrl('retry');
    answer(url, status(500), json(feedA()));
    readyOf(await settled(feedSource(url)));
    expect(requestsTo(url)).to.equal(2);
  });

  it('ends in error "timeout" after the timeout and one retry', async () => {
    resetFeedStore(SHORT_TIMEOUT);
    const url = freshUrl('timeout');
    answerDelayed(url, NEVER_MS, feedA());
    expect(errorOf(await settled(feedSource(url)))).to.deep.equal({ code: 'timeout', detail: '', url });
    expect(requestsTo(url)).to.equal(2);
    expect(error.calls).to.have.length(1);
    expect(error.calls[0]).to.contain(url).and.contain('timeout');
  });

  it('ends in error "http" 404 after a single request', async () => {
    const url = freshUrl('404');
    answerStatus(url, 404);
    expect(errorOf(await settled(feedSource(url)))).to.deep.equal({ code: 'http', detail: '404', url });
    expect(requestsTo(url)).to.equal(1);
  });

  it('ends in error "http" 500 after two 500 answers', async () => {
    const url = freshUrl('500');
    answerStatus(url, 500);
    expect(errorOf(await settled(feedSource(url)))).to.deep.equal({ code: 'http', detail: '500', url });
    expect(requestsTo(url)).to.equal(2);
  });

  it('ends in error "json" for malformed JSON', async () => {
    const url = freshUrl('json');
    answerRaw(url, "{ lotse: '1.0' }", 'application/json');
    expect(errorOf(await settled(feedSource(url))).code).to.equal('json');
    expect(requestsTo(url)).to.equal(1);
  });

  it('ends in error "content-type" for text/html', async () => {
    const url = freshUrl('html');
    answerRaw(url, '<html><body>Wartungsarbeiten</body></html>', 'text/html');
    expect(errorOf(await settled(feedSource(url)))).to.deep.equal({ code: 'content-type', detail: 'text/html', url });
  });

  it('loads text/plain with a warning', async () => {
    const url = freshUrl('plain');
    answerRaw(url, JSON.stringify(feedA()), 'text/plain');
    expect(readyOf(await settled(feedSource(url))).feed.offers).to.have.length(5);
    expect(warn.calls.filter((c) => c.includes('text/plain'))).to.have.length(1);
  });

  it('ends in error "version" for a version 2 feed', async () => {
    const url = freshUrl('v2');
    answerJson(url, minimalFeed({ lotse: '2.0' }));
    expect(errorOf(await settled(feedSource(url)))).to.deep.equal({ code: 'version', detail: '2', url });
    expect(requestsTo(url)).to.equal(1);
  });

  it('asks the server itself, not the HTTP cache, for staff and for "try again"', async () => {
    const url = freshUrl('fresh');
    const modes: RequestCache[] = [];
    answer(url, (request) => {
      modes.push(request.cache);
      return json(feedA())(request);
    });
    const source = feedSource(url);
    await settled(source);
    feedSource(url, false, true); // a staff element on the same page wants the latest file
    await source.load();
    await source.load(true); // "try again"
    // A staff element that arrives while an ordinary load runs gets a fresh one after it.
    const other = freshUrl('fresh-late');
    answer(other, (request) => {
      modes.push(request.cache);
      return json(feedA())(request);
    });
    const resident = feedSource(other);
    await feedSource(other, false, true).load(true);
    expect(resident.state.status).to.equal('ready');
    expect(modes).to.deep.equal(['default', 'no-cache', 'no-cache', 'default', 'no-cache']);
  });

  it('looks for keys written twice only for staff, and then in every load of the source', async () => {
    const url = freshUrl('repeated');
    const text = JSON.stringify(feedA()).replace('"offers":[{', '"offers":[{"title":"lost",');
    answerRaw(url, text, 'application/json');
    const repeated = (source: FeedSource) => readyOf(source.state).feed.problems.filter((p) => p.expect?.startsWith('repeated ')).map((p) => `${p.collection} ${p.index} ${p.field}`);
    const source = feedSource(url);
    await settled(source);
    expect(source.checkText, 'a resident widget').to.equal(false);
    expect(repeated(source)).to.deep.equal([]);
    await feedSource(url, false, true).load(true); // <lotse-feed-info> arrives
    expect(repeated(source)).to.deep.equal(['offers 0 title']);
    await source.load(true); // "Check again"
    expect(repeated(source)).to.deep.equal(['offers 0 title']);
  });

  it('ends in error "format" when the envelope is broken', async () => {
    const url = freshUrl('format');
    answerJson(url, { lotse: '1.0', language: 'de', offers: [] });
    expect(errorOf(await settled(feedSource(url)))).to.deep.equal({ code: 'format', detail: 'publisher: missing (object)', url });
  });

  it('goes from error through loading to ready when loaded again', async () => {
    const url = freshUrl('recover');
    answer(url, status(404), json(feedA()));
    const source = feedSource(url);
    expect((await settled(source)).status).to.equal('error');
    const seen: string[] = [];
    source.subscribe(() => seen.push(source.state.status));
    await source.load();
    expect(seen).to.deep.equal(['loading', 'ready']);
  });
});

/** Waits until the clock has passed an ISO timestamp, so a new fetch gets a later one. */
const laterThan = (iso: string) => eventually(() => new Date().toISOString() > iso, `a time after ${iso}`);

describe('memory copy', () => {
  it('keeps showing the last good feed, marked stale with its old fetch time, when a reload fails', async () => {
    const url = freshUrl('memory');
    answer(url, json(feedA()), status(500));
    const source = feedSource(url);
    const first = readyOf(await settled(source));
    await laterThan(first.fetchedAt);
    const seen: string[] = [];
    source.subscribe(() => seen.push(source.state.status));
    const second = readyOf(await settled(source));
    expect(seen).to.deep.equal(['ready']); // no flash of "loading"
    expect(second.feed).to.equal(first.feed);
    expect(second.fetchedAt).to.equal(first.fetchedAt);
    expect(second.stale?.code).to.equal('http');
    expect(second.stale?.detail).to.equal('500');
    expect(requestsTo(url)).to.equal(3);
  });

  it('drops the stale mark once the server answers again', async () => {
    const url = freshUrl('memory-recover');
    answer(url, json(feedA()), status(404), json(feedB()));
    const source = feedSource(url);
    const first = readyOf(await settled(source));
    expect(readyOf(await settled(source)).stale?.detail).to.equal('404');
    await laterThan(first.fetchedAt);
    const third = readyOf(await settled(source));
    expect(third.stale).to.equal(undefined);
    expect(third.feed.id).to.equal('traeger-b');
    expect(third.fetchedAt > first.fetchedAt).to.equal(true);
  });
});

describe('persistent copy (IndexedDB)', () => {
  it('serves the persistent copy after a simulated page reload when the server fails', async () => {
    const url = freshUrl('persistent');
    answer(url, json(feedA()), status(500));
    const first = readyOf(await settled(feedSource(url, true)));
    const cached = await cachedEventually(url);
    expect(cached.fetchedAt).to.equal(first.fetchedAt);
    expect((cached.json as { id: string }).id).to.equal('stadt-a');

    resetFeedStore(PATIENT); // the "page reload": memory is gone
    const reloaded = feedSource(url, true);
    expect(reloaded.state.status).to.equal('loading');
    const state = readyOf(await settled(reloaded));
    expect(state.stale?.code).to.equal('http');
    expect(state.stale?.detail).to.equal('500');
    expect(state.fetchedAt).to.equal(first.fetchedAt);
    expect(state.feed.offers.map((o) => o.id)).to.deep.equal(first.feed.offers.map((o) => o.id));
    expect(requestsTo(url)).to.equal(3);
  });

  it('writes nothing to IndexedDB unless asked to', async () => {
    const url = freshUrl('not-persistent');
    answerJson(url, feedA());
    readyOf(await settled(feedSource(url)));
    // A source that keeps a copy, loaded after: once its copy is written, any write of the first would be too.
    const witness = freshUrl('persistent-witness');
    answerJson(witness, feedA());
    readyOf(await settled(feedSource(witness, true)));
    await cachedEventually(witness);
    expect(await readCachedFeed(url)).to.equal(undefined);
  });

  it('does not use an existing persistent copy for a source that did not ask for it', async () => {
    const url = freshUrl('not-reading');
    await writeCachedFeed({ url, fetchedAt: '2025-01-01T00:00:00.000Z', json: feedA() });
    answerStatus(url, 503);
    expect(errorOf(await settled(feedSource(url))).detail).to.equal('503');
  });

  it('writes the current copy at once when a later caller asks for persistence', async () => {
    const url = freshUrl('late-persistent');
    answerJson(url, feedA());
    const ready = readyOf(await settled(feedSource(url)));
    expect(await readCachedFeed(url)).to.equal(undefined);
    feedSource(url, true);
    expect((await cachedEventually(url)).fetchedAt).to.equal(ready.fetchedAt);
    expect(requestsTo(url)).to.equal(1);
  });

  it('ends in error when neither the server nor a persistent copy has the feed', async () => {
    const url = freshUrl('nothing');
    answerStatus(url, 500);
    expect(errorOf(await settled(feedSource(url, true))).detail).to.equal('500');
  });
});

describe('FeedController', () => {
  it('shares one request among several hosts and direct callers', async () => {
    const url = freshUrl('hosts');
    answerDelayed(url, 50, feedA());
    const hosts = await Promise.all(
      [1, 2, 3].map(() => fixture<StoreTestHost>(`<store-test-host src="${url}"></store-test-host>`)),
    );
    feedSource(url);
    expect(hosts.map((h) => h.feeds.state.status)).to.deep.equal(['loading', 'loading', 'loading']);
    await eventually(() => hosts.every((h) => h.feeds.state.status === 'ready'), 'all hosts ready');
    await Promise.all(hosts.map((h) => h.updateComplete));
    expect(hosts.map((h) => h.shadowRoot!.textContent)).to.deep.equal(['ready', 'ready', 'ready']);
    expect(requestsTo(url)).to.equal(1);
    for (const host of hosts) {
      const state = host.feeds.state as Extract<typeof host.feeds.state, { status: 'ready' }>;
      expect(state.catalog.offers).to.have.length(5);
    }
  });

  it('reports an unusable src (javascript:, data:) as "url" without any request', async () => {
    const host = await fixture<StoreTestHost>(
      `<store-test-host src="javascript:alert(1) data:application/json,{}"></store-test-host>`,
    );
    const state = host.feeds.state;
    expect(state.status).to.equal('error');
    const errors = (state as Extract<typeof state, { status: 'error' }>).errors;
    expect(errors.map((e) => [e.code, e.url])).to.deep.equal([
      ['url', 'javascript:alert(1)'],
      ['url', 'data:application/json,{}'],
    ]);
    expect(error.calls).to.have.length(2);
  });

  it('is empty without src', async () => {
    const host = await fixture<StoreTestHost>(`<store-test-host></store-test-host>`);
    expect(host.feeds.state).to.deep.equal({ status: 'empty' });
  });

  it('shows the feeds that loaded and lists the ones that failed', async () => {
    const good = freshUrl('good');
    const bad = freshUrl('bad');
    answerJson(good, feedA());
    answerStatus(bad, 404);
    const host = await fixture<StoreTestHost>(`<store-test-host src="${good}  ${bad} javascript:x"></store-test-host>`);
    await eventually(() => host.feeds.state.status !== 'loading', 'settled');
    const state = host.feeds.state as Extract<typeof host.feeds.state, { status: 'ready' }>;
    expect(state.status).to.equal('ready');
    expect(state.catalog.feeds.map((f) => f.url)).to.deep.equal([good]);
    expect(state.errors.map((e) => `${e.code} ${e.detail}`)).to.deep.equal(['url ', 'http 404']);
    expect(state.stale).to.deep.equal([]);
  });

  it('lists feeds shown from an older copy with their fetch time', async () => {
    const url = freshUrl('stale-host');
    answer(url, json(feedA()), status(500));
    const host = await fixture<StoreTestHost>(`<store-test-host src="${url}"></store-test-host>`);
    await eventually(() => host.feeds.state.status === 'ready', 'ready');
    const fetchedAt = (feedSource(url).state as { fetchedAt: string }).fetchedAt;
    await host.feeds.reload();
    const state = host.feeds.state as Extract<typeof host.feeds.state, { status: 'ready' }>;
    expect(state.stale.map((s) => [s.url, s.fetchedAt, s.error.detail])).to.deep.equal([[url, fetchedAt, '500']]);
  });

  it('follows the page-wide <meta name="lotse:cache" content="persistent">', async () => {
    const url = freshUrl('meta');
    answerJson(url, feedA());
    const meta = document.createElement('meta');
    meta.name = 'lotse:cache';
    meta.content = 'persistent';
    document.head.append(meta);
    try {
      const host = await fixture<StoreTestHost>(`<store-test-host src="${url}"></store-test-host>`);
      await eventually(() => host.feeds.state.status === 'ready', 'ready');
      expect((await cachedEventually(url)).url).to.equal(url);
    } finally {
      meta.remove();
    }
  });

  it('keeps following the feed when the host is moved in the DOM while loading', async () => {
    const url = freshUrl('moved');
    answerDelayed(url, 150, feedA());
    const host = await fixture<StoreTestHost>(`<store-test-host src="${url}"></store-test-host>`);
    expect(host.feeds.state.status).to.equal('loading');
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    try {
      elsewhere.append(host); // disconnect + connect, as a CMS or a tab widget does
      await eventually(() => host.feeds.state.status === 'ready', 'moved host to become ready');
      await host.updateComplete;
      expect(host.shadowRoot!.textContent).to.equal('ready');
    } finally {
      elsewhere.remove();
    }
  });
});
