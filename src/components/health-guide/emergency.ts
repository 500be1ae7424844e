/**
 * The emergency and crisis numbers, first in every state of the guide and
 * alone in `variant="emergency"`: the library's nationwide defaults, words
 * from the default tree of the reader's language where it has loaded, and
 * the feed's numbers, which replace a default of the same id or add to them.
 */
import { html, nothing } from 'lit';
import { msg } from '../../core/locale/localize.js';
import type { ValidatedFeed } from '../../core/feed/validate-records.js';
import { directionOf } from '../../core/locale/direction.js';
import { pickText, type ShownText } from '../../core/locale/text.js';
import { telHref } from '../../core/links.js';
import { shownText } from '../../core/ui/shown-text.js';
import type { EmergencyWords } from './guide-tree.js';

export interface Hotline {
  id: string;
  numbers: readonly string[];
  label: ShownText;
  description?: ShownText;
  /** A library default: the same all over Germany. */
  nationwide: boolean;
}

/** The defaults, in the order they are shown; `poison` has no nationwide number, so the feed gives the region's. */
const DEFAULTS: [id: string, numbers: string[]][] = [
  ['112', ['112']],
  ['110', ['110']],
  ['116117', ['116 117']],
  ['poison', []],
  ['telefonseelsorge', ['0800 111 0 111', '0800 111 0 222']],
  ['women', ['116 016']],
];

function defaultWords(id: string): [string, string] {
  switch (id) {
    case '112':
      return [msg('Emergency: ambulance and fire brigade'), msg('When a life is in danger, after a serious accident, in a fire. Free, day and night.')];
    case '110':
      return [msg('Police'), msg('In case of violence, threats or a crime. Free, day and night.')];
    case '116117':
      return [msg('On-call doctors'), msg('When you are ill and cannot wait until the practice opens. Free.')];
    case 'poison':
      return [msg('Poison control (Giftnotruf)'), msg('When someone has swallowed or breathed in something poisonous. If the person is very ill: 112.')];
    case 'poison-unset':
      return [msg('Poison control (Giftnotruf)'), msg('The number differs by region, and this page names none. In case of poisoning, call 112.')];
    case 'telefonseelsorge':
      return [msg('Crisis line (TelefonSeelsorge)'), msg('Someone listens when you are in despair or think of suicide. Free, anonymous, day and night.')];
    default:
      return [msg('Violence against women helpline'), msg('Help with violence, also for relatives. Free, anonymous, day and night, in many languages.')];
  }
}

/**
 * The numbers to show. `wordsLang`: the language the UI strings are in
 * (English until they load); the library's words of the language asked for
 * win when they have loaded.
 */
export function hotlines(feeds: readonly ValidatedFeed[], loaded: EmergencyWords | undefined, requested: string, wordsLang: string): Hotline[] {
  const treeWords = loaded && loaded.language === requested.split('-')[0].toLowerCase() ? loaded : undefined;
  const words = (id: string): [ShownText, ShownText] => {
    const fromTree = treeWords?.emergency[id];
    const lang = fromTree ? treeWords!.language : wordsLang;
    const [label, description] = fromTree ? [fromTree.label, fromTree.description] : defaultWords(id);
    const dir = directionOf(lang);
    return [
      { text: label, lang, dir },
      { text: description, lang, dir },
    ];
  };
  const own = new Map<string, Hotline>();
  for (const feed of feeds) {
    for (const record of feed.emergency) {
      if (own.has(record.id)) continue;
      const defaults = words(record.id);
      own.set(record.id, {
        id: record.id,
        numbers: record.numbers,
        label: pickText(record.label, requested, feed.language)!,
        // A replaced default keeps its description unless the feed gives one.
        description: record.description ? pickText(record.description, requested, feed.language) : DEFAULTS.some(([id]) => id === record.id) ? defaults[1] : undefined,
        nationwide: false,
      });
    }
  }
  const list: Hotline[] = DEFAULTS.map(([id, numbers]) => {
    const replaced = own.get(id);
    if (replaced) return replaced;
    const [label, description] = words(id === 'poison' ? 'poison-unset' : id);
    return { id, numbers, label, description, nationwide: true };
  });
  for (const [id, line] of own) if (!DEFAULTS.some(([known]) => known === id)) list.push(line);
  return list;
}

/** One number as a link, read digit group by digit group, left to right in any page. */
const numberLink = (number: string) => {
  const href = telHref(number);
  return href ? html`<a class="tel" href=${href} dir="ltr">${number}</a>` : nothing;
};

export interface EmergencyOptions {
  /** The heading's id (two guides on a page: each its own). */
  headingId: string;
  /** Without descriptions: the narrow step view keeps only label and number. */
  brief?: boolean;
}

export function emergencyList(lines: readonly Hotline[], { headingId, brief = false }: EmergencyOptions) {
  return html`<section class="emergency" part="emergency" aria-labelledby=${headingId}>
    <h2 id=${headingId}>${msg('Emergency and crisis numbers')}</h2>
    <ul class="hotlines">
      ${lines.map(
        (line) => html`<li class="hotline" data-id=${line.id}>
          <span class="hotline-label">${shownText(line.label)}</span>
          <span class="numbers">${line.numbers.length ? line.numbers.map(numberLink) : numberLink('112')}</span>
          ${brief || !line.description ? nothing : html`<span class="hotline-text">${shownText(line.description)}</span>`}
          ${line.nationwide ? html`<span class="scope muted">${msg('Nationwide')}</span>` : nothing}
        </li>`,
      )}
    </ul>
  </section>`;
}
