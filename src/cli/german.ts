/**
 * Values as staff write them in German spreadsheets: dates `31.12.2026`,
 * times `18.30` or `18:30 Uhr`, opening hours "Mo-Fr 8-12 Uhr, Do 14-18 Uhr",
 * yes and no, prices. Each parser returns undefined for what it cannot read,
 * so the importer can name the cell.
 */
import type { OpeningHours, Weekday } from '../core/feed/schema.js';
import { WEEKDAYS } from '../core/feed/vocabulary.js';

const pad = (n: number) => String(n).padStart(2, '0');

function realDay(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** `31.12.2026`, `31.12.26`, `1.2.2026`, `2026-12-31`, also with a time after it as Excel writes it. */
export function parseDate(raw: string): string | undefined {
  const value = raw.trim().replace(/\s+\d{1,2}:\d{2}(:\d{2})?$/, '');
  let m = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(value);
  if (m) {
    const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return realDay(year, Number(m[2]), Number(m[1]));
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? realDay(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/** `18.30`, `18:30`, `18:30 Uhr`, `18 Uhr`, `9`, `09:00:00` -> `HH:MM`. */
export function parseTime(raw: string): string | undefined {
  const m = /^(\d{1,2})(?:[.:](\d{2}))?(?::(\d{2}))?\s*(?:uhr|h)?$/i.exec(raw.trim());
  if (!m) return undefined;
  const hours = Number(m[1]);
  const minutes = Number(m[2] ?? 0);
  // 24:00 is how offices write "until midnight"; the feed's last minute of the day is 23:59.
  if (hours === 24 && minutes === 0) return '23:59';
  return hours < 24 && minutes < 60 ? `${pad(hours)}:${pad(minutes)}` : undefined;
}

const DAY_NAMES: Record<string, Weekday> = {};
for (const [names, day] of [
  [['mo', 'mon', 'montag', 'monday'], 'mo'],
  [['di', 'die', 'dienstag', 'tu', 'tue', 'tuesday'], 'tu'],
  [['mi', 'mit', 'mittwoch', 'we', 'wed', 'wednesday'], 'we'],
  [['do', 'don', 'donnerstag', 'th', 'thu', 'thursday'], 'th'],
  [['fr', 'fre', 'freitag', 'fri', 'friday'], 'fr'],
  [['sa', 'sam', 'samstag', 'sonnabend', 'sat', 'saturday'], 'sa'],
  [['so', 'son', 'sonntag', 'su', 'sun', 'sunday'], 'su'],
] as const) {
  for (const name of names) DAY_NAMES[name] = day;
}

function dayOf(word: string): Weekday | undefined {
  const key = word.toLowerCase().replace(/\.$/, '');
  return Object.hasOwn(DAY_NAMES, key) ? DAY_NAMES[key] : undefined;
}

function dayRange(from: Weekday, to: Weekday): Weekday[] {
  const a = WEEKDAYS.indexOf(from);
  const b = WEEKDAYS.indexOf(to);
  const days: Weekday[] = [];
  for (let i = a; ; i = (i + 1) % 7) {
    days.push(WEEKDAYS[i]);
    if (i === b) return days;
  }
}

const DASH = /\s*(?:-|–|—|bis)\s*/;

/** "Mo, Mi, Fr", "Mo-Fr", "Montag bis Freitag", "Di und Do" -> weekdays in order. */
export function parseDays(raw: string): Weekday[] | undefined {
  const days = new Set<Weekday>();
  for (const part of raw.split(/\s*(?:,|;|\/|\+|\bund\b|&)\s*/i).filter(Boolean)) {
    const ends = part.split(DASH);
    if (ends.length === 1) {
      const day = dayOf(ends[0]);
      if (!day) return undefined;
      days.add(day);
    } else if (ends.length === 2) {
      const from = dayOf(ends[0]);
      const to = dayOf(ends[1]);
      if (!from || !to) return undefined;
      for (const day of dayRange(from, to)) days.add(day);
    } else return undefined;
  }
  return days.size > 0 ? WEEKDAYS.filter((d) => days.has(d)) : undefined;
}

const TOKEN =
  /\s*(?:(?<days>(?:mo|di|mi|do|fr|sa|so|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|sonnabend)\.?(?:\s*(?:-|–|bis)\s*(?:mo|di|mi|do|fr|sa|so|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|sonnabend)\.?)?)(?![a-zäöü])|(?<from>\d{1,2}(?:[.:]\d{2})?)\s*(?:uhr\s*)?(?:-|–|—|bis)\s*(?<to>\d{1,2}(?:[.:]\d{2})?)\s*(?:uhr)?|(?<appointment>nach\s+(?:vereinbarung|absprache|terminvereinbarung)|(?:nur\s+)?mit\s+termin|termine?\s+nach\s+vereinbarung)|(?<closed>geschlossen)|(?<sep>[,;/+&:]|\bund\b|\n))/iy;

/**
 * Opening hours as written in German offices: "Mo-Fr 8-12 Uhr, Do 14-18 Uhr",
 * "Mo, Mi 9-12 und 14-16 Uhr", "Di 9-12 Uhr nach Vereinbarung", "Sa geschlossen".
 * Days come first, then their times; an appointment phrase marks the times
 * of its days. Anything else makes the whole cell unreadable: hours half
 * read would tell residents a wrong time.
 */
export function parseHours(raw: string): OpeningHours | undefined {
  const text = raw.trim();
  if (text === '') return undefined;
  type Group = { days: Weekday[]; spans: { opens: string; closes: string }[]; appointment: boolean; closed: boolean };
  const groups: Group[] = [];
  let current: Group | undefined;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m || m.index !== at) {
      if (/^\s*\.?\s*$/.test(text.slice(at))) break;
      return undefined;
    }
    const g = m.groups!;
    if (g.days) {
      const days = parseDays(g.days);
      if (!days) return undefined;
      // Days after times start a new group; days after days (a list) join the current one.
      if (!current || current.spans.length > 0 || current.closed || current.appointment) groups.push((current = { days: [], spans: [], appointment: false, closed: false }));
      current.days.push(...days);
    } else if (g.from) {
      const opens = parseTime(g.from);
      const closes = parseTime(g.to);
      if (!current || !opens || !closes || closes <= opens) return undefined;
      current.spans.push({ opens, closes });
    } else if (g.appointment) {
      if (!current) return undefined;
      current.appointment = true;
    } else if (g.closed) {
      if (!current) return undefined;
      current.closed = true;
    }
  }
  if (groups.length === 0) return undefined;
  const regular: NonNullable<OpeningHours['regular']> = [];
  for (const group of groups) {
    if (group.closed) continue;
    if (group.spans.length === 0) return undefined;
    for (const span of group.spans) regular.push({ days: [...new Set(group.days)], ...span, ...(group.appointment ? { appointment: true } : {}) });
  }
  return { regular };
}

/** ja/nein, yes/no, x, 1/0, wahr/falsch. */
export function parseYesNo(raw: string): boolean | undefined {
  const value = raw.trim().toLowerCase();
  if (['ja', 'j', 'yes', 'y', 'x', '1', 'wahr', 'true'].includes(value)) return true;
  if (['nein', 'n', 'no', '0', 'falsch', 'false', '-'].includes(value)) return false;
  return undefined;
}

/** "kostenlos", "0", "5 €", "5,50 EUR", "12 Euro (ermäßigt 6 €)" -> cost; otherwise undefined. */
export function parseCost(raw: string): { free: boolean; amount?: number; reducedAmount?: number } | undefined {
  const value = raw.trim().toLowerCase();
  if (/^(kostenlos|kostenfrei|gratis|frei|free|umsonst|0|0,00|0 €)$/.test(value)) return { free: true };
  const m = /^(\d+(?:[.,]\d{1,2})?)\s*(?:€|eur|euro)?(?:\s*\((?:ermäßigt|reduziert|reduced)\s*(\d+(?:[.,]\d{1,2})?)\s*(?:€|eur|euro)?\))?$/.exec(value);
  if (!m) return undefined;
  const amount = Number(m[1].replace(',', '.'));
  return { free: amount === 0, ...(amount > 0 ? { amount } : {}), ...(m[2] ? { reducedAmount: Number(m[2].replace(',', '.')) } : {}) };
}

/** Language names as staff write them, and codes, -> BCP 47. */
const LANGUAGE_NAMES: Record<string, string> = {
  deutsch: 'de', german: 'de', englisch: 'en', english: 'en', arabisch: 'ar', arabic: 'ar', türkisch: 'tr', turkish: 'tr',
  ukrainisch: 'uk', ukrainian: 'uk', russisch: 'ru', russian: 'ru', persisch: 'fa', farsi: 'fa', persian: 'fa', dari: 'prs',
  deu: 'de', ger: 'de', eng: 'en', ara: 'ar', tur: 'tr', ukr: 'uk', rus: 'ru', fas: 'fa', per: 'fa', pus: 'ps', kur: 'ku', fra: 'fr', fre: 'fr', spa: 'es',
  ita: 'it', pol: 'pl', ron: 'ro', rum: 'ro', bul: 'bg', srp: 'sr', hrv: 'hr', bos: 'bs', sqi: 'sq', alb: 'sq', ell: 'el', gre: 'el', tir: 'ti', som: 'so', amh: 'am',
  paschtu: 'ps', pashto: 'ps', kurdisch: 'ku', kurmandschi: 'kmr', kurmanji: 'kmr', sorani: 'ckb', französisch: 'fr', french: 'fr',
  spanisch: 'es', spanish: 'es', italienisch: 'it', polnisch: 'pl', polish: 'pl', rumänisch: 'ro', romanian: 'ro', bulgarisch: 'bg',
  serbisch: 'sr', kroatisch: 'hr', bosnisch: 'bs', albanisch: 'sq', griechisch: 'el', tigrinya: 'ti', tigrinisch: 'ti', somali: 'so',
  amharisch: 'am', vietnamesisch: 'vi', chinesisch: 'zh', urdu: 'ur', hindi: 'hi', gebärdensprache: 'gsg', 'leichte sprache': 'de-x-ls',
};

export function languageCode(raw: string): string | undefined {
  const value = raw.trim();
  const key = value.toLowerCase();
  if (Object.hasOwn(LANGUAGE_NAMES, key)) return LANGUAGE_NAMES[key];
  return /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value) ? value : undefined;
}

/** Several values in one cell: separated by commas, semicolons, slashes or line breaks. */
export function splitValues(raw: string): string[] {
  return raw
    .split(/\s*(?:[,;|\n]|\s\/\s)\s*/)
    .map((v) => v.trim())
    .filter(Boolean);
}

/** An id from a title: lower-case ASCII, umlauts spelled out. */
export function slug(text: string): string {
  const ascii = text
    .toLowerCase()
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return ascii || 'eintrag';
}
