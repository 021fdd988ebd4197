/**
 * @file Public API of the billing-file parser: a CSV or XLSX file → converted records + row errors.
 *
 * Pure parsing and in-file validation, no database: unknown accounts and other cross-file checks are made by
 * the database-side import. File-level problems throw {@link ImportFileError} (Russian message, code
 * 'IMPORT.BAD_FILE'); row problems are collected into `errors` (at most `maxErrors` stored, all counted in
 * `errorCount`) and the offending rows are left out of `records`. Options are validated with zod because they
 * may arrive over IPC from the renderer.
 *
 * Usage: `const r = await parseBillingFile(path, { limitRows: 50 })` for a preview (kind detected from the
 * headers, `r.mapping` can be shown/edited and passed back as `mapping`), then the full parse with
 * `{ kind: r.kind, mapping, onProgress }`.
 */

import { stat, open } from 'node:fs/promises';
import { z } from 'zod';
import type { ImportKind } from '../../../shared/import/layouts';
import { readCsvFile } from './csv-source';
import type { TextEncoding } from './encoding';
import { ImportFileError, type RowError } from './errors';
import type { XlsxBombLimits } from './xlsx-bomb-check';
import { detectFileFormat } from './file-format';
import { DEFAULT_MAX_ERRORS, type ParsedRecord } from './row-converter';
import { readXlsxFile } from './xlsx-source';

export { detectEncoding } from './encoding';
export { ImportFileError } from './errors';
export type { RowError } from './errors';
export type { ParsedRecord } from './row-converter';

export interface ParseResult {
  kind: ImportKind;
  format: 'csv' | 'xlsx';
  encoding?: TextEncoding;
  delimiter?: string;
  /** Header row as written in the file (XLSX: of the first data sheet). */
  headers: string[];
  /** fieldKey → header as written in the file; can be saved and passed back as `options.mapping`. */
  mapping: Record<string, string>;
  /** Headers of the file that no field uses (ignored on import). */
  unmappedHeaders: string[];
  /** Rows without errors, converted (kopecks, 'YYYY-MM-DD', 'YYYY-MM', {num, den}, boolean, string, number). */
  records: ParsedRecord[];
  /** First `maxErrors` row errors, in file order. */
  errors: RowError[];
  /** All row errors, stored or not. */
  errorCount: number;
  /** Non-blank data rows read (with or without errors). */
  rowCount: number;
  /** Non-fatal remarks for the preview (ambiguous columns, skipped sheets, stale saved mapping). */
  warnings: string[];
  /** XLSX: sheets the rows were read from; sheets skipped for not having a matching header row. */
  sheets?: string[];
  skippedSheets?: string[];
  /** True when reading stopped at `limitRows` (more rows may follow; also true if the file had exactly that many). */
  partial: boolean;
}

export interface ParseOptions {
  kind?: ImportKind;
  mapping?: Record<string, string>;
  /** CSV: bytes read of total bytes; XLSX: rows so far, total 0 (unknown). */
  onProgress?: (done: number, total: number) => void;
  /** Preview: stop after this many data rows (errors of these rows are still reported). */
  limitRows?: number;
  /** How many row errors to store (default 1000); all are counted. */
  maxErrors?: number;
  /**
   * Streaming: valid records are handed over in batches (file order) and NOT kept in `records`, so files of
   * tens of millions of rows fit in memory. Errors are still collected; a file-level error can come after some
   * batches, so a caller that writes batches must be able to undo them (the import does it in one transaction).
   */
  onRecords?: (batch: ParsedRecord[]) => void;
  /** XLSX: limits of the bomb check (the administrator's, upload-limits.ts); the defaults when not given. */
  fileLimits?: XlsxBombLimits;
}

const OptionsSchema = z.object({
  kind: z.enum(['companies', 'accounts', 'charges', 'payments']).optional(),
  mapping: z.record(z.string(), z.string()).optional(),
  limitRows: z.number().int().nonnegative().optional(),
  maxErrors: z.number().int().nonnegative().optional(),
});

const HEAD_BYTES = 1 << 20;

/** Parses and validates a billing file (.csv/.txt or .xlsx; the format is recognised by content). */
export async function parseBillingFile(filePath: string, options: ParseOptions = {}): Promise<ParseResult> {
  const checked = OptionsSchema.safeParse({
    kind: options.kind,
    mapping: options.mapping,
    limitRows: options.limitRows,
    maxErrors: options.maxErrors,
  });
  if (!checked.success) throw new TypeError(`parseBillingFile: invalid options: ${checked.error.message}`);
  const { size, head } = await readHead(filePath);
  const common = {
    kind: options.kind,
    mapping: options.mapping,
    onProgress: options.onProgress,
    limitRows: options.limitRows,
    maxErrors: options.maxErrors ?? DEFAULT_MAX_ERRORS,
    onRecords: options.onRecords,
    fileLimits: options.fileLimits,
  };
  if (detectFileFormat(filePath, head) === 'xlsx') {
    const out = await readXlsxFile(filePath, size, common);
    const { collector, resolution } = out;
    return {
      kind: resolution.layout.kind,
      format: 'xlsx',
      headers: out.headers,
      mapping: resolution.mapping,
      unmappedHeaders: resolution.unmappedHeaders,
      records: collector.records,
      errors: collector.errors,
      errorCount: collector.errorCount,
      rowCount: collector.rowCount,
      warnings: [
        ...resolution.warnings,
        ...out.skippedSheets.map((s) => `Лист «${s}» пропущен: на нём нет строки заголовков нужной таблицы.`),
      ],
      sheets: out.sheets,
      skippedSheets: out.skippedSheets,
      partial: options.limitRows !== undefined && collector.rowCount >= options.limitRows,
    };
  }
  const out = await readCsvFile(filePath, size, head, common);
  const { collector, resolution } = out;
  return {
    kind: resolution.layout.kind,
    format: 'csv',
    encoding: out.encoding,
    delimiter: out.delimiter,
    headers: out.headers,
    mapping: resolution.mapping,
    unmappedHeaders: resolution.unmappedHeaders,
    records: collector.records,
    errors: collector.errors,
    errorCount: collector.errorCount,
    rowCount: collector.rowCount,
    warnings: out.warnings,
    partial: options.limitRows !== undefined && collector.rowCount >= options.limitRows,
  };
}

async function readHead(filePath: string): Promise<{ size: number; head: Buffer }> {
  try {
    const info = await stat(filePath);
    if (!info.isFile()) throw new ImportFileError(`«${filePath}» — не файл.`);
    if (info.size === 0) throw new ImportFileError('Файл пуст: в нём нет ни заголовков, ни данных.');
    const file = await open(filePath, 'r');
    try {
      const head = Buffer.alloc(Math.min(info.size, HEAD_BYTES));
      const { bytesRead } = await file.read(head, 0, head.length, 0);
      return { size: info.size, head: head.subarray(0, bytesRead) };
    } finally {
      await file.close();
    }
  } catch (e) {
    if (e instanceof ImportFileError) throw e;
    const code = e instanceof Error && 'code' in e ? e.code : undefined;
    const reason =
      code === 'ENOENT'
        ? 'файл не найден'
        : code === 'EACCES' || code === 'EPERM'
          ? 'нет прав на чтение'
          : code === 'EBUSY'
            ? 'файл занят другой программой'
            : 'ошибка чтения';
    throw new ImportFileError(`Не удалось открыть файл «${filePath}»: ${reason}.`, { cause: e });
  }
}
