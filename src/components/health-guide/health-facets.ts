/**
 * The directory's facets, as data like `offer-facets.ts`: speciality,
 * insurance accepted, languages spoken (by the service or any of its staff),
 * languages its texts are written in, town, new patients, wheelchair access
 * and "open now". Which records are health services is said here too.
 */
import type { Catalog, OfferEntry } from '../../core/feed/catalog.js';
import type { OpeningHours } from '../../core/feed/schema.js';
import { HEALTH_SPECIALITIES, INSURANCE_KINDS, type HealthSpeciality, type InsuranceKind } from '../../core/feed/vocabulary.js';
import type { FacetSpec } from '../../core/filters/facets.js';
import { languagesFacet, municipalityFacet, textLanguagesFacet, topicsFacet, wheelchairFacet } from '../../core/filters/offer-facets.js';
import { msg } from '../../core/locale/localize.js';
import type { BerlinNow } from '../../core/time/berlin.js';
import { isOpen } from '../../core/time/open-now.js';
import { insuranceLabel, specialityLabel } from './labels.js';

const services = new WeakMap<Catalog, OfferEntry[]>();

/** The directory: offers with health facts, and every offer of kind `health`. One array per catalogue (the facet tables' cache key). */
export function healthServices(catalog: Catalog): OfferEntry[] {
  let list = services.get(catalog);
  if (!list) services.set(catalog, (list = catalog.offers.filter(({ offer }) => offer.kind === 'health' || offer.health !== undefined)));
  return list;
}

/** Languages spoken at a service: its own and those of each person on its staff. */
export function spokenLanguages({ offer }: OfferEntry): string[] {
  return [...new Set([...(offer.languages ?? []), ...(offer.health?.staff ?? []).flatMap((s) => s.languages)].map((code) => code.toLowerCase()))];
}

/** The hours that say when a service is open: its own, else its places'. */
export function serviceHours({ offer, places }: OfferEntry): OpeningHours[] {
  return offer.hours ? [offer.hours] : places.flatMap((p) => (p.hours ? [p.hours] : []));
}

const fixedFacet = <T extends string>(id: string, values: readonly T[], of: (entry: OfferEntry) => readonly T[] | undefined, label: (value: T) => string, legend: () => string): FacetSpec => ({
  id,
  kind: 'list',
  values: (entry) => of(entry) ?? [],
  legend,
  label: (value) => {
    const text = label(value as T);
    return { text, markup: text };
  },
  order: 'fixed',
  fixed: values,
  preset: { accepts: (value) => (values as readonly string[]).includes(value), accepted: values.join(', ') },
});

export const specialitiesFacet = fixedFacet<HealthSpeciality>('specialities', HEALTH_SPECIALITIES, ({ offer }) => offer.health?.specialities, specialityLabel, () => msg('Speciality'));
export const insuranceFacet = fixedFacet<InsuranceKind>('insurance', INSURANCE_KINDS, ({ offer }) => offer.health?.insurance, insuranceLabel, () => msg('Insurance accepted'));
export const spokenFacet: FacetSpec = { ...languagesFacet, values: spokenLanguages, legend: () => msg('Languages spoken') };
export const newPatientsFacet: FacetSpec = { id: 'new-patients', kind: 'flag', values: ({ offer }) => offer.health?.newPatients === true, legend: () => msg('Takes new patients') };

const atTimes = new Map<string, readonly FacetSpec[]>();

/** The facets at `now` (with the topics, for the `topics` preset): "open now" changes with the minute, so each minute has its own list (and facet table). */
export function healthFacets(now: BerlinNow): readonly FacetSpec[] {
  const key = `${now.date} ${now.time}`;
  let facets = atTimes.get(key);
  if (!facets) {
    atTimes.clear();
    const openNow: FacetSpec = { id: 'open-now', kind: 'flag', values: (entry) => serviceHours(entry).some((hours) => isOpen(hours, now) === true), legend: () => msg('Open now') };
    atTimes.set(key, (facets = [specialitiesFacet, insuranceFacet, spokenFacet, textLanguagesFacet, municipalityFacet, newPatientsFacet, wheelchairFacet, openNow, topicsFacet]));
  }
  return facets;
}
