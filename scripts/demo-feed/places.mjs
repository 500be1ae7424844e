// The fictional county "Kreis Musterland": its towns, providers and places.

export const TOWNS = [
  { id: 'musterstadt', name: 'Musterstadt', postcode: '50126', lat: 50.955, lon: 6.641, seat: true },
  { id: 'bergheide', name: 'Bergheide', postcode: '50129', lat: 50.982, lon: 6.602 },
  { id: 'erftal', name: 'Erftal', postcode: '50171', lat: 50.905, lon: 6.703 },
  { id: 'lindenau', name: 'Lindenau', postcode: '50181', lat: 51.012, lon: 6.571 },
  { id: 'kirchwald', name: 'Kirchwald', postcode: '50189', lat: 50.931, lon: 6.522 },
  { id: 'hohenbruch', name: 'Hohenbruch', postcode: '50226', lat: 50.872, lon: 6.615 },
  { id: 'weilersdorf', name: 'Weilersdorf', postcode: '50259', lat: 50.998, lon: 6.735 },
  { id: 'auenfeld', name: 'Auenfeld', postcode: '50374', lat: 50.851, lon: 6.689 },
  { id: 'brueckenhain', name: 'Brückenhain', postcode: '50389', lat: 50.889, lon: 6.789 },
];

const web = (path) => `https://www.kreis-musterland.example/${path}`;

