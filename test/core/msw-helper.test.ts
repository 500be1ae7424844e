/**
 * The test helper's own promise: when the service worker stops mocking for this page (the browser
 * may stop an idle worker, which then forgets the pages it mocks for), the next test starts it
 * again before its first request, instead of every request of a file going to the network.
 */
import { expect } from '@esm-bundle/chai';
import { answerJson, mockUrl, useMsw, whenMocking, worker } from '../helpers/msw.js';

useMsw();

describe('the msw helper', () => {
  it('starts mocking again when the worker stopped intercepting this page', async () => {
    worker.stop();
    const url = mockUrl('/msw-helper/after-stop.json');
    let failed = false;
    await fetch(url).catch(() => (failed = true));
    expect(failed, 'a stopped worker lets the request through to the network').to.equal(true);
    await whenMocking();
    answerJson(url, { ok: true });
    expect(await (await fetch(url)).json()).to.deep.equal({ ok: true });
  });
});
