// The build step that minifies Lit's css`` templates (scripts/css-templates.mjs),
// and what it left in the built bundles (npm test builds first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAst } from 'vite';
import { applyEdits, cssTemplateEdits, lotseCssTemplates, minifyCss, minifyTemplate } from '../../scripts/css-templates.mjs';
import { sourceFiles } from '../../scripts/source-walk.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** What Lit makes of a template: its pieces joined by the values. */
const join_ = (pieces, values) => pieces.reduce((css, piece, i) => css + (i > 0 ? values[i - 1] : '') + piece, '');
/** The template's pieces, as the tag receives them (cooked). */
const cookedOf = (pieces) => pieces.map((piece) => parseAst(`x\`${piece}\``).body[0].expression.quasi.quasis[0].value.cooked);

/**
 * Minifies `pieces` with stand-in placeholders, then checks that with real
 * `values` put in, the result means what the original meant (both read by
 * lightningcss alike).
 */
function roundTrip(pieces, values) {
  const out = minifyTemplate(pieces, 'sample');
  assert.equal(out.reason, undefined, `left unminified: ${out.reason}`);
  assert.equal(out.pieces.length, pieces.length);
  const minified = join_(cookedOf(out.pieces), values);
  assert.equal(minifyCss(minified), minifyCss(join_(pieces, values)));
  assert.ok(minified.length < join_(pieces, values).length, minified);
  return minified;
}

test('interpolations as whole rules, at the start, between rules and at the end', () => {
  const rule = '.x { color: red; }';
  roundTrip(['\n  ', '\n  .a {\n    margin: 0;\n  }\n'], [rule]);
  roundTrip(['\n  .a { margin: 0; }\n  ', '\n  .b { padding: 0; }\n'], [rule]);
  roundTrip(['\n  .a { margin: 0; }\n  ', '\n'], [rule]);
  // Two rules in a row, as `${tokens} ${base}`.
  roundTrip(['\n  ', '\n  ', '\n  .a { margin: 0; }\n'], [rule, '.y { color: blue; }']);
});

test('interpolations as declarations inside a rule, and as values', () => {
  roundTrip(['\n  :host {\n    ', '\n    display: block;\n  }\n'], ['color: red;']);
  roundTrip(['\n  :host {\n    display: block;\n    ', '\n  }\n'], ['color: red;']);
  roundTrip(['\n  :host {\n    ', ';\n    display: block;\n  }\n'], ['color: red']);
  roundTrip(['\n  .a {\n    color: ', ';\n    margin: ', 'px 0;\n  }\n'], ['#ff0000', '12']);
  roundTrip(['\n  .a {\n    inline-size: calc(', ' * 1em);\n    --lotse-x: ', ';\n  }\n'], ['3', 'var(--y, 2px)']);
  roundTrip(['\n  @media (forced-colors: active) {\n    .a { border-color: ', '; }\n  }\n'], ['ButtonText']);
});

