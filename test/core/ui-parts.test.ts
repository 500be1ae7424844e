/**
 * The shared UI parts, each on its own in a small host element: accessible,
 * keyboard-operable, and keeping the caret while the value is re-rendered.
 */
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { html, LitElement, type TemplateResult } from 'lit';
import { baseStyles } from '../../src/core/ui/base-styles.js';
import { card, cardStyles } from '../../src/core/ui/card.js';
import { filterGroup, filterGroupStyles } from '../../src/core/ui/filter-group.js';
import { searchField, searchFieldStyles } from '../../src/core/ui/search-field.js';
import { emptyState, errorState, loadingPlaceholder, staleNotice, stateStyles } from '../../src/core/ui/states.js';
import { FeedError } from '../../src/core/feed/errors.js';
import { cleanupFixtures, fixture } from '../helpers/fixture.js';
import { expectAccessible } from '../helpers/axe.js';
import { levelRange } from '../../src/core/ui/labels.js';

class PartHost extends LitElement {
  static override styles = [...baseStyles, cardStyles, filterGroupStyles, searchFieldStyles, stateStyles];
  static override properties = { content: { attribute: false } };
  content: () => TemplateResult = () => html``;
  override render() {
    return html`<div class="base" lang="en">${this.content()}</div>`;
  }
}
customElements.define('part-host', PartHost);

async function host(content: () => TemplateResult): Promise<PartHost> {
  const element = await fixture<PartHost>('<part-host></part-host>');
  element.content = content;
  await element.updateComplete;
  return element;
}

describe('shared UI parts', () => {
  afterEach(cleanupFixtures);

  it('search field: labelled, keeps focus and caret while the host re-renders', async () => {
    let value = '';
    const element = await host(() =>
      searchField({ id: 'q', label: 'Search offers', hint: 'Title, provider or topic', value, onInput: (v) => (value = v) }),
    );
    const input = element.shadowRoot!.querySelector('input')!;
    expect(input.labels?.[0]?.textContent).to.equal('Search offers');
    input.focus();
    await sendKeys({ type: 'Beratung' });
    element.requestUpdate();
    await element.updateComplete;
    expect(value).to.equal('Beratung');
    expect(element.shadowRoot!.activeElement).to.equal(input);
    expect(input.selectionStart).to.equal('Beratung'.length);
    await expectAccessible(element, 'search field');
  });

  it('filter group: a disclosure with a fieldset and legend; zero-count options disabled but visible; Space toggles', async () => {
    const toggled: string[] = [];
    const element = await host(() =>
      filterGroup({
        name: 'topic',
        legend: 'Topic',
        formatCount: String,
        onToggle: (value, checked) => toggled.push(`${value}:${checked}`),
        options: [
          { value: 'language', label: 'Language', count: 12, checked: false },
          { value: 'sport', label: 'Sport', count: 0, checked: false },
        ],
        open: true,
        onOpen: () => undefined,
        expanded: false,
        onExpand: () => undefined,
      }),
    );
    const boxes = element.shadowRoot!.querySelectorAll('input');
    expect(element.shadowRoot!.querySelector('legend')!.textContent).to.equal('Topic');
    expect(element.shadowRoot!.querySelector('summary')!.textContent).to.include('Topic');
    expect(boxes[1].disabled).to.equal(true);
    boxes[0].focus();
    await sendKeys({ press: 'Space' });
    expect(toggled).to.deep.equal(['language:true']);
    const target = boxes[0].closest('label')!.getBoundingClientRect();
    expect(target.height).to.be.at.least(24);
    await expectAccessible(element, 'filter group');
  });

  it('card list, empty state, loading placeholder, error with retry and stale notice are accessible', async () => {
    let retried = 0;
    const element = await host(
      () => html`
        <ul class="cards">
          ${card({ key: 'a', heading: html`Deutschkurs`, meta: html`VHS Musterstadt`, badges: [html`<span class="badge free">free</span>`] })}
        </ul>
        ${emptyState('No offers match.', { label: 'Remove filter "Sport"', run: () => undefined })}
        ${loadingPlaceholder('Loading…')}
        ${errorState([new FeedError('http', 'https://example.org/feed.json', '500')], () => retried++)}
        ${staleNotice([{ fetchedAt: '2026-11-20T08:00:00Z', error: new FeedError('timeout', 'https://example.org/feed.json') }], 'en')}
      `,
    );
    const shadow = element.shadowRoot!;
    expect(shadow.querySelector('[part="card"] h3')!.textContent).to.equal('Deutschkurs');
    expect(shadow.querySelector('[part="error"]')!.getAttribute('role')).to.equal('alert');
    expect(shadow.querySelector('[part="notice"]')!.textContent).to.match(/server cannot be reached.*as of November 20, 2026/);
    shadow.querySelector<HTMLButtonElement>('[part="error"] button')!.click();
    expect(retried).to.equal(1);
    await expectAccessible(element, 'states');
  });

  it('does not blame the server when the feed itself could not be read', async () => {
    const broken = new FeedError('json', 'https://example.org/feed.json', 'Unexpected end of JSON input');
    const element = await host(() => html`${staleNotice([{ fetchedAt: '2026-11-20T08:00:00Z', error: broken }], 'en')}`);
    const notice = element.shadowRoot!.querySelector('[part="notice"]')!.textContent!;
    expect(notice).to.match(/latest information could not be read/);
    expect(notice).to.not.match(/server/);
  });
});

describe('level ranges', () => {
  it('name a course that starts and ends on one level once', () => {
    expect(levelRange({ from: 'A1', to: 'A1' })).to.equal('A1');
    expect(levelRange({ from: 'A1', to: 'B1' })).to.equal('A1–B1');
    expect(levelRange({ from: 'B2' })).to.equal('B2');
    expect(levelRange({ to: 'C1' })).to.equal('C1');
    expect(levelRange({})).to.equal('');
  });
});
