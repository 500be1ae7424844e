#!/usr/bin/env node
/**
 * `lotse`: the command line for the staff who keep a town's feed.
 * Plain Node 20: this file and the core modules it imports are compiled to
 * dist/cli/ and shipped; users need no build step.
 */
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError, EXIT, emit, feedText, makeContext, type Context, type ExitCode } from './io.js';
import { defaultLang, say, type Lang, type MessageKey } from './messages.js';
import { runValidate } from './validate.js';
import { importCsv } from './import-csv.js';
import { importHsds } from './import-hsds.js';
import { importIntegreat } from './import-integreat.js';
import { importIcsFile } from './import-ics.js';
import { runIcs } from './calendars.js';
import { runMerge } from './merge.js';
import { runStale } from './stale.js';
import { today } from './check.js';
import { reportImport, type Finished } from './build-feed.js';

type Options = NonNullable<ParseArgsConfig['options']>;
const COMMON: Options = {
  lang: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
};
const IMPORT: Options = {
  output: { type: 'string', short: 'o' },
  publisher: { type: 'string' },
  language: { type: 'string' },
};

interface Command {
  help: MessageKey;
  options: Options;
  run: (ctx: Context, values: Record<string, string | boolean | undefined>, positionals: string[]) => Promise<ExitCode> | ExitCode;
}

const now = () => process.env.LOTSE_NOW ?? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The file a path names, through links; the path itself when it does not exist yet. */
function fileOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** Stops before an import when -o names the file it reads: the spreadsheet would be replaced by JSON. */
function refuseOutputOverInput(ctx: Context, output: unknown, input: string): void {
  if (typeof output === 'string' && !/^[a-z][a-z0-9+.-]*:\/\//i.test(input) && fileOf(output) === fileOf(input)) {
    throw new CliError(ctx.say('outputIsInput', output), EXIT.usage);
  }
}

/** Writes an importer's feed (atomically with -o) and says what happened. */
function written(ctx: Context, finished: Finished, output: string | undefined): ExitCode {
  reportImport(ctx, finished.problems);
  const feed = finished.feed as { offers: unknown[]; places?: unknown[]; organizations?: unknown[] };
  // Every record left out: an empty feed would empty the town's pages, so the old file stays.
  if (feed.offers.length === 0 && finished.problems.length > 0) throw new CliError(ctx.say('nothingKept', output ?? '-'), EXIT.unusable);
  emit(ctx, output, feedText(finished.feed));
  ctx.info(ctx.say('written', output ?? '-', feed.offers.length, feed.places?.length ?? 0, feed.organizations?.length ?? 0));
  return finished.exit;
}

