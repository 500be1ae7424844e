/**
 * Hostile input for widget tests: strings that try to run script, break out
 * of attributes, confuse bidi layout or stretch the layout, plus a feed full
 * of them and a check that nothing ran.
 *
 * Typical widget test:
 *
 * ```ts
 * import { hostileFeed, expectNoExecution, resetExecutionFlag } from '../helpers/hostile-strings.js';
 * beforeEach(resetExecutionFlag);
 * it('renders hostile feed text inertly', async () => {
 *   answerJson(url, hostileFeed());
 *   const el = await fixture(`<lotse-offer-list src="${url}"></lotse-offer-list>`);
 *   // ... wait (with timers) until the offers are rendered ...
 *   await expectNoExecution(el.shadowRoot);
 * });
 * ```
 *
 * Every payload that manages to run sets `window.__lotsePwned` to its own
 * number (see `PWNED_FLAG`), so a failure tells which payload got through.
 */

/** The global that every script payload sets when it runs. */
export const PWNED_FLAG = '__lotsePwned';

/** One hostile string with a short, stable name for test titles and messages. */
export interface HostileString {
  name: string;
  value: string;
}

/** Code that sets the flag to `n` (no quotes, so it also works in unquoted attributes). */
const pwn = (n: number) => `window.${PWNED_FLAG}=${n}`;

const zalgo = (text: string) =>
  [...text]
    .map((char, i) => char + Array.from({ length: 18 }, (_, k) => String.fromCharCode(0x300 + ((i * 7 + k * 5) % 0x70))).join(''))
    .join('');

const tenThousand = 'Integrationskurs für alle ab 16 Jahren, mit Kinderbetreuung. '.repeat(200).slice(0, 10000);

/**
 * The corpus. Every value contains at least one non-space character, so it is
 * accepted wherever the feed schema allows free text.
 */
export const HOSTILE_STRINGS: readonly HostileString[] = [
  { name: 'script tag', value: `<script>${pwn(1)}</script>` },
  { name: 'script tag with src', value: `Kurs <script src="data:text/javascript,${pwn(2)}"></script> am Montag` },
  { name: 'img onerror', value: `<img src=x onerror=${pwn(3)}>` },
  { name: 'svg onload', value: `<svg onload=${pwn(4)}><circle r=1 /></svg>` },
  { name: 'svg script', value: `<svg><script>${pwn(5)}</script></svg>` },
  { name: 'details ontoggle', value: `<details open ontoggle=${pwn(6)}><summary>Mehr</summary></details>` },
  { name: 'autofocus onfocus', value: `<input autofocus onfocus=${pwn(7)}>` },
  { name: 'onmouseover attribute', value: `<div onmouseover="${pwn(8)}" style="position:fixed;inset:0">x</div>` },
  { name: 'javascript: URL', value: `javascript:${pwn(9)}` },
  { name: 'javascript: URL, mixed case with tab', value: `\tJaVa\tScRiPt:${pwn(10)}` },
  { name: 'data:text/html URL', value: `data:text/html,<script>parent.${PWNED_FLAG}=11</script>` },
  { name: 'double-quote attribute breakout', value: `"><iframe src="javascript:parent.${PWNED_FLAG}=12"></iframe>` },
  { name: 'single-quote attribute breakout', value: `'><img src=x onerror=${pwn(13)}>` },
  { name: 'unquoted attribute breakout', value: `x onfocus=${pwn(14)} autofocus tabindex=0 x` },
  { name: 'link with javascript: href', value: `<a href="javascript:${pwn(15)}">Hier klicken</a>` },
  { name: 'iframe srcdoc', value: `<iframe srcdoc="<script>parent.${PWNED_FLAG}=16</script>"></iframe>` },
  { name: 'comment breakout', value: `--><script>${pwn(17)}</script><!--` },
  { name: 'style breakout', value: `</style><script>${pwn(18)}</script><style>` },
  { name: 'template literal', value: '${' + pwn(19) + '} ${alert(document.domain)}' },
  { name: 'mustache template', value: `{{constructor.constructor('${pwn(20)}')()}} {{7*7}}` },
  { name: 'lit marker lookalike', value: '<?lit$123456789$>lit$123456789$<!--?lit$1$-->' },
  { name: 'markdown javascript link', value: `[Anmeldung](javascript:${pwn(21)})` },
  { name: 'html entities', value: '&lt;b&gt;fett&lt;/b&gt; &amp;amp; &#x3C;script&#x3E; &quot;' },
  { name: 'bidi override (U+202E)', value: 'Anmeldung: \u202Efdp.exe\u202C bis Freitag' },
  { name: 'bidi isolates (U+2066-2069), unterminated', value: 'Kurs \u2066LRI\u2069 \u2067RLI\u2069 \u2068FSI\u2069 offen \u2067ohne Ende' },
  { name: 'bidi embeddings, unterminated', value: '\u202BRLE \u202ALRE \u202DLRO \u202ERLO nicht beendet' },
  { name: '10,000 characters', value: tenThousand },
  { name: 'very long word', value: 'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen'.repeat(20) },
  { name: 'long URL-like word', value: `https://example.org/${'pfad/'.repeat(150)}ende` },
  { name: 'emoji with ZWJ and skin tones', value: 'Familie 👨‍👩‍👧‍👦 Ärztin 👩🏽‍⚕️ Team 🧑🏿‍🤝‍🧑🏻 👍🏾 🏳️‍🌈 🇩🇪' },
  { name: 'combining marks (zalgo)', value: zalgo('Sprachkurs') },
  { name: 'NUL byte', value: 'Beratung\u0000danach abgeschnitten?' },
  { name: 'control characters', value: 'Glocke\u0007 Rück\u0008 Esc\u001B[31mrot\u001B[0m DEL\u007F NEL\u0085 FF\u000C VT\u000B Ende' },
  { name: 'line and paragraph separators', value: 'Zeile 1\u2028Zeile 2\u2029Absatz\r\nCRLF\rCR' },
  { name: 'zero-width characters', value: 'Un\u200Bsicht\u200Cbar\u200D\uFEFFe Zeichen\u2060' },
  { name: 'lone surrogates', value: 'Kaputt \uD83D und \uDE00 Ende' },
  { name: 'RTL mixed with LTR', value: 'Beratung auf العربية und فارسی (Tel. 0531 123-45), עברית 2025' },
  { name: 'RTL text only', value: 'دورة اللغة الألمانية للمبتدئين — ١٢٣' },
  { name: 'prototype names', value: '__proto__ constructor prototype toString hasOwnProperty' },
  { name: 'format and query strings', value: "%s%s%n%x ' OR 1=1 -- ; DROP TABLE offers; {0} %(name)s" },
];

