// HTML from other systems into the feed's formatted text: what comes out always passes the validator.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { root } from './run.mjs';

const { htmlToRich } = await import(`${root}/dist/cli/cli/html-to-rich.js`);
const { checkRichText } = await import(`${root}/dist/cli/core/feed/rich-text-rules.js`);
const { richTextDeps } = await import(`${root}/dist/cli/core/feed/validate-records.js`);

test('paragraphs, headings, lists, links and emphasis; relative links resolved, others dropped with their words kept', () => {
  const { rich, plain } = htmlToRich(
    '<h2>Kurse</h2><p>Die <b>VHS</b> bietet <a href="/kurse">Kurse</a> an.<br>Anmeldung <a href="javascript:alert(1)">hier</a>.</p><ol><li>A1</li><li>B1 <i>abends</i></li></ol><script>alert(1)</script><img src=x onerror=alert(1)>',
    'https://integreat.example/region/de/',
  );
  assert.deepEqual(rich, [
    { k: 'p', c: [{ k: 'strong', c: ['Kurse'] }] },
    { k: 'p', c: ['Die ', { k: 'strong', c: ['VHS'] }, ' bietet ', { k: 'a', href: 'https://integreat.example/kurse', c: ['Kurse'] }, ' an.\nAnmeldung hier.'] },
    { k: 'ol', c: [{ k: 'li', c: ['A1'] }, { k: 'li', c: ['B1 ', { k: 'em', c: ['abends'] }] }] },
  ]);
  assert.equal(plain, 'Kurse\n\nDie VHS bietet Kurse an.\nAnmeldung hier.\n\n1. A1\n\n2. B1 abends');
  assert.equal(checkRichText(rich, richTextDeps.isWebUrl), undefined);
});

test('hostile HTML: 10,000 nested elements, 50 nested lists, a huge text, data: and protocol-relative tricks', () => {
  for (const html of [
    '<div>'.repeat(10_000) + 'tief' + '</div>'.repeat(10_000),
    '<b>'.repeat(10_000) + 'fett',
    '<ul><li>'.repeat(50) + 'innen' + '</li></ul>'.repeat(50),
    `<p>${'x'.repeat(100_000)}</p>`,
    '<p>' + '<a href="https://a.example/">a</a>'.repeat(5000) + '</p>',
    '<a href="data:text/html,<script>alert(1)</script>">d</a><a href="  JaVaScRiPt:alert(1)">j</a><a href="//evil.example/">p</a>',
  ]) {
    const { rich } = htmlToRich(html);
    assert.ok(rich, html.slice(0, 30));
    assert.equal(checkRichText(rich, richTextDeps.isWebUrl), undefined, html.slice(0, 30));
    assert.doesNotMatch(JSON.stringify(rich), /javascript|data:/i);
  }
  // Without a base, a protocol-relative link has no http(s) address: its words stay, the link goes.
  assert.deepEqual(htmlToRich('<a href="//evil.example/">p</a>').rich, [{ k: 'p', c: ['p'] }]);
});

test('nothing but markup gives nothing', () => {
  assert.deepEqual(htmlToRich('<p> </p><script>x</script>'), {});
});
