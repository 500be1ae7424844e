// Minified CSS in Lit's css`` templates, given at build time.
//
// Lit hands the text of each css`` template to the browser as it is written:
// comments, indentation, long colour spellings. This step minifies that text
// with lightningcss in our own sources (src/), and nowhere else, so residents
// download the rules without the prose. The rest of each file stays byte for
// byte as it was; the source map points back into it.
//
// lightningcss only minifies here: its compile features are switched off, so
// it adds no vendor prefix (no -webkit-hyphens), lowers no syntax (`:dir(rtl)`
// would become a list of 19 `:lang()`s, logical properties physical ones) and
// keeps what the browsers below already read. The targets steer its choice of
// the shortest spelling (`margin-block`, `#fff`) and keep fallbacks those
// browsers need (`max-block-size: 65vh` before `65dvh`).
//
// Used by the Vite builds (vite.config.ts, vite.npm.config.ts) and by the
// benches' own builds, beside `lotseMessages()`, so they count what ships.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Features, transform } from 'lightningcss';
import { parseAst } from 'vite';
import { walk } from './source-walk.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
/** Our sources, with forward slashes: Vite writes module ids that way on Windows too. */
const sourceDir = `${join(root, 'src').replaceAll('\\', '/')}/`;

const version = (major, minor = 0) => (major << 16) | (minor << 8);
/**
 * The browsers of the build's `target: 'es2022'`: the first versions with
 * every ES2022 feature (class static blocks came last: Chrome and Edge 94,
 * Firefox 93, Safari 16.4).
 */
export const CSS_TARGETS = Object.freeze({
  chrome: version(94),
  edge: version(94),
  firefox: version(93),
  safari: version(16, 4),
  ios_saf: version(16, 4),
});
/**
 * Every compile feature lightningcss knows but one, so that it compiles none:
 * it reads `(min-width: 30em)` as a range and would write `(width>=30em)`,
 * which Chrome before 104 cannot read in @media, unless it may "lower" the
 * range back for the targets.
 */
const EXCLUDED = Object.values(Features).reduce((all, flag) => all | flag, 0) & ~(Features.MediaIntervalSyntax | Features.MediaRangeSyntax);

/** The start of every name this step makes up; a template that already contains it is left alone. */
const MARK = 'lotse-css-';
const SLOT = `${MARK}slot-`;
/**
 * lightningcss merges `translate`, `rotate` and `scale` into `transform`
 * (parcel-bundler/lightningcss#1099): in the wrong order, and a later rule
 * that sets `transform` alone then drops them. As custom properties, under a
 * name of ours, they pass untouched.
 */