/** A corpus entry by name; throws for unknown names so typos fail loudly. */
export function hostileString(name: string): string {
  const found = HOSTILE_STRINGS.find((s) => s.name === name);
  if (!found) throw new Error(`No hostile string named "${name}"`);
  return found.value;
}

/**
 * E-mail addresses that the feed schema accepts but that try to break out
 * of an attribute or template when put into `mailto:` links.
 */
export const HOSTILE_EMAILS: readonly string[] = [
  `x'onmouseover=window.${PWNED_FLAG}=30'@evil.example`,
  '{{constructor}}@evil.example',
  '${alert}@evil.example',
  '\u202Eed.liame@evil.example',
  "x'+alert`1`+'@evil.example",
];

/**
 * Web URLs that the feed schema accepts (http/https, no spaces) but that
 * carry markup, so an unescaped `href` would break out of its attribute.
 */
export const HOSTILE_VALID_URLS: readonly string[] = [
  `https://evil.example/"><script>${pwn(31)}</script>`,
  `https://evil.example/?q='><img/src=x/onerror=${pwn(32)}>`,
  'https://evil.example/#javascript:alert(1)',
  'https://evil.example/\u202Efdp.exe',
  `https://evil.example/${'a'.repeat(3000)}`,
];

/** URL values that the schema must reject: records carrying them are dropped. */
export const HOSTILE_INVALID_URLS: readonly string[] = [
  `javascript:${pwn(40)}`,
  `data:text/html,<script>${pwn(41)}</script>`,
  `JAVASCRIPT://evil.example/%0A${pwn(42)}`,
  `vbscript:msgbox(43)`,
  `https://evil.example/ javascript:${pwn(44)}`,
  // Poses as the town's site, leads to evil.example.
  'https://www.stadt.example@evil.example/',
  'https://user:secret@host.example/path',
];

/** A record that `hostileFeed()` gives a bad value on purpose, and where the validator must complain. */
export interface RejectedRecord {
  collection: 'organizations' | 'offers';
  id: string;
  field: string;
}

/** The records of `hostileFeed()` with a bad URL: each is kept without it, and the URL reported. */
export const HOSTILE_REJECTED: readonly RejectedRecord[] = [
  ...HOSTILE_INVALID_URLS.map((_, i) => ({ collection: 'offers' as const, id: `bad-url-${i + 1}`, field: 'url' })),
  ...HOSTILE_INVALID_URLS.map((_, i) => ({
    collection: 'offers' as const,
    id: `bad-contact-url-${i + 1}`,
    field: 'contact.url',
  })),
  ...HOSTILE_INVALID_URLS.map((_, i) => ({
    collection: 'organizations' as const,
    id: `bad-org-url-${i + 1}`,
    field: 'contact.url',
  })),
];

