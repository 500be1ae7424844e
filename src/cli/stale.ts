/**
 * `lotse stale FEED --days 365`: offers not verified within N days,
 * grouped by provider with their contact, as a table or as CSV for Excel,
 * so the integration centre can send reminders.
 */
import { pickText } from '../core/locale/text.js';
import type { Contact } from '../core/feed/schema.js';
import { checkParsed, offersLeftOut, parseFeed, today } from './check.js';
import { CliError, EXIT, type Context, type ExitCode } from './io.js';
import { readJsonText } from './text-file.js';

const DAY = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

/** A CSV cell for Excel: quoted when it holds the separator, a quote or a line break; formulas defused. */
function cell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function runStale(ctx: Context, file: string | undefined, options: { days: number; csv: boolean }): ExitCode {
  if (!file) throw new CliError(ctx.say('needFile'), EXIT.usage);
  if (!Number.isInteger(options.days) || options.days < 0) throw new CliError(ctx.say('badOption', '--days', 'stale'), EXIT.usage);
  const text = readJsonText(ctx, file);
  const day = today(ctx);
  const { feed, problems } = checkParsed(ctx, file, parseFeed(ctx, file, text), day);
  // Offers the validator left out are not listed; the list must not look complete.
  const droppedOffers = offersLeftOut(problems);
  if (droppedOffers > 0) ctx.error(ctx.say('staleDropped', file, droppedOffers));
  const language = feed.language;
  const words = (value: Parameters<typeof pickText>[0]) => pickText(value, language, language)?.text ?? '';
  const organizations = new Map(feed.organizations.map((o) => [o.id, o]));
  const groups = new Map<string, { provider: string; contact?: Contact; rows: { title: string; id: string; verified: string; days: number }[] }>();
  for (const offer of feed.offers) {
    const age = daysBetween(offer.verified, day);
    if (age <= options.days) continue;
    const org = offer.organization ? organizations.get(offer.organization) : undefined;
    // The provider's contact, else the offer's own: offers with different contacts of their own are asked apart.
    const contact = org?.contact ?? offer.contact;
    const key = JSON.stringify([org?.id ?? '', org?.contact ? '' : [contact?.name, contact?.phone, contact?.email]]);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { provider: org ? words(org.name) : ctx.say('noProvider'), contact, rows: [] }));
    group.rows.push({ title: words(offer.title), id: offer.id, verified: offer.verified, days: age });
  }
  const sorted = [...groups.values()].sort((a, b) => a.provider.localeCompare(b.provider, language));
  for (const group of sorted) group.rows.sort((a, b) => b.days - a.days);
  const count = sorted.reduce((n, g) => n + g.rows.length, 0);
  if (options.csv) {
    // A BOM so Excel reads the umlauts as UTF-8.
    const lines = [ctx.say('staleColumns')];
    for (const g of sorted) {
      for (const row of g.rows) {
        lines.push([g.provider, g.contact?.name ?? '', g.contact?.phone ?? '', g.contact?.email ?? '', row.title, row.id, row.verified, row.days].map(cell).join(';'));
      }
    }
    process.stdout.write(`\ufeff${lines.join('\r\n')}\r\n`);
    return count > 0 ? EXIT.problems : EXIT.ok;
  }
  if (count === 0) {
    ctx.info(ctx.say('staleNone', options.days));
    return EXIT.ok;
  }
  const lines = [ctx.say('staleHeading', count, options.days)];
  for (const g of sorted) {
    const contact = [g.contact?.name, g.contact?.phone, g.contact?.email].filter(Boolean).join(', ');
    lines.push('', `${g.provider}${contact ? ` (${contact})` : ''}`);
    for (const row of g.rows) lines.push(`  ${row.verified}  ${String(row.days).padStart(5)}  ${row.title} [${row.id}]`);
  }
  ctx.out(lines.join('\n'));
  return EXIT.problems;
}
