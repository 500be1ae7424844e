// What the course calendar needs of the demo feed: course types, schedules
// in the grown format (a number of sessions, holidays as a range, a
// cancelled and a moved session, a monthly meeting on the first Tuesday and
// a breakfast on the last Friday, a conference over two days, a film night
// past midnight), registration, a fully booked course with a waiting list,
// ready-made calendars to subscribe to; and a provider's .ics export.
import { L } from './offers.mjs';

/** Course type of each course and event of the demo feed. */
export const COURSE_TYPES_BY_ID = {
  'ik-kinderbetreuung': 'integration',
  'ik-lindenau': 'integration',
  'ik-erftal': 'integration',
  alpha: 'literacy',
  jugendkurs: 'youth-integration',
  berufssprachkurs: 'job-german',
  frauenkurs: 'german-for-parents',
  elternkurs: 'german-for-parents',
  'sprachkurs-ukraine': 'german',
  hauptschulabschluss: 'training',
  computer: 'training',
  bewerbung: 'training',
  'erste-hilfe': 'training',
  'fuehrerschein-theorie': 'training',
  'schwimmen-frauen': 'sport',
  fahrradkurs: 'sport',
  fussball: 'sport',
  'iw-eroeffnung': 'festival',
  'iw-fest': 'festival',
  'iw-film': 'culture',
  lesung: 'culture',
  integrationskonferenz: 'conference',
  'info-einbuergerung': 'information',
  'kita-infotag': 'information',
  jobmesse: 'information',
  'elternabend-schule': 'information',
  gesundheitstag: 'information',
  'infoabende-anerkennung': 'information',
  frauenfruehstueck: 'meeting',
  sprachcafe: 'meeting',
  elterncafe: 'meeting',
  maennergruppe: 'meeting',
  seniorentreff: 'meeting',
  'ak-asyl-lindenau': 'meeting',
};

/** Calendars the county publishes as static .ics files (written by the command-line tool). */
export const CALENDARS = [
  {
    id: 'deutschkurse',
    label: L('Alle Deutschkurse', 'All German courses', 'جميع دورات اللغة الألمانية', 'Tüm Almanca kursları', 'Усі курси німецької'),
    url: 'https://www.kreis-musterland.example/kalender/deutschkurse.ics',
    filter: { types: ['integration', 'literacy', 'youth-integration', 'job-german', 'german-for-parents', 'german'] },
  },
  {
    id: 'sport-erftal',
    label: L('Sport in Erftal', 'Sport in Erftal', 'الرياضة في إرفتال', 'Erftal’da spor', 'Спорт в Ерфталі'),
    url: 'https://www.kreis-musterland.example/kalender/sport-erftal.ics',
    filter: { types: ['sport'], municipality: ['Erftal'] },
  },
];

/**
 * Gives the demo's offers their course types and some of them the grown
 * schedule fields, in place. `day(n)` is the ISO day n days from today.
 */
export function growSchedules(offers, { day, addDaysIso }) {
  const byId = new Map(offers.map((o) => [o.id, o]));
  for (const [id, type] of Object.entries(COURSE_TYPES_BY_ID)) {
    const offer = byId.get(id);
    if (offer) offer.courseType = type;
  }
  const evening = byId.get('ik-lindenau');
  if (evening?.schedule) {
    const { start } = evening.schedule;
    delete evening.schedule.end;
    evening.schedule.count = 60;
    // Two weeks of school holidays eight weeks in, one session off sick, one moved to another room and day.
    evening.schedule.except = [
      ...(evening.schedule.except ?? []),
      { from: addDaysIso(start, 56), to: addDaysIso(start, 69), note: L('Osterferien', 'Easter holidays', 'عطلة عيد الفصح', 'Paskalya tatili', 'Великодні канікули') },
    ];
    evening.schedule.changes = [
      { date: addDaysIso(start, 14), cancelled: true, note: L('Fällt wegen Krankheit aus.', 'Cancelled: the teacher is ill.', 'ملغاة بسبب المرض.', 'Hastalık nedeniyle iptal.', 'Скасовано через хворобу.') },
      { date: addDaysIso(start, 21), newDate: addDaysIso(start, 22), note: L('Im Saal, Eingang Hof.', 'In the hall, courtyard entrance.', 'في القاعة، المدخل من الفناء.', 'Salonda, avlu girişi.', 'У залі, вхід з двору.') },
    ];
  }
  const childcare = byId.get('ik-kinderbetreuung');
  if (childcare?.schedule) {
    childcare.registration = { required: true, url: 'https://www.vhs-musterstadt.example/anmeldung', deadline: childcare.schedule.registrationDeadline };
  }
  const alpha = byId.get('alpha');
  if (alpha) {
    alpha.status = 'full';
    alpha.registration = { required: true, waitingList: true, note: L('Warteliste im VHS-Büro.', 'Waiting list at the VHS office.') };
  }
  const conference = byId.get('integrationskonferenz');
  if (conference?.schedule?.start) conference.schedule.end = addDaysIso(conference.schedule.start, 1);
  const film = byId.get('iw-film');
  if (film?.schedule) {
    film.schedule.startTime = '21:00';
    film.schedule.endTime = '00:30';
  }
  const breakfast = byId.get('frauenfruehstueck');
  if (breakfast?.schedule) {
    breakfast.schedule = { start: day(-40), startTime: '09:30', endTime: '11:30', monthly: { weekday: 'fr', week: 'last' } };
  }
  const network = byId.get('ak-asyl-lindenau');
  if (network) network.schedule = { start: day(-90), startTime: '19:00', endTime: '21:00', monthly: { weekday: 'tu', week: 'first' } };
}

