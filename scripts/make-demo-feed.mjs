// Writes demo/data/feed.json: the sample feed of the fictional "Kreis Musterland".
// Dates are computed from today, so the demo never shows a course that ended
// last year; everything else is fixed (a seeded random generator, no Math.random).
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { addNewcomerTexts } from './demo-feed/newcomer-texts.mjs';
import { AUTHORITY, COURSES, EVENTS, HEALTH, L, PILOTS, SERVICES, SPORT_OFFERS, TOWN_SERVICES, WEEKLY } from './demo-feed/offers.mjs';
import { buildPlaces, ORGANIZATIONS, TOWNS } from './demo-feed/places.mjs';
import { CUSTOM_AUDIENCES, TOPICS } from './demo-feed/topics.mjs';
import { EMERGENCY, HEALTH_FACTS, HEALTH_PLACES, HEALTH_SERVICES } from './demo-feed/health.mjs';
import { CALENDARS, eventsIcs, growSchedules } from './demo-feed/calendar.mjs';

/** mulberry32: small, seeded, good enough for demo data. */
function seeded(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = seeded(20261125);
const between = (min, max) => min + Math.floor(random() * (max - min + 1));

const DAY = 86400000;
const today = new Date(Date.UTC(new Date().getFullYear(), new Date().getMonth(), new Date().getDate()));
const iso = (date) => date.toISOString().slice(0, 10);
const addDays = (date, days) => new Date(date.getTime() + days * DAY);
const WEEKDAYS = ['su', 'mo', 'tu', 'we', 'th', 'fr', 'sa'];
/** The first `weekday` on or after `date`. */
const onOrAfter = (date, weekday) => addDays(date, (WEEKDAYS.indexOf(weekday) - date.getUTCDay() + 7) % 7);

/** Public holidays on fixed dates in North Rhine-Westphalia within [from, to]. */
function holidaysBetween(from, to) {
  const days = [];
  for (let year = from.getUTCFullYear(); year <= to.getUTCFullYear(); year++) {
    for (const md of ['01-01', '05-01', '10-03', '11-01', '12-24', '12-25', '12-26', '12-31']) {
      const date = new Date(`${year}-${md}T00:00:00Z`);
      if (date >= from && date <= to) days.push(iso(date));
    }
  }
  return days;
}

const HOURS = {
  office: { regular: [{ days: ['mo', 'tu', 'th', 'fr'], opens: '08:00', closes: '12:30' }, { days: ['th'], opens: '14:00', closes: '18:00' }] },
  abh: { regular: [{ days: ['mo', 'tu', 'fr'], opens: '07:30', closes: '12:00' }, { days: ['th'], opens: '13:00', closes: '17:30' }], note: L('Nur mit Termin.', 'By appointment only.', 'بموعد مسبق فقط.', 'Yalnızca randevuyla.', 'Лише за записом.') },
  vhs: { regular: [{ days: ['mo', 'tu', 'we', 'th'], opens: '08:00', closes: '20:00' }, { days: ['fr'], opens: '08:00', closes: '13:00' }] },
  counselling: { regular: [{ days: ['mo', 'we'], opens: '09:00', closes: '12:00' }, { days: ['tu'], opens: '14:00', closes: '17:00' }], note: L('Termine auch nach Vereinbarung.', 'Other times by appointment.', 'مواعيد أخرى بالاتفاق.', 'Diğer saatler randevuyla.', 'Інший час – за домовленістю.') },
  practice: { regular: [{ days: ['mo', 'tu', 'th', 'fr'], opens: '08:00', closes: '12:00' }, { days: ['mo', 'th'], opens: '15:00', closes: '18:00' }] },
};
const closures = holidaysBetween(today, addDays(today, 120)).map((date) => ({ date, closed: true }));
const hoursFor = (kind) => (kind ? { ...HOURS[kind], ...(closures.length ? { exceptions: closures } : {}) } : undefined);

const places = buildPlaces(() => [(random() - 0.5) * 0.01, (random() - 0.5) * 0.016]).map((place) => {
  const { hours, ...rest } = place;
  return hours ? { ...rest, hours: hoursFor(hours), verified: iso(addDays(today, -between(20, 300))) } : rest;
});

const orgContact = new Map(ORGANIZATIONS.map((o) => [o.id, o.contact]));
/** A last-verified date: mostly recent, about one record in ten older than a year. */
const verified = () => iso(addDays(today, -(random() < 0.1 ? between(370, 520) : between(5, 330))));

function offer(template, kind, extra = {}) {
  const { org, places: at, topics, audiences, languages, title, summary, description, keywords, cost, childcare, level, online, id } = template;
  return {
    id,
    kind,
    title,
    ...(summary ? { summary } : {}),
    ...(description ? { description } : {}),
    organization: org,
    ...(at ? { places: at } : {}),
    ...(online ? { online } : {}),
    topics: topics ?? [],
    audiences: audiences ?? ['everyone'],
    languages: languages ?? ['de'],
    ...(keywords ? { keywords } : {}),
    cost: cost ?? { free: true },
    ...(orgContact.get(org) ? { contact: orgContact.get(org) } : {}),
    ...(childcare ? { childcare } : {}),
    ...(level ? { level } : {}),
    ...extra,
    verified: verified(),
  };
}

const offers = [];
for (const s of [...SERVICES, ...PILOTS]) offers.push(offer(s, 'service'));

for (const [template, weeks, days, startTime, endTime, length] of COURSES) {
  const start = onOrAfter(addDays(today, weeks * 7), days[0]);
  const end = addDays(start, length * 7 - 1);
  const seats = between(8, 20);
  offers.push(
    offer(template, 'course', {
      schedule: {
        start: iso(start),
        end: iso(end),
        startTime,
        endTime,
        weekly: { days, interval: 1 },
        except: holidaysBetween(start, end),
        registrationDeadline: iso(addDays(start, -3)),
        seats,
        seatsLeft: between(0, seats),
      },
    }),
  );
}

for (const [template, days, startTime, endTime] of EVENTS) {
  offers.push(offer(template, 'event', { schedule: { start: iso(addDays(today, days)), startTime, endTime } }));
}

// Weekly meeting points, plus an event series on explicit dates.
for (const [template, day, startTime, endTime] of [...WEEKLY, ...SPORT_OFFERS]) {
  offers.push(
    offer(template, 'event', {
      schedule: { start: iso(onOrAfter(addDays(today, -60), day)), startTime, endTime, weekly: { days: [day] }, except: holidaysBetween(today, addDays(today, 365)) },
    }),
  );
}
offers.push(
  offer(
    {
      id: 'infoabende-anerkennung',
      org: 'ki',
      places: ['kreishaus'],
      topics: ['anerkennung'],
      audiences: ['professionals'],
      languages: ['de', 'en', 'ar'],
      title: L('Infoabende: Ihr Abschluss in Deutschland', 'Information evenings: your qualification in Germany', 'أمسيات معلومات: شهادتك في ألمانيا', 'Bilgi akşamları: Almanya’da diplomanız', 'Інформаційні вечори: ваша кваліфікація в Німеччині'),
      summary: L('Drei Abende zu Anerkennung, Anpassungslehrgängen und Kammern.', 'Three evenings on recognition, adaptation courses and chambers.'),
    },
    'event',
    { schedule: { dates: [14, 42, 70].map((d) => ({ date: iso(addDays(today, d)), start: '18:00', end: '19:30' })), registrationDeadline: iso(addDays(today, 12)) } },
  ),
);

for (const h of HEALTH) offers.push(offer({ ...h, topics: ['gesundheit', ...(h.topics ?? [])] }, 'health', HEALTH_FACTS[h.id] ? { health: HEALTH_FACTS[h.id] } : {}));
for (const [template, kind, health] of HEALTH_SERVICES) offers.push(offer({ ...template, topics: ['gesundheit'] }, kind, { health }));
places.push(...HEALTH_PLACES);

for (const [id, org, at, topics, title, summary] of AUTHORITY) offers.push(offer({ id, org, places: at, topics, audiences: ['everyone'], languages: ['de', 'en'], title, summary }, 'authority', { url: `https://www.kreis-musterland.example/service/${id}` }));
for (const town of TOWNS) {
  for (const [key, topics, title, summary, keywords] of TOWN_SERVICES) {
    offers.push(
      offer({ id: `${key}-${town.id}`, org: 'kreis', places: [`rathaus-${town.id}`], topics, audiences: ['everyone'], languages: ['de'], title, summary, keywords }, 'authority', {
        contact: { name: `Bürgerbüro ${town.name}`, phone: `+49 2271 555-1${String(TOWNS.indexOf(town)).padStart(2, '0')}0`, url: `https://www.${town.id}.example/buergerbuero` },
      }),
    );
  }
}

const NETWORKS = [
  ['netzwerk-integration', 'Netzwerk Integration Kreis Musterland', 'Integration network of Kreis Musterland', 'Alle Träger, Ämter und Initiativen der Integrationsarbeit treffen sich viermal im Jahr.'],
  ['ak-asyl-bergheide', 'Arbeitskreis Asyl Bergheide', 'Asylum working group Bergheide', 'Ehrenamtliche und Hauptamtliche stimmen ihre Hilfe ab.'],
  ['ak-asyl-lindenau', 'Arbeitskreis Asyl Lindenau', 'Asylum working group Lindenau', 'Treffen jeden ersten Dienstag im Monat.'],
  ['runder-tisch-frauen', 'Runder Tisch Migrantinnen', 'Round table of migrant women', 'Frauen aus Vereinen und Beratungsstellen gestalten Angebote für Frauen.'],
  ['integrationsrat', 'Integrationsrat des Kreises', 'County integration council', 'Gewählte Vertretung der Menschen mit Einwanderungsgeschichte.'],
  ['netzwerk-sprache', 'Netzwerk Sprache und Bildung', 'Language and education network', 'Kitas, Schulen, VHS und Sprachkursträger planen die Bildungskette gemeinsam.'],
];
for (const [id, de, en, summary] of NETWORKS) offers.push(offer({ id, org: 'ki', places: ['kreishaus'], topics: ['netzwerk'], audiences: ['professionals', 'volunteers'], title: L(de, en), summary: L(summary) }, 'network'));

const PROGRAMMES = [
  ['gesundheitswegweiser', ['gesundheit'], L('Gesundheitswegweiser für Neuzugewanderte', 'Health guide for newcomers', 'دليل الصحة للقادمين الجدد', 'Yeni gelenler için sağlık rehberi', 'Путівник зі здоров’я для новоприбулих'), L('Broschüre in zwölf Sprachen: Arzt, Apotheke, Notfall, Krankenversicherung.', 'Booklet in twelve languages: doctor, pharmacy, emergencies, health insurance.', 'كتيب باثنتي عشرة لغة: الطبيب والصيدلية والطوارئ والتأمين الصحي.', 'On iki dilde broşür: doktor, eczane, acil durum, sağlık sigortası.', 'Брошура дванадцятьма мовами: лікар, аптека, невідкладна допомога, страхування.')],
  ['willkommensmappe', ['beratung'], L('Willkommensmappe Kreis Musterland', 'Welcome folder Kreis Musterland', 'ملف الترحيب في مقاطعة موسترلاند', 'Musterland hoş geldiniz dosyası', 'Вітальна папка округу Мустерланд'), L('Die wichtigsten Adressen und ersten Schritte auf einen Blick.', 'The most important addresses and first steps at a glance.', 'أهم العناوين والخطوات الأولى في لمحة.', 'En önemli adresler ve ilk adımlar bir bakışta.', 'Найважливіші адреси та перші кроки з першого погляду.')],
  ['elternbriefe', ['familie', 'kita'], L('Mehrsprachige Elternbriefe', 'Multilingual letters for parents'), L('Briefe zu Entwicklung und Erziehung vom ersten bis achten Lebensjahr.', 'Letters on development and parenting from birth to age eight.')],
  ['brueckenprojekt', ['kita'], L('Kita-Brückenprojekte', 'Nursery bridge projects', 'مشاريع جسور الروضة', 'Kreş köprü projeleri', 'Проєкти-містки до садочка'), L('Spielgruppen für Kinder ohne Kita-Platz, mit Eltern.', 'Play groups for children without a nursery place, with their parents.', 'مجموعات لعب للأطفال دون مكان في الروضة، مع الوالدين.', 'Kreş yeri olmayan çocuklar için ebeveynli oyun grupları.', 'Ігрові групи для дітей без місця в садочку, разом з батьками.')],
  ['mentoring', ['bildung', 'arbeit'], L('Mentoring für Schülerinnen und Schüler', 'Mentoring for pupils'), L('Studierende begleiten Jugendliche auf dem Weg zum Abschluss.', 'Students accompany young people on the way to their certificate.')],
  ['patenschaften', ['ehrenamt'], L('Patenschaftsprogramm „Neue Nachbarn“', 'Mentoring programme “New neighbours”', 'برنامج الرعاية "جيران جدد"', '“Yeni komşular” kardeşlik programı', 'Програма наставництва «Нові сусіди»'), L('Ein Jahr lang gemeinsam den Alltag entdecken.', 'Discover everyday life together for one year.', 'اكتشاف الحياة اليومية معاً لمدة عام.', 'Bir yıl boyunca günlük hayatı birlikte keşfedin.', 'Рік разом відкривати повсякдення.')],
  ['lernplattform', ['sprachkurse'], L('Online-Lernplattform Deutsch', 'Online German learning platform', 'منصة تعلم الألمانية عبر الإنترنت', 'Çevrimiçi Almanca öğrenme platformu', 'Онлайн-платформа для вивчення німецької'), L('Kostenlose Übungen mit Tutorinnen der VHS.', 'Free exercises with tutors from the VHS.', 'تمارين مجانية مع مدرّسات مركز تعليم الكبار.', 'VHS eğitmenleriyle ücretsiz alıştırmalar.', 'Безкоштовні вправи з тьюторами VHS.')],
];
for (const [id, topics, title, summary] of PROGRAMMES) offers.push(offer({ id, org: id === 'lernplattform' ? 'vhs' : 'ki', online: true, topics, audiences: ['everyone'], languages: ['de', 'en', 'ar', 'tr', 'uk'], title, summary }, 'programme'));

// The course calendar's fields: course types, monthly rules, a number of sessions, changes, registration.
const dayIso = (days) => iso(addDays(today, days));
const addDaysIso = (date, days) => iso(addDays(new Date(`${date}T00:00:00Z`), days));
growSchedules(offers, { day: dayIso, addDaysIso });

const feed = {
  $schema: './feed.schema.json',
  lotse: '1.0',
  id: 'kreis-musterland',
  language: 'de',
  publisher: {
    name: L('Kreis Musterland – Kommunales Integrationszentrum', 'Kreis Musterland – Municipal Integration Centre', 'مقاطعة موسترلاند – مركز الاندماج البلدي', 'Musterland İlçesi – Belediye Entegrasyon Merkezi', 'Округ Мустерланд – Комунальний інтеграційний центр'),
    url: 'https://www.kreis-musterland.example/integration',
    contact: { email: 'integration@kreis-musterland.example', phone: '+49 2271 555-2100' },
    updated: iso(today),
  },
  calendars: CALENDARS,
  topics: TOPICS,
  audiences: CUSTOM_AUDIENCES,
  organizations: ORGANIZATIONS.map((o) => ({ ...o, verified: verified() })),
  places,
  offers,
  emergency: EMERGENCY,
};

await mkdir('demo/data', { recursive: true });
addNewcomerTexts(feed);
await writeFile('demo/data/feed.json', `${JSON.stringify(feed)}\n`);
// Beside it, the schema its `$schema` names, so an editor that opens the sample checks it.
await copyFile('schema/feed.schema.json', 'demo/data/feed.schema.json');
// A provider's own calendar export, which <lotse-course-calendar> reads beside the feed.
const onOrAfterIso = (date, weekday) => iso(onOrAfter(new Date(`${date}T00:00:00Z`), WEEKDAYS[weekday]));
await writeFile('demo/data/events.ics', eventsIcs({ day: dayIso, addDaysIso, weekday: onOrAfterIso }));
const count = (kind) => offers.filter((o) => o.kind === kind).length;
const translated = (lang) => Math.round((100 * offers.filter((o) => typeof o.title === 'object' && o.title[lang]).length) / offers.length);
console.error(
  `demo/data/feed.json: ${offers.length} offers (${['service', 'course', 'event', 'health', 'authority', 'network', 'programme'].map((k) => `${k} ${count(k)}`).join(', ')}), ` +
    `${TOWNS.length} municipalities, titles translated: en ${translated('en')}%, ar ${translated('ar')}%, tr ${translated('tr')}%, uk ${translated('uk')}%`,
);
