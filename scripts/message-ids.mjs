// Short message ids, given at build time.
//
// `@lit/localize` in runtime mode finds a translation by hashing each
// message's source text in the browser (a 64-bit FNV hash, written as 17
// characters). Lotse hashes at build time instead: every `msg()` call gets
// its id as an option, and ids become short counters ("a", "b" … "5x") in
// the calls and in the locale chunks alike. Residents download neither the
// hash function nor 203 seventeen-character keys per language.
//
// Used by the Vite builds and the dev server (`lotseMessages()`), and by
// web-test-runner (`messageIdsPlugin()`), so the tests run the code that ships.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAst } from 'vite';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { walk } from './source-walk.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
/** Our sources, with forward slashes: Vite writes module ids that way on Windows too. */
const sourceDir = `${join(root, 'src').replaceAll('\\', '/')}/`;
const localesDir = join(root, 'src/generated/locales');
const LOCALE_MODULE = /\/src\/generated\/locales\/[^/]+\.[jt]s$/;
/** A key of a generated locale module: a hash, or an explicit id (a plural form, `services-found.few`, see `core/locale/plural.ts`). */
const HASHED_KEY = /(['"])(s[0-9a-f]{16}|[a-z][a-z0-9-]*\.(?:zero|one|two|few|many|other))\1(\s*:)/g;
const EXPLICIT_ID = /^[a-z][a-z0-9-]*\.(?:zero|one|two|few|many|other)$/;

/**
 * Every id that some locale translates, in a fixed order (sorted), mapped to
 * its number. Read again whenever a locale module changed, so a dev server
 * that outlives `npm run localize` numbers new messages too (reload the page).
 */
let table;
let tableStamp = '';
function shortIds() {
  const files = readdirSync(localesDir).sort();
  const stamp = files.map((file) => `${file}:${statSync(join(localesDir, file)).mtimeMs}`).join('|');
  if (!table || stamp !== tableStamp) {
    const hashed = new Set();
    for (const file of files) {
      for (const match of readFileSync(join(localesDir, file), 'utf8').matchAll(HASHED_KEY)) hashed.add(match[2]);
    }
    table = new Map([...hashed].sort().map((id, index) => [id, index]));
    tableStamp = stamp;
  }
  return table;
}

/** The numbers given to msg() calls in this process, for `requireEveryMessage`. */
const given = new Set();


/** The id `@lit/localize` would compute at runtime for a message argument. */
function hashedId(arg, where) {
  if (arg.type === 'Literal' && typeof arg.value === 'string') return generateMsgId(arg.value, false);
  if (arg.type === 'TemplateLiteral' && arg.expressions.length === 0) return generateMsgId(arg.quasis[0].value.cooked, false);
  if (arg.type === 'TaggedTemplateExpression' && arg.tag.type === 'Identifier' && arg.tag.name === 'str') {
    return generateMsgId(arg.quasi.quasis.map((q) => q.value.cooked), false);
  }
  throw new Error(`${where}: msg() takes a string or a str\`\` template here (Lotse's lookup has no html\`\` messages).`);
}

/**
 * The id a call gives itself (`msg(str`…`, { id: 'services-found.few' })`):
 * only plural forms do, as they share their source text with `other`.
 */
function explicitId(options, where) {
  const property = options?.properties.find((p) => p.key?.name === 'id' || p.key?.value === 'id');
  if (!property) return undefined;
  const value = property.value;
  if (value.type !== 'Literal' || typeof value.value !== 'string' || !EXPLICIT_ID.test(value.value)) {
    throw new Error(`${where}: an explicit msg() id names a plural form, as 'services-found.few' (see core/locale/plural.ts).`);
  }
  return value.value;
}

/** Gives every translated `msg()` call in `code` (JavaScript) its number. */
export function addMessageIds(code, where) {
  if (!code.includes('msg(')) return code;
  const ids = shortIds();
  const edits = [];
  walk(parseAst(code), (node) => {
    if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || node.callee.name !== 'msg') return;
    const [message, options] = node.arguments;
    if (options && options.type !== 'ObjectExpression') throw new Error(`${where}: msg() options must be written as an object literal.`);
    const id = ids.get(explicitId(options, where) ?? hashedId(message, where));
    // A message no locale translates (yet, or a plural form no language picks) shows its source text; it needs no id.
    if (id === undefined) {
      if (options) edits.push([message.end, options.end, '']);
      return;
    }
    // `msg(message)` or `msg(message, { desc })` becomes `msg(message,7)`.
    edits.push([message.end, options ? options.end : message.end, `,${id}`]);
    given.add(id);
  });
  let out = code;
  for (const [from, to, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, from) + text + out.slice(to);
  return out;
}

/**
 * A generated locale module keyed by the numbers, and with its own three-line
 * `str` instead of an import: locale chunks then import nothing, so no shared
 * chunk is fetched for them (the lookup reads only the `strTag` shape).
 */
export function rekeyLocaleModule(code, locale) {
  const ids = shortIds();
  return dropUnpickedForms(code, locale)
    .replace(/import\s*\{\s*str\s*\}\s*from\s*['"]@lit\/localize['"];?/, 'const str = (strings, ...values) => ({ strTag: true, strings, values });')
    .replace(HASHED_KEY, (key, quote, id, colon) => (ids.has(id) ? `${ids.get(id)}${colon}` : key));
}

/**
 * Leaves out the plural forms a locale's rules never pick (German has no
 * `few`): `lit-localize build` writes every message into every locale
 * module, the untranslated ones in English.
 */
function dropUnpickedForms(code, locale) {
  if (!locale) return code;
  const picked = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  return code.replace(/^\s*(['"])[a-z][a-z0-9-]*\.(zero|one|two|few|many|other)\1\s*:\s*(?:str)?`(?:[^`\\]|\\.)*`,?[ \t]*\n/gm, (entry, _quote, form) =>
    picked.includes(form) ? entry : '',
  );
}

function transform(code, id) {
  const file = id.split('?')[0].replaceAll('\\', '/');
  if (LOCALE_MODULE.test(file)) return rekeyLocaleModule(code, /([^/]+)\.[jt]s$/.exec(file)[1]);
  if (file.startsWith(sourceDir) && /\.[jt]s$/.test(file)) return addMessageIds(code, file);
  return undefined;
}

/**
 * The Vite plugin: runs after TypeScript is compiled away. With
 * `requireEveryMessage` (the build of every element) the build fails when a
 * translated message was given to no call: a call the step did not recognise
 * (say, `msg` under another name) would otherwise silently show English.
 */
export function lotseMessages({ requireEveryMessage = false } = {}) {
  return {
    name: 'lotse-message-ids',
    enforce: 'post',
    buildStart() {
      given.clear();
    },
    transform(code, id) {
      const out = transform(code, id);
      return out === undefined || out === code ? null : { code: out, map: null };
    },
    buildEnd(error) {
      if (!requireEveryMessage || error) return;
      const unused = [...shortIds()].filter(([, id]) => !given.has(id)).map(([hashed]) => hashed);
      if (unused.length > 0) {
        throw new Error(`${unused.length} translated message(s) reached no msg() call (${unused.slice(0, 5).join(', ')}): call msg() by that name, with a string or a str template.`);
      }
    },
  };
}

/** The web-test-runner plugin; list it after the esbuild plugin. */
export function messageIdsPlugin() {
  return {
    name: 'lotse-message-ids',
    transform(context) {
      if (typeof context.body !== 'string' || !/\.[jt]s$/.test(context.path)) return undefined;
      const out = transform(context.body, join(root, context.path));
      return out === undefined || out === context.body ? undefined : { body: out };
    },
  };
}
