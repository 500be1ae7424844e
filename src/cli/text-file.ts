/**
 * Bytes of a file saved by a spreadsheet program, as text: UTF-8 with or
 * without BOM, UTF-16 with BOM ("Unicode text"), or Windows-1252 (Excel's
 * "CSV" on German Windows). Node's own TextDecoder maps bytes 0x80-0x9F of
 * Windows-1252 to control characters instead of € „ “ – …, so iconv-lite
 * decodes those.
 */
import iconv from 'iconv-lite';
import { CliError, EXIT, readBytes, type Context } from './io.js';

export type Encoding = 'utf-8' | 'windows-1252';

export interface Decoded {
  text: string;
  encoding: Encoding | 'utf-16le' | 'utf-16be';
}

/** The bytes of a UTF-8 sequence that starts with `lead`; 0 where no sequence starts with it. */
const sequenceLength = (lead: number) => (lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0);

/** True when the `length - 1` bytes after `at` continue a UTF-8 sequence. */
const continues = (bytes: Uint8Array, at: number, length: number) => {
  for (let i = 1; i < length; i++) if ((bytes[at + i] & 0xc0) !== 0x80) return false;
  return true;
};

/** The first byte that is not valid UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  if (new TextDecoder('utf-8', { fatal: false }).decode(bytes).indexOf('\ufffd') === -1) return -1;
  for (let at = 0; at < bytes.length; ) {
    const length = sequenceLength(bytes[at]);
    if (length === 0 || !continues(bytes, at, length)) return at;
    at += length;
  }
  // The text itself holds U+FFFD, which is valid UTF-8.
  return -1;
}

/** True when `bytes` hold a character that UTF-8 writes with several bytes (ä as C3 A4): Windows-1252 text practically never has such a pair. */
function hasUtf8Letters(bytes: Uint8Array): boolean {
  for (let at = 0; at + 1 < bytes.length; at++) {
    const length = sequenceLength(bytes[at]);
    if (length > 1 && continues(bytes, at, length)) return true;
  }
  return false;
}

export function decodeText(ctx: Context, file: string, bytes: Uint8Array, forced?: Encoding): Decoded {
  const starts = (...magic: number[]) => magic.every((b, i) => bytes[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04)) throw new CliError(ctx.say('binaryFile', file, 'ZIP/XLSX'), EXIT.unusable);
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) throw new CliError(ctx.say('binaryFile', file, 'XLS'), EXIT.unusable);
  if (starts(0xff, 0xfe)) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (starts(0xfe, 0xff)) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const bom = starts(0xef, 0xbb, 0xbf);
  const body = bom ? bytes.subarray(3) : bytes;
  let decoded: Decoded;
  if (forced === 'windows-1252') decoded = { text: iconv.decode(Buffer.from(body), 'windows-1252'), encoding: 'windows-1252' };
  else {
    const bad = firstInvalidUtf8(body);
    if (bad === -1) decoded = { text: new TextDecoder('utf-8').decode(body), encoding: 'utf-8' };
    else if (forced === 'utf-8' || bom) throw new CliError(ctx.say('wrongEncoding', file, 'UTF-8', bad + (bom ? 3 : 0)), EXIT.unusable);
    // UTF-8 with a stray byte (a row pasted from another export): read as Windows-1252, every umlaut would turn into "Ã¤".
    else if (hasUtf8Letters(body)) {
      const line = body.subarray(0, bad).reduce((n, b) => n + (b === 0x0a ? 1 : 0), 1);
      throw new CliError(ctx.say('mixedEncoding', file, bad + (bom ? 3 : 0), line), EXIT.unusable);
    }
    else decoded = { text: iconv.decode(Buffer.from(body), 'windows-1252'), encoding: 'windows-1252' };
  }
  // NUL never occurs in a spreadsheet's text: this is some other kind of file.
  if (decoded.text.includes('\u0000')) throw new CliError(ctx.say('binaryFile', file, 'NUL'), EXIT.unusable);
  return decoded;
}

/**
 * A JSON file's text, as the browser reads a feed: UTF-8 with or without a
 * BOM (UTF-16 with its BOM too). Bytes that are not UTF-8 (a feed saved as
 * Windows-1252) are named with their position, not read as "�".
 */
export function readJsonText(ctx: Context, file: string): string {
  return decodeText(ctx, file, readBytes(ctx, file), 'utf-8').text;
}
