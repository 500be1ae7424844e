/** Links built from feed data: only https, http, mailto and tel ever reach an href. */
import { expect } from '@esm-bundle/chai';
import { mailtoHref, safeHref, telHref } from '../../src/core/links.js';
import { HOSTILE_EMAILS, HOSTILE_INVALID_URLS } from '../helpers/hostile-strings.js';

describe('safeHref', () => {
  for (const [raw, expected] of [
    ['https://www.stadt.example/integration', 'https://www.stadt.example/integration'],
    ['http://verein.example/', 'http://verein.example/'],
    ['HTTPS://Stadt.Example', 'https://stadt.example/'],
    ['https://stadt.example/suche?q=deutsch kurs', 'https://stadt.example/suche?q=deutsch%20kurs'],
    ['mailto:info@stadt.example', 'mailto:info@stadt.example'],
    ['tel:+495321123', 'tel:+495321123'],
    ['  https://stadt.example/x  ', 'https://stadt.example/x'],
  ] as const) {
    it(`accepts ${JSON.stringify(raw)}`, () => {
      expect(safeHref(raw)).to.equal(expected);
    });
  }

  for (const raw of [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'javascript://stadt.example/%0Aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://stadt.example/1234',
    'ftp://stadt.example/',
    '/relative/path',
    'relative/path',
    '//evil.example/path',
    'https://www.stadt.example@evil.example/',
    'https://user:secret@host.example/path',
    'http://:secret@host.example/',
    '?query=1',
    '#anchor',
    'www.stadt.example',
    'https://',
    'http://[::1',
    '',
    undefined,
    ...HOSTILE_INVALID_URLS.filter((u) => !u.startsWith('https://')),
  ]) {
    it(`rejects ${JSON.stringify(raw)}`, () => {
      expect(safeHref(raw)).to.equal(undefined);
    });
  }
});

describe('telHref', () => {
  it('keeps digits and a leading plus', () => {
    expect(telHref('+49 5321 123-45')).to.equal('tel:+49532112345');
    expect(telHref('05321 / 123 45')).to.equal('tel:0532112345');
    expect(telHref('(05321) 12.34.5')).to.equal('tel:0532112345');
    expect(telHref('110')).to.equal('tel:110');
  });

  it('drops the German trunk prefix "(0)" of international numbers', () => {
    // "+49 (0)30 ..." is a common way to write Berlin numbers; dialled as +49030 ... it does not connect.
    expect(telHref('+49 (0)30 1234567')).to.equal('tel:+49301234567');
    expect(telHref('+49 (0) 5321 123-45')).to.equal('tel:+49532112345');
  });

  it('gives no link for things that are not phone numbers', () => {
    for (const raw of [undefined, '', '12', 'Telefon', '+', '++49 5321', '49+5321', 'javascript:alert(1)', '1'.repeat(21)]) {
      expect(telHref(raw), JSON.stringify(raw)).to.equal(undefined);
    }
  });
});

describe('mailtoHref', () => {
  it('links plain addresses', () => {
    expect(mailtoHref('info@stadt.example')).to.equal('mailto:info@stadt.example');
    expect(mailtoHref('vorname.nachname+kurs@verein-example.de')).to.equal('mailto:vorname.nachname+kurs@verein-example.de');
  });

  it('gives no link for things that are not addresses', () => {
    for (const raw of [
      undefined,
      '',
      'info',
      'info@',
      '@stadt.example',
      'a b@stadt.example',
      'a@b@stadt.example',
      '<a@stadt.example>',
      'javascript:alert(1)//@stadt.example',
      '"quoted"@stadt.example',
    ]) {
      expect(mailtoHref(raw), JSON.stringify(raw)).to.equal(undefined);
    }
  });

  it('never lets an address add headers, a body or a fragment to the mail link', () => {
    // RFC 6068: "?" starts header fields (cc, bcc, body), "#" a fragment. Both are legal in a local part.
    for (const raw of ['info?subject=Dringend&body=Konto%20angeben@stadt.example', 'info#2@stadt.example', ...HOSTILE_EMAILS]) {
      const href = mailtoHref(raw);
      if (href === undefined) continue;
      const url = new URL(href);
      expect(url.protocol, raw).to.equal('mailto:');
      expect(url.search, raw).to.equal('');
      expect(url.hash, raw).to.equal('');
      expect(decodeURIComponent(url.pathname), raw).to.equal(raw);
    }
  });
});