type Json = Record<string, unknown>;

/**
 * A valid Lotse 1.0 feed (language "de") in which every free-text field of
 * every record carries hostile strings: publisher, topic and audience labels,
 * organisation names and descriptions, place names and address fields,
 * offer titles, summaries, descriptions, keywords, cost notes, hours notes
 * and contact names. Texts alternate between plain strings and language maps
 * (de, ar, en, fa, uk). E-mails and web URLs get the hostile values the
 * schema still accepts (`HOSTILE_EMAILS`, `HOSTILE_VALID_URLS`).
 *
 * Every corpus string is the title of at least one offer (`offer-1` ...,
 * in corpus order), so a widget that lists all offers renders all of them.
 *
 * In addition, the records listed in `HOSTILE_REJECTED` carry
 * `javascript:`/`data:` URLs, which validation must leave out (and report)
 * while the records stay.
 *
 * `base` replaces top-level fields of the envelope (e.g. `{ id: 'evil', language: 'ar' }`).
 * Each call returns a fresh object.
 */
export function hostileFeed(base: Json = {}): Json {
  const all = HOSTILE_STRINGS.map((s) => s.value);
  let cursor = 0;
  /** The next corpus string, cycling. */
  const next = () => all[cursor++ % all.length];
  /** A text: every other call a plain string, otherwise a language map. */
  let flip = false;
  const text = (): string | Record<string, string> => {
    flip = !flip;
    return flip ? next() : { de: next(), ar: next(), en: next(), fa: next(), uk: next() };
  };
  const email = (i: number) => HOSTILE_EMAILS[i % HOSTILE_EMAILS.length];
  const webUrl = (i: number) => HOSTILE_VALID_URLS[i % HOSTILE_VALID_URLS.length];
  const contact = (i: number) => ({ name: next(), phone: '+49 (0)30 / 123-45', email: email(i), url: webUrl(i) });
  const hours = () => ({
    regular: [{ days: ['mo', 'we'], opens: '09:00', closes: '12:00' }],
    exceptions: [{ date: '2025-12-24', closed: true, note: text() }],
    note: text(),
  });

  const topics = Array.from({ length: 4 }, (_, i) => ({
    id: `topic-${i + 1}`,
    label: text(),
    ...(i > 0 ? { parent: 'topic-1' } : {}),
  }));
  const audiences = [
    { id: 'refugees', label: text() },
    { id: 'custom-audience', label: text() },
  ];
  const organizations = [
    ...Array.from({ length: 3 }, (_, i) => ({
      id: `org-${i + 1}`,
      name: text(),
      description: text(),
      type: 'nonprofit',
      contact: contact(i),
    })),
    ...HOSTILE_INVALID_URLS.map((url, i) => ({
      id: `bad-org-url-${i + 1}`,
      name: next(),
      contact: { name: next(), url },
    })),
  ];
  const places = Array.from({ length: 3 }, (_, i) => ({
    id: `place-${i + 1}`,
    name: text(),
    address: { street: next(), postcode: '38100', municipality: next(), district: next() },
    wheelchair: 'limited',
    hours: hours(),
  }));
  const offers: Json[] = all.map((title, i) => ({
    id: `offer-${i + 1}`,
    kind: 'course',
    title: i % 3 === 0 ? { de: title, ar: next(), en: next() } : title,
    summary: text(),
    description: text(),
    organization: `org-${(i % 3) + 1}`,
    places: [`place-${(i % 3) + 1}`],
    topics: [`topic-${(i % 4) + 1}`],
    audiences: ['refugees', 'custom-audience'],
    languages: ['de', 'ar'],
    keywords: i % 2 === 0 ? [next(), next()] : { de: [next()], ar: [next(), next()] },
    cost: { free: false, amount: 12.5, reducedAmount: 0, note: text() },
    contact: contact(i),
    url: webUrl(i),
    hours: hours(),
    schedule: { start: '2025-05-05', end: '2025-07-28', weekly: { days: ['mo'] }, startTime: '18:00', endTime: '19:30' },
    verified: '2025-04-01',
  }));
  HOSTILE_INVALID_URLS.forEach((url, i) => {
    offers.push({ id: `bad-url-${i + 1}`, kind: 'service', title: next(), url, verified: '2025-04-01' });
  });
  HOSTILE_INVALID_URLS.forEach((url, i) => {
    offers.push({
      id: `bad-contact-url-${i + 1}`,
      kind: 'service',
      title: next(),
      contact: { name: next(), url },
      verified: '2025-04-01',
    });
  });

  return {
    lotse: '1.0',
    id: 'hostile',
    language: 'de',
    publisher: {
      name: { de: next(), ar: next(), en: next() },
      url: HOSTILE_VALID_URLS[0],
      contact: contact(0),
      updated: '2025-04-01',
    },
    topics,
    audiences,
    organizations,
    places,
    offers,
    ...base,
  };
}

