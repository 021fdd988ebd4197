/**
 * @file A small streaming XLSX table (exceljs WorkbookWriter): one sheet, a bold header, rows of text and numbers.
 * Used by the penalty register (measure 4) and the ЕПД export (measure 3). Money reaches it already in rubles
 * (the document edge). exceljs applies no backpressure, so the writer yields to the event loop every couple of
 * thousand rows to let the compressor drain (see electron/core/demo/xlsx-table-writer.ts for the long story).
 */
import '../import/exceljs-multibyte-fix';
import ExcelJS from 'exceljs';

export interface XlsxColumn {
  header: string;
  width: number;
  /** Excel number format for numeric cells, e.g. '#,##0.00'. */
  numFmt?: string;
}

const YIELD_EVERY_ROWS = 2000;

export async function writeXlsxTable(
  file: string,
  sheetName: string,
  columns: readonly XlsxColumn[],
  rows: Iterable<ReadonlyArray<string | number | null>>,
): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  workbook.creator = 'АРМ «Долги ЖКУ»';
  // Excel refuses sheet names with \ / ? * [ ] : or over 31 characters; УК names can have a slash.
  const sheet = workbook.addWorksheet(sheetName.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31));
  sheet.columns = columns.map((c, i) => ({
    key: `c${i}`,
    width: c.width,
    ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}),
  }));
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.commit();
  let count = 0;
  for (const row of rows) {
    sheet.addRow([...row]).commit();
    count++;
    if (count % YIELD_EVERY_ROWS === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  sheet.commit();
  await workbook.commit();
  return count;
}

/** Integer kopecks → rubles as a number for a spreadsheet cell (exact to the kopeck in a double). */
export function rublesCell(kopecks: number): number {
  return kopecks / 100;
}
