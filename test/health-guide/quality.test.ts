/**
 * The guide's quality bar: axe in every step, the directory, the detail
 * and the compact form, in German and Arabic; a keyboard journey through a
 * whole path; hostile strings in every field of a feed's tree; a 200 px
 * column and a 320 px phone.
 */
import { expect } from '@esm-bundle/chai';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { resetFeedStore } from '../../src/core/feed/store.js';
import { expectAccessible } from '../helpers/axe.js';
import { spyConsole } from '../helpers/console.js';
import { cleanupFixtures, fixture } from '../helpers/fixture.js';
import { expectNoExecution, HOSTILE_STRINGS, resetExecutionFlag } from '../helpers/hostile-strings.js';
import { brokenWords, overflowing } from '../helpers/layout.js';
import { PATIENT, useMsw } from '../helpers/msw.js';
import { healthFeed } from '../fixtures/health-feed.js';
import { $, $$, choose, eventually, feedUrl, heading, mountGuide, type Guide } from './helpers.js';

useMsw();

/** Every answer path of the default tree's first two questions is too many; these cover each kind of step. */
const PATH = ['pregnancy', 'asylum-card', '*', 'bergheide'];

function column(width: number): HTMLElement {
  const box = document.createElement('div');
  box.style.inlineSize = `${width}px`;
  document.body.append(box);
  return box;
}

describe('<lotse-health-guide> quality', () => {
  const boxes: HTMLElement[] = [];
  beforeEach(() => resetFeedStore(PATIENT));
  afterEach(async () => {
    cleanupFixtures();
    boxes.splice(0).forEach((box) => box.remove());
    document.documentElement.lang = 'en';
    await setViewport({ width: 1024, height: 768 });
  });

  for (const lang of ['de', 'ar']) {
    it(`is accessible in every step, the directory, the detail and the compact form (${lang})`, async () => {
      document.documentElement.lang = lang;
      const el = await mountGuide(`src="${feedUrl()}" no-url-sync`);
      for (const key of PATH) {
        await expectAccessible(el, `question "${heading(el)}", ${lang}`);
        await choose(el, key);
      }
      await expectAccessible(el, `result, ${lang}`);
      $$<HTMLButtonElement>(el, '.modes button')[1].click();
      await eventually(() => !!$(el, '#directory-heading'), 'the directory');
      await expectAccessible(el, `directory, ${lang}`);
      $<HTMLButtonElement>(el, '[part="filter-toggle"]')?.click();
      await el.updateComplete;
      await expectAccessible(el, `directory with filters open, ${lang}`);
      $<HTMLButtonElement>(el, 'button.open')!.click();
      await eventually(() => !!$(el, '#detail-heading'), 'the detail');
      await expectAccessible(el, `detail, ${lang}`);
      const compact = await fixture<Guide>(`<lotse-health-guide variant="emergency" src="${feedUrl()}"></lotse-health-guide>`);
      await expectAccessible(compact, `compact, ${lang}`);
    });
  }

  it('can be walked with the keyboard alone, back and over again', async () => {
    document.documentElement.lang = 'en';
    const el = await mountGuide(`src="${feedUrl()}" no-url-sync`);
    // The numbers come first in the tab order: 112 is the first stop.
    el.focus();
    const first = $<HTMLAnchorElement>(el, '[part="emergency"] a.tel')!;
    first.focus();
    expect(el.shadowRoot!.activeElement).to.equal(first);
    // To the first answer: past the numbers and the two view buttons.
    $<HTMLButtonElement>(el, '.modes button:last-child')!.focus();
    await sendKeys({ press: 'Tab' });
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.key).to.equal('doctor');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await eventually(() => heading(el) === 'How are you insured for health?', 'the second question');
    expect(el.shadowRoot!.activeElement?.id, 'focus on the new question').to.equal('step-heading');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await eventually(() => heading(el) === 'Which language would you like to speak?', 'the third question');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await eventually(() => heading(el) === 'Where do you live?', 'the fourth question');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await eventually(() => heading(el) === 'What you can do', 'the result');
    expect(el.shadowRoot!.activeElement?.id).to.equal('step-heading');
    $<HTMLButtonElement>(el, 'button.back')!.focus();
    await sendKeys({ press: 'Enter' });
    await eventually(() => heading(el) === 'Where do you live?', 'one step back');
    $<HTMLButtonElement>(el, 'button.restart')!.focus();
    await sendKeys({ press: 'Enter' });
    await eventually(() => heading(el) === 'What help do you need?', 'the start');
    expect(el.shadowRoot!.activeElement?.id).to.equal('step-heading');
  });

  it('shows hostile strings in every field of a feed’s tree as text', async () => {
    const warn = spyConsole('warn');
    resetExecutionFlag();
    try {
      for (const { name, value } of HOSTILE_STRINGS) {
        const feed = healthFeed({
          guides: [
            {
              id: 'start',
              question: { de: value, ar: value },
              hint: value,
              answers: [{ id: 'a', label: value, next: 'info', explain: ['info'] }, { label: { de: value } }],
            },
            { id: 'info', title: value, text: value, sections: [{ heading: value, text: value }], words: [{ term: value, meaning: value }] },
          ],
          emergency: [{ id: 'extra', numbers: ['0800 000 000'], label: value, description: value }],
        });
        const el = await mountGuide(`src="${feedUrl(feed)}" no-url-sync`);
        expect(heading(el).length, name).to.be.greaterThan(0);
        await choose(el, 'a');
        expect(heading(el), name).to.equal('What you can do');
        await expectNoExecution(el.shadowRoot);
        cleanupFixtures();
      }
    } finally {
      warn.restore();
    }
  });

  for (const lang of ['de', 'ar']) {
    for (const width of [200, 320]) {
      it(`fits a ${width} px column in every state (${lang})`, async () => {
        document.documentElement.lang = lang;
        if (width === 320) await setViewport({ width: 320, height: 640 });
        const box = column(width);
        boxes.push(box);
        const fits = (el: Guide, what: string) => {
          expect(overflowing(el), `${what}: sticks out`).to.deep.equal([]);
          expect(brokenWords(el), `${what}: broken words`).to.deep.equal([]);
        };
        const compact = await fixture<Guide>(`<lotse-health-guide variant="emergency" src="${feedUrl()}"></lotse-health-guide>`, box);
        await compact.updateComplete;
        fits(compact, 'compact');
        const el = await mountGuide(`src="${feedUrl()}" no-url-sync`, box);
        for (const key of PATH) {
          fits(el, `question "${heading(el)}"`);
          await choose(el, key);
        }
        fits(el, 'result');
        $$<HTMLButtonElement>(el, '.modes button')[1].click();
        await eventually(() => !!$(el, '#directory-heading'), 'the directory');
        fits(el, 'directory');
        $<HTMLButtonElement>(el, 'button.open')!.click();
        await eventually(() => !!$(el, '#detail-heading'), 'the detail');
        fits(el, 'detail');
      });
    }
  }
});
