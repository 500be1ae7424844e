/**
 * A large synthetic feed that reads roughly like real offers: a vocabulary
 * of a few thousand words with a Zipf-like spread, stop words in running
 * text, titles in several languages, 200 places in 20 municipalities.
 */
import { finderFeed } from '../fixtures/finder-feed.js';

/** A small deterministic random generator, so every run sees the same feed. */
function random(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) % 4294967296;
    return seed / 4294967296;
  };
}

const STEMS = 'Beratung Kurs Sprache Familie Kinder Arbeit Bewerbung Wohnung Gesundheit Frauen Jugend Schule Ausbildung Anerkennung Behörde Asyl Aufenthalt Sport Musik Begegnung Ehrenamt Nachbarschaft Café Hilfe Unterstützung Alltag Formular Übersetzung Rente Stadt Treff Zentrum Verein Projekt Gruppe Abend Woche Integration Migration Dienst Büro Amt Kita Eltern Lernen Lesen Schreiben Computer Garten Küche'.split(
  ' ',
);
const SUFFIXES = ['', 'en', 'er', 'ung', 'stelle', 'kurs', 'hilfe', 'gruppe', 'treff', 'zeit', 'angebot', 'netz', 'plan', 'dienst'];
const STOP = 'und der die das für mit in zu von im am den ein eine auf bei oder'.split(' ');
const ARABIC = 'استشارة دورة لغة عائلة أطفال عمل سكن صحة نساء شباب مدرسة تدريب مساعدة لقاء'.split(' ');

export function bigFeed(total: number): Record<string, unknown> {
  const next = random(42);
  const vocabulary = SUFFIXES.flatMap((suffix) => STEMS.map((stem) => stem + suffix));
  for (let i = 0; vocabulary.length < 4000; i++) vocabulary.push(`${STEMS[i % STEMS.length]}${SUFFIXES[(i * 7) % SUFFIXES.length]}${i}`);
  // Zipf-like: low ranks much more often; about a third of the offers mention "Beratung…" somewhere.
  const word = () => vocabulary[Math.floor(vocabulary.length * next() ** 1.5)];
  const prose = (words: number) =>
    Array.from({ length: words }, (_, i) => (i % 4 === 1 ? STOP[Math.floor(next() * STOP.length)] : word())).join(' ') + '.';
  const feed = finderFeed();
  const towns = Array.from({ length: 20 }, (_, i) => `Gemeinde ${i + 1}`);
  feed.places = Array.from({ length: 200 }, (_, i) => ({
    id: `p${i}`,
    name: `Treffpunkt ${i}`,
    address: { street: `Hauptstraße ${i}`, postcode: String(38000 + (i % 90) * 7), municipality: towns[i % 20] },
    geo: { lat: 51 + (i % 50) / 100, lon: 10 + (i % 37) / 100 },
    wheelchair: i % 3 === 0 ? 'yes' : 'no',
  }));
  const kinds = ['service', 'course', 'event', 'health', 'authority', 'network', 'programme'];
  const topics = ['sprache', 'sprachkurse', 'beratung', 'arbeit', 'freizeit', 'gesundheit', 'bildung'];
  const languages = ['de', 'ar', 'tr', 'uk', 'fa', 'ru', 'en', 'ku', 'ps', 'ti'];
  feed.offers = Array.from({ length: total }, (_, n) => {
    const title = `${prose(4).slice(0, -1)} ${n}`;
    return {
      id: `o${n}`,
      kind: kinds[n % kinds.length],
      title: n % 4 === 0 ? { de: title, ar: `${ARABIC[n % ARABIC.length]} ${ARABIC[(n * 3) % ARABIC.length]}`, en: `Offer ${n}` } : title,
      summary: prose(15),
      description: `${prose(30)} ${prose(30)}`,
      places: [`p${n % 200}`],
      topics: [topics[n % 7], topics[(n * 3) % 7]],
      audiences: n % 2 ? ['adults'] : ['women', 'parents'],
      languages: [languages[n % 10], 'de'],
      keywords: [word(), word()],
      cost: { free: n % 3 === 0 },
      childcare: n % 5 === 0,
      schedule: n % 7 === 1 ? { start: '2026-01-05', weekly: { days: ['mo', 'th'] }, startTime: '10:00' } : undefined,
      verified: '2026-10-01',
    };
  });
  return feed;
}