const COMMANDS: Record<string, Command> = {
  validate: {
    help: 'help.validate',
    options: { json: { type: 'boolean' } },
    run: (ctx, values, files) => runValidate(ctx, files, { json: Boolean(values.json) }),
  },
  'import csv': {
    help: 'help.csv',
    options: { ...IMPORT, encoding: { type: 'string' } },
    run: (ctx, values, [file, ...rest]) => {
      if (!file || rest.length > 0) throw new CliError(ctx.say('needFile'), EXIT.usage);
      refuseOutputOverInput(ctx, values.output, file);
      const encoding = values.encoding as string | undefined;
      if (encoding !== undefined && !['utf-8', 'windows-1252'].includes(encoding.toLowerCase())) {
        throw new CliError(ctx.say('badOption', `--encoding ${encoding}`, 'import csv'), EXIT.usage);
      }
      const finished = importCsv(ctx, file, {
        publisher: values.publisher as string | undefined,
        language: (values.language as string | undefined) ?? 'de',
        encoding: encoding?.toLowerCase() as 'utf-8' | undefined,
        now: now(),
      });
      return written(ctx, finished, values.output as string | undefined);
    },
  },
  'import hsds': {
    help: 'help.hsds',
    options: IMPORT,
    run: (ctx, values, [input, ...rest]) => {
      if (!input || rest.length > 0) throw new CliError(ctx.say('needFile'), EXIT.usage);
      refuseOutputOverInput(ctx, values.output, input);
      const finished = importHsds(ctx, input, { publisher: values.publisher as string | undefined, language: (values.language as string | undefined) ?? 'de', now: now() });
      return written(ctx, finished, values.output as string | undefined);
    },
  },
  'import integreat': {
    help: 'help.integreat',
    options: { ...IMPORT, base: { type: 'string' }, dir: { type: 'string' }, region: { type: 'string' }, languages: { type: 'string' } },
    run: async (ctx, values, rest) => {
      const region = values.region as string | undefined;
      const languages = String(values.languages ?? '').split(',').map((l) => l.trim()).filter(Boolean);
      if (rest.length > 0 || !region || languages.length === 0 || (!values.base === !values.dir)) {
        throw new CliError(ctx.say('badOption', '--base URL | --dir DIR, --region SLUG, --languages de,ar', 'import integreat'), EXIT.usage);
      }
      if (values.base && !/^https?:\/\//.test(values.base as string)) throw new CliError(ctx.say('badOption', `--base ${values.base}`, 'import integreat'), EXIT.usage);
      const finished = await importIntegreat(ctx, {
        base: values.base as string | undefined,
        dir: values.dir as string | undefined,
        region,
        languages,
        publisher: values.publisher as string | undefined,
        now: now(),
        timeout: process.env.LOTSE_TIMEOUT_MS ? Number(process.env.LOTSE_TIMEOUT_MS) : undefined,
      });
      return written(ctx, finished, values.output as string | undefined);
    },
  },
  'import ics': {
    help: 'help.ics-import',
    options: { ...IMPORT, from: { type: 'string' }, to: { type: 'string' } },
    run: async (ctx, values, [input, ...rest]) => {
      if (!input || rest.length > 0) throw new CliError(ctx.say('needFile'), EXIT.usage);
      refuseOutputOverInput(ctx, values.output, input);
      // Days that exist (not 30 February), and a range that does not run backwards.
      const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T12:00:00Z`).toISOString().startsWith(value);
      for (const key of ['from', 'to'] as const) {
        if (values[key] !== undefined && !isDay(values[key] as string)) throw new CliError(ctx.say('badOption', `--${key} ${values[key]}`, 'import ics'), EXIT.usage);
      }
      if (values.from && values.to && (values.from as string) > (values.to as string)) throw new CliError(ctx.say('badOption', `--from ${values.from} --to ${values.to}`, 'import ics'), EXIT.usage);
      const finished = await importIcsFile(ctx, input, {
        today: today(ctx),
        now: now(),
        publisher: values.publisher as string | undefined,
        from: values.from as string | undefined,
        to: values.to as string | undefined,
        timeout: process.env.LOTSE_TIMEOUT_MS ? Number(process.env.LOTSE_TIMEOUT_MS) : undefined,
      });
      return written(ctx, finished, values.output as string | undefined);
    },
  },
  merge: {
    help: 'help.merge',
    options: { output: { type: 'string', short: 'o' }, id: { type: 'string' }, publisher: { type: 'string' } },
    run: (ctx, values, files) =>
      runMerge(ctx, files, { output: values.output as string | undefined, id: values.id as string | undefined, publisher: values.publisher as string | undefined, now: now() }),
  },
  stale: {
    help: 'help.stale',
    options: { days: { type: 'string' }, csv: { type: 'boolean' } },
    run: (ctx, values, [file, ...rest]) => {
      if (rest.length > 0) throw new CliError(ctx.say('needFile'), EXIT.usage);
      return runStale(ctx, file, { days: values.days === undefined ? 365 : Number(values.days), csv: Boolean(values.csv) });
    },
  },
  ics: {
    help: 'help.ics',
    options: { out: { type: 'string' } },
    run: (ctx, values, [file, ...rest]) => {
      if (!file || rest.length > 0) throw new CliError(ctx.say('needFile'), EXIT.usage);
      return runIcs(ctx, file, values.out as string | undefined, Date.parse(now()));
    },
  },
};

async function main(argv: string[]): Promise<ExitCode> {
  const langArg = argv.find((a, i) => argv[i - 1] === '--lang' || a.startsWith('--lang='))?.replace(/^--lang=/, '');
  const lang: Lang = langArg === 'en' || langArg === 'de' ? langArg : defaultLang();
  // The command's words: arguments that are not options nor the value of a --lang before them.
  const wordAt = argv.flatMap((a, i) => (!a.startsWith('-') && argv[i - 1] !== '--lang' ? [i] : []));
  const words = wordAt.map((i) => argv[i]);
  const name = words[0] === 'import' && words[1] ? `import ${words[1]}` : words[0];
  if (!name || (argv.includes('--help') || argv.includes('-h') ? !Object.hasOwn(COMMANDS, name) : false)) {
    if (!name && argv.length > 0 && !argv.some((a) => a === '--help' || a === '-h' || a.startsWith('--lang'))) {
      process.stderr.write(`${say(lang, 'badOption', argv.join(' '), '')}\n`);
      return EXIT.usage;
    }
    process.stdout.write(`${say(lang, 'usage')}\n`);
    return name ? EXIT.usage : EXIT.ok;
  }
  if (!Object.hasOwn(COMMANDS, name)) {
    process.stderr.write(`${say(lang, 'unknownCommand', name)}\n`);
    return EXIT.usage;
  }
  const command = COMMANDS[name];
  const skip = name.split(' ').length;
  const rest = argv.filter((_, i) => !wordAt.slice(0, skip).includes(i));
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: { ...COMMON, ...command.options }, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's words are English; the option it names is put into the reader's words.
    const { code, message } = error as NodeJS.ErrnoException;
    const option = /'([^']+)'/.exec(message)?.[1] ?? message;
    const what = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? say(lang, 'unknownOption', option) : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' ? say(lang, 'optionNeedsValue', option.replace(/ <value>$/, '')) : message;
    process.stderr.write(`${say(lang, 'badOption', what, name)}\n`);
    return EXIT.usage;
  }
  const ctx = makeContext(lang, Boolean(parsed.values.quiet));
  if (parsed.values.help) {
    ctx.out(ctx.say(command.help));
    return EXIT.ok;
  }
  try {
    return await command.run(ctx, parsed.values as Record<string, string | boolean | undefined>, parsed.positionals);
  } catch (error) {
    if (error instanceof CliError) {
      ctx.error(error.message);
      return error.code;
    }
    throw error;
  }
}

// A reader that stops early (`lotse validate --json feed.json | head`): the rest of the output is not
// wanted, which is no failure; the command ends as it would, with its own exit code, not a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`lotse: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = EXIT.unusable;
  },
);
