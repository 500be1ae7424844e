/** The hostile-input helpers: the corpus, the hostile feed, and a check that can fail. */
import { expect } from '@esm-bundle/chai';
import { html, render } from 'lit';
import { validateFeed } from '../../src/core/feed/validate.js';
import { eventually } from '../helpers/wait.js';
import {
  expectNoExecution,
  findExecutableMarkup,
  HOSTILE_EMAILS,
  HOSTILE_REJECTED,
  HOSTILE_STRINGS,
  HOSTILE_VALID_URLS,
  hostileFeed,
  hostileString,
  PWNED_FLAG,
  resetExecutionFlag,
} from '../helpers/hostile-strings.js';

const FEED_URL = 'https://feeds.lotse.test/hostile.json';

/** Keys whose values are ids, codes, dates or numbers rather than free text. */
const STRUCTURAL = new Set([
  'id', 'kind', 'type', 'wheelchair', 'parent', 'organization', 'places', 'topics', 'audiences', 'languages',
  'verified', 'updated', 'date', 'start', 'end', 'startTime', 'endTime', 'opens', 'closes', 'days',
  'postcode', 'phone', 'currency', 'lotse', 'language', 'except',
]);

function textLeaves(value: unknown, path = ''): { path: string; value: string }[] {
  if (typeof value === 'string') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => textLeaves(item, `${path}.${i}`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) =>
      STRUCTURAL.has(key) ? [] : textLeaves(inner, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

describe('hostile strings corpus', () => {
  it('covers the agreed attack classes', () => {
    const values = HOSTILE_STRINGS.map((s) => s.value);
    const some = (test: (v: string) => boolean) => values.some(test);
    expect(some((v) => /<script>window\.__lotsePwned=\d+<\/script>/.test(v)), 'script tag').to.equal(true);
    expect(some((v) => /<img src=x onerror=/.test(v)), 'img onerror').to.equal(true);
    expect(some((v) => /<svg onload=/.test(v)), 'svg onload').to.equal(true);
    expect(some((v) => v.startsWith('javascript:')), 'javascript: URL').to.equal(true);
    expect(some((v) => v.startsWith('data:text/html')), 'data: URL').to.equal(true);
    expect(some((v) => v.startsWith('"><iframe')), 'attribute breakout').to.equal(true);
    expect(some((v) => v.includes('${')) && some((v) => v.includes('{{')), 'templates').to.equal(true);
    for (const bidi of ['\u202E', '\u2066', '\u2067', '\u2068', '\u2069']) {
      expect(some((v) => v.includes(bidi)), `U+${bidi.codePointAt(0)!.toString(16)}`).to.equal(true);
    }
    expect(hostileString('10,000 characters')).to.have.length(10000);
    expect(hostileString('very long word')).to.not.match(/\s/);
    expect(hostileString('very long word').length).to.be.greaterThan(1000);
    expect(hostileString('emoji with ZWJ and skin tones')).to.match(/\u200D/).and.match(/\u{1F3FD}/u);
    expect(hostileString('combining marks (zalgo)')).to.match(/[\u0300-\u036F]{10}/);
    expect(hostileString('NUL byte')).to.contain('\u0000');
    expect(hostileString('RTL mixed with LTR')).to.match(/[\u0600-\u06FF]/).and.match(/[A-Za-z]/);
  });

  it('has unique names and only values the schema accepts as text', () => {
    const names = HOSTILE_STRINGS.map((s) => s.name);
    expect(new Set(names).size).to.equal(names.length);
    for (const { name, value } of HOSTILE_STRINGS) expect(/\S/.test(value), name).to.equal(true);
    expect(() => hostileString('no such string')).to.throw('no such string');
  });
});

describe('hostileFeed()', () => {
  it('is a valid feed that keeps every hostile text record and leaves out every bad URL', () => {
    const feed = hostileFeed();
    const validated = validateFeed(feed, FEED_URL);
    const badUrlRecords = new Set(HOSTILE_REJECTED.map((r) => r.id));
    expect(validated.offers.map((o) => o.id).filter((id) => !badUrlRecords.has(id))).to.deep.equal(HOSTILE_STRINGS.map((_, i) => `offer-${i + 1}`));
    expect(validated.organizations.map((o) => o.id).filter((id) => !badUrlRecords.has(id))).to.deep.equal(['org-1', 'org-2', 'org-3']);
    expect(validated.places).to.have.length(3);
    expect(validated.topics).to.have.length(4);
    expect(validated.audiences).to.have.length(2);
    const problems = validated.problems.map((p) => ({ collection: p.collection, id: p.id, field: p.field }));
    expect(problems).to.have.deep.members([...HOSTILE_REJECTED]);
    // The URL is optional: the record stays, without it.
    expect(validated.problems.every((p) => p.reason === 'format' && !p.dropped)).to.equal(true);
    const kept = [...validated.offers, ...validated.organizations] as { id: string; url?: string; contact?: { url?: string } }[];
    for (const { id, field } of HOSTILE_REJECTED) {
      const record = kept.find((r) => r.id === id);
      expect(record, id).to.exist;
      expect(field === 'url' ? record!.url : record!.contact?.url, `${id} ${field}`).to.equal(undefined);
    }
  });

  it('puts a hostile value into every free-text field', () => {
    const corpus = new Set(HOSTILE_STRINGS.map((s) => s.value));
    const validated = validateFeed(hostileFeed(), FEED_URL);
    const collections = { topics: validated.topics, audiences: validated.audiences, organizations: validated.organizations, places: validated.places, offers: validated.offers };
    const leaves = [
      ...textLeaves(validated.publisher, 'publisher'),
      ...Object.entries(collections).flatMap(([name, records]) =>
        (records as unknown[]).flatMap((record, i) => textLeaves(record, `${name}.${i}`)),
      ),
    ];
    expect(leaves.length).to.be.greaterThan(500);
    const harmless = leaves.filter(({ path, value }) => {
      if (path.endsWith('.email')) return !HOSTILE_EMAILS.includes(value);
      if (path.endsWith('.url') || path === 'publisher.url') return !HOSTILE_VALID_URLS.includes(value);
      return !corpus.has(value);
    });
    expect(harmless.map((l) => l.path)).to.deep.equal([]);
    // Each kind of field is covered.
    for (const field of ['title', 'summary', 'description', 'keywords', 'cost.note', 'contact.name', 'hours.note', 'hours.exceptions.0.note']) {
      expect(leaves.some((l) => l.path.includes(`offers.`) && l.path.includes(`.${field}`)), field).to.equal(true);
    }
    const paths = new Set(leaves.map((l) => l.path.replace(/\.\d+/g, '.N')));
    for (const path of [
      'publisher.name.de', 'publisher.contact.name', 'topics.N.label', 'topics.N.label.ar', 'audiences.N.label',
      'organizations.N.name', 'organizations.N.description.uk', 'organizations.N.contact.name',
      'places.N.name', 'places.N.address.street', 'places.N.address.municipality', 'places.N.address.district',
      'places.N.hours.note', 'places.N.hours.exceptions.N.note', 'offers.N.keywords.N', 'offers.N.keywords.ar.N',
    ]) {
      expect(paths.has(path), path).to.equal(true);
    }
  });

  it('uses every corpus string as an offer title', () => {
    const titles = (hostileFeed().offers as { title: unknown }[]).map((o) =>
      typeof o.title === 'string' ? o.title : (o.title as Record<string, string>).de,
    );
    for (const { name, value } of HOSTILE_STRINGS) expect(titles.includes(value), name).to.equal(true);
  });

  it('lets base replace envelope fields and returns fresh objects', () => {
    const a = hostileFeed({ id: 'evil', language: 'ar' });
    expect(a.id).to.equal('evil');
    expect(a.language).to.equal('ar');
    (a.offers as unknown[]).length = 0;
    expect((hostileFeed().offers as unknown[]).length).to.be.greaterThan(0);
  });
});

describe('expectNoExecution()', () => {
  let host: HTMLElement;
  beforeEach(() => {
    resetExecutionFlag();
    host = document.createElement('div');
    host.attachShadow({ mode: 'open' });
    document.body.append(host);
  });
  afterEach(() => {
    host.remove();
    resetExecutionFlag();
  });

  async function failure(): Promise<Error> {
    try {
      await expectNoExecution(host.shadowRoot);
    } catch (error) {
      return error as Error;
    }
    throw new Error('expectNoExecution passed but should have failed');
  }

  it('passes when every hostile string is rendered as text, with Lit and with textContent', async () => {
    render(
      html`<ul>
        ${HOSTILE_STRINGS.map(
          (s) => html`<li title=${s.value} data-x=${s.value}><a href=${HOSTILE_VALID_URLS[0]}>${s.value}</a></li>`,
        )}
      </ul>`,
      host.shadowRoot!,
    );
    const inner = document.createElement('p');
    inner.attachShadow({ mode: 'open' }).textContent = HOSTILE_STRINGS.map((s) => s.value).join(' ');
    host.shadowRoot!.append(inner);
    await expectNoExecution(host.shadowRoot, host);
  });

  it('fails and names the payload when injected markup runs', async () => {
    host.shadowRoot!.innerHTML = `<p>${hostileString('img onerror')}</p>`;
    // The handler runs once the broken image has failed to load.
    await eventually(() => (window as unknown as Record<string, unknown>)[PWNED_FLAG] !== undefined, 'the payload to run');
    const error = await failure();
    expect(error.message).to.contain(`window.${PWNED_FLAG} = 3 ("img onerror")`);
    expect(error.message).to.contain('event handler attribute onerror');
  });

  it('fails on dormant markup in a nested shadow root even if nothing ran', async () => {
    const inner = document.createElement('span');
    host.shadowRoot!.append(inner);
    inner.attachShadow({ mode: 'open' }).innerHTML =
      `<a href=" java\tscript:void(0)">x</a><iframe></iframe><button onclick="void 0">b</button>`;
    const error = await failure();
    expect(error.message).to.not.contain(`window.${PWNED_FLAG}`);
    expect(error.message).to.contain('script URL in href');
    expect(error.message).to.contain('<iframe> element');
    expect(error.message).to.contain('event handler attribute onclick');
  });

  it('fails when the flag was set, even without markup', async () => {
    (window as unknown as Record<string, unknown>)[PWNED_FLAG] = 20;
    const error = await failure();
    expect(error.message).to.contain('= 20 ("mustache template")');
  });

  it('finds nothing in a clean tree', () => {
    host.shadowRoot!.innerHTML = '<img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><a href="https://example.org/">ok</a>';
    expect(findExecutableMarkup(host)).to.deep.equal([]);
  });
});
