/**
 * The example widget of docs/architecture.md: kept compiling (it is in the
 * type check) and working, so the page never shows code that has rotted.
 */
import { expect } from '@esm-bundle/chai';
import { LotseTopicList } from '../../docs/examples/topic-list.js';
import { resetFeedStore } from '../../src/core/feed/store.js';
import { feedA } from '../fixtures/feeds.js';
import { expectAccessible } from '../helpers/axe.js';
import { cleanupFixtures, fixture } from '../helpers/fixture.js';
import { answerJson, mockUrl, PATIENT, useMsw } from '../helpers/msw.js';
import { eventually, nextEvent } from '../helpers/wait.js';

useMsw();
customElements.define('lotse-topic-list', LotseTopicList);

describe('the example widget in docs/architecture.md', () => {
  beforeEach(() => {
    resetFeedStore(PATIENT);
    document.documentElement.lang = 'en';
  });
  afterEach(cleanupFixtures);

  it('filters by a preset topic and by kind, with counts, and opens an offer', async () => {
    const url = mockUrl('/docs/example.json');
    answerJson(url, feedA());
    const el = await fixture<LotseTopicList>(`<lotse-topic-list src="${url}" topics="sprache"></lotse-topic-list>`);
    const root = el.shadowRoot!;
    await eventually(() => root.querySelectorAll('[part="card"]').length > 0, 'cards');
    const cards = () => root.querySelectorAll('[part="card"]').length;
    const all = cards();
    const topic = root.querySelector<HTMLInputElement>('input[name="topics"][value="sprache"]')!;
    expect(topic.checked, 'the preset is selected').to.equal(true);
    // The kinds group is folded until the resident opens it.
    root.querySelector<HTMLElement>('details[data-facet="kinds"] > summary')!.click();
    await eventually(() => root.querySelectorAll('input[name="kinds"]').length > 0, 'the kinds');
    const kinds = [...root.querySelectorAll<HTMLInputElement>('input[name="kinds"]')].filter((input) => !input.disabled);
    expect(kinds.length).to.be.greaterThan(0);
    kinds[0].click();
    await el.updateComplete;
    expect(cards()).to.be.at.most(all).and.above(0);
    await expectAccessible(el, 'example widget');
    const selected = nextEvent<CustomEvent>(el, 'lotse-offer-select');
    root.querySelector<HTMLButtonElement>('[part="card"] button.open')!.click();
    expect((await selected).detail.key).to.be.a('string');
  });
});
