/**
 * Dates into residents' own calendars: an .ics file to download (made in
 * the browser, handed over as a blob: URL, which a strict CSP allows), and
 * the feed's ready-made calendars to subscribe to, as webcal: links and as
 * links to Google Calendar and Outlook. Those two leave the page for a
 * third party and say so; nothing is loaded from them before a click.
 */
import { html, nothing } from 'lit';
import { msg } from '../../core/locale/localize.js';
import type { Catalog, OfferEntry } from '../../core/feed/catalog.js';
import type { CalendarLink } from '../../core/feed/schema.js';
import { calendarDeps } from '../../core/calendar/deps.js';
import { pickText } from '../../core/locale/text.js';
import { safeHref } from '../../core/links.js';
import { externalLink } from '../../core/ui/external-link.js';
import { languageHint, shownText } from '../../core/ui/shown-text.js';

/**
 * Offers `entries` as an .ics download. The writer and the download load
 * only now, as a chunk of their own that imports nothing (see
 * core/calendar/deps.ts): most residents never download a file.
 */
export async function downloadCalendar(entries: readonly OfferEntry[], name: string, requested: string, words: { registration: string }): Promise<string> {
  const { saveCalendar } = await import('./calendar-download.js');
  return saveCalendar(entries, name, requested, words, calendarDeps);
}

/** `webcal://` for an https address of an .ics file: calendar apps subscribe to it. */
export function webcalHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url.replace(/^https?:/i, 'webcal:') : undefined;
}

export function googleHref(url: string): string {
  return `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(webcalHref(url) ?? url)}`;
}

export function outlookHref(url: string, name: string): string {
  return `https://outlook.live.com/calendar/0/addfromweb?url=${encodeURIComponent(url)}&name=${encodeURIComponent(name)}`;
}

/**
 * Every feed's calendars, once each (by address), with the address as the
 * browser reads it, like every other link: the host in punycode (no
 * look-alike letters), direction controls encoded, an impossible port
 * dropped. Only web addresses: they become webcal: links.
 */
export function feedCalendars(catalog: Catalog): { link: CalendarLink; language: string }[] {
  const seen = new Set<string>();
  return catalog.feeds.flatMap((feed) =>
    (feed.calendars ?? []).flatMap((c) => {
      const url = safeHref(c.url);
      if (!url || !/^https?:/.test(url) || seen.has(url)) return [];
      seen.add(url);
      return [{ link: { ...c, url }, language: feed.language }];
    }),
  );
}

/** The subscribe section: one entry per calendar with its three links. */
export function subscribeList(calendars: { link: CalendarLink; language: string }[], requested: string) {
  if (calendars.length === 0) return nothing;
  return html`<details class="subscribe" part="subscribe">
    <summary>${msg('Subscribe to a calendar')}</summary>
    <p class="hint">${msg('A subscribed calendar updates itself in your calendar app. The Google and Outlook links open those services’ websites.')}</p>
    <ul class="plain">
      ${calendars.map(({ link, language }) => {
        const label = pickText(link.label, requested, language);
        const webcal = webcalHref(link.url);
        return html`<li>
          <strong>${shownText(label)}</strong>${languageHint(label, requested)}
          <ul class="links">
            ${webcal ? html`<li>${externalLink(webcal, msg('Subscribe in your calendar app'))}</li>` : nothing}
            <li>${externalLink(googleHref(link.url), msg('Google Calendar (opens google.com)'), { newTab: true })}</li>
            <li>${externalLink(outlookHref(link.url, label?.text ?? ''), msg('Outlook (opens outlook.com)'), { newTab: true })}</li>
            <li>${externalLink(link.url, msg('Download (.ics)'))}</li>
          </ul>
        </li>`;
      })}
    </ul>
  </details>`;
}