const INDIVIDUAL_TRANSFORMS = /(^|[{;\s])(translate|rotate|scale)(\s*:)/g;
const KEPT_TRANSFORMS = new RegExp(`--${MARK}keep-(translate|rotate|scale):`, 'g');
const STATEMENT_SLOTS = new RegExp(`@${SLOT}\\d+`, 'g');

/**
 * A template's text, minified. Throws with lightningcss's message when the
 * text is not CSS it can read, or when it warns about anything but our
 * placeholders (it would have dropped or changed that part).
 */
export function minifyCss(text, where = 'css``') {
  let result;
  try {
    const code = Buffer.from(text.replace(INDIVIDUAL_TRANSFORMS, `$1--${MARK}keep-$2$3`));
    result = transform({ filename: where, code, minify: true, targets: CSS_TARGETS, exclude: EXCLUDED, errorRecovery: false });
  } catch (error) {
    const at = error.loc ? ` (template line ${error.loc.line}, column ${error.loc.column})` : '';
    throw new Error(`${where}: ${error.message}${at}`, { cause: error });
  }
  const warnings = result.warnings.filter((w) => !w.message.startsWith(`Unknown at rule: @${SLOT}`));
  if (warnings.length > 0) throw new Error(`${where}: ${warnings.map((w) => `${w.message} (template line ${w.loc.line})`).join('; ')}`);
  return result.code.toString().replace(KEPT_TRANSFORMS, '$1:');
}

/** `text` without its complete comments. */
const withoutComments = (text) => text.replace(/\/\*[\s\S]*?\*\//g, '');

/**
 * What stands in for interpolation `index` in the CSS given to lightningcss,
 * or a reason why nothing safely can. `before`: the CSS up to it; `after`: the
 * template text that follows it, up to the next interpolation.
 * - As a whole statement (a rule, declarations, or the start of a selector:
 *   the text cannot tell these apart): an unknown at-rule, which lightningcss
 *   keeps as written up to its `;` or its block, whatever it stands for.
 * - As a value or part of one, after `property:`: `var()`, valid in any value.
 */
function slotFor(index, before, after) {
  const prior = withoutComments(before);
  const statement = prior.slice(Math.max(prior.lastIndexOf('{'), prior.lastIndexOf('}'), prior.lastIndexOf(';')) + 1);
  const next = withoutComments(after);
  // Placeholders of whole statements just before count as nothing: `${tokens} ${base}`.
  if (/^\s*$/.test(statement.replace(STATEMENT_SLOTS, ''))) {
    if (!/(^|[\s{};])$/.test(prior) || !/^(\s|;|$)/.test(next)) return { reason: 'a statement glued to the text beside it' };
    return { text: `@${SLOT}${index}`, pattern: new RegExp(`@${SLOT}${index}(?![\\w-])( ?;)?`), statement: true, semicolon: /^\s*;/.test(next) };
  }
  const ends = /[{};]/.exec(next);
  const declaration = /^\s*(--)?[a-zA-Z-][\w-]*\s*:/.test(statement) && (!ends || ends[0] !== '{');
  if (declaration && /[\s:(,/]$/.test(prior)) return { text: `var(--${SLOT}${index})`, pattern: new RegExp(`var\\(--${SLOT}${index}\\)`) };
  return { reason: 'an interpolation inside a selector, an at-rule prelude or a word' };
}

/**
 * The minified text of one css`` template as raw template-literal pieces
 * (one more than `expressions`), or a reason why it stays as written.
 */
export function minifyTemplate(cooked, where) {
  if (cooked.some((piece) => piece === undefined || piece === null)) return { reason: 'an invalid escape in the template' };
  if (cooked.some((piece) => piece.includes(MARK))) return { reason: `the text ${MARK} in the template` };
  let css = cooked[0];
  const slots = [];
  for (let i = 1; i < cooked.length; i++) {
    const slot = slotFor(i - 1, css, cooked[i]);
    if (slot.reason) return { reason: slot.reason };
    slots.push(slot);
    css += slot.text + cooked[i];
  }
  let minified;
  try {
    minified = minifyCss(css, where);
  } catch (error) {
    // Without interpolations the text is exactly what the browser gets: ours to fix.
    if (slots.length === 0) throw error;
    return { reason: `lightningcss could not read it with placeholders: ${error.message}` };
  }
  // Each placeholder must come out once, in its order: else the minifier merged, moved or dropped it.
  const pieces = [];
  let rest = minified;
  for (const slot of slots) {
    const match = slot.pattern.exec(rest);
    if (!match || slot.pattern.test(rest.slice(match.index + match[0].length))) return { reason: 'a placeholder did not come through the minifier once' };
    pieces.push(rest.slice(0, match.index));
    rest = (slot.statement && slot.semicolon ? ';' : '') + rest.slice(match.index + match[0].length);
  }
  pieces.push(rest);
  if (pieces.some((piece) => piece.includes(SLOT))) return { reason: 'a placeholder did not come through the minifier once' };
  return { pieces: pieces.map(asTemplateText) };
}

/** CSS text as the raw text of a template literal that cooks back to it. */
const asTemplateText = (text) => text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');


/** The modules that export Lit's `css` tag. */
const LIT_CSS_SOURCES = /^(lit|lit-element|@lit\/reactive-element)(\/.*)?$/;

/**
 * Minifies every css`` template in `code` (JavaScript) whose tag is Lit's
 * `css`, imported under any name. Returns the edits (start, end, text) to
 * the quasis, and the templates left as written with why (`skipped`).
 */
export function cssTemplateEdits(code, where) {
  if (!code.includes('`')) return { edits: [], skipped: [] };
  const ast = parseAst(code);
  const tags = new Set();
  for (const node of ast.body) {
    if (node.type !== 'ImportDeclaration' || !LIT_CSS_SOURCES.test(node.source.value)) continue;
    for (const spec of node.specifiers) {
      if (spec.type === 'ImportSpecifier' && (spec.imported.name ?? spec.imported.value) === 'css') tags.add(spec.local.name);
    }
  }
  const edits = [];
  const skipped = [];
  if (tags.size === 0) return { edits, skipped };
  walk(ast, (node) => {
    if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !tags.has(node.tag.name)) return;
    const { quasis } = node.quasi;
    const line = code.slice(0, node.start).split('\n').length;
    const out = minifyTemplate(
      quasis.map((q) => q.value.cooked),
      `${where}:${line}`,
    );
    if (out.reason) {
      skipped.push({ line, reason: out.reason });
      return;
    }
    // A quasi's start and end enclose its raw text only (not the backtick or `${`, `}`).
    quasis.forEach((q, i) => {
      if (code.slice(q.start, q.end) !== out.pieces[i]) edits.push([q.start, q.end, out.pieces[i]]);
    });
  });
  return { edits, skipped };
}

// --- the source map -------------------------------------------------------------------------

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function vlq(value) {
  let rest = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    let digit = rest & 31;
    rest >>>= 5;
    if (rest > 0) digit |= 32;
    out += BASE64[digit];
  } while (rest > 0);
  return out;
}

/**
 * `code` with `edits` applied, and a source map back to `code`: kept text is
 * mapped at every word and punctuation mark, each replaced stretch (a
 * minified template piece, one line) to where its original began.
 */
export function applyEdits(code, edits, source) {
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  let lineIndex = 0;
  const position = (offset) => {
    while (lineIndex + 1 < lineStarts.length && lineStarts[lineIndex + 1] <= offset) lineIndex++;
    return [lineIndex, offset - lineStarts[lineIndex]];
  };
  const lines = [[]];
  let column = 0;
  const state = { column: 0, line: 0, originalColumn: 0 };
  const mark = (offset) => {
    const [line, originalColumn] = position(offset);
    const segments = lines[lines.length - 1];
    const previousColumn = segments.length ? state.column : 0;
    segments.push(vlq(column - previousColumn) + vlq(0) + vlq(line - state.line) + vlq(originalColumn - state.originalColumn));
    Object.assign(state, { column, line, originalColumn });
  };
  const write = (text, originalStart, kept) => {
    const tokens = kept ? /[\w$]+|\n|[^\s\w$]/g : /^|\n/g;
    let from = 0;
    for (const match of text.matchAll(tokens)) {
      column += match.index - from;
      from = match.index;
      if (match[0] === '\n') {
        lines.push([]);
        column = 0;
        from = match.index + 1;
        if (!kept) mark(originalStart);
        continue;
      }
      mark(kept ? originalStart + match.index : originalStart);
      if (!kept) continue;
      column += match[0].length;
      from = match.index + match[0].length;
    }
    column += text.length - from;
  };
  let out = '';
  let at = 0;
  for (const [start, end, text] of [...edits].sort((a, b) => a[0] - b[0])) {
    write(code.slice(at, start), at, true);
    write(text, start, false);
    out += code.slice(at, start) + text;
    at = end;
  }
  write(code.slice(at), at, true);
  out += code.slice(at);
  return { code: out, map: { version: 3, sources: [source], sourcesContent: [code], names: [], mappings: lines.map((l) => l.join(',')).join(';') } };
}

// --- the plugin -------------------------------------------------------------------------------

/**
 * The Vite plugin: runs after TypeScript is compiled away, on our sources
 * only. A template it cannot minify safely stays as written, with a warning
 * that names it; a template that is not valid CSS fails the build.
 */
export function lotseCssTemplates() {
  return {
    name: 'lotse-css-templates',
    enforce: 'post',
    transform(code, id) {
      const file = id.split('?')[0].replaceAll('\\', '/');
      if (!file.startsWith(sourceDir) || !/\.[jt]s$/.test(file) || !code.includes('css')) return null;
      const { edits, skipped } = cssTemplateEdits(code, `src/${file.slice(sourceDir.length)}`);
      for (const { line, reason } of skipped) this.warn(`css\`\` template at line ${line} left unminified: ${reason}`);
      return edits.length === 0 ? null : applyEdits(code, edits, file);
    },
  };
}
