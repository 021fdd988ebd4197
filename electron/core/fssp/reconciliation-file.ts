/**
 * @file The department's list as a raw table: the header row and the data rows with their line numbers, from a CSV
 * (UTF-8 with or without BOM, or windows-1251; «;», «,» or tab) or the first sheet of an XLSX that has data.
 *
 * Refused up front, with a Russian message and nothing written: a file over 20 MB, more than 200 000 data rows, a
 * formula in a cell (a list of the department is data; a formula's value is whatever the last program computed, and a
 * CSV cell starting with «=» becomes a formula once someone opens it in Excel), an old .xls, UTF-16, a cut XLSX.
 * A department's export may put a title above the header: the header is the first of the first 20 non-blank rows in
 * which at least two headers are recognised (else the first non-blank row).
 */
import fs from 'node:fs';
import '../import/exceljs-multibyte-fix';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { AppError } from '../app-error';
import { detectEncoding, hasUtf8Bom, type TextEncoding } from '../import/encoding';
import { ImportFileError, showValue } from '../import/errors';
import { detectFileFormat } from '../import/file-format';
import { recognisedHeaders } from './reconciliation-columns';
import { refuseXlsxBomb } from '../import/xlsx-bomb-check';
import { DEFAULT_FILE_LIMITS } from '../../../shared/import/file-limits';

export const MAX_LIST_BYTES = 20 * 1024 * 1024;
export const MAX_LIST_ROWS = 200_000;
const HEADER_SCAN_ROWS = 20;

/** A cell as read: text (CSV, or an XLSX text cell), a number or a date (XLSX), null when empty. */
export type RawCell = string | number | Date | null;

export interface RawTable {
  format: 'csv' | 'xlsx';
  encoding: TextEncoding | null;
  headers: string[];
  rows: Array<{ line: number; cells: RawCell[] }>;
}

const badFile = (message: string): AppError => new AppError('FSSP.BAD_FILE', message);

export async function readRawTable(filePath: string): Promise<RawTable> {
  const size = fs.statSync(filePath).size;
  if (size > MAX_LIST_BYTES) {
    throw badFile(
      `Файл списка слишком большой: ${(size / 1024 / 1024).toFixed(1).replace('.', ',')} МБ, допускается не более 20 МБ. Попросите отдел выгрузить список по одному взыскателю или за период.`,
    );
  }
  if (size === 0) throw badFile('Файл пуст: в нём нет ни заголовков, ни строк.');
  const bytes = fs.readFileSync(filePath);
  let format: 'csv' | 'xlsx';
  try {
    format = detectFileFormat(filePath, bytes.subarray(0, 16));
  } catch (e) {
    if (e instanceof ImportFileError) throw badFile(e.message.replace('таблицу начислений', 'список отдела'));
    throw e;
  }
  const table = format === 'xlsx' ? await readXlsx(filePath) : readCsv(bytes);
  if (table.rows.length === 0) throw badFile('В файле только строка заголовков — строк списка нет.');
  return table;
}

function tooManyRows(): AppError {
  return badFile(
    `В списке больше ${MAX_LIST_ROWS.toLocaleString('ru-RU')} строк — такой файл не сверяется за один раз. Разделите список (например, по годам возбуждения).`,
  );
}

function formulaRefused(line: number, header: string, text: string): AppError {
  return badFile(
    `Строка ${line}${header ? `, столбец «${header}»` : ''}: в ячейке формула «${showValue(text)}». Список отдела должен содержать значения, а не формулы: сохраните его заново как значения (Excel: «Специальная вставка → значения») или как CSV.`,
  );
}

function readCsv(bytes: Buffer): RawTable {
  const encoding = detectEncoding(bytes);
  const text =
    encoding === 'utf-8'
      ? new TextDecoder('utf-8').decode(bytes)
      : iconv.decode(hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes, 'win1251');
  const unmarked = text.replace(/^\uFEFF/, '');
  const body = unmarked.replace(/^sep=.[ \t]*\r?\n/i, '');
  const lineOffset = body === unmarked ? 0 : 1;
  const delimiter = csvDelimiter(body);
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(body, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      info: true,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    throw badFile(
      `Не удалось разобрать CSV${line ? ` около строки ${line}` : ''}: видимо, не закрыта кавычка. Выгрузите список заново.`,
    );
  }
  const nonBlank = records.filter((r) => r.record.some((c) => c.trim() !== ''));
  const rows = nonBlank.map((r) => ({
    line: r.info.lines + lineOffset,
    cells: r.record.map((c) => (c.trim() === '' ? null : c.trim())),
  }));
  return { format: 'csv', encoding, ...splitHeader(rows) };
}

