/**
 * What of an offer is searched, field by field: the index (offer-index.ts)
 * and the simple matcher that answers until it is built read the same texts.
 */
import type { Catalog, OfferEntry } from '../feed/catalog.js';
import { allTexts } from '../locale/text.js';
import { UI_LOCALES } from '../locale/messages.js';
import { languageAutonym, languageName } from '../locale/language-names.js';
import { compoundParts, indexTerms } from './fold.js';
import type { IndexSource } from './offer-index.js';

/** An offer's own fields, best first: hits in the title rank first, then keywords, then the running text. */
export const FIELDS = ['title', 'keywords', 'text'] as const;
export type Field = (typeof FIELDS)[number];

/** Which title languages to read; all when not given. */
export type TitleLanguages = ((lang: string) => boolean) | undefined;

/** Whether a language tag is one of `first` (primary subtags, lower case); remembered per tag, as it is asked for every offer. */
export function languageTest(first: Set<string>): (lang: string) => boolean {
  const known = new Map<string, boolean>();
  return (lang) => {
    let yes = known.get(lang);
    if (yes === undefined) known.set(lang, (yes = first.has(lang.toLowerCase().split('-')[0])));
    return yes;
  };
}

export function fieldText(entry: OfferEntry, field: Field, titleIn?: TitleLanguages): string {
  const { offer } = entry;
  switch (field) {
    case 'title': {
      const title = offer.title;
      if (!titleIn) return allTexts(title).join(' ');
      // A plain string is in the feed's language.
      if (typeof title === 'string') return titleIn(entry.feed.language) ? title : '';
      return Object.keys(title)
        .filter(titleIn)
        .map((lang) => title[lang])
        .join(' ');
    }
    case 'keywords':
      return allTexts(offer.keywords).join(' ');
    case 'text':
      return [...allTexts(offer.summary), ...allTexts(offer.description)].join(' ');
  }
}

/** The languages an offer is held in, other than its feed's own (German in German feeds goes without saying). */
export function offerLanguages(entry: OfferEntry): string[] {
  return (entry.offer.languages ?? []).filter((code) => code !== entry.feed.language);
}

/**
 * Things many offers share, each searched once: its text, and a hit on it
 * counts for every offer that has it (topics, provider, places, languages).
 */
export interface SharedThings<K> {
  keysOf: (entry: OfferEntry) => K[];
  text: (key: K) => string;
}

export function sharedThings(catalog: Catalog): SharedThings<unknown>[] {
  const things = <K>(keysOf: (entry: OfferEntry) => K[], text: (key: K) => string) => ({ keysOf, text }) as SharedThings<unknown>;
  return [
    // Topics by the keys of the offer's own feed's vocabulary (see catalog.ts), so an untrusted feed's topic is its own.
    things(
      (e) => e.topics,
      (key) => allTexts(catalog.topics.get(key as string)?.label).join(' '),
    ),
    things(
      (e) => (e.organization ? [e.organization] : []),
      (org) => allTexts(org.name).join(' '),
    ),
    things(
      (e) => e.places,
      (p) => [...allTexts(p.name), p.address.municipality, p.address.district ?? '', p.address.postcode].join(' '),
    ),
    // What residents type for a language an offer is held in: its name in every UI language and in itself
    // ("Arabisch", "Arabic", "Arapça", "العربية"). One thing per UI language, because naming in a language
    // is slow the first time (Intl loads its data): the index builds each in a slice of its own.
    ...UI_LOCALES.map((ui) => things(offerLanguages, (code) => languageName(code, ui))),
    things(offerLanguages, (code) => languageAutonym(code) ?? ''),
  ];
}

/**
 * What the search chunk indexes of a catalogue. `first`: languages (primary
 * subtags, lower case) whose titles count as the title; titles in other
 * languages rank a little lower and, in large catalogues, are indexed later.
 */
export function indexSource(catalog: Catalog, first: Set<string>): IndexSource {
  const inFirst = languageTest(first);
  const otherTitle: TitleLanguages = (lang) => !inFirst(lang);
  return {
    count: catalog.offers.length,
    text: (position, field) => {
      const entry = catalog.offers[position];
      return field === 'title' ? fieldText(entry, 'title', inFirst) : field === 'otherTitle' ? fieldText(entry, 'title', otherTitle) : fieldText(entry, field);
    },
    shared: () => {
      // Things read the same way (a language's name in each UI language) share one pass over the offers.
      const passes = new Map<SharedThings<unknown>['keysOf'], Map<unknown, number[]>>();
      return sharedThings(catalog).flatMap(({ keysOf, text }) => {
        let things = passes.get(keysOf);
        if (!things) {
          const found = (things = new Map<unknown, number[]>());
          catalog.offers.forEach((entry, position) => {
            for (const key of keysOf(entry)) {
              const offers = found.get(key);
              if (offers) offers.push(position);
              else found.set(key, [position]);
            }
          });
          passes.set(keysOf, things);
        }
        // Named on demand: naming a language in every UI language is slow the first time.
        return [...things].map(([key, offers]) => ({ offers, text: () => text(key) }));
      });
    },
    terms: indexTerms,
    compoundParts,
  };
}