/** Folds a content line after 75 octets, as RFC 5545 asks. */
function fold(line) {
  const parts = [];
  let current = '';
  for (const char of line) {
    if (Buffer.byteLength(current + char) > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = '';
    }
    current += char;
  }
  return [...parts, current].join('\r\n ');
}

const stamp = (iso, time) => `${iso.replace(/-/g, '')}T${time.replace(':', '')}00`;

/**
 * A youth centre's own calendar export, as real ones are: times in its
 * zone and in UTC, a weekly rule with a day off and a moved session, a
 * DURATION, whole days with an exclusive end, a UID with @ and an empty
 * DESCRIPTION. Read by the calendar beside the feed.
 */
export function eventsIcs({ day, addDaysIso, weekday }) {
  const monday = weekday(day(1), 1);
  const friday = weekday(day(3), 5);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Jugendzentrum Erftal//Kalender//DE',
    'X-WR-CALNAME:Jugendzentrum Erftal',
    'BEGIN:VTIMEZONE',
    'TZID:Europe/Berlin',
    'BEGIN:DAYLIGHT',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0200',
    'TZNAME:CEST',
    'DTSTART:19700329T020000',
    'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
    'END:DAYLIGHT',
    'BEGIN:STANDARD',
    'TZOFFSETFROM:+0200',
    'TZOFFSETTO:+0100',
    'TZNAME:CET',
    'DTSTART:19701025T030000',
    'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    'END:STANDARD',
    'END:VTIMEZONE',
    'BEGIN:VEVENT',
    'UID:hausaufgaben-2026@jz-erftal.example',
    `DTSTAMP:${stamp(day(0), '08:00')}Z`,
    `DTSTART;TZID=Europe/Berlin:${stamp(monday, '15:00')}`,
    'DURATION:PT1H30M',
    'RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=24',
    `EXDATE;TZID=Europe/Berlin:${stamp(addDaysIso(monday, 14), '15:00')}`,
    'SUMMARY:Hausaufgabenhilfe im Jugendzentrum',
    'DESCRIPTION:Für Schülerinnen und Schüler der Klassen 5 bis 10\\, mit Hilfe auf Arabisch und Ukrainisch.',
    'LOCATION:Jugendzentrum Erftal\\, Hauptstraße 5\\, 50171 Erftal',
    'CATEGORIES:Bildung',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:hausaufgaben-2026@jz-erftal.example',
    `DTSTAMP:${stamp(day(0), '08:00')}Z`,
    `RECURRENCE-ID;TZID=Europe/Berlin:${stamp(addDaysIso(monday, 2), '15:00')}`,
    `DTSTART;TZID=Europe/Berlin:${stamp(addDaysIso(monday, 3), '16:00')}`,
    `DTEND;TZID=Europe/Berlin:${stamp(addDaysIso(monday, 3), '17:30')}`,
    'SUMMARY:Hausaufgabenhilfe im Jugendzentrum',
    'DESCRIPTION:Diese Woche am Donnerstag.',
    'LOCATION:Jugendzentrum Erftal\\, Hauptstraße 5\\, 50171 Erftal',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:040000008200E00074C5B7101A82E0080000000023C1@jz-erftal.example',
    `DTSTAMP:${stamp(day(0), '08:00')}Z`,
    // 17:00 UTC: 18:00 in winter, 19:00 in summer in Erftal.
    `DTSTART:${stamp(friday, '17:00')}Z`,
    `DTEND:${stamp(friday, '20:00')}Z`,
    'SUMMARY:Kochabend: Rezepte aus aller Welt',
    'DESCRIPTION:',
    'LOCATION:Jugendzentrum Erftal\\, Hauptstraße 5\\, 50171 Erftal',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:ferienfreizeit@jz-erftal.example',
    `DTSTAMP:${stamp(day(0), '08:00')}Z`,
    `DTSTART;VALUE=DATE:${day(24).replace(/-/g, '')}`,
    `DTEND;VALUE=DATE:${day(27).replace(/-/g, '')}`,
    'SUMMARY:Ferienfreizeit am See (drei Tage)',
    'LOCATION:Jugendzentrum Erftal\\, Hauptstraße 5\\, 50171 Erftal',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ];
  return lines.map(fold).join('\r\n');
}
