/**
 * `lotse import ics FILE|URL`: a course provider's calendar export as feed
 * offers, with the reader and conversion the calendar widget uses for .ics
 * sources (`core/calendar`): TZIDs, UTC times, DURATION, whole days,
 * RRULE/EXDATE/RDATE, RECURRENCE-ID, UIDs with `@`.
 */
import { basename } from 'node:path';
import { calendarDeps } from '../core/calendar/deps.js';
import { icsToFeed } from '../core/calendar/ics-feed.js';
import { readIcs } from '../core/calendar/ics-read.js';
import { emptyDraft, finish, type Finished, type Json } from './build-feed.js';
import { CliError, EXIT, readBytes, type Context } from './io.js';
import { decodeText } from './text-file.js';
import { hasMessage } from './messages.js';

const DAY = 86_400_000;
const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

async function download(ctx: Context, url: string, timeout: number): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeout), headers: { accept: 'text/calendar' } });
  } catch (error) {
    throw new CliError(ctx.say('networkError', url, (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name), EXIT.network);
  }
  if (!response.ok) throw new CliError(ctx.say('httpError', url, response.status), EXIT.network);
  return response.text();
}

export async function importIcsFile(ctx: Context, input: string, options: { today: string; now: string; publisher?: string; from?: string; to?: string; timeout?: number }): Promise<Finished> {
  const remote = /^(https?|webcal):\/\//i.test(input);
  const url = input.replace(/^webcal:/i, 'https:');
  const text = remote ? await download(ctx, url, options.timeout ?? 30_000) : decodeText(ctx, input, readBytes(ctx, input)).text;
  if (!/^\s*BEGIN:VCALENDAR/i.test(text)) throw new CliError(ctx.say('unusable', input, 'BEGIN:VCALENDAR'), EXIT.unusable);
  // The widget reads two months back and a year ahead; the tool by default from today.
  const from = options.from ?? options.today;
  const to = options.to ?? shift(options.today, 366);
  const converted = icsToFeed(readIcs(text, from, to), remote ? url : basename(input), options.today, from, to, calendarDeps);
  const json = converted.json as Json & { publisher: Json; places: Json[]; offers: Json[] };
  const origin = remote ? url : basename(input);
  const draft = emptyDraft(String(json.language), options.publisher ?? String((json.publisher as Json).name), options.today);
  draft.envelope = { ...(json.id ? { id: json.id } : {}), ...(json.timeZone ? { timeZone: json.timeZone } : {}) };
  draft.places = json.places.map((place) => ({ ...place, source: { importer: 'ics', origin, imported: options.now } }));
  draft.offers = json.offers.map((offer) => ({ ...offer, source: { importer: 'ics', origin, imported: options.now, ref: `UID ${String(offer.id)}` } }));
  for (const p of converted.problems) {
    // "line 21" and "ics-no-start" in the reader's words: "Zeile 21", "Termin ohne Beginn (DTSTART)".
    const line = /^line (\d+)$/.exec(p.field);
    const what = p.expect && hasMessage(`ics.${p.expect}`) ? ctx.say(`ics.${p.expect}` as 'ics.ics-no-start') : (p.expect ?? p.reason);
    draft.problems.push({
      where: `${origin}, ${line ? ctx.say('icsLine', line[1]) : p.field}${p.id ? ` (UID ${p.id})` : ''}`,
      message: `${what}${p.value ? `: ${p.value}` : ''}`,
      leftOut: p.dropped,
    });
  }
  return finish(ctx, draft);
}
