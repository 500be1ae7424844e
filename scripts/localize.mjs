// `lit-localize build`, without its warning for each plural form a language never uses.
//
// The xlf files leave out forms like Vietnamese `dates.few` on purpose: nobody should translate a
// sentence that is never shown (see scripts/message-ids.mjs, which drops them from the modules).
// lit-localize warns about every one of them, several hundred lines per build that would hide a
// real warning. A form the language does use is still reported, as is everything else.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';

const MISSING_FORM = /^(\S+) message [a-z][a-z0-9-]*\.(zero|one|two|few|many|other) is missing, using canonical text as fallback$/;

/** True for lit-localize's warning about a form that `locale`'s plural rules never pick. */
export function isUnusedFormWarning(line) {
  const found = MISSING_FORM.exec(line.trim());
  if (!found) return false;
  const [, locale, form] = found;
  try {
    return !new Intl.PluralRules(locale).resolvedOptions().pluralCategories.includes(form);
  } catch {
    return false;
  }
}

async function main() {
  const cli = createRequire(import.meta.url).resolve('@lit/localize-tools/bin/lit-localize.js');
  const child = spawn(process.execPath, [cli, 'build', ...process.argv.slice(2)], { stdio: ['inherit', 'pipe', 'pipe'] });
  let hidden = 0;
  const pass = (stream, out) =>
    new Promise((resolve) => {
      const lines = createInterface({ input: stream });
      lines.on('line', (line) => (isUnusedFormWarning(line) ? hidden++ : out.write(`${line}\n`)));
      lines.on('close', resolve);
    });
  const [code] = await Promise.all([new Promise((resolve) => child.on('close', resolve)), pass(child.stdout, process.stdout), pass(child.stderr, process.stderr)]);
  if (hidden) console.log(`(${hidden} plural forms that their language never uses are left untranslated on purpose)`);
  process.exitCode = code ?? 1;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
