/**
 * A feed for the search tests: German titles with the words residents
 * misspell, offers of the Jobcenter and the Ausländerbehörde (names they
 * write in Cyrillic), a Turkish and a Ukrainian title, and a ladder of
 * "Schulung" matches from exact to running text for the ranking.
 */
import { buildCatalog, type Catalog } from '../../src/core/feed/catalog.js';
import { validateFeed } from '../../src/core/feed/validate.js';

type Json = Record<string, unknown>;

const offer = (id: string, title: Json[string], more: Json = {}): Json => ({
  id,
  kind: 'service',
  title,
  topics: ['hilfe'],
  verified: '2026-10-01',
  ...more,
});

export function searchFeed(extra: Json[] = []): Json {
  return {
    lotse: '1.0',
    id: 'suche',
    language: 'de',
    publisher: { name: 'Kreis Musterland', updated: '2026-11-01' },
    topics: [{ id: 'hilfe', label: { de: 'Hilfe', en: 'Help' } }],
    organizations: [
      { id: 'jobcenter', name: 'Jobcenter Kreis Musterland' },
      { id: 'abh', name: 'Ausländerbehörde' },
    ],
    offers: [
      offer('kinderarzt', 'Kinderarztpraxis Dr. Haddad', { summary: 'Sprechstunde auf Arabisch.' }),
      offer('kindergeld', 'Kindergeld beantragen'),
      offer('antidiskriminierung', 'Antidiskriminierungsberatung'),
      offer('buergergeld', 'Bürgergeld beantragen', { organization: 'jobcenter' }),
      offer('aufenthalt', 'Aufenthaltserlaubnis verlängern', { organization: 'abh' }),
      offer('fuehrerschein', 'Führerschein umschreiben'),
      offer('strassenfest', 'Straßenfest im Viertel'),
      offer('frauen', { de: 'Beratung für Frauen', tr: 'Kadınlar için danışmanlık' }),
      offer('sucht', 'Suchtberatung'),
      offer('suche', 'Suche nach einer Wohnung'),
      offer('wohngeld', 'Wohngeld beantragen'),
      offer('volunteers', { de: 'Ehrenamtliche aus der Ukraine', uk: 'Волонтери з України' }),
      // The ranking ladder for "Schulung": exact, begun, one slip, two slips, running text.
      offer('exact', 'Diabetes-Schulung'),
      offer('begun', 'Schulungsraum mieten'),
      offer('one-slip', 'Schuldung und Recht'),
      offer('two-slips', 'Schalunk am Markt'),
      offer('in-text', 'Treffpunkt am Markt', { summary: 'Jeden Montag eine Schulung.' }),
      ...extra,
    ],
  };
}

export function searchCatalog(extra: Json[] = []): Catalog {
  return buildCatalog([validateFeed(searchFeed(extra), 'https://feeds.lotse.test/suche.json')]);
}

/** The offer ids of search results. */
export const ids = (catalog: Catalog, positions: number[] | undefined) => (positions ?? []).map((p) => catalog.offers[p].offer.id);
