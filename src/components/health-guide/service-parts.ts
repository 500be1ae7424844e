/**
 * A health service as residents see it: a card with what it does, the
 * languages spoken there (each person's in their own script), "open now"
 * and its phone; the facts the detail view adds; and which services match
 * the answers of a path.
 */
import { html, nothing } from 'lit';
import { msg, str } from '../../core/locale/localize.js';
import type { OfferEntry } from '../../core/feed/catalog.js';
import type { HealthSpeciality, InsuranceKind } from '../../core/feed/vocabulary.js';
import { directionOf } from '../../core/locale/direction.js';
import { formatNumber } from '../../core/locale/format.js';
import { plural } from '../../core/locale/plural.js';
import { telHref } from '../../core/links.js';
import { isOpen } from '../../core/time/open-now.js';
import { card } from '../../core/ui/card.js';
import { cardLine, fact, languageNames, municipalities, providerName, tagList, text, type OfferContext } from '../../core/ui/offer-parts.js';
import { shownText } from '../../core/ui/shown-text.js';
import { contentNotes } from '../../core/ui/content-language.js';
import { insuranceLabel, specialityLabel } from './labels.js';
import { serviceHours, spokenLanguages } from './health-facets.js';
import type { Answer } from './guide-tree.js';

/** What the answers of a path ask of a service; an empty list asks nothing. */
export interface Wanted {
  specialities: string[];
  insurance: string[];
  topics: string[];
  languages: string[];
  municipality: string[];
}

export function wanted(answers: readonly Answer[], made: (answer: Answer) => 'languages' | 'municipality' | undefined): Wanted {
  const want: Wanted = { specialities: [], insurance: [], topics: [], languages: [], municipality: [] };
  for (const answer of answers) {
    const kind = made(answer);
    if (kind) {
      if (answer.value) want[kind].push(answer.value.toLowerCase());
      continue;
    }
    want.specialities.push(...(answer.services?.specialities ?? []));
    want.insurance.push(...(answer.services?.insurance ?? []));
    want.topics.push(...(answer.services?.topics ?? []));
  }
  return want;
}

const some = (wanted: readonly string[], has: readonly string[]) => wanted.length === 0 || wanted.some((w) => has.includes(w));

/**
 * Services that fit: every kind of wish met by one of its values. A service
 * that does not say which insurance it takes still fits (counselling rarely
 * asks); the card then says to ask.
 */
export function matches(entry: OfferEntry, want: Wanted): boolean {
  const { offer } = entry;
  const insurance = offer.health?.insurance;
  return (
    some(want.specialities, offer.health?.specialities ?? []) &&
    (!insurance || some(want.insurance, insurance)) &&
    some(want.topics, entry.topics) &&
    some(want.languages, spokenLanguages(entry)) &&
    some(
      want.municipality,
      entry.places.map((p) => p.address.municipality.trim().toLowerCase()),
    )
  );
}

function phoneOf(entry: OfferEntry) {
  const phone = entry.offer.contact?.phone ?? entry.organization?.contact?.phone;
  const href = telHref(phone);
  return href ? html`<a href=${href} dir="ltr">${phone}</a>` : undefined;
}

/** "Open now" when the hours say so, "Closed now" when they say that, else nothing. */
function openNow(entry: OfferEntry, ctx: OfferContext) {
  const states = serviceHours(entry).map((hours) => isOpen(hours, ctx.now));
  if (states.includes(true)) return html`<span class="badge open">${msg('Open now')}</span>`;
  return states.includes(false) ? html`<span class="badge">${msg('Closed now')}</span>` : undefined;
}

export function serviceCard(entry: OfferEntry, ctx: OfferContext, open: (entry: OfferEntry) => void, askInsurance: boolean) {
  const { offer } = entry;
  const provider = providerName(entry, ctx);
  const where = entry.places.length ? municipalities(entry, ctx.ui) : nothing;
  const specialities = (offer.health?.specialities ?? []).map((s) => specialityLabel(s as HealthSpeciality));
  const spoken = spokenLanguages(entry);
  const phone = phoneOf(entry);
  const now = openNow(entry, ctx);
  const title = text(offer.title, entry, ctx);
  return card({
    key: entry.key,
    heading: html`<button type="button" class="open" data-key=${entry.key} @click=${() => open(entry)}>${shownText(title)}</button>`,
    meta: provider || entry.places.length ? html`${shownText(provider)}${provider && entry.places.length ? ' · ' : ''}${where}` : nothing,
    body: html`${specialities.length ? tagList(specialities) : nothing}
      ${spoken.length ? cardLine(msg('Languages spoken:'), languageNames(spoken, ctx.ui)) : nothing}
      ${phone ? cardLine(msg('Phone:'), phone) : nothing}
      ${askInsurance && !offer.health?.insurance ? html`<p class="muted">${msg('Ask whether they accept your insurance.')}</p>` : nothing}`,
    badges: [
      ...(now ? [now] : []),
      ...(offer.health?.newPatients ? [html`<span class="badge">${msg('Takes new patients')}</span>`] : []),
      ...(entry.places.some((p) => p.wheelchair === 'yes') ? [html`<span class="badge">${msg('Wheelchair accessible')}</span>`] : []),
      ...contentNotes(entry, [title], ctx).map((note) => html`<span class="badge content-note">${note}</span>`),
    ],
  });
}

/** The health facts of the detail view: speciality, insurance, new patients, and who speaks which language. */
export function healthFacts(entry: OfferEntry, ctx: OfferContext) {
  const health = entry.offer.health;
  if (!health) return nothing;
  const language = entry.feed.language;
  return html`${health.specialities?.length ? fact(msg('Speciality'), tagList(health.specialities.map((s) => specialityLabel(s as HealthSpeciality)))) : nothing}
  ${health.insurance?.length ? fact(msg('Insurance accepted'), tagList(health.insurance.map((i) => insuranceLabel(i as InsuranceKind)))) : nothing}
  ${health.newPatients !== undefined ? fact(msg('New patients'), health.newPatients ? msg('Takes new patients') : msg('Takes no new patients at the moment')) : nothing}
  ${health.staff?.length
    ? fact(
        msg('Staff and their languages'),
        html`<ul class="plain staff">
          ${health.staff.map(
            (person) => html`<li>
              <bdi lang=${language} dir=${directionOf(language)}>${person.name}</bdi>${person.role ? html` (${shownText(text(person.role, entry, ctx))})` : nothing}:
              ${languageNames(person.languages, ctx.ui)}
            </li>`,
          )}
        </ul>`,
      )
    : nothing}`;
}

/** "3 services found". */
export function serviceCountText(total: number, ui: string): string {
  const n = formatNumber(total, ui);
  return plural(total, ui, {
    zero: () => msg(str`${n} services found`, { id: 'services-found.zero' }),
    one: () => msg(str`${n} service found`),
    two: () => msg(str`${n} services found`, { id: 'services-found.two' }),
    few: () => msg(str`${n} services found`, { id: 'services-found.few' }),
    many: () => msg(str`${n} services found`, { id: 'services-found.many' }),
    other: () => msg(str`${n} services found`),
  });
}
