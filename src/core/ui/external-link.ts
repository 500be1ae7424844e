/**
 * Links to places outside the host page, built from feed data. Only safe
 * protocols reach an `href` (see `links.ts`), and no link tells the other
 * site where the resident came from: the page URL may hold what they
 * searched for (`?lotse-q=Schwangerschaft`), so neither the referrer nor an
 * opener is passed on.
 */
import { html, nothing } from 'lit';

export function externalLink(href: string, content: unknown, { newTab = false, ltr = false } = {}) {
  // On paper the address is printed after the link, isolated left to right, so an Arabic page
  // does not turn "(https://a.example/)" into "(/https://a.example)".
  return html`<a
      href=${href}
      rel="noopener noreferrer"
      referrerpolicy="no-referrer"
      target=${newTab ? '_blank' : nothing}
      dir=${ltr ? 'ltr' : nothing}
      >${content}</a
    ><span class="print-url"> <bdi dir="ltr">(${href})</bdi></span>`;
}
