/**
 * @file XLSX reader: ExcelJS streaming reader over all worksheets → {@link RowConverter}.
 *
 * Every sheet whose header row matches the layout is read — a big charges file is split over sheets because
 * a sheet holds at most 1,048,576 rows; other sheets (instructions, pivot tables) are skipped and reported.
 * The header row may sit below a title: the first {@link HEADER_SCAN_ROWS} non-blank rows are tried. The
 * first matching sheet fixes the kind, later sheets must match the same kind. Line = the sheet's row number.
 *
 * Truncation: the streaming unzip reads entries front to back and may end quietly on a cut file, so the ZIP
 * end-of-central-directory record (always the last bytes of a complete archive) is checked up front; any
 * error of ExcelJS/unzip becomes «Файл XLSX повреждён или обрезан …» with the original kept as `cause`.
 * Damaged compressed data can make ExcelJS wait forever instead of failing; stall-guard.ts turns that into
 * the same error after a period of inactivity.
 * `styles: 'cache'` is required: without it ExcelJS cannot see date formats and dates come as serials.
 */

import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import './exceljs-multibyte-fix';
import ExcelJS from 'exceljs';
import { cellFromExcel, ExcelErrorCell, type CellValue } from './cell-value';
import { ImportFileError, showValue } from './errors';
import { resolveHeaders, type HeaderOptions, type HeaderResolution } from './header-mapping';
import { isBlankRow, ResultCollector, RowConverter, type RecordSink } from './row-converter';
import { createStallGuard, StallError } from './stall-guard';
import { assertNotXlsxBomb, type XlsxBombLimits } from './xlsx-bomb-check';
import { DEFAULT_FILE_LIMITS as DEFAULT_XLSX_LIMITS } from '../../../shared/import/file-limits';

export interface XlsxOptions extends HeaderOptions {
  onProgress?: ((done: number, total: number) => void) | undefined;
  limitRows?: number | undefined;
  maxErrors?: number | undefined;
  onRecords?: RecordSink | undefined;
  /** Limits of the bomb check (xlsx-bomb-check.ts); the defaults when not given. */
  fileLimits?: XlsxBombLimits | undefined;
  /** Inactivity after which a damaged archive is given up (see stall-guard.ts); for tests. */
  stallMs?: number | undefined;
}

export interface XlsxOutput {
  headers: string[];
  resolution: HeaderResolution;
  collector: ResultCollector;
  sheets: string[];
  skippedSheets: string[];
}

export const HEADER_SCAN_ROWS = 20;
export const DEFAULT_STALL_MS = 10_000;
const PROGRESS_EVERY = 1000;
const EOCD_SIGNATURE = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const EOCD_MAX_DISTANCE = 22 + 0xffff; // record + longest archive comment

const broken = (detail: string, cause?: unknown): ImportFileError =>
  new ImportFileError(
    `Файл XLSX повреждён или обрезан: ${detail}. Выгрузите или сохраните файл заново.`,
    cause === undefined ? {} : { cause },
  );

