// Reads the XLIFF 1.2 files that `lit-localize extract` writes: just enough
// for the locale checks (test/build/locales.test.mjs) and scripts/fill-xlf.mjs.
// lit-localize writes one <source> and at most one <target> per unit, and
// placeholders as self-closing <x id="n" equiv-text="..."/>.

const UNIT = /<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g;
const PLACEHOLDER = /<x id="(\d+)" equiv-text="[^"]*"\/>/g;

/**
 * @typedef {{ id: string, xml: string, source: string, target: string | undefined, placeholders: string[] }} Unit
 * @param {string} text the file's content
 * @returns {Unit[]}
 */
export function parseXlf(text) {
  return [...text.matchAll(UNIT)].map(([xml, id, body]) => {
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
    const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1];
    return { id, xml, source, target, placeholders: [...source.matchAll(PLACEHOLDER)].map((m) => m[0]) };
  });
}

const unescapeXml = (text) =>
  text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&apos;', "'").replaceAll('&amp;', '&');

/** A source or target as translators write it: `{0}` for the placeholder numbered 0. */
export function toPlain(xml) {
  return unescapeXml(xml.replace(PLACEHOLDER, (_, n) => `{${n}}`));
}

/** The placeholders' `equiv-text`s in a source or target, by number, for comparing. */
export function placeholderTexts(xml) {
  return [...xml.matchAll(/<x id="(\d+)" equiv-text="([^"]*)"\/>/g)].map((m) => `${m[1]}=${m[2]}`).sort();
}
