/**
 * @file A small reference CSV (postal codes, the court directory) as text: decoded from UTF-8 or windows-1251 (as
 * billing files are, electron/core/import/encoding.ts), without its BOM, and the delimiter its first line uses.
 */
import iconv from 'iconv-lite';
import { detectEncoding } from './encoding';

export function decodeCsvText(bytes: Buffer): string {
  const text = detectEncoding(bytes) === 'utf-8' ? bytes.toString('utf8') : iconv.decode(bytes, 'win1251');
  return text.replace(/^\uFEFF/, '');
}

/** ';' (Excel in Russian), a tab, else ','. */
export function csvDelimiterOf(text: string): string {
  const first = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  if (first.includes(';')) return ';';
  if (first.includes('\t')) return '\t';
  return ',';
}