/** «;», «,» or tab: the one under which the first line shows the most known headers; then more cells; then «;». */
function csvDelimiter(text: string): string {
  const firstLines = text.split(/\r?\n/, HEADER_SCAN_ROWS).join('\n');
  let best = { delimiter: ';', known: -1, cells: 0 };
  for (const delimiter of [';', ',', '\t']) {
    let records: string[][];
    try {
      records = parse(firstLines, {
        delimiter,
        relax_column_count: true,
        relax_quotes: true,
        skip_empty_lines: true,
      }) as string[][];
    } catch {
      continue;
    }
    for (const cells of records) {
      const known = recognisedHeaders(cells);
      if (known > best.known || (known === best.known && cells.length > best.cells))
        best = { delimiter, known, cells: cells.length };
    }
  }
  return best.delimiter;
}

async function readXlsx(filePath: string): Promise<RawTable> {
  await refuseXlsxBomb(filePath, DEFAULT_FILE_LIMITS);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(filePath, {
    sharedStrings: 'cache',
    styles: 'cache',
    worksheets: 'emit',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const rows: Array<{ line: number; cells: RawCell[] }> = [];
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = Array.isArray(row.values) ? (row.values as unknown[]) : [];
        const cells: RawCell[] = [];
        for (let i = 1; i < values.length; i++) {
          const cell = xlsxCell(values[i]);
          if (cell === 'formula') throw formulaRefused(row.number, headerAt(rows, i - 1), formulaText(values[i]));
          cells.push(cell);
        }
        if (cells.every((c) => c === null)) continue;
        rows.push({ line: row.number, cells });
        if (rows.length > MAX_LIST_ROWS + HEADER_SCAN_ROWS) throw tooManyRows();
      }
      if (rows.length > 0) break; // the first sheet with data is the list
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw badFile('Файл XLSX повреждён или обрезан: не удалось прочитать его содержимое. Сохраните список заново.');
  }
  if (rows.length === 0) throw badFile('В файле XLSX нет данных: все листы пусты.');
  return { format: 'xlsx', encoding: null, ...splitHeader(rows) };
}

/** The header text of column `index` when the header is already known (the first row read), for messages. */
function headerAt(rows: ReadonlyArray<{ cells: RawCell[] }>, index: number): string {
  const h = rows[0]?.cells[index];
  return typeof h === 'string' ? h : '';
}

function formulaText(value: unknown): string {
  const v = value as { formula?: unknown; sharedFormula?: unknown };
  return `=${String(v.formula ?? v.sharedFormula ?? '')}`;
}

function xlsxCell(value: unknown): RawCell | 'formula' {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'ИСТИНА' : 'ЛОЖЬ';
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) return 'formula';
    if ('richText' in value && Array.isArray(value.richText)) {
      const text = (value.richText as Array<{ text?: string }>)
        .map((r) => r.text ?? '')
        .join('')
        .trim();
      return text === '' ? null : text;
    }
    if ('error' in value) return `#${String((value as { error: unknown }).error)}`;
    if ('text' in value) return xlsxCell((value as { text: unknown }).text) as RawCell;
  }
  return String(value as string);
}

/** Header = the first of the first rows that shows two known headers, else the first row; the rest are data. */
function splitHeader(rows: Array<{ line: number; cells: RawCell[] }>): {
  headers: string[];
  rows: Array<{ line: number; cells: RawCell[] }>;
} {
  const scan = rows.slice(0, HEADER_SCAN_ROWS);
  let at = scan.findIndex((r) => recognisedHeaders(r.cells.map(cellHeaderText)) >= 2);
  if (at < 0) at = 0;
  const headers = (rows[at]?.cells ?? []).map(cellHeaderText);
  const data = rows.slice(at + 1);
  if (data.length > MAX_LIST_ROWS) throw tooManyRows();
  for (const row of data) {
    row.cells.forEach((c, i) => {
      if (typeof c === 'string' && /^=[\p{L}(]/u.test(c)) throw formulaRefused(row.line, headers[i] ?? '', c);
    });
  }
  return { headers, rows: data };
}

function cellHeaderText(c: RawCell): string {
  if (c === null) return '';
  if (c instanceof Date) return showValue(c);
  return String(c).trim();
}
