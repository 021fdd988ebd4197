/**
 * @file The cells of a housing register file: a CSV (UTF-8 or windows-1251, «;» or «,» or a tab, decoded as the
 * reference CSVs are — electron/core/import/small-csv-text.ts) or the first sheet of an XLSX (exceljs), row by row
 * with the file's line numbers, each cell as text or an XLSX number.
 *
 * Hostile input is refused before it costs anything: a file over {@link MAX_HOUSING_FILE_BYTES}, an XLSX «bomb»
 * (the billing import's check, with limits no larger than a register needs), more than {@link MAX_HOUSING_ROWS}
 * rows, a CSV record over 10 000 characters. A formula in an XLSX cell is never evaluated and its cached result is
 * ignored: the cell is read as the text of the formula («=6*3»), which no area or rooms column accepts.
 */
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import '../import/exceljs-multibyte-fix';
import ExcelJS from 'exceljs';
import type Database from 'better-sqlite3';
import { AppError } from '../app-error';
import { csvDelimiterOf, decodeCsvText } from '../import/small-csv-text';
import { refuseXlsxBomb } from '../import/xlsx-bomb-check';
import { ImportFileError } from '../import/errors';
import { readFileLimits } from '../billing/upload-limits';

/** A register of 20 000 dwellings is about 3 MB as CSV; anything much bigger is not a register. */
export const MAX_HOUSING_FILE_BYTES = 20 * 1024 * 1024;
/** Rows of dwellings a file may hold (the header not counted). */
export const MAX_HOUSING_ROWS = 20_000;
/** A register's XLSX unpacks to a few tens of MB at most. */
const MAX_XLSX_UNPACKED_BYTES = 200 * 1024 * 1024;
const MAX_SHARED_STRINGS = 200_000;

/** A cell: text (CSV, XLSX text, an XLSX formula's text) or an XLSX number; undefined when empty. */
export type HousingCell = string | number | undefined;
export interface HousingSourceRow {
  line: number;
  cells: HousingCell[];
  /** Columns (0-based) whose XLSX cell held a formula. */
  formulas: Set<number>;
}

const badFile = (why: string) => new AppError('HOUSING.BAD_FILE', `${why} Реестр не изменён.`);

function isZip(bytes: Buffer): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05);
}

/** Reads the file of an upload: its rows, the header among them. */
export async function readHousingFile(
  sqlite: Database.Database,
  filePath: string,
  fileName: string,
): Promise<HousingSourceRow[]> {
  const size = fs.statSync(filePath).size;
  if (size === 0) throw badFile(`Файл «${fileName}» пуст.`);
  if (size > MAX_HOUSING_FILE_BYTES)
    throw badFile(
      `Файл «${fileName}» больше ${MAX_HOUSING_FILE_BYTES / 1024 / 1024} МБ: это не реестр жилого фонда. Разделите его на части.`,
    );
  const bytes = fs.readFileSync(filePath);
  let rows: HousingSourceRow[];
  if (isZip(bytes)) {
    const limits = readFileLimits(sqlite);
    try {
      await refuseXlsxBomb(filePath, {
        maxXlsxUncompressedBytes: Math.min(limits.maxXlsxUncompressedBytes, MAX_XLSX_UNPACKED_BYTES),
        maxSharedStrings: Math.min(limits.maxSharedStrings, MAX_SHARED_STRINGS),
      });
    } catch (error) {
      // A bomb is IMPORT.HOSTILE_FILE already; a damaged archive is the clerk's bad file, not an internal error.
      if (error instanceof ImportFileError) throw badFile(error.message.replace(/\s*$/, ''));
      throw error;
    }
    rows = await readXlsxRows(bytes);
  } else {
    rows = readCsvRows(bytes);
  }
  if (rows.length > MAX_HOUSING_ROWS + 1)
    throw badFile(
      `В файле ${rows.length.toLocaleString('ru-RU')} строк — больше ${MAX_HOUSING_ROWS.toLocaleString('ru-RU')}. Разделите его на части.`,
    );
  return rows;
}

export function readCsvRows(bytes: Buffer): HousingSourceRow[] {
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
      to_line: MAX_HOUSING_ROWS + 2,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return records.map((r) => ({ line: r.info.lines, cells: r.record, formulas: new Set<number>() }));
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw badFile(`Файл не читается как CSV${line ? ` (строка ${line})` : ''}: проверьте кавычки и разделители.`);
  }
}

export async function readXlsxRows(bytes: Buffer): Promise<HousingSourceRow[]> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw badFile('Файл XLSX повреждён или не читается: сохраните его в Excel заново или выгрузите в CSV.');
  }
  const sheet = book.worksheets[0];
  if (!sheet) throw badFile('В файле XLSX нет листов.');
  if (sheet.rowCount > MAX_HOUSING_ROWS + 1)
    throw badFile(
      `На листе ${sheet.rowCount.toLocaleString('ru-RU')} строк — больше ${MAX_HOUSING_ROWS.toLocaleString('ru-RU')}. Разделите его на части.`,
    );
  const rows: HousingSourceRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, n) => {
    const cells: HousingCell[] = [];
    const formulas = new Set<number>();
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const v = cell.value;
      if (v !== null && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
        formulas.add(col - 1);
        const f = 'formula' in v && typeof v.formula === 'string' ? v.formula : cell.formula;
        cells[col - 1] = `=${f ?? ''}`;
      } else cells[col - 1] = xlsxCell(v);
    });
    rows.push({ line: n, cells, formulas });
  });
  return rows;
}

function xlsxCell(v: ExcelJS.CellValue): HousingCell {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string' || typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 'да' : 'нет';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('error' in v) return String(v.error);
  }
  return undefined;
}

/** The cell as text, trimmed; a number as Russian writes it («12,5»); the apostrophe our CSV writer puts in front
 * of a formula-like text removed. */
export function cellText(c: HousingCell): string {
  if (c === undefined) return '';
  if (typeof c === 'number') return String(c).replace('.', ',');
  const t = c.trim();
  return /^'[=+\-@]/.test(t) ? t.slice(1) : t;
}
