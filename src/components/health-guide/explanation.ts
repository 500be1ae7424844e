/** An explanation of the guide: what to do, what to bring, what it costs, and the German words heard at a reception. */
import { html, nothing } from 'lit';
import { msg } from '../../core/locale/localize.js';
import { pickText } from '../../core/locale/text.js';
import { languageHint, shownText } from '../../core/ui/shown-text.js';
import type { SourceStep } from './guide-tree.js';

export function explanationView({ step, language }: SourceStep, requested: string) {
  const pick = (value: Parameters<typeof pickText>[0]) => pickText(value, requested, language);
  const body = pick(step.text);
  return html`<section class="explanation" data-step=${step.id}>
    <h3>${shownText(pick(step.title))}${languageHint(pick(step.title), requested)}</h3>
    ${body ? html`<p lang=${body.lang} dir=${body.dir}>${body.text}</p>` : nothing}
    ${(step.sections ?? []).map((section) => {
      const text = pick(section.text)!;
      return html`<h4>${shownText(pick(section.heading))}</h4>
        <p lang=${text.lang} dir=${text.dir}>${text.text}</p>`;
    })}
    ${step.words?.length
      ? html`<h4>${msg('Words you may hear (German)')}</h4>
          <dl class="words">
            ${step.words.map(
              (word) => html`<dt><span lang="de" dir="ltr">${word.term}</span></dt>
                <dd>${shownText(pick(word.meaning))}</dd>`,
            )}
          </dl>`
      : nothing}
  </section>`;
}
