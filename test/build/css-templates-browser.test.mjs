// Every css`` template in src/, as written and as the build minifies it, read by
// Chromium's CSSOM and compared declaration by declaration (each selector of a
// list on its own, shorthands as their longhands): the minifier may respell,
// never change what a rule sets. lightningcss has changed meaning before
// (translate merged into transform, parcel-bundler/lightningcss#1099).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { chromium } from 'playwright-core';
import { parseAst } from 'vite';
import { minifyTemplate } from '../../scripts/css-templates.mjs';
import { sourceFiles, walk } from '../../scripts/source-walk.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';


/** Each template without interpolations in src/: where, as written, as minified. */
async function templates() {
  const files = sourceFiles(join(root, 'src'));
  const out = [];
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    if (!source.includes('css`')) continue;
    const { code } = await transform(source, { loader: 'ts' });
    walk(parseAst(code), (node) => {
      if (node.type !== 'TaggedTemplateExpression' || node.tag.name !== 'css' || node.quasi.expressions.length > 0) return;
      const written = node.quasi.quasis[0].value.cooked;
      const { pieces, reason } = minifyTemplate([written], file);
      assert.equal(reason, undefined, `${file}: ${reason}`);
      const minified = parseAst(`x\`${pieces[0]}\``).body[0].expression.quasi.quasis[0].value.cooked;
      out.push({ where: file.slice(root.length), written, minified });
    });
  }
  return out;
}

/** In the page: a template's rules as "condition selector { property" → value. */
function declarations(text) {
  const spelling = (v) =>
    v
      .replace(/\s+/g, ' ')
      .replace(/\s*([,()/*+])\s*/g, '$1')
      .replace(/(^|[^\w.-])0\./g, '$1.')
      .replace(/#([0-9a-f])([0-9a-f])([0-9a-f])(?![0-9a-f])/gi, '#$1$1$2$2$3$3')
      .toLowerCase()
      .trim();
  // Equal values the minifier spells otherwise: a border's colour left out is currentcolor, `background: none` is `0 0`, `normal` is 400, an SVG length in user units is px.
  const same = (property, value) => {
    if (value === 'initial' && /^border-.*-color$/.test(property)) return 'currentcolor';
    if (property === 'background-image' && value === 'initial') return 'none';
    if (/^background-position-[xy]$/.test(property) && value === 'initial') return '0px';
    if (property === 'font-weight' && value === 'normal') return '400';
    if (property === 'stroke-width' && /^[\d.]+$/.test(value)) return `${value}px`;
    return value;
  };
  const condition = (t) =>
    spelling(t)
      .replace(/\s*([<>]=?|:)\s*/g, '$1')
      .replace(/\(max-width:([^)]+)\)/g, '(width<=$1)')
      .replace(/\(min-width:([^)]+)\)/g, '(width>=$1)');
  const shorthands = ['border', 'border-block', 'border-block-end', 'border-block-start', 'border-inline-start', 'border-inline-end', 'padding', 'margin', 'background', 'gap', 'font', 'animation', 'transition', 'outline', 'flex', 'inset', 'margin-block', 'margin-inline', 'padding-block', 'padding-inline', 'border-radius', 'contain-intrinsic-size', 'container'];
  const out = {};
  const flatten = (rules, context) => {
    for (const rule of rules) {
      if (rule instanceof CSSStyleRule) {
        for (const selector of rule.selectorText.split(/,(?![^(]*\))/).map((s) => s.trim())) {
          const style = rule.style;
          for (let i = 0; i < style.length; i++) {
            const property = style[i];
            out[`${context}${selector} { ${property}`] = same(property, spelling(style.getPropertyValue(property))) + (style.getPropertyPriority(property) ? ' !important' : '');
          }
          // A shorthand with var() leaves its longhands empty until computed: compare its own text.
          for (const shorthand of shorthands) {
            const value = style.getPropertyValue(shorthand);
            if (value.includes('var(')) out[`${context}${selector} { ${shorthand}`] = spelling(value);
          }
        }
      } else if (rule instanceof CSSMediaRule) flatten(rule.cssRules, `${context}@media ${condition(rule.conditionText)} `);
      else if (rule instanceof CSSContainerRule) flatten(rule.cssRules, `${context}@container ${condition(rule.conditionText)} `);
      else if (rule instanceof CSSKeyframesRule) {
        for (const frame of rule.cssRules) for (let i = 0; i < frame.style.length; i++) out[`${context}@keyframes ${rule.name} ${frame.keyText} { ${frame.style[i]}`] = spelling(frame.style.getPropertyValue(frame.style[i]));
      } else out[`${context}${rule.cssText}`] = '';
    }
  };
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  flatten(sheet.cssRules, '');
  return out;
}

test('Chromium reads the same declarations from each minified template as from the written one', { skip: !existsSync(executablePath) && `no browser at ${executablePath}` }, async () => {
  const all = await templates();
  assert.ok(all.length >= 10, `${all.length} templates`);
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    let compared = 0;
    for (const { where, written, minified } of all) {
      const [before, after] = [await page.evaluate(declarations, written), await page.evaluate(declarations, minified)];
      compared += Object.keys(before).length;
      assert.deepEqual(after, before, where);
    }
    assert.ok(compared >= 1500, `${compared} declarations compared`);
  } finally {
    await browser.close();
  }
});