test('a selector that starts with an interpolation keeps its combinator', () => {
  const minified = roundTrip(['\n  ', ' .a {\n    margin: 0;\n  }\n  ', ' > .b { padding: 0; }\n'], ['lotse-x', 'lotse-y']);
  assert.match(minified, /^lotse-x \.a\{/);
});

test('positions a placeholder cannot hold leave the template as written, with the reason', () => {
  for (const pieces of [
    ['\n  .a ', ' {\n    margin: 0;\n  }\n'],
    ['\n  @media (min-width: ', 'px) {\n    .a { margin: 0; }\n  }\n'],
    ['\n  ', '.a { margin: 0; }\n'],
    ['\n  .a { margin: -', 'px; }\n'],
    ['\n  ', '', ' .a { margin: 0; }\n'],
  ]) {
    assert.ok(minifyTemplate(pieces, 'sample').reason, JSON.stringify(pieces));
  }
  // A placeholder the minifier drops (an overridden declaration) is noticed.
  assert.match(minifyTemplate(['.a { color: ', '; color: red; }'], 'sample').reason, /did not come through/);
  const code = "import { css } from 'lit';\nexport const a = css`\n  .a ${x} { margin: 0; }\n`;\n";
  const { edits, skipped } = cssTemplateEdits(code, 'src/a.ts');
  assert.deepEqual(edits, []);
  assert.equal(skipped.length, 1);
  assert.equal(skipped[0].line, 2);
});

test('CSS the minifier cannot read fails the build, naming the file and line', () => {
  const code = "import { css } from 'lit';\n\nexport const a = css`\n  .a..b { margin: 0; }\n`;\n";
  assert.throws(() => cssTemplateEdits(code, 'src/broken.ts'), /src\/broken\.ts:3: /);
  assert.throws(() => minifyCss('.a { margin: 0 }\n@media print { .b { x } }', 'x'));
});

test('minifying adds no prefixes, lowers no syntax and keeps what the browsers read', () => {
  const css = minifyCss(`
    /* a comment */
    .a { hyphens: auto; user-select: none; clip-path: inset(50%); }
    .b:dir(rtl) { transform: rotate(45deg); }
    .c { margin-inline-start: 1em; padding-block: 0.5em; inset-inline-end: 0; }
    .d { background: color-mix(in srgb, var(--x) 5%, var(--y)); }
    .e::-webkit-details-marker { display: none; }
    .f { display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; }
    a:focus-visible { outline: 2px solid; }
    @container lotse (max-width: 30em) { .g { gap: 0; } }
    @media (forced-colors: active) { .h { color: ButtonText; } }
    @media (prefers-reduced-motion: reduce) { * { animation: none !important; } }
    .i { max-block-size: 65vh; max-block-size: 65dvh; }
    @media (min-width: 40em) { .j { translate: 0 -0.15em; transform: rotate(45deg); } }
    .j:dir(rtl) { transform: rotate(-45deg); scale: 2; rotate: 5deg; }
  `);
  for (const kept of [
    'hyphens:auto',
    'user-select:none',
    'clip-path:inset(50%)',
    '.b:dir(rtl)',
    'margin-inline-start:1em',
    'padding-block:.5em',
    'inset-inline-end:0',
    'color-mix(in srgb',
    '::-webkit-details-marker',
    'display:-webkit-box',
    '-webkit-line-clamp:3',
    ':focus-visible',
    '@container lotse',
    '@media (forced-colors:active)',
    '@media (prefers-reduced-motion:reduce)',
    'max-block-size:65vh;max-block-size:65dvh',
    // Chrome 94 reads no range syntax in @media.
    '@media (min-width:40em)',
    // Individual transforms apply before transform, and a rule that sets transform alone keeps them.
    'translate:0 -.15em',
    'scale:2',
    'rotate:5deg',
  ]) {
    assert.ok(css.includes(kept), `${kept} in ${css}`);
  }
  assert.doesNotMatch(css, /-webkit-hyphens|-webkit-user-select|:lang\(|margin-left|\/\*|translateY|scale\(|lotse-css/);
});

test("only Lit's css tag, under any name, in our sources", () => {
  const text = '\n  .a {\n    margin: 0;\n  }\n';
  const edited = (code) => cssTemplateEdits(code, 't').edits.length > 0;
  assert.ok(edited(`import { css } from 'lit';\nconst a = css\`${text}\`;`));
  assert.ok(edited(`import { css as style, html } from 'lit';\nconst a = style\`${text}\`;`));
  assert.ok(edited(`import { css } from '@lit/reactive-element/css-tag.js';\nconst a = css\`${text}\`;`));
  assert.ok(!edited(`import { css } from 'other';\nconst a = css\`${text}\`;`));
  assert.ok(!edited(`const css = (s) => s;\nconst a = css\`${text}\`;`));
  assert.ok(!edited(`import { html } from 'lit';\nconst a = html\`<style>${text}</style>\`;`));
  const plugin = lotseCssTemplates();
  assert.equal(plugin.transform(`import { css } from 'lit';\nconst a = css\`${text}\`;`, '/elsewhere/node_modules/a/index.js'), null);
  assert.ok(plugin.transform.call({ warn: assert.fail }, `import { css } from 'lit';\nconst a = css\`${text}\`;`, join(root, 'src/a.ts')).code.includes('css`.a{margin:0}`'));
});

test('escapes, backticks and ${ in the CSS come back as the same text', () => {
  // As written in a source file: a CSS escape (\\2192), an escaped backtick and ${, then a real interpolation.
  const source = "import { css } from 'lit';\nconst a = css`\n  .a::before { content: '\\\\2192  \\` \\${x}'; }\n  .b { margin: ${m}; }\n`;\n";
  const { code } = applyEdits(source, cssTemplateEdits(source, 't').edits, 't.js');
  const [before, after] = [source, code].map((c) => parseAst(c).body[1].declarations[0].init.quasi.quasis.map((q) => q.value.cooked));
  assert.equal(after.length, 2);
  assert.equal(join_(after, ['1px']), minifyCss(join_(before, ['1px'])));
  // lightningcss writes the character itself; the escape ate one of the two spaces, as in any browser.
  assert.match(after[0], /content:"\u2192 ` \$\{x\}"/);
});

/** Decodes a source map's mappings: [generated line, column, original line, column] (0-based). */
function decode(mappings) {
  const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const out = [];
  const state = [0, 0, 0, 0];
  mappings.split(';').forEach((line, lineIndex) => {
    state[0] = 0;
    for (const segment of line.split(',').filter(Boolean)) {
      const values = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = digits.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >> 1) : value >> 1);
          value = 0;
          shift = 0;
        }
      }
      state[0] += values[0];
      if (values.length >= 4) {
        state[1] += values[1];
        state[2] += values[2];
        state[3] += values[3];
        out.push({ line: lineIndex, column: state[0], source: state[1], originalLine: state[2], originalColumn: state[3] });
      }
    }
  });
  return out;
}
/** The mapping that covers generated line and column. */
const lookup = (mappings, line, column) => mappings.filter((m) => m.line === line && m.column <= column).at(-1);
const positionOf = (text, needle) => {
  const index = text.indexOf(needle);
  assert.ok(index >= 0, `${needle} not found`);
  const lines = text.slice(0, index).split('\n');
  return [lines.length - 1, lines.at(-1).length];
};

