/**
 * @file The first rows of a file exactly as written (no conversion), for the import preview and the manual
 * column mapping. File-level problems (format, encoding) surface as ImportFileError from the parser's own checks.
 */
import fs from 'node:fs';
import '../import/exceljs-multibyte-fix';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { detectEncoding, hasUtf8Bom } from '../import/encoding';
import { ImportFileError } from '../import/errors';
import { detectFileFormat } from '../import/file-format';
import { readCsvHeader } from '../import/csv-header';
import { assertNotXlsxBomb, type XlsxBombLimits } from '../import/xlsx-bomb-check';
import { DEFAULT_FILE_LIMITS } from '../../../shared/import/file-limits';

const HEAD_BYTES = 256 * 1024;

export interface RawRows {
  headers: string[];
  rows: string[][];
}

export async function readRawRows(
  filePath: string,
  maxRows: number,
  fileLimits: XlsxBombLimits = DEFAULT_FILE_LIMITS,
): Promise<RawRows> {
  const fd = fs.openSync(filePath, 'r');
  const head = Buffer.alloc(Math.min(HEAD_BYTES, fs.fstatSync(fd).size));
  fs.readSync(fd, head, 0, head.length, 0);
  fs.closeSync(fd);
  if (head.length === 0) throw new ImportFileError('Файл пуст.');
  if (detectFileFormat(filePath, head) === 'xlsx') {
    await assertNotXlsxBomb(filePath, fileLimits);
    return readXlsxRows(filePath, maxRows);
  }

  const encoding = detectEncoding(head, true);
  let text = iconv.decode(hasUtf8Bom(head) ? head.subarray(3) : head, encoding === 'utf-8' ? 'utf8' : 'win1251');
  // The head may end mid-line: drop the partial last line.
  const lastBreak = text.lastIndexOf('\n');
  if (head.length === HEAD_BYTES && lastBreak > 0) text = text.slice(0, lastBreak);
  const header = readCsvHeader(text);
  if (!header) throw new ImportFileError('В файле не найдена строка заголовков.');
  const records = parse(text, {
    delimiter: header.delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    to_line: maxRows + 1,
  }) as string[][];
  const [headers = [], ...rows] = records;
  return { headers: headers.map((h) => h.trim()), rows };
}

async function readXlsxRows(filePath: string, maxRows: number): Promise<RawRows> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(filePath, {
    sharedStrings: 'cache',
    styles: 'cache',
    worksheets: 'emit',
  });
  const out: string[][] = [];
  for await (const sheet of reader) {
    for await (const row of sheet) {
      const values = (row.values as unknown[]).slice(1).map(cellText);
      if (values.every((v) => v === '')) continue;
      out.push(values);
      if (out.length > maxRows) break;
    }
    break;
  }
  const [headers = [], ...rows] = out;
  return { headers: headers.map((h) => h.trim()), rows };
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10).split('-').reverse().join('.');
  if (typeof value === 'object') {
    const v = value as { text?: unknown; result?: unknown; richText?: Array<{ text: string }> };
    if (v.richText) return v.richText.map((t) => t.text).join('');
    if (v.text !== undefined) return String(v.text);
    if (v.result !== undefined) return String(v.result);
  }
  return String(value);
}