export const ORGANIZATIONS = [
  { id: 'ki', type: 'public', name: { de: 'Kommunales Integrationszentrum Kreis Musterland', en: 'Municipal Integration Centre, Kreis Musterland', ar: 'مركز الاندماج البلدي في مقاطعة موسترلاند', tr: 'Musterland İlçesi Belediye Entegrasyon Merkezi', uk: 'Комунальний інтеграційний центр округу Мустерланд' }, contact: { phone: '+49 2271 555-2100', email: 'integration@kreis-musterland.example', url: web('integration') } },
  { id: 'abh', type: 'public', name: { de: 'Ausländerbehörde Kreis Musterland', en: "Foreigners' Authority, Kreis Musterland", ar: 'دائرة الأجانب في مقاطعة موسترلاند', tr: 'Musterland İlçesi Yabancılar Dairesi', uk: 'Відомство у справах іноземців округу Мустерланд' }, contact: { phone: '+49 2271 555-3300', email: 'auslaenderbehoerde@kreis-musterland.example', url: web('auslaenderbehoerde') } },
  { id: 'jobcenter', type: 'public', name: { de: 'Jobcenter Musterland', en: 'Job Centre Musterland', ar: 'مركز العمل موسترلاند', tr: 'Musterland İş Merkezi (Jobcenter)', uk: 'Джобцентр Мустерланд' }, contact: { phone: '+49 2271 555-4400', url: 'https://www.jobcenter-musterland.example/' } },
  { id: 'agentur', type: 'public', name: { de: 'Agentur für Arbeit Musterstadt', en: 'Employment Agency Musterstadt' }, contact: { phone: '+49 2271 555-4500', url: 'https://www.arbeitsagentur-musterstadt.example/' } },
  { id: 'kreis', type: 'public', name: { de: 'Kreisverwaltung Musterland', en: 'County administration Musterland', ar: 'إدارة مقاطعة موسترلاند', tr: 'Musterland İlçe İdaresi', uk: 'Адміністрація округу Мустерланд' }, contact: { phone: '+49 2271 555-0', email: 'info@kreis-musterland.example', url: web('') } },
  { id: 'gesundheitsamt', type: 'public', name: { de: 'Gesundheitsamt Kreis Musterland', en: 'Public Health Office', ar: 'مكتب الصحة العامة', tr: 'Sağlık Dairesi', uk: 'Управління охорони здоров’я' }, contact: { phone: '+49 2271 555-5300', email: 'gesundheitsamt@kreis-musterland.example', url: web('gesundheit') } },
  { id: 'caritas', type: 'nonprofit', name: { de: 'Caritasverband Musterland', en: 'Caritas Musterland' }, contact: { phone: '+49 2271 555-6100', email: 'migration@caritas-musterland.example', url: 'https://www.caritas-musterland.example/' } },
  { id: 'diakonie', type: 'nonprofit', name: { de: 'Diakonie Musterland', en: 'Diakonie Musterland' }, contact: { phone: '+49 2271 555-6200', email: 'beratung@diakonie-musterland.example', url: 'https://www.diakonie-musterland.example/' } },
  { id: 'awo', type: 'nonprofit', name: { de: 'AWO Kreisverband Musterland', en: 'AWO Musterland (workers’ welfare)' }, contact: { phone: '+49 2271 555-6300', email: 'jmd@awo-musterland.example', url: 'https://www.awo-musterland.example/' } },
  { id: 'drk', type: 'nonprofit', name: { de: 'DRK Kreisverband Musterland', en: 'German Red Cross Musterland' }, contact: { phone: '+49 2271 555-6400', url: 'https://www.drk-musterland.example/' } },
  { id: 'vhs', type: 'public', name: { de: 'Volkshochschule Musterland', en: 'Adult Education Centre (VHS) Musterland', ar: 'مركز تعليم الكبار في موسترلاند', tr: 'Musterland Halk Eğitim Merkezi (VHS)', uk: 'Народний університет Мустерланд (VHS)' }, contact: { phone: '+49 2271 555-7100', email: 'sprachen@vhs-musterland.example', url: 'https://www.vhs-musterland.example/' } },
  { id: 'familienzentrum', type: 'nonprofit', name: { de: 'Familienzentrum Regenbogen', en: 'Rainbow Family Centre' }, contact: { phone: '+49 2271 555-7300', email: 'kontakt@familienzentrum-regenbogen.example' } },
  { id: 'sportbund', type: 'nonprofit', name: { de: 'Kreissportbund Musterland', en: 'County Sports Federation Musterland' }, contact: { phone: '+49 2271 555-8100', url: 'https://www.ksb-musterland.example/' } },
  { id: 'tus', type: 'volunteer', name: { de: 'TuS Erftal 1908 e. V.', en: 'TuS Erftal 1908 sports club' }, contact: { phone: '+49 2273 555-810', email: 'info@tus-erftal.example' } },
  { id: 'moschee', type: 'volunteer', name: { de: 'Türkisch-Islamische Gemeinde Bergheide', en: 'Turkish-Islamic Community Bergheide', tr: 'Bergheide Türk-İslam Cemiyeti' }, contact: { phone: '+49 2271 555-8300' } },
  { id: 'brueckenbauer', type: 'volunteer', name: { de: 'Brückenbauer e. V. – Migrantinnen und Migranten für Musterland', en: 'Brückenbauer – migrants for Musterland' }, contact: { email: 'hallo@brueckenbauer.example' } },
  { id: 'praxis-yildiz', type: 'private', name: { de: 'Hausarztpraxis Dr. Yıldız', en: 'Family practice Dr Yıldız' }, contact: { phone: '+49 2271 555-9101' } },
  { id: 'praxis-haddad', type: 'private', name: { de: 'Kinderarztpraxis Dr. Haddad', en: 'Paediatric practice Dr Haddad' }, contact: { phone: '+49 2273 555-9102' } },
  { id: 'praxis-kovalenko', type: 'private', name: { de: 'Frauenarztpraxis Dr. Kovalenko', en: 'Gynaecology practice Dr Kovalenko' }, contact: { phone: '+49 2274 555-9103' } },
  { id: 'psz', type: 'nonprofit', name: { de: 'Psychosoziales Zentrum für Geflüchtete', en: 'Psychosocial Centre for Refugees', ar: 'المركز النفسي الاجتماعي للاجئين', tr: 'Mülteciler için Psikososyal Merkez', uk: 'Психосоціальний центр для біженців' }, contact: { phone: '+49 2271 555-9200', email: 'psz@psz-musterland.example' } },
];

