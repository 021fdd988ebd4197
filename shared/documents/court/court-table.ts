/**
 * @file A table as the court documents print it (shared, pure): columns with widths in percent and alignment, rows
 * of display strings, and a total row. The view builders fill it; the template lays it out.
 */
export interface CourtTableRow {
  cells: string[];
  /** Greyed (a moratorium or a grace line), or bold (a total). */
  style?: 'muted' | 'bold';
}

export interface CourtTable {
  columns: string[];
  /** Percent of the text width, one per column. */
  widths: number[];
  /** Right-aligned columns (money, days). */
  numeric: boolean[];
  rows: CourtTableRow[];
}