/** Clears the flag; call in `beforeEach` of tests that use `expectNoExecution`. */
export function resetExecutionFlag(): void {
  delete (window as unknown as Record<string, unknown>)[PWNED_FLAG];
}

const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'base', 'portal', 'frameset']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background']);
const DANGEROUS_URL = /^(javascript:|vbscript:|data:text\/html)/i;

/** Every element under `root`, descending into open shadow roots (and template-free). */
function* elementsIn(root: Node): Generator<Element> {
  const start = root instanceof Element ? [root] : [];
  const children = root instanceof Element || root instanceof DocumentFragment || root instanceof Document ? [...(root as ParentNode).querySelectorAll('*')] : [];
  for (const element of [...start, ...children]) {
    yield element;
    if (element.shadowRoot) yield* elementsIn(element.shadowRoot);
  }
}

function snippet(element: Element): string {
  const html = element.outerHTML;
  return html.length > 160 ? `${html.slice(0, 160)}…` : html;
}

/** What is wrong in `roots`: script-capable elements, `on*` handlers, script URLs. */
export function findExecutableMarkup(...roots: (Node | null | undefined)[]): string[] {
  const found: string[] = [];
  for (const root of roots) {
    if (!root) continue;
    for (const element of elementsIn(root)) {
      if (FORBIDDEN_ELEMENTS.has(element.localName)) found.push(`<${element.localName}> element: ${snippet(element)}`);
      for (const attribute of element.attributes) {
        const name = attribute.name.toLowerCase();
        if (name.startsWith('on')) found.push(`event handler attribute ${name}: ${snippet(element)}`);
        if (name === 'srcdoc') found.push(`srcdoc attribute: ${snippet(element)}`);
        // URL parsers drop tabs, newlines and leading controls before the scheme.
        const squeezed = attribute.value.replace(/[\u0000-\u0020]/g, '');
        if (URL_ATTRIBUTES.has(name) && DANGEROUS_URL.test(squeezed)) {
          found.push(`script URL in ${name}: ${snippet(element)}`);
        }
      }
    }
  }
  return found;
}

/**
 * Asserts that no hostile payload ran and that none is waiting to run.
 *
 * It first waits a short pause (50 ms), so that `onerror`,
 * `onload`, `ontoggle` and `autofocus` handlers of injected markup would have
 * fired, then throws if `window.__lotsePwned` was set (naming the payload) or
 * if any of `roots` (elements, documents or shadow roots, searched through
 * nested open shadow roots) contains `<script>`, `<iframe>`, `<object>`,
 * `<embed>`, `<base>`, any `on*` attribute, `srcdoc`, or a
 * `javascript:`/`vbscript:`/`data:text/html` URL in `href`, `src`, `action` ...
 * Plain `<img>` or `<svg>` elements are allowed; their handlers are not.
 */
export async function expectNoExecution(...roots: (Node | null | undefined)[]): Promise<void> {
  // Timers, not requestAnimationFrame: rAF never fires in a background test page.
  await new Promise((resolve) => setTimeout(resolve, 50));
  await new Promise((resolve) => setTimeout(resolve, 0));
  const problems: string[] = [];
  const flag = (window as unknown as Record<string, unknown>)[PWNED_FLAG];
  if (flag !== undefined) {
    const setter = new RegExp(`${PWNED_FLAG}=${String(flag)}(?!\\d)`);
    const culprit =
      HOSTILE_STRINGS.find((s) => setter.test(s.value))?.name ??
      [...HOSTILE_EMAILS, ...HOSTILE_VALID_URLS, ...HOSTILE_INVALID_URLS].find((v) => setter.test(v));
    problems.push(`a payload ran: window.${PWNED_FLAG} = ${String(flag)}${culprit ? ` (${JSON.stringify(culprit)})` : ''}`);
  }
  problems.push(...findExecutableMarkup(...roots));
  if (problems.length > 0) throw new Error(`Hostile input was not rendered inertly:\n  ${problems.join('\n  ')}`);
}
