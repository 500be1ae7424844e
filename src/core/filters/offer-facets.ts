/**
 * The facets every offer has: topic, audience, language, town, kind, and the
 * features free of charge, wheelchair access and childcare. Widgets that show
 * offers pick from these and add their own (a calendar's level, time of day).
 */
import { html } from 'lit';
import { msg } from '../locale/localize.js';
import type { OfferEntry, VocabularyEntry } from '../feed/catalog.js';
import { OFFER_KINDS, type OfferKind } from '../feed/vocabulary.js';
import { directionOf } from '../locale/direction.js';
import { ownLanguageName } from '../locale/language-names.js';
import { pickText, textLanguages } from '../locale/text.js';
import { audienceLabel, featureLabel, kindLabel } from '../ui/labels.js';
import { languageLabel } from '../ui/language-label.js';
import { shownText } from '../ui/shown-text.js';
import type { FacetLabel, FacetSpec } from './facets.js';

/** Language codes as attribute values: `ar`, `fa`, `pt-BR`. */
const LANGUAGE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/**
 * A vocabulary entry's label. An untrusted feed's own topic (its key holds
 * `~`) says whose it is, so two "Deutsch" options of two providers are told
 * apart.
 */
function vocabularyLabel(entry: VocabularyEntry | undefined, key: string, requested: readonly string[]): FacetLabel {
  const picked = entry && pickText(entry.label, requested, entry.language);
  if (!entry || !key.includes('~')) return { text: picked?.text ?? key, markup: shownText(picked, key) };
  const owner = pickText(entry.feed.publisher.name, requested, entry.feed.language);
  return {
    text: `${picked?.text ?? entry.id} (${owner?.text ?? ''})`,
    markup: html`${shownText(picked, entry.id)} <span class="muted">(${shownText(owner)})</span>`,
  };
}

export const topicsFacet: FacetSpec = {
  id: 'topics',
  kind: 'list',
  values: ({ topics }) => topics,
  // A topic counts for its broader topics too: "Sprachkurse" is also "Sprache".
  broader: (key, catalog) => catalog.topics.get(key)?.parent,
  legend: () => msg('Topic'),
  label: (key, _shown, { catalog, texts }) => vocabularyLabel(catalog.topics.get(key), key, texts),
  order: 'tree',
  preset: { known: true },
};

export const audiencesFacet: FacetSpec = {
  id: 'audiences',
  kind: 'list',
  values: ({ audiences }) => audiences,
  legend: () => msg('For whom'),
  label: (id, _shown, { catalog, texts }) => {
    const picked = audienceLabel(id, catalog, texts);
    return typeof picked === 'string' ? { text: picked, markup: picked } : { text: picked.text, markup: shownText(picked) };
  },
  preset: { known: true },
};

export const languagesFacet: FacetSpec = {
  id: 'languages',
  kind: 'list',
  values: ({ offer }) => offer.languages ?? [],
  caseless: true,
  legend: () => msg('Offered in'),
  label: (_code, shown, { ui }) => ({ text: ownLanguageName(shown, ui).text, markup: languageLabel(shown, ui) }),
  order: 'count',
  preset: { accepts: (code) => LANGUAGE.test(code), accepted: 'language codes such as ar, fa, uk, pt-BR', known: true },
};

/**
 * The languages an offer's own texts (title, summary) are written in: the
 * reader's own is the "available in my language" filter. The feed's default
 * language counts for texts given as plain strings.
 */
export const textLanguagesFacet: FacetSpec = {
  id: 'texts',
  kind: 'list',
  values: ({ offer, feed }) => [...new Set([...textLanguages(offer.title, feed.language), ...textLanguages(offer.summary, feed.language)])],
  caseless: true,
  legend: () => msg('Information available in'),
  label: (_code, shown, { ui }) => ({ text: ownLanguageName(shown, ui).text, markup: languageLabel(shown, ui) }),
  order: 'count',
};

export const municipalityFacet: FacetSpec = {
  id: 'municipality',
  kind: 'list',
  values: ({ places }) => places.map((p) => p.address.municipality),
  caseless: true,
  legend: () => msg('Town'),
  // Place names stay in the feed's language.
  label: (_key, shown, { catalog }) => {
    const lang = catalog.feeds[0]?.language ?? 'de';
    return { text: shown, markup: html`<span lang=${lang} dir=${directionOf(lang)}>${shown}</span>` };
  },
  preset: { known: true },
};

export const kindsFacet: FacetSpec = {
  id: 'kinds',
  kind: 'list',
  values: ({ offer }) => [offer.kind],
  legend: () => msg('Type of offer'),
  label: (kind) => {
    const text = kindLabel(kind as OfferKind);
    return { text, markup: text };
  },
  order: 'fixed',
  fixed: OFFER_KINDS,
  preset: { accepts: (kind) => (OFFER_KINDS as readonly string[]).includes(kind), accepted: OFFER_KINDS.join(', ') },
};

const feature = (id: 'free' | 'wheelchair' | 'childcare', has: (entry: OfferEntry) => boolean): FacetSpec => ({
  id,
  kind: 'flag',
  values: has,
  legend: () => featureLabel(id),
});

export const freeFacet = feature('free', ({ offer }) => Boolean(offer.cost?.free));
export const wheelchairFacet = feature('wheelchair', ({ places }) => places.some((p) => p.wheelchair === 'yes'));
export const childcareFacet = feature('childcare', ({ offer }) => Boolean(offer.childcare));

/** The offer finder's facets, in the order of its filter panel. */
export const OFFER_FACETS: readonly FacetSpec[] = [
  topicsFacet,
  audiencesFacet,
  languagesFacet,
  textLanguagesFacet,
  municipalityFacet,
  kindsFacet,
  freeFacet,
  wheelchairFacet,
  childcareFacet,
];
