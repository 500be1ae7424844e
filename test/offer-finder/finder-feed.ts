/**
 * A feed for the offer finder: two towns (Altenau, Neustadt), a topic tree,
 * offers in several languages, with schedules relative to today so the
 * tests do not age.
 */
type Json = Record<string, unknown>;

const DAY = 86_400_000;
/** An ISO date `days` from today (UTC calendar, close enough to Berlin for whole days ahead). */
export const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

export function finderFeed(): Json {
  return {
    lotse: '1.0',
    id: 'musterland',
    language: 'de',
    publisher: { name: 'Kreis Musterland', updated: '2026-11-01' },
    topics: [
      { id: 'sprache', label: { de: 'Sprache', en: 'Language', ar: 'اللغة' } },
      { id: 'sprachkurse', label: { de: 'Sprachkurse', en: 'Language courses' }, parent: 'sprache' },
      { id: 'beratung', label: { de: 'Beratung', en: 'Counselling', ar: 'استشارة' } },
      { id: 'arbeit', label: { de: 'Arbeit', en: 'Work' } },
      { id: 'freizeit', label: { de: 'Freizeit', en: 'Leisure' } },
      { id: 'gesundheit', label: { de: 'Gesundheit', en: 'Health' } },
      { id: 'bildung', label: { de: 'Bildung', en: 'Education' } },
    ],
    organizations: [
      { id: 'vhs', name: 'Volkshochschule Altenau', contact: { phone: '+49 5328 123-0', email: 'info@vhs-altenau.example' } },
      { id: 'caritas', name: { de: 'Caritas Neustadt', ar: 'كاريتاس نويشتات' }, contact: { phone: '+49 5321 555-12' } },
    ],
    places: [
      {
        id: 'vhs-haus',
        name: 'VHS-Haus',
        address: { street: 'Marktstraße 1', postcode: '38707', municipality: 'Altenau' },
        geo: { lat: 51.8, lon: 10.44 },
        wheelchair: 'yes',
      },
      {
        id: 'beratungsstelle',
        name: 'Beratungsstelle am Bahnhof',
        address: { street: 'Bahnhofstraße 4', postcode: '38640', municipality: 'Neustadt', district: 'Mitte' },
        geo: { lat: 51.9, lon: 10.43 },
        wheelchair: 'no',
        hours: {
          regular: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }],
          exceptions: [{ date: inDays(20), closed: true, note: 'Betriebsausflug' }],
        },
      },
      {
        id: 'familienzentrum',
        name: 'Familienzentrum',
        address: { street: 'Lindenweg 2', postcode: '38642', municipality: 'Neustadt' },
        geo: { lat: 51.95, lon: 10.5 },
        wheelchair: 'limited',
      },
    ],
    offers: [
      {
        id: 'deutschkurs',
        kind: 'course',
        title: { de: 'Deutschkurs mit Kinderbetreuung', ar: 'دورة لغة ألمانية مع رعاية الأطفال', tr: 'Çocuk bakımlı Almanca kursu' },
        summary: { de: 'Deutsch lernen am Vormittag, Ihre Kinder werden betreut.', en: 'Learn German in the morning.' },
        organization: 'vhs',
        places: ['vhs-haus'],
        topics: ['sprachkurse'],
        audiences: ['adults', 'parents'],
        languages: ['de'],
        cost: { free: true },
        childcare: true,
        schedule: { start: inDays(-30), weekly: { days: ['mo', 'tu', 'we', 'th', 'fr'] }, startTime: '09:00', endTime: '12:00' },
        verified: '2026-10-01',
      },
      {
        id: 'fluechtlingsberatung',
        kind: 'service',
        title: 'Beratung für Flüchtlinge',
        summary: 'Asyl, Aufenthalt und Familiennachzug.',
        description: 'Wir beraten vertraulich.\nTermine nach Vereinbarung.',
        organization: 'caritas',
        places: ['beratungsstelle'],
        topics: ['beratung'],
        audiences: ['refugees'],
        languages: ['de', 'ar', 'fa', 'uk'],
        cost: { free: true },
        contact: { phone: '+49 5321 555-12', email: 'beratung@caritas-neustadt.example' },
        verified: '2026-09-15',
      },
      {
        id: 'kulturfest',
        kind: 'event',
        title: 'Straße der Kulturen',
        summary: 'Musik und Essen aus aller Welt.',
        places: ['vhs-haus'],
        topics: ['freizeit'],
        languages: ['de', 'tr'],
        cost: { free: true },
        schedule: { dates: [{ date: inDays(10), start: '14:00', end: '20:00' }] },
        verified: '2026-10-20',
      },
      {
        id: 'bewerbung',
        kind: 'course',
        title: 'Bewerbungstraining',
        summary: 'Lebenslauf und Vorstellungsgespräch üben.',
        organization: 'vhs',
        places: ['vhs-haus'],
        topics: ['arbeit'],
        languages: ['de'],
        cost: { free: false, amount: 20, currency: 'EUR' },
        schedule: { start: inDays(3), startTime: '18:00', endTime: '20:00' },
        verified: '2026-10-01',
      },
      {
        id: 'frauencafe',
        kind: 'event',
        title: 'Frauencafé International',
        summary: 'Treffpunkt für Frauen aus aller Welt, mit Kinderbetreuung.',
        places: ['familienzentrum'],
        topics: ['freizeit', 'sprache'],
        audiences: ['women'],
        languages: ['ar', 'tr', 'uk', 'de'],
        cost: { free: true },
        childcare: true,
        schedule: { dates: [{ date: inDays(5), start: '10:00', end: '12:00' }] },
        verified: '2026-10-01',
      },
      {
        id: 'online-beratung',
        kind: 'service',
        title: 'Online-Beratung für Zugewanderte',
        online: true,
        url: 'https://beratung.example/',
        topics: ['beratung'],
        languages: ['de', 'en', 'uk'],
        verified: '2026-10-01',
      },
      {
        id: 'integrationskurs',
        kind: 'course',
        title: 'Integrationskurs mit Alphabetisierung',
        places: ['familienzentrum'],
        topics: ['sprachkurse'],
        languages: ['de'],
        cost: { free: false, amount: 1.95, note: 'Befreiung möglich' },
        schedule: { start: inDays(40), weekly: { days: ['tu'] } },
        verified: '2026-10-01',
      },
      {
        id: 'hausaufgaben',
        kind: 'service',
        title: 'Hausaufgabenhilfe für Schulkinder',
        places: ['vhs-haus'],
        topics: ['bildung'],
        audiences: ['children'],
        languages: ['de'],
        cost: { free: true },
        verified: '2026-10-01',
      },
      {
        id: 'gesundheit',
        kind: 'health',
        title: 'Gesundheitssprechstunde',
        summary: 'Ärztliche Hilfe auch ohne Krankenversicherung.',
        places: ['beratungsstelle'],
        topics: ['gesundheit'],
        languages: ['de', 'ar', 'tr'],
        verified: '2026-10-01',
      },
      {
        id: 'ukraine',
        kind: 'network',
        title: { de: 'Netzwerk Ukraine-Hilfe', uk: 'Мережа допомоги Україні' },
        keywords: { de: ['Ehrenamt'], uk: ['волонтери'] },
        topics: ['beratung'],
        languages: ['uk', 'de'],
        verified: '2026-10-01',
      },
    ],
  };
}

/** A feed with `n` similar offers in Altenau, for pages. */
export function manyOffers(n: number): Json {
  const feed = finderFeed();
  feed.offers = Array.from({ length: n }, (_, i) => ({
    id: `kurs-${String(i + 1).padStart(3, '0')}`,
    kind: 'course',
    title: `Kurs ${String(i + 1).padStart(3, '0')}`,
    places: ['vhs-haus'],
    topics: ['sprachkurse'],
    verified: '2026-10-01',
  }));
  return feed;
}
