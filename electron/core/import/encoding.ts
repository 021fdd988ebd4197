/**
 * @file Text encoding of CSV files: detection, streaming decoding and the «is this garbage?» check.
 *
 * Only UTF-8 and windows-1251 are supported (what Russian billing systems and Excel write). Detection is by
 * UTF-8 validity (Node's simdutf-backed `isUtf8`): windows-1251 Cyrillic is virtually never valid UTF-8.
 * Other encodings cannot be told apart from windows-1251 by bytes alone — a KOI8-R file also decodes, into
 * nonsense — so the caller runs {@link looksGarbled} on the header when it matches no layout: KOI8-R read as
 * windows-1251 turns ordinary lower-case words into «мЙЖЕЧПК» (lower then upper case inside a word), UTF-16
 * brings NUL and control characters, a wrong guess brings U+FFFD. UTF-16 with a BOM is refused up front.
 *
 * UTF-8 is decoded with a fatal TextDecoder so that invalid bytes further in the file (a file glued from parts
 * in different encodings, or cut in the middle of a character) are an error, not silent U+FFFD.
 */

import { isUtf8 } from 'node:buffer';
import { BROKEN_CHARS } from './parse-text';

export type TextEncoding = 'utf-8' | 'windows-1251';

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

export function hasUtf8Bom(buf: Uint8Array): boolean {
  return buf[0] === UTF8_BOM[0] && buf[1] === UTF8_BOM[1] && buf[2] === UTF8_BOM[2];
}

/** 'utf-16le' / 'utf-16be' when the buffer starts with a UTF-16 byte-order mark. */
export function utf16Bom(buf: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (buf[0] === 0xff && buf[1] === 0xfe) return 'utf-16le';
  if (buf[0] === 0xfe && buf[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * UTF-8 (with or without BOM) when the bytes are valid UTF-8, otherwise windows-1251.
 * @param isPrefix the buffer is the beginning of a longer file: a multi-byte character cut at its end is fine.
 */
export function detectEncoding(buf: Buffer, isPrefix = false): TextEncoding {
  const checked = isPrefix ? buf.subarray(0, completeUtf8Length(buf)) : buf;
  return isUtf8(checked) ? 'utf-8' : 'windows-1251';
}

/** Length of the buffer without a trailing incomplete UTF-8 sequence. */
function completeUtf8Length(buf: Uint8Array): number {
  let i = buf.length - 1;
  let continuation = 0;
  while (i >= 0 && continuation < 3 && ((buf[i] ?? 0) & 0xc0) === 0x80) {
    i--;
    continuation++;
  }
  if (i < 0) return buf.length;
  const lead = buf[i] ?? 0;
  const needed = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return buf.length - i < needed ? i : buf.length;
}

/** True when the buffer holds only 7-bit ASCII (says nothing about the encoding). */
export function isAscii(buf: Uint8Array): boolean {
  for (let i = 0; i < buf.length; i++) if ((buf[i] ?? 0) > 0x7f) return false;
  return true;
}

/** Incremental decoder of a file: feed chunks in order, then call `end()`. */
export interface ChunkDecoder {
  write(chunk: Buffer): string;
  end(): string;
}

/** Thrown by a UTF-8 {@link ChunkDecoder} on bytes that are not UTF-8. */
export class InvalidTextError extends Error {}

export function createDecoder(encoding: TextEncoding): ChunkDecoder {
  if (encoding === 'utf-8') {
    const decoder = new TextDecoder('utf-8', { fatal: true }); // strips a leading BOM
    const guard = (decode: () => string): string => {
      try {
        return decode();
      } catch (cause) {
        throw new InvalidTextError('invalid UTF-8', { cause });
      }
    };
    return {
      write: (chunk) => guard(() => decoder.decode(chunk, { stream: true })),
      end: () => guard(() => decoder.decode()),
    };
  }
  let first = true;
  const decoder = new TextDecoder('windows-1251');
  return {
    write: (chunk) => {
      // a UTF-8 BOM in front of windows-1251 text (an editor's doing) is dropped, not decoded as «п»ї»
      const body = first && hasUtf8Bom(chunk) ? chunk.subarray(3) : chunk;
      first = false;
      return decodeWindows1251(body, decoder);
    },
    end: () => '',
  };
}

/**
 * windows-1251 → text with the native decoder (7× iconv-lite's on a million-row file). The one byte the two
 * tables differ on is 0x98, unassigned in windows-1251: iconv-lite (and so the rest of the import, which refuses
 * U+FFFD as the mark of a damaged file) gives U+FFFD, the WHATWG table the C1 control U+0098 — put back here.
 */
export function decodeWindows1251(bytes: Uint8Array, decoder = new TextDecoder('windows-1251')): string {
  const text = decoder.decode(bytes);
  return bytes.includes(0x98) ? text.replaceAll('\u0098', '\ufffd') : text;
}

/** A lower-case Cyrillic letter followed by an upper-case one: KOI8-R text decoded as windows-1251. */
const CASE_FLIP = /[а-яё][А-ЯЁ]/g;
/** windows-1251 bytes 0x80–0xBF other than «Ё», «ё», «№», quotes and dashes: box-drawing of KOI8-R / CP866. */
const RARE_SYMBOLS = /[ЂЃѓЉЊЌЋЏђљњќћџЎўЈҐЄЇІіґєјЅѕї¤¦§©¬®°±µ¶·]/g;

/** Heuristic: does decoded text look like the wrong encoding or a binary file? */
export function looksGarbled(text: string): boolean {
  if (BROKEN_CHARS.test(text)) return true;
  const letters = text.match(/[а-яё]/gi)?.length ?? 0;
  if (letters === 0) return false;
  const flips = text.match(CASE_FLIP)?.length ?? 0;
  const rare = text.match(RARE_SYMBOLS)?.length ?? 0;
  return flips >= 2 || rare * 10 >= letters || flips * 20 >= letters;
}