/** Parses an XLSX file of `size` bytes. */
export async function readXlsxFile(filePath: string, size: number, options: XlsxOptions): Promise<XlsxOutput> {
  await assertCompleteZip(filePath, size);
  await assertNotXlsxBomb(filePath, options.fileLimits ?? DEFAULT_XLSX_LIMITS);
  const watch = createStallGuard(createReadStream(filePath), options.stallMs ?? DEFAULT_STALL_MS);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(watch.input, {
    sharedStrings: 'cache',
    styles: 'cache',
    worksheets: 'emit',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const limit = options.limitRows;
  let kind = options.kind;
  let collector: ResultCollector | undefined;
  let first: { headers: string[]; resolution: HeaderResolution } | undefined;
  let failure: { sheet: string; message: string; matched: number } | undefined;
  const skippedSheets: string[] = [];
  let sheetCount = 0;
  let stopped = limit !== undefined && limit <= 0;
  try {
    for await (const worksheet of watch.guard(reader)) {
      sheetCount++;
      const sheet = (worksheet as unknown as { name?: string }).name ?? `Лист ${sheetCount}`;
      let converter: RowConverter | undefined;
      let scanned = 0;
      for await (const row of watch.guard(worksheet)) {
        const cells = flattenRow(row.values);
        if (isBlankRow(cells, 1)) continue;
        if (converter === undefined) {
          if (++scanned > HEADER_SCAN_ROWS) continue; // no header near the top: drain the sheet
          const headers = headerTexts(cells);
          const outcome = resolveHeaders(headers, { kind, mapping: options.mapping });
          if (!outcome.ok) {
            if (failure === undefined || outcome.matched > failure.matched)
              failure = { sheet, message: outcome.message, matched: outcome.matched };
            continue;
          }
          kind = outcome.resolution.layout.kind;
          collector ??= new ResultCollector(kind, true, options.maxErrors, options.onRecords);
          collector.sheets.push(sheet);
          converter = new RowConverter(outcome.resolution, collector, 1, sheet, collector.sheets.length - 1);
          first ??= { headers, resolution: outcome.resolution };
          if (stopped) break;
          continue;
        }
        converter.convert(cells, row.number);
        const done = collector?.rowCount ?? 0;
        if (done % PROGRESS_EVERY === 0) options.onProgress?.(done, 0);
        if (limit !== undefined && done >= limit) {
          stopped = true;
          break;
        }
      }
      if (converter === undefined) skippedSheets.push(sheet);
      if (stopped && first !== undefined) break;
    }
  } catch (e) {
    if (e instanceof ImportFileError) throw e;
    throw broken(
      e instanceof StallError
        ? 'чтение архива остановилось — данные внутри повреждены'
        : 'не удалось прочитать содержимое',
      e,
    );
  } finally {
    watch.stop();
  }
  if (collector === undefined || first === undefined) {
    if (failure === undefined)
      throw new ImportFileError(
        sheetCount === 0 ? 'В файле XLSX нет листов.' : 'В файле XLSX нет данных: все листы пусты.',
      );
    throw new ImportFileError(
      sheetCount > 1 ? `Ни один лист не подошёл. Лист «${failure.sheet}»: ${failure.message}` : failure.message,
    );
  }
  collector.flush();
  options.onProgress?.(collector.rowCount, 0);
  if (collector.rowCount === 0 && limit !== 0) {
    throw new ImportFileError(`На листе «${collector.sheets[0] ?? ''}» только строка заголовков — данных нет.`);
  }
  return {
    headers: first.headers,
    resolution: first.resolution,
    collector,
    sheets: [...collector.sheets],
    skippedSheets,
  };
}

/** ExcelJS row values (1-based, sparse) → flat cells (index 0 unused). */
function flattenRow(values: unknown): CellValue[] {
  if (!Array.isArray(values)) return [];
  const cells: CellValue[] = new Array<CellValue>(values.length);
  for (let i = 1; i < values.length; i++) cells[i] = cellFromExcel(values[i]);
  return cells;
}

/** Header texts, 0-based, from flattened cells. */
function headerTexts(cells: readonly CellValue[]): string[] {
  const headers: string[] = [];
  for (let i = 1; i < cells.length; i++) {
    const c = cells[i];
    headers.push(
      c === undefined || c instanceof ExcelErrorCell ? '' : c instanceof Date ? showValue(c) : String(c).trim(),
    );
  }
  return headers;
}

/** Refuses a file without the ZIP end-of-central-directory record: it was cut. */
async function assertCompleteZip(filePath: string, size: number): Promise<void> {
  const length = Math.min(size, EOCD_MAX_DISTANCE);
  const tail = Buffer.alloc(length);
  const file = await open(filePath, 'r');
  try {
    await file.read(tail, 0, length, size - length);
  } finally {
    await file.close();
  }
  if (tail.lastIndexOf(EOCD_SIGNATURE) < 0)
    throw broken('нет оглавления архива в конце файла — скорее всего, файл записан не до конца');
}