test('the source map points kept code to where it was, and each template to its start', () => {
  const source = "import { css } from 'lit';\nexport const a = css`\n  .a {\n    margin: 0;\n  }\n`;\nexport const b = css`\n  .b { ${x}\n  }\n`, after = 1;\n";
  const { code, map } = applyEdits(source, cssTemplateEdits(source, 't').edits, 't.js');
  assert.equal(code, "import { css } from 'lit';\nexport const a = css`.a{margin:0}`;\nexport const b = css`.b{${x}}`, after = 1;\n");
  const mappings = decode(map.mappings);
  for (const [needle, originalNeedle] of [
    ['export const b', 'export const b'],
    ['after', 'after'],
    ['.a{', '\n  .a {'],
    ['${x}', '${x}'],
    ['= 1', '= 1'],
  ]) {
    const [line, column] = positionOf(code, needle);
    const [originalLine, originalColumn] = positionOf(source, originalNeedle);
    const m = lookup(mappings, line, column);
    assert.deepEqual([m.originalLine, m.originalColumn + (column - m.column)], [originalLine, originalColumn], needle);
  }
});

// --- the built bundles --------------------------------------------------------------------------

const dist = join(root, 'dist');
const built = existsSync(join(dist, 'lotse.js'));
const bundles = built ? readdirSync(dist).filter((f) => /^lotse(-[a-z-]+)?\.js$/.test(f)) : [];

/** The comments written in our css`` templates. */
function cssComments() {
  const files = sourceFiles(join(root, 'src'));
  const comments = [];
  for (const file of files) {
    for (const template of readFileSync(file, 'utf8').matchAll(/\bcss`([^`]*)`/g)) comments.push(...template[1].match(/\/\*[\s\S]*?\*\//g) ?? []);
  }
  return comments;
}

test('dist/lotse.js and each element bundle carry no CSS comment and keep the significant rules', { skip: !built && 'dist/ not built (npm run build)' }, () => {
  const comments = cssComments();
  assert.ok(comments.length >= 20, `${comments.length} comments in our styles`);
  assert.ok(bundles.length >= 6, bundles.join());
  for (const file of bundles) {
    const code = readFileSync(join(dist, file), 'utf8');
    assert.ok(!code.includes('/*'), `${file}: a comment survived`);
    assert.ok(!/\{\n {4}[a-z-]+: /.test(code), `${file}: indented CSS`);
  }
  const all = readFileSync(join(dist, 'lotse.js'), 'utf8');
  for (const kept of [
    '@media (forced-colors:active)',
    '@media (prefers-reduced-motion:reduce)',
    '@container lotse (width<=30em)',
    'margin-inline-start:',
    'padding-inline:',
    'color-mix(in srgb',
    ':dir(rtl)',
    ':focus-visible{outline:var(--_focus)',
    'hyphens:auto',
    '::-webkit-details-marker',
  ]) {
    assert.ok(all.includes(kept), `${kept} in dist/lotse.js`);
  }
  for (const changed of [/-webkit-hyphens/, /:lang\(ar\)/, /lotse-css-/, /translateY\(/]) assert.ok(!changed.test(all), `${changed} in dist/lotse.js`);
  // The chevrons: a turn, and a shift that stays when a right-to-left rule turns them the other way.
  const chevron = /\.chevron\{([^}]*)\}/.exec(all)?.[1] ?? '';
  assert.ok(chevron.includes('translate:0 -.15em') && chevron.includes('transform:rotate(45deg)'), `the chevron turned and shifted apart: ${chevron}`);
  // The npm build keeps JavaScript comments, not CSS ones.
  const npmStyles = readFileSync(join(dist, 'npm/core/ui/base-styles.js'), 'utf8');
  for (const comment of comments.filter((c) => npmStyles.includes(c))) assert.fail(`dist/npm: ${comment}`);
  assert.ok(npmStyles.includes('css`:host{'), 'dist/npm: base styles minified');
});

test("dist/lotse.js's source map leads from a minified rule back to its template", { skip: !built && 'dist/ not built (npm run build)' }, () => {
  const code = readFileSync(join(dist, 'lotse.js'), 'utf8');
  const map = JSON.parse(readFileSync(join(dist, 'lotse.js.map'), 'utf8'));
  const [line, column] = positionOf(code, '.search{');
  const m = lookup(decode(map.mappings), line, column);
  assert.match(map.sources[m.source], /src\/core\/ui\/search-field\.ts$/);
  const original = map.sourcesContent[m.source].split('\n');
  assert.match(original[m.originalLine], /css`/);
});