/** Places: a town hall per town plus the county's and providers' offices. */
export function buildPlaces(offset) {
  const places = [];
  const add = (id, town, name, street, extra = {}) => {
    const t = TOWNS.find((x) => x.id === town);
    const [dLat, dLon] = offset(id);
    places.push({
      id,
      name,
      address: { street, postcode: t.postcode, municipality: t.name },
      geo: { lat: Math.round((t.lat + dLat) * 10000) / 10000, lon: Math.round((t.lon + dLon) * 10000) / 10000 },
      wheelchair: extra.wheelchair ?? 'yes',
      ...(extra.hours ? { hours: extra.hours } : {}),
    });
  };
  for (const t of TOWNS) {
    add(`rathaus-${t.id}`, t.id, { de: `Rathaus ${t.name}`, en: `Town hall ${t.name}`, ar: `دار البلدية ${t.name}`, tr: `${t.name} Belediye Binası`, uk: `Ратуша ${t.name}` }, `Markt ${1 + (t.name.length % 5)}`, { hours: 'office' });
  }
  add('kreishaus', 'musterstadt', { de: 'Kreishaus Musterland', en: 'County hall' }, 'Willy-Brandt-Platz 1', { hours: 'office' });
  add('abh-haus', 'musterstadt', { de: 'Ausländerbehörde, Haus B', en: "Foreigners' Authority, building B" }, 'Willy-Brandt-Platz 3', { hours: 'abh' });
  add('jobcenter-haus', 'musterstadt', { de: 'Jobcenter Musterstadt', en: 'Job centre Musterstadt' }, 'Bahnhofstraße 22', { hours: 'office' });
  add('jobcenter-erftal', 'erftal', { de: 'Jobcenter, Geschäftsstelle Erftal', en: 'Job centre, Erftal office' }, 'Kölner Straße 48', { hours: 'office', wheelchair: 'limited' });
  add('vhs-musterstadt', 'musterstadt', { de: 'VHS-Haus Musterstadt' }, 'Schulstraße 12', { hours: 'vhs' });
  add('vhs-lindenau', 'lindenau', { de: 'VHS-Zweigstelle Lindenau' }, 'Am Lindenplatz 4', { hours: 'vhs', wheelchair: 'limited' });
  add('vhs-auenfeld', 'auenfeld', { de: 'VHS im Bürgerhaus Auenfeld' }, 'Auenweg 2', { hours: 'vhs' });
  add('caritas-musterstadt', 'musterstadt', { de: 'Caritas-Beratungshaus' }, 'Kirchstraße 7', { hours: 'counselling' });
  add('caritas-hohenbruch', 'hohenbruch', { de: 'Caritas-Büro Hohenbruch' }, 'Hauptstraße 101', { hours: 'counselling', wheelchair: 'no' });
  add('diakonie-bergheide', 'bergheide', { de: 'Diakonie-Zentrum Bergheide' }, 'Lutherweg 3', { hours: 'counselling' });
  add('awo-weilersdorf', 'weilersdorf', { de: 'AWO-Treff Weilersdorf' }, 'Rosenstraße 15', { hours: 'counselling', wheelchair: 'limited' });
  add('drk-kirchwald', 'kirchwald', { de: 'DRK-Haus Kirchwald' }, 'Am Wald 9', { hours: 'counselling' });
  add('familienzentrum', 'erftal', { de: 'Familienzentrum Regenbogen' }, 'Regenbogenweg 1', { hours: 'counselling' });
  add('sporthalle-erftal', 'erftal', { de: 'Sporthalle Erftal' }, 'Sportplatzweg 5');
  add('hallenbad', 'lindenau', { de: 'Hallenbad Lindenau' }, 'Badstraße 20');
  add('gesundheitsamt', 'musterstadt', { de: 'Gesundheitsamt' }, 'Willy-Brandt-Platz 5', { hours: 'office' });
  add('praxis-yildiz', 'musterstadt', { de: 'Praxis Dr. Yıldız' }, 'Bahnhofstraße 5', { hours: 'practice' });
  add('praxis-haddad', 'erftal', { de: 'Praxis Dr. Haddad' }, 'Marktstraße 14', { hours: 'practice', wheelchair: 'limited' });
  add('praxis-kovalenko', 'brueckenhain', { de: 'Praxis Dr. Kovalenko' }, 'Brückenstraße 3', { hours: 'practice' });
  add('psz', 'musterstadt', { de: 'Psychosoziales Zentrum' }, 'Gartenstraße 30', { hours: 'counselling' });
  add('moschee', 'bergheide', { de: 'Gemeindezentrum der Türkisch-Islamischen Gemeinde' }, 'Industriestraße 11', { wheelchair: 'no' });
  return places;
}
