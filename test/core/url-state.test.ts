/** The page URL as a widget's state: prefixed parameters, history entries. */
import { expect } from '@esm-bundle/chai';
import { UrlStateController } from '../../src/core/url-state.js';

describe('URL state controller', () => {
  const original = location.href;
  afterEach(() => history.replaceState(null, '', original));

  const host = { addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) };
  const controller = (prefix = 'lotse-', onPop = () => {}) =>
    new UrlStateController(host, { keys: ['q', 'topics'], prefix: () => prefix, enabled: () => true, onPop });

  it('keeps the host page’s parameters, their spelling and the hash', () => {
    history.replaceState({ host: 1 }, '', `${location.pathname}?a=b+c&flag&lotse-x-q=other#section`);
    const url = controller();
    url.write({ q: 'Straße & mehr', topics: 'a,b' }, false);
    url.flush();
    expect(location.search).to.equal('?a=b+c&flag&lotse-x-q=other&lotse-q=Stra%C3%9Fe%20%26%20mehr&lotse-topics=a,b');
    expect(location.hash).to.equal('#section');
    expect(history.state).to.deep.equal({ host: 1 });
    expect(url.read()).to.deep.equal(new Map([['q', 'Straße & mehr'], ['topics', 'a,b']]));
    url.write({ q: undefined, topics: undefined }, false);
    url.flush();
    expect(location.search).to.equal('?a=b+c&flag&lotse-x-q=other');
  });

  it('pushes or replaces history entries, and skips writes that change nothing', () => {
    const url = controller();
    const before = history.length;
    url.write({ q: 'a' }, true);
    expect(history.length).to.equal(before + 1);
    url.write({ q: 'ab' }, false);
    url.write({ q: 'ab' }, true);
    expect(history.length).to.equal(before + 1);
  });

  it('replaces the entry after the next frame, with the last of a burst of writes', async () => {
    const url = controller();
    const replaced: string[] = [];
    const replace = history.replaceState;
    history.replaceState = function (...args: Parameters<History['replaceState']>) {
      replaced.push(String(args[2]));
      return replace.apply(history, args);
    };
    try {
      for (const q of ['D', 'De', 'Deu']) url.write({ q }, false);
      // Nothing is written inside the key press that asked for it.
      expect(replaced).to.deep.equal([]);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => setTimeout(resolve))));
      expect(replaced.length).to.equal(1);
      expect(new URLSearchParams(location.search).get('lotse-q')).to.equal('Deu');
    } finally {
      history.replaceState = replace;
    }
  });

  it('writes a waiting replacement before a new entry, and drops it on Back', async () => {
    const url = controller();
    url.hostConnected();
    url.write({ q: 'typed' }, false);
    url.write({ q: 'typed', topics: 'health' }, true);
    // The entry left behind shows what was typed; the new one adds the filter.
    expect(new URLSearchParams(location.search).get('lotse-topics')).to.equal('health');
    history.back();
    await new Promise((resolve) => addEventListener('popstate', resolve, { once: true }));
    expect(new URLSearchParams(location.search).get('lotse-q')).to.equal('typed');
    expect(new URLSearchParams(location.search).has('lotse-topics')).to.equal(false);
    // A replacement still waiting when the resident goes back belonged to the entry left behind.
    url.write({ q: 'late' }, false);
    history.forward();
    await new Promise((resolve) => addEventListener('popstate', resolve, { once: true }));
    url.flush();
    expect(new URLSearchParams(location.search).get('lotse-q')).to.equal('typed');
    expect(new URLSearchParams(location.search).get('lotse-topics')).to.equal('health');
    url.hostDisconnected();
  });
});
