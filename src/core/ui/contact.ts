/**
 * A contact as a list: name, phone, e-mail and web addresses, each a link
 * only when it is safe (see `links.ts`); what is valid is always shown,
 * even a name alone. One block for residents' widgets and the staff view.
 */
import { html, nothing } from 'lit';
import { msg, str } from '../locale/localize.js';
import type { Contact } from '../feed/schema.js';
import { directionOf } from '../locale/direction.js';
import type { ShownText } from '../locale/text.js';
import { mailtoHref, safeHref, telHref } from '../links.js';
import { externalLink } from './external-link.js';

export interface ContactOptions {
  /** The language of the feed the contact comes from (the name is in it). */
  language: string;
  /** Whose web address it is, for the link text ("Website of Caritas Musterland"). */
  owner?: ShownText;
  /** The offer's own web page, listed before the contact's. */
  offerPage?: string;
}

/** True when the block has something to show. */
export function hasContact(contact: Contact | undefined, offerPage?: string): boolean {
  return Boolean(contact?.name?.trim() || telHref(contact?.phone) || mailtoHref(contact?.email) || safeHref(contact?.url) || safeHref(offerPage));
}

export function contactList(contact: Contact | undefined, { language, owner, offerPage }: ContactOptions) {
  const tel = telHref(contact?.phone);
  const mail = mailtoHref(contact?.email);
  const url = safeHref(contact?.url);
  const page = safeHref(offerPage);
  const name = contact?.name?.trim();
  if (!name && !tel && !mail && !url && !page) return nothing;
  const whose = owner ?? (name ? { text: name, lang: language, dir: directionOf(language) } : undefined);
  return html`<ul class="plain contact">
    ${name ? html`<li><bdi lang=${language} dir=${directionOf(language)}>${name}</bdi></li>` : nothing}
    ${tel ? html`<li><bdi>${msg('Phone:')}</bdi> <a href=${tel} dir="ltr">${contact!.phone}</a></li>` : nothing}
    ${mail ? html`<li><bdi>${msg('Email:')}</bdi> <a href=${mail} dir="ltr">${contact!.email}</a></li>` : nothing}
    ${page ? html`<li>${externalLink(page, msg('Website of the offer'))}</li>` : nothing}
    ${url && url !== page
      ? html`<li>${externalLink(url, whose ? msg(str`Website of ${whose.text}`) : msg('Website'))}</li>`
      : nothing}
  </ul>`;
}
