// Every theme in themes/ keeps Lotse accessible: text colours at least
// 4.5:1 on the background (and on the surface), borders and focus 3:1,
// white text on the accent 4.5:1 (WCAG 2.2 AA, 1.4.3 and 1.4.11); and it
// sets only Lotse's own tokens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

const dir = new URL('../../themes/', import.meta.url);
const luminance = (hex) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a, b) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

for (const file of readdirSync(dir).filter((f) => f.endsWith('.css'))) {
  test(`themes/${file}: contrast and only --lotse-* tokens`, () => {
    const css = readFileSync(new URL(file, dir), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const tokens = Object.fromEntries([...css.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
    for (const name of Object.keys(tokens)) assert.match(name, /^--lotse-/, `${name} is not a Lotse token`);
    assert.doesNotMatch(css.replace(/:root\s*\{[^}]*\}/g, ''), /\S/, 'only a :root block of tokens');
    const color = (name, fallback) => tokens[name] ?? fallback;
    const bg = color('--lotse-color-background', '#ffffff');
    const surface = color('--lotse-color-surface', '#f3f5f7');
    for (const name of ['--lotse-color-text', '--lotse-color-muted', '--lotse-color-accent', '--lotse-color-danger', '--lotse-color-success']) {
      for (const [where, back] of [['background', bg], ['surface', surface]]) {
        assert.ok(contrast(color(name), back) >= 4.5, `${name} on the ${where}: ${contrast(color(name), back).toFixed(2)}:1`);
      }
    }
    assert.ok(contrast(color('--lotse-color-on-accent', '#ffffff'), color('--lotse-color-accent')) >= 4.5, 'text on the accent');
    for (const name of ['--lotse-color-border', '--lotse-color-focus']) assert.ok(contrast(color(name), bg) >= 3, `${name}: ${contrast(color(name), bg).toFixed(2)}:1`);
    assert.ok(contrast(color('--lotse-color-text'), color('--lotse-color-warning-background', '#fff5d1')) >= 4.5, 'text on notices');
  });
}
