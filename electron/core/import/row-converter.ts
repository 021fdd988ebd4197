/**
 * @file Source row → record or row errors; the collector of the parse result.
 *
 * Shared by the CSV and XLSX sources: they hand over the cells of a row with its line number, this file does
 * the per-field conversion, the required-value check, the in-file duplicate check and the bookkeeping.
 * A row with any error is NOT added to `records`; all its errors are reported (not only the first). Error
 * texts are only built while fewer than `maxErrors` are stored — a file with a million bad rows still counts
 * them all but does not build a million strings.
 */

import type { ImportKind } from '../../../shared/import/layouts';
import type { CellValue } from './cell-value';
import { makeDuplicateCheck, type DuplicateCheck } from './duplicate-check';
import { describeLine, formatCellError, rowError, ValueError, type RowError } from './errors';
import { makeFieldConverter, type FieldConverter } from './field-converter';
import type { HeaderResolution } from './header-mapping';

export interface ParsedRecord {
  line: number;
  sheet?: string;
  values: Record<string, unknown>;
}

export const DEFAULT_MAX_ERRORS = 1000;

/** Receives converted records in file order, in batches (see ParseOptions.onRecords). */
export type RecordSink = (batch: ParsedRecord[]) => void;
const SINK_BATCH = 20_000;

/** Accumulates records and errors of a whole file (all sheets). */
export class ResultCollector {
  readonly records: ParsedRecord[] = [];
  readonly errors: RowError[] = [];
  errorCount = 0;
  rowCount = 0;
  /** XLSX sheet names in the order their rows were read (live list used by the duplicate check). */
  readonly sheets: string[] = [];
  private duplicates: { fieldKey: string; check: DuplicateCheck } | undefined | null = null;

  constructor(
    readonly kind: ImportKind,
    private readonly multiSheet: boolean,
    readonly maxErrors = DEFAULT_MAX_ERRORS,
    /**
     * Streaming: records go to this sink in batches instead of `records` (a 5-year district history is tens of
     * millions of rows — more than memory holds). Call {@link flush} at the end.
     */
    private readonly sink?: RecordSink,
  ) {}

  private batch: ParsedRecord[] = [];

  addRecord(record: ParsedRecord): void {
    if (!this.sink) {
      this.records.push(record);
      return;
    }
    this.batch.push(record);
    if (this.batch.length >= SINK_BATCH) this.flush();
  }

  /** Hands the last partial batch to the sink. */
  flush(): void {
    if (this.sink && this.batch.length > 0) {
      const batch = this.batch;
      this.batch = [];
      this.sink(batch);
    }
  }

  /** True while one more error message would still be stored. */
  get storing(): boolean {
    return this.errors.length < this.maxErrors;
  }

  addError(line: number, sheet: string | undefined, column: string, message: () => string): void {
    this.errorCount++;
    if (this.storing) this.errors.push(rowError(line, sheet, column, message()));
  }

  duplicateCheck(): { fieldKey: string; check: DuplicateCheck } | undefined {
    if (this.duplicates === null)
      this.duplicates = makeDuplicateCheck(this.kind, this.multiSheet ? this.sheets : undefined);
    return this.duplicates;
  }
}

interface Column {
  key: string;
  header: string;
  index: number;
  required: boolean;
  convert: FieldConverter;
}

/** Converts the rows of one header region (a CSV file or one XLSX sheet). */
export class RowConverter {
  private readonly columns: Column[];
  private readonly duplicates: { column: string; check: DuplicateCheck } | undefined;

  /**
   * @param base offset of column 0 in the cell arrays handed to {@link convert} (ExcelJS rows are 1-based).
   * @param sheetIndex position of the sheet in `collector.sheets` (XLSX only).
   */
  constructor(
    resolution: HeaderResolution,
    private readonly collector: ResultCollector,
    base: number,
    private readonly sheet?: string,
    private readonly sheetIndex = 0,
  ) {
    this.columns = resolution.columns.map((c) => ({
      key: c.field.key,
      header: c.header,
      index: c.index + base,
      required: c.field.required,
      convert: makeFieldConverter(c.field),
    }));
    const dup = collector.duplicateCheck();
    const dupColumn = dup && resolution.columns.find((c) => c.field.key === dup.fieldKey);
    this.duplicates = dup && dupColumn ? { column: dupColumn.header, check: dup.check } : undefined;
  }

  /** Converts one non-blank data row. */
  convert(cells: ArrayLike<CellValue>, line: number): void {
    const { collector, sheet } = this;
    collector.rowCount++;
    const values: Record<string, unknown> = {};
    let ok = true;
    for (const col of this.columns) {
      let cell = cells[col.index];
      if (typeof cell === 'string') {
        cell = cell.trim();
        if (cell === '') cell = undefined;
      }
      if (cell === undefined) {
        if (col.required) {
          ok = false;
          collector.addError(line, sheet, col.header, () =>
            formatCellError(line, sheet, col.header, undefined, 'не заполнено обязательное значение'),
          );
        }
        continue;
      }
      const value = col.convert(cell);
      if (value instanceof ValueError) {
        ok = false;
        const shown = cell;
        collector.addError(line, sheet, col.header, () =>
          formatCellError(line, sheet, col.header, shown, value.message),
        );
        continue;
      }
      values[col.key] = value;
    }
    if (!ok) return;
    const dup = this.duplicates;
    if (dup !== undefined) {
      const message = dup.check(values, line, this.sheetIndex);
      if (message !== undefined) {
        collector.addError(line, sheet, dup.column, () => `${describeLine(line, sheet)}: ${message}`);
        return;
      }
    }
    collector.addRecord(sheet === undefined ? { line, values } : { line, sheet, values });
  }

  /** Reports a problem of the whole row (wrong number of fields …). */
  rowProblem(line: number, message: string): void {
    this.collector.rowCount++;
    this.collector.addError(line, this.sheet, '', () => `${describeLine(line, this.sheet)}: ${message}`);
  }
}

/** True when every cell is empty or blank. */
export function isBlankRow(cells: ArrayLike<CellValue>, from = 0): boolean {
  for (let i = from; i < cells.length; i++) {
    const c = cells[i];
    if (c === undefined) continue;
    if (typeof c !== 'string' || c.trim() !== '') return false;
  }
  return true;
}
