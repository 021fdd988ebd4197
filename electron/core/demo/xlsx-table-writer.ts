/**
 * @file Streaming XLSX writer for one layout (exceljs WorkbookWriter), split into sheets of ≤ 1 048 576 rows.
 *
 * Money is a numeric cell in rubles, dates are real date cells, periods and identifiers are text. A sheet
 * holds at most 1 048 576 rows including its header, so the charges of a big district continue on
 * «Начисления (2)», «Начисления (3)» …, each with its own header row.
 *
 * exceljs's streaming writer applies no backpressure (its internal StreamBuf always says "write more", and
 * the zip side uses readable-stream v2 streams), and a synchronous generator never lets the event loop run
 * the compressor at all. So `relieve()` yields to the event loop every few thousand rows and keeps waiting
 * while the bytes queued in front of the compressor and the file exceed a few megabytes; without it the
 * whole sheet piles up in memory (~270 bytes a row).
 */

import '../import/exceljs-multibyte-fix';
import ExcelJS from 'exceljs';
import type { Layout } from '../../../shared/import/layouts';
import { toXlsxCell } from './cell-format';
import type { Row } from './rows';

export const XLSX_MAX_ROWS = 1_048_576;

/** exceljs embeds these in docProps/core.xml; fixed so that equal input gives equal workbooks. */
const FIXED_TIMESTAMP = new Date(Date.UTC(2020, 0, 1));

type Sheet = ReturnType<ExcelJS.stream.xlsx.WorkbookWriter['addWorksheet']>;

const YIELD_EVERY_ROWS = 2000;
const MAX_BACKLOG_BYTES = 8 << 20;

/** Internals we peek at for backpressure (not in exceljs's typings); any of them may be absent. */
interface StreamState {
  writableLength?: number;
  readableLength?: number;
  _writableState?: { length?: number };
  _readableState?: { length?: number };
}
interface WorkbookInternals {
  zip?: StreamState;
  stream?: StreamState;
}
interface SheetInternals {
  /** exceljs StreamBuf: its own 64 KB buffers fill up while the zip has not started on this sheet yet. */
  _stream?: { pipes?: StreamState[]; buffers?: unknown[] };
}

function buffered(s: StreamState | undefined): number {
  if (!s) return 0;
  const writable = s.writableLength ?? s._writableState?.length ?? 0;
  const readable = s.readableLength ?? s._readableState?.length ?? 0;
  return writable + readable;
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
const shortPause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 1));

export class XlsxTableWriter {
  readonly file: string;
  rows = 0;
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly layout: Layout;
  private readonly maxRowsPerSheet: number;
  private sheet: Sheet | null = null;
  private sheetCount = 0;
  private rowsInSheet = 0;
  private rowsAtLastYield = 0;

  constructor(file: string, layout: Layout, options: { maxRowsPerSheet?: number } = {}) {
    this.file = file;
    this.layout = layout;
    this.maxRowsPerSheet = options.maxRowsPerSheet ?? XLSX_MAX_ROWS;
    if (this.maxRowsPerSheet < 2) throw new RangeError('a sheet needs room for the header and one row');
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: file,
      useStyles: false,
      useSharedStrings: false,
    });
    this.workbook.created = FIXED_TIMESTAMP;
    this.workbook.modified = FIXED_TIMESTAMP;
    this.workbook.creator = 'АРМ «Долги ЖКУ» — демо-участок';
    this.workbook.lastModifiedBy = 'АРМ «Долги ЖКУ»';
    this.openSheet();
  }

  private openSheet(): void {
    if (this.sheet) this.sheet.commit();
    this.sheetCount++;
    const name = this.sheetCount === 1 ? this.layout.title : `${this.layout.title} (${this.sheetCount})`;
    const sheet = this.workbook.addWorksheet(name.slice(0, 31));
    sheet.columns = this.layout.fields.map((f) => ({
      key: f.key,
      width: Math.min(40, Math.max(10, f.header.length + 2)),
    }));
    sheet.addRow(this.layout.fields.map((f) => f.header)).commit();
    this.sheet = sheet;
    this.rowsInSheet = 1;
  }

  writeRow(row: Row): void {
    if (this.rowsInSheet >= this.maxRowsPerSheet) this.openSheet();
    const fields = this.layout.fields;
    const values = new Array<ExcelJS.CellValue>(fields.length);
    for (let i = 0; i < fields.length; i++) values[i] = toXlsxCell(fields[i]?.type ?? 'text', row[i] ?? null);
    (this.sheet as Sheet).addRow(values).commit();
    this.rowsInSheet++;
    this.rows++;
  }

  /** Bytes written by exceljs but not yet compressed and handed to the file. */
  private backlog(): number {
    const wb = this.workbook as unknown as WorkbookInternals;
    const sheetStream = (this.sheet as unknown as SheetInternals | null)?._stream;
    const pipes = sheetStream?.pipes ?? [];
    const own = (sheetStream?.buffers?.length ?? 0) * 65536;
    return own + pipes.reduce((sum, p) => sum + buffered(p), 0) + buffered(wb.zip) + buffered(wb.stream);
  }

  /** Let the compressor and the file catch up (see the file comment). */
  async relieve(): Promise<void> {
    if (this.rows - this.rowsAtLastYield < YIELD_EVERY_ROWS) return;
    this.rowsAtLastYield = this.rows;
    await nextTurn();
    while (this.backlog() > MAX_BACKLOG_BYTES) await shortPause();
  }

  async close(): Promise<void> {
    this.sheet?.commit();
    await this.workbook.commit();
  }
}
