/**
 * @file The cells of a writs import file (writs-import.ts): a CSV (UTF-8 or windows-1251, any common delimiter) or
 * the first sheet of an XLSX, row by row with the file's line numbers, each cell as text, number, date or «a formula»
 * (refused by the caller); and the readings of a cell as a date (ДД.ММ.ГГГГ, ГГГГ-ММ-ДД, an Excel date), a sum in
 * rubles (→ kopecks) and a writ's kind.
 */
import { parse } from 'csv-parse/sync';
import '../import/exceljs-multibyte-fix';
import ExcelJS from 'exceljs';
import type { WritKind } from '../../../shared/fssp/fssp-terms';
import { foldForSearch } from '../../../shared/text/fold-for-search';
import { isIsoDate } from '../../../shared/dates/iso-date';
import { AppError } from '../app-error';
import { csvDelimiterOf, decodeCsvText } from '../import/small-csv-text';

/** A cell as read: text (CSV, XLSX text), a number or a date (XLSX), or an XLSX formula. */
export type Raw = string | number | Date | { formula: true } | undefined;
export interface SourceRow {
  line: number;
  cells: Raw[];
}

export function isZip(bytes: Buffer): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05);
}

export function readCsvRows(bytes: Buffer): SourceRow[] {
  const text = decodeCsvText(bytes);
  try {
    const records = parse(text, {
      delimiter: csvDelimiterOf(text),
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
      relax_quotes: true,
      max_record_size: 10_000,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return records.map((r) => ({ line: r.info.lines, cells: r.record }));
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new AppError(
      'FSSP.BAD_FILE',
      `Файл не читается как CSV${line ? ` (строка ${line})` : ''}: проверьте кавычки. Ничего не записано.`,
    );
  }
}

export async function readXlsxRows(bytes: Buffer): Promise<SourceRow[]> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError(
      'FSSP.BAD_FILE',
      'Файл XLSX повреждён или не читается: сохраните его в Excel заново. Ничего не записано.',
    );
  }
  const sheet = book.worksheets[0];
  if (!sheet) throw new AppError('FSSP.BAD_FILE', 'В файле XLSX нет листов. Ничего не записано.');
  const rows: SourceRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, n) => {
    const cells: Raw[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = xlsxCell(cell.value);
    });
    rows.push({ line: n, cells });
  });
  return rows;
}

function xlsxCell(v: ExcelJS.CellValue): Raw {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string' || typeof v === 'number' || v instanceof Date) return v;
  if (typeof v === 'boolean') return v ? 'да' : 'нет';
  if (typeof v === 'object') {
    if ('formula' in v || 'sharedFormula' in v) return { formula: true };
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('error' in v) return String(v.error);
  }
  return undefined;
}

export const textOf = (c: Raw): string =>
  c === undefined
    ? ''
    : typeof c === 'string'
      ? c.trim()
      : typeof c === 'number'
        ? String(c)
        : c instanceof Date
          ? c.toISOString().slice(0, 10)
          : '';

export function dateOf(c: Raw): string | null | 'bad' {
  if (c === undefined || (typeof c === 'string' && c.trim() === '')) return null;
  if (c instanceof Date) return c.toISOString().slice(0, 10);
  if (typeof c === 'number') {
    const d = new Date(Date.UTC(1899, 11, 30) + Math.round(c) * 86_400_000);
    return d.toISOString().slice(0, 10);
  }
  const t = textOf(c);
  let iso: string | null = null;
  const ru = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  if (ru) iso = `${ru[3]}-${ru[2]!.padStart(2, '0')}-${ru[1]!.padStart(2, '0')}`;
  else if (/^\d{4}-\d{2}-\d{2}$/.test(t)) iso = t;
  return iso !== null && isIsoDate(iso) ? iso : 'bad';
}

export function kopecksOf(c: Raw): number | null | 'bad' {
  if (c === undefined || (typeof c === 'string' && c.trim() === '')) return null;
  if (typeof c === 'number') return c >= 0 && Number.isFinite(c) ? Math.round(c * 100) : 'bad';
  const t = textOf(c)
    .replace(/[\s\u00a0₽]|руб\.?/g, '')
    .replace(',', '.');
  if (!/^\d{1,12}(\.\d{1,2})?$/.test(t)) return 'bad';
  const [rub, kop = ''] = t.split('.');
  return Number(rub) * 100 + Number(kop.padEnd(2, '0'));
}

export function kindOf(t: string): WritKind | null {
  const f = foldForSearch(t).replace(/\.$/, '');
  if (['судебный приказ', 'приказ', 'сп'].includes(f)) return 'court_order';
  if (['исполнительный лист', 'лист', 'ил', 'исп. лист', 'исполнительный лист фс', 'фс'].includes(f))
    return 'writ_of_execution';
  return null;
}
