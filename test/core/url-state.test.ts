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
    expect(location.search).to.equal('?a=b+c&flag&lotse-x-q=other&lotse-q=Stra%C3%9Fe%20%26%20mehr&lotse-topics=a,b');
    expect(location.hash).to.equal('#section');
    expect(history.state).to.deep.equal({ host: 1 });
    expect(url.read()).to.deep.equal(new Map([['q', 'Straße & mehr'], ['topics', 'a,b']]));
    url.write({ q: undefined, topics: undefined }, false);
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
});
