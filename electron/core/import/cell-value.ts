/**
 * @file What one cell of a source row can hold, and the flattening of ExcelJS cell values into it.
 *
 * CSV cells are always strings; XLSX cells may also be numbers, booleans, dates or Excel error values.
 * ExcelJS wraps some cells in objects (rich text, hyperlinks, formulas with a cached result, errors); they
 * are flattened here so the field converters only see the plain union below.
 */

/** An Excel error value (#N/A, #DIV/0! …) found in a cell. */
export class ExcelErrorCell {
  constructor(readonly code: string) {}
}

/** A cell after flattening; `undefined` = empty. */
export type CellValue = string | number | boolean | Date | ExcelErrorCell | undefined;

/** Flattens one ExcelJS cell value (`row.values[i]`). */
export function cellFromExcel(value: unknown): CellValue {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'object' && value !== null) return objectCell(value);
  return undefined;
}

function objectCell(value: object): CellValue {
  if (value instanceof Date) return value;
  if ('richText' in value && Array.isArray(value.richText)) {
    let text = '';
    for (const run of value.richText as unknown[]) {
      if (run !== null && typeof run === 'object' && 'text' in run && typeof run.text === 'string') text += run.text;
    }
    return text;
  }
  if ('error' in value && typeof value.error === 'string') return new ExcelErrorCell(value.error);
  if ('formula' in value || 'sharedFormula' in value) {
    return 'result' in value ? cellFromExcel(value.result) : undefined;
  }
  if ('text' in value) return cellFromExcel(value.text); // hyperlink: { text, hyperlink }
  return undefined;
}
