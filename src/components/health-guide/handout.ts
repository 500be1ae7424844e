/**
 * The one-page handout: the path taken, the explanations, the matching
 * services with their German names beside (to show at a reception), the
 * emergency numbers, and the link back to the same path as text and as a
 * QR code. It is in the page only to be printed (`@media print`).
 */
import { html, nothing } from 'lit';
import { msg } from '../../core/locale/localize.js';
import type { OfferEntry } from '../../core/feed/catalog.js';
import { formatDate } from '../../core/locale/format.js';
import { pickText, type ShownText } from '../../core/locale/text.js';
import { telHref } from '../../core/links.js';
import { addressLines } from '../../core/ui/place.js';
import { text, type OfferContext } from '../../core/ui/offer-parts.js';
import { shownText } from '../../core/ui/shown-text.js';
import type { Hotline } from './emergency.js';
import { explanationView } from './explanation.js';
import type { SourceStep } from './guide-tree.js';

/** A QR code as one SVG path of dark modules. */
export interface QrCode {
  size: number;
  d: string;
  /** The address it holds. */
  url: string;
}

/** Makes the QR code of `url`; the library (about 2 KB) loads only for this. */
export async function makeQr(url: string): Promise<QrCode> {
  const { generate } = await import('lean-qr/nano');
  const code = generate(url);
  let d = '';
  for (let y = 0; y < code.size; y++) for (let x = 0; x < code.size; x++) if (code.get(x, y)) d += `M${x} ${y}h1v1h-1z`;
  return { size: code.size, d, url };
}

export interface HandoutData {
  path: { question: ShownText | undefined; answer: ShownText | undefined }[];
  explanations: SourceStep[];
  services: OfferEntry[];
  hotlines: Hotline[];
  url: string;
  qr?: QrCode;
}

/** A feed text in the reader's language, and in German beside it when that differs. */
function withGerman(value: Parameters<typeof pickText>[0], entry: OfferEntry, ctx: OfferContext) {
  const shown = text(value, entry, ctx);
  const german = pickText(value, 'de', entry.feed.language);
  return html`${shownText(shown)}${german && shown && german.text !== shown.text ? html` <span class="german">(<span lang="de" dir="ltr">${german.text}</span>)</span>` : nothing}`;
}

export function handout(data: HandoutData, ctx: OfferContext) {
  return html`<section class="handout" aria-labelledby="handout-heading">
    <h2 id="handout-heading">${msg('Health guide: your way to help')}</h2>
    <p class="muted">${formatDate(ctx.now.date, ctx.ui, { dateStyle: 'long' })}</p>
    <h3>${msg('Your answers')}</h3>
    <dl class="facts">
      ${data.path.map((item) => html`<dt>${shownText(item.question)}</dt><dd>${shownText(item.answer)}</dd>`)}
    </dl>
    ${data.explanations.map((source) => explanationView(source, ctx.requested))}
    <h3>${msg('Where you can go')}</h3>
    ${data.services.length
      ? html`<ul class="plain handout-services">
          ${data.services.map((entry) => {
            const phone = entry.offer.contact?.phone ?? entry.organization?.contact?.phone;
            const tel = telHref(phone);
            return html`<li>
              <strong>${withGerman(entry.offer.title, entry, ctx)}</strong>
              ${entry.places.map((place) => html`${place.name ? html`<div>${withGerman(place.name, entry, ctx)}</div>` : nothing}${addressLines(place, entry.feed.language)}`)}
              ${tel ? html`<div>${msg('Phone:')} <a href=${tel} dir="ltr">${phone}</a></div>` : nothing}
            </li>`;
          })}
        </ul>`
      : html`<p>${msg('No service in the directory matches all your answers.')}</p>`}
    <h3>${msg('Emergency and crisis numbers')}</h3>
    <ul class="plain">
      ${data.hotlines.map(
        (line) => html`<li>${shownText(line.label)}: <bdi dir="ltr">${line.numbers.length ? line.numbers.join(' / ') : '112'}</bdi></li>`,
      )}
    </ul>
    <div class="link-back">
      ${data.qr
        ? html`<svg class="qr" viewBox="-4 -4 ${data.qr.size + 8} ${data.qr.size + 8}" role="img" aria-label=${msg('QR code of the link to these answers')}>
            <rect x="-4" y="-4" width=${data.qr.size + 8} height=${data.qr.size + 8} fill="#fff"></rect>
            <path d=${data.qr.d} fill="#000"></path>
          </svg>`
        : nothing}
      <p>${msg('This page online:')} <bdi class="url" dir="ltr">${data.url}</bdi></p>
    </div>
  </section>`;
}
