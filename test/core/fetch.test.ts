/** fetchJson and feedUrl: timeout, the one retry, HTTP errors, content types, URL checks. */
import { expect } from '@esm-bundle/chai';
import { FeedError } from '../../src/core/feed/errors.js';
import { feedUrl, fetchJson, type FetchOptions } from '../../src/core/feed/fetch.js';
import { feedA } from '../fixtures/feeds.js';
import {
  answer,
  answerDelayed,
  answerNetworkError,
  answerRaw,
  answerStatus,
  delayed,
  json,
  mockUrl,
  NEVER_MS,
  PATIENT,
  requestsTo,
  SHORT_TIMEOUT,
  status,
  useMsw,
} from '../helpers/msw.js';
import { spyConsole, type ConsoleSpy } from '../helpers/console.js';

useMsw();

const FAST: FetchOptions = PATIENT;

async function feedError(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected a FeedError, but the promise resolved');
}

describe('fetchJson', () => {
  let warn: ConsoleSpy;
  beforeEach(() => {
    warn = spyConsole('warn');
  });
  afterEach(() => warn.restore());

  it('returns the parsed feed after one request, asking for JSON without credentials', async () => {
    const url = mockUrl('/fetch/ok.json');
    let accept: string | null = null;
    let credentials: RequestCredentials | undefined;
    answer(url, (request) => {
      accept = request.headers.get('accept');
      credentials = request.credentials;
      return json(feedA())(request);
    });
    const result = (await fetchJson(url, FAST)) as { id: string; offers: unknown[] };
    expect(result.id).to.equal('stadt-a');
    expect(result.offers).to.have.length(5);
    expect(requestsTo(url)).to.equal(1);
    expect(accept).to.equal('application/json');
    expect(credentials).to.equal('omit');
    expect(warn.calls).to.deep.equal([]);
  });

  it('gives up with "timeout" after the timeout and one retry', async () => {
    const url = mockUrl('/fetch/slow.json');
    answerDelayed(url, NEVER_MS, feedA());
    const started = performance.now();
    const error = await feedError(fetchJson(url, SHORT_TIMEOUT));
    const elapsed = performance.now() - started;
    expect(error.code).to.equal('timeout');
    expect(error.url).to.equal(url);
    expect(error.transient).to.equal(true);
    expect(requestsTo(url)).to.equal(2);
    // Two attempts of the short timeout, and nothing like the answer's delay.
    expect(elapsed).to.be.within(2 * SHORT_TIMEOUT.timeout, NEVER_MS / 4);
  });

  it('succeeds when the retry after a timeout is fast', async () => {
    const url = mockUrl('/fetch/slow-then-fast.json');
    answer(url, delayed(NEVER_MS, json(feedA())), json(feedA()));
    // Long enough for the second answer on a busy machine; the first never comes.
    const result = (await fetchJson(url, { timeout: 5000, retryDelay: 5 })) as { id: string };
    expect(result.id).to.equal('stadt-a');
    expect(requestsTo(url)).to.equal(2);
  });

  it('retries once after a 500 and succeeds with the second answer', async () => {
    const url = mockUrl('/fetch/flaky.json');
    answer(url, status(500), json(feedA()));
    const result = (await fetchJson(url, FAST)) as { id: string };
    expect(result.id).to.equal('stadt-a');
    expect(requestsTo(url)).to.equal(2);
  });

  it('fails with "http" 500 after two 500 answers, and retries only once', async () => {
    const url = mockUrl('/fetch/down.json');
    answer(url, status(500), status(503), json(feedA()));
    const error = await feedError(fetchJson(url, FAST));
    expect(error.code).to.equal('http');
    expect(error.detail).to.equal('503');
    expect(requestsTo(url)).to.equal(2);
  });

  it('does not retry a 404', async () => {
    const url = mockUrl('/fetch/missing.json');
    answerStatus(url, 404);
    const error = await feedError(fetchJson(url, FAST));
    expect(error.code).to.equal('http');
    expect(error.detail).to.equal('404');
    expect(error.transient).to.equal(false);
    expect(requestsTo(url)).to.equal(1);
  });

  it('does not retry at all with retries: 0', async () => {
    const url = mockUrl('/fetch/no-retry.json');
    answer(url, status(502), json(feedA()));
    const error = await feedError(fetchJson(url, { ...FAST, retries: 0 }));
    expect(error.detail).to.equal('502');
    expect(requestsTo(url)).to.equal(1);
  });

  it('reports "network" when the server cannot be reached, after one retry', async () => {
    const url = mockUrl('/fetch/unreachable.json');
    answerNetworkError(url);
    const error = await feedError(fetchJson(url, FAST));
    expect(error.code).to.equal('network');
    expect(requestsTo(url)).to.equal(2);
  });

  it('reports malformed JSON as "json" without retrying', async () => {
    const url = mockUrl('/fetch/broken.json');
    answerRaw(url, '{"lotse": "1.0", "offers": [', 'application/json');
    const error = await feedError(fetchJson(url, FAST));
    expect(error.code).to.equal('json');
    expect(error.detail).to.not.equal('');
    expect(requestsTo(url)).to.equal(1);
  });

  it('reports an empty body as "json"', async () => {
    const url = mockUrl('/fetch/empty.json');
    answerRaw(url, '', 'application/json');
    expect((await feedError(fetchJson(url, FAST))).code).to.equal('json');
  });

  it('rejects text/html (an error page or a login wall) as "content-type"', async () => {
    const url = mockUrl('/fetch/html.json');
    answerRaw(url, '<!doctype html><title>Anmeldung</title>', 'text/html; charset=utf-8');
    const error = await feedError(fetchJson(url, FAST));
    expect(error.code).to.equal('content-type');
    expect(error.detail).to.equal('text/html; charset=utf-8');
    expect(requestsTo(url)).to.equal(1);
  });

  it('rejects text/html even when the body is valid JSON', async () => {
    const url = mockUrl('/fetch/html-json.json');
    answerRaw(url, JSON.stringify(feedA()), 'text/html');
    expect((await feedError(fetchJson(url, FAST))).code).to.equal('content-type');
  });

  it('rejects a response without content type as "content-type" (none)', async () => {
    const url = mockUrl('/fetch/untyped.json');
    answerRaw(url, JSON.stringify(feedA()), null);
    const error = await feedError(fetchJson(url, FAST));
    expect(error.code).to.equal('content-type');
    expect(error.detail).to.equal('(none)');
  });

  it('tolerates text/plain with exactly one warning that names the URL', async () => {
    const url = mockUrl('/fetch/plain.json');
    answerRaw(url, JSON.stringify(feedA()), 'text/plain; charset=utf-8');
    const result = (await fetchJson(url, FAST)) as { id: string };
    expect(result.id).to.equal('stadt-a');
    expect(warn.calls).to.have.length(1);
    expect(warn.calls[0]).to.contain(url).and.contain('text/plain');
  });

  for (const type of ['application/json; charset=utf-8', 'application/feed+json', 'application/ld+json', 'text/json', 'Application/JSON']) {
    it(`accepts ${type} without a warning`, async () => {
      const url = mockUrl(`/fetch/type-${encodeURIComponent(type)}.json`);
      answerRaw(url, JSON.stringify({ ok: type }), type);
      expect(await fetchJson(url, FAST)).to.deep.equal({ ok: type });
      expect(warn.calls).to.deep.equal([]);
    });
  }
});

