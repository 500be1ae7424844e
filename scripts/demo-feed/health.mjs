// Health facts of the demo's health services for <lotse-health-guide>: what each
// does, which insurance it takes, whether it takes new patients, and who speaks
// which language; a few more services (a hospital open day and night, a dentist,
// disability counselling); the region's poison control.
import { L } from './offers.mjs';

const ALL = ['statutory', 'private', 'none', 'asylum-voucher', 'asylum-card', 'ehic'];
const PRACTICE = ['statutory', 'private', 'asylum-voucher', 'asylum-card', 'ehic'];

/** `offer.health` by offer id. */
export const HEALTH_FACTS = {
  'hausarzt-yildiz': {
    specialities: ['general', 'vaccination'],
    insurance: PRACTICE,
    newPatients: true,
    staff: [
      { name: 'Dr. Ayşe Yıldız', role: L('Ärztin', 'Doctor', 'طبيبة', 'Doktor', 'Лікарка'), languages: ['de', 'tr'] },
      { name: 'Dr. Samir Nasser', role: L('Arzt', 'Doctor', 'طبيب', 'Doktor', 'Лікар'), languages: ['de', 'ar', 'en'] },
    ],
  },
  'kinderarzt-haddad': { specialities: ['paediatrics', 'vaccination'], insurance: PRACTICE, newPatients: true, staff: [{ name: 'Dr. Lina Haddad', languages: ['de', 'ar', 'fr'] }] },
  'frauenarzt-kovalenko': { specialities: ['gynaecology'], insurance: PRACTICE, newPatients: false, staff: [{ name: 'Dr. Olena Kovalenko', languages: ['de', 'uk', 'ru'] }] },
  'psz-beratung': { specialities: ['psychosocial', 'psychotherapy'], insurance: ALL },
  'psz-kinder': { specialities: ['psychosocial'], insurance: ALL },
  mimi: { specialities: ['health-counselling'] },
  clearingstelle: { specialities: ['health-counselling'], insurance: ['none', 'ehic'] },
  impfberatung: { specialities: ['vaccination', 'public-health-office'], insurance: ALL },
  kjgd: { specialities: ['public-health-office', 'paediatrics'], insurance: ALL },
  schwangerschaft: { specialities: ['pregnancy-counselling'] },
  hebammen: { specialities: ['midwife'], insurance: PRACTICE },
  sucht: { specialities: ['addiction-counselling'] },
  pflegeberatung: { specialities: ['care-counselling'] },
  sozialpsychiatrie: { specialities: ['crisis', 'psychiatry', 'public-health-office'], insurance: ALL },
  zahn: { specialities: ['dentist', 'public-health-office'], insurance: ALL },
  'dolmetsch-klinik': { specialities: ['interpreting'] },
  'wegweiser-psyche': { specialities: ['psychosocial'] },
};

/** More places: the county hospital (its emergency department open day and night) and a dental practice. */
export const HEALTH_PLACES = [
  { id: 'kreiskrankenhaus', name: L('Kreiskrankenhaus Musterstadt', 'County hospital Musterstadt', 'مستشفى المقاطعة في موسترشتات'), address: { street: 'Klinikallee 1', postcode: '50126', municipality: 'Musterstadt' }, geo: { lat: 50.9512, lon: 6.6455 }, wheelchair: 'yes', hours: { always: true } },
  { id: 'zahnpraxis-erftal', name: L('Zahnarztpraxis am Erftbogen'), address: { street: 'Erftbogen 12', postcode: '50171', municipality: 'Erftal' }, geo: { lat: 50.9071, lon: 6.7012 }, wheelchair: 'limited', hours: { regular: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:00', closes: '13:00' }, { days: ['mo', 'th'], opens: '14:00', closes: '18:00' }] } },
  { id: 'eutb-bergheide', name: L('EUTB-Beratungsstelle Bergheide'), address: { street: 'Lutherweg 5', postcode: '50129', municipality: 'Bergheide' }, geo: { lat: 50.9821, lon: 6.6031 }, wheelchair: 'yes' },
];

/** More services, as `offer()` templates with their kind and health facts. */
export const HEALTH_SERVICES = [
  [{ id: 'notaufnahme', org: 'kreis', places: ['kreiskrankenhaus'], audiences: ['everyone'], languages: ['de', 'en', 'ar', 'tr', 'ru'], title: L('Zentrale Notaufnahme', 'Emergency department', 'قسم الطوارئ', 'Acil servis', 'Приймальне відділення'), summary: L('Tag und Nacht für Notfälle. Bei Lebensgefahr rufen Sie 112.', 'Day and night for emergencies. If a life is in danger, call 112.', 'ليلاً ونهاراً لحالات الطوارئ. عند خطر على الحياة اتصل بالرقم 112.', 'Acil durumlar için gece gündüz. Hayati tehlikede 112’yi arayın.', 'Цілодобово для невідкладних випадків. Якщо життя в небезпеці, телефонуйте 112.') }, 'health', { specialities: ['hospital'], insurance: ALL }],
  [{ id: 'bereitschaftspraxis', org: 'kreis', places: ['kreiskrankenhaus'], audiences: ['everyone'], languages: ['de', 'en'], title: L('Notdienstpraxis am Kreiskrankenhaus', 'On-call practice at the county hospital', 'عيادة المناوبة في مستشفى المقاطعة', 'İlçe hastanesinde nöbetçi muayenehane', 'Чергова практика при окружній лікарні'), summary: L('Abends, am Wochenende und an Feiertagen, wenn Ihre Praxis geschlossen ist. Telefon 116 117.', 'Evenings, weekends and public holidays, when your practice is closed. Phone 116 117.') }, 'health', { specialities: ['on-call', 'general'], insurance: PRACTICE }],
  [{ id: 'zahnarzt-erftal', org: 'kreis', places: ['zahnpraxis-erftal'], audiences: ['everyone'], languages: ['de', 'ro', 'pl'], title: L('Zahnarztpraxis am Erftbogen', 'Dental practice am Erftbogen'), summary: L('Kontrolle, Füllungen, Zahnersatz. Angstpatienten willkommen.', 'Check-ups, fillings, dentures. Anxious patients welcome.') }, 'health', { specialities: ['dentist'], insurance: ['statutory', 'private', 'asylum-voucher', 'asylum-card', 'ehic'], newPatients: true, staff: [{ name: 'Dr. Ioana Popescu', languages: ['de', 'ro'] }, { name: 'Marek Nowak', role: L('Zahnarzt', 'Dentist'), languages: ['de', 'pl'] }] }],
  [{ id: 'eutb', org: 'kreis', places: ['eutb-bergheide'], audiences: ['everyone'], languages: ['de', 'en', 'tr'], title: L('EUTB – Beratung für Menschen mit Behinderung', 'EUTB – counselling for people with disabilities', 'استشارة لذوي الإعاقة (EUTB)', 'EUTB – engelliler için danışmanlık', 'EUTB – консультації для людей з інвалідністю'), summary: L('Unabhängig und kostenlos, auch in Leichter Sprache.', 'Independent and free, also in easy language.') }, 'service', { specialities: ['disability-counselling'] }],
];

/** The region's poison control (North Rhine-Westphalia: Bonn). */
export const EMERGENCY = [{ id: 'poison', numbers: ['0228 19240'], label: L('Giftnotruf NRW (Bonn)', 'Poison control NRW (Bonn)', 'مركز السموم في ولاية شمال الراين وستفاليا (بون)', 'Zehir danışma hattı NRW (Bonn)', 'Токсикологічна служба NRW (Бонн)') }];
