/** The axe helper must fail on inaccessible markup, or it proves nothing. */
import { expect } from '@esm-bundle/chai';
import { axeViolations, expectAccessible } from '../helpers/axe.js';

const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';

/** An element whose shadow root holds `markup`. */
class ShadowBox extends HTMLElement {
  set markup(value: string) {
    (this.shadowRoot ?? this.attachShadow({ mode: 'open' })).innerHTML = value;
  }
}
customElements.define('axe-shadow-box', ShadowBox);

let container: HTMLElement;

function mount(light: string, shadow?: string): HTMLElement {
  container = document.createElement('div');
  container.innerHTML = light;
  document.body.append(container);
  if (shadow !== undefined) {
    const box = document.createElement('axe-shadow-box') as ShadowBox;
    box.markup = shadow;
    container.append(box);
  }
  return container;
}

async function failure(run: Promise<void>): Promise<Error> {
  try {
    await run;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expectAccessible passed but should have failed');
}

describe('expectAccessible (axe helper)', () => {
  afterEach(() => container?.remove());

  it('passes on accessible markup, shadow DOM included', async () => {
    const root = mount(
      `<img src="${PIXEL}" alt="Stadtwappen"><a href="https://example.org/">Stadtportal</a>`,
      `<button type="button">Suchen</button><label>Ort <input type="text"></label>`,
    );
    await expectAccessible(root, 'clean fixture');
  });

  it('fails on an image without alt, naming rule, impact, help and target', async () => {
    const root = mount(`<img id="no-alt" src="${PIXEL}">`);
    const error = await failure(expectAccessible(root, 'image fixture'));
    expect(error.message).to.contain('image-alt [critical]');
    expect(error.message).to.contain('Images must have alternative text');
    expect(error.message).to.contain('#no-alt');
    expect(error.message).to.contain('<div> (image fixture)');
  });

  it('fails on a button without a name inside a shadow root', async () => {
    const root = mount('<p>Text</p>', `<button type="button" class="icon-only"></button>`);
    const error = await failure(expectAccessible(root));
    expect(error.message).to.contain('button-name [critical]');
    expect(error.message).to.match(/axe-shadow-box >>> .*button/);
  });

  it('reports every violation, not just the first', async () => {
    const root = mount(`<img src="${PIXEL}"><a href="https://example.org/"></a>`, `<input type="text">`);
    const ids = (await axeViolations(root)).map((v) => v.id).sort();
    expect(ids).to.deep.equal(['image-alt', 'label', 'link-name']);
  });

  it('includes AA rules such as colour contrast', async () => {
    const root = mount(`<p style="color:#ccc;background:#fff">Kaum lesbar</p>`);
    const ids = (await axeViolations(root)).map((v) => v.id);
    expect(ids).to.deep.equal(['color-contrast']);
  });

  it('ignores best-practice rules that are not WCAG A/AA', async () => {
    // Skipped heading levels and an empty table header are best practice only.
    const root = mount(`<h1>Titel</h1><h4>Zu tief</h4><table><tr><th></th></tr><tr><td>1</td></tr></table>`);
    expect(await axeViolations(root)).to.deep.equal([]);
  });
});