describe('feedUrl', () => {
  it('resolves relative paths against the page', () => {
    expect(feedUrl('feeds/a.json', 'https://www.stadt.example/integration/')).to.equal(
      'https://www.stadt.example/integration/feeds/a.json',
    );
    expect(feedUrl('/a.json')).to.equal(`${location.origin}/a.json`);
    expect(feedUrl('https://feeds.lotse.test/x.json')).to.equal('https://feeds.lotse.test/x.json');
    expect(feedUrl('HTTP://Example.ORG/feed')).to.equal('http://example.org/feed');
  });

  for (const raw of [
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'data:application/json,{"lotse":"1.0"}',
    'vbscript:msgbox(1)',
    'ftp://example.org/feed.json',
    'file:///etc/passwd',
    'blob:https://example.org/0000',
    'https://[::1',
  ]) {
    it(`rejects ${JSON.stringify(raw)} with "url"`, () => {
      let error: unknown;
      try {
        feedUrl(raw, 'https://www.stadt.example/');
      } catch (caught) {
        error = caught;
      }
      expect(error).to.be.instanceOf(FeedError);
      expect((error as FeedError).code).to.equal('url');
      expect((error as FeedError).url).to.equal(raw);
    });
  }
});

describe('FeedError', () => {
  it('marks only timeouts, network failures and 5xx as transient', () => {
    const transient = (code: FeedError['code'], detail?: string) => new FeedError(code, 'u', detail).transient;
    expect(transient('timeout')).to.equal(true);
    expect(transient('network')).to.equal(true);
    expect(transient('http', '500')).to.equal(true);
    expect(transient('http', '599')).to.equal(true);
    expect(transient('http', '429')).to.equal(false);
    expect(transient('http', '404')).to.equal(false);
    expect(transient('json')).to.equal(false);
    expect(transient('content-type')).to.equal(false);
    expect(new FeedError('http', 'https://x.example/f.json', '404').message).to.equal(
      'Lotse feed https://x.example/f.json: http (404)',
    );
  });
});
