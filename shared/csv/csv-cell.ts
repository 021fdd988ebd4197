/**
 * @file The one CSV cell writer of the application (shared, pure). Every CSV file we write — the post's upload
 * file, the SMS gateway file, the ЕПД file, the court and FSSP directories, the court package's manifest, the
 * templates and the demo's files — builds its cells here, so no name from the database reaches Excel as a formula
 * (OWASP «CSV injection»: a debtor called `=HYPERLINK(…)` or `=cmd|' /C calc'!A0` would run when a clerk opens
 * the file).
 *
 * The rule:
 * - a cell that is wholly a number — an optional sign, digits, an optional «.» or «,» and digits (`-150,25`,
 *   `1234.5`, `+7`) — is written as it is: Excel reads it as a number and it cannot be a formula, so money
 *   columns (kopecks printed as «-150,25») stay numbers;
 * - any other cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return gets an apostrophe in front
 *   (`'=cmd…`) and is quoted, so Excel and LibreOffice show it as text; our own CSV imports strip that apostrophe
 *   again (courts, FSSP departments);
 * - RFC 4180 quoting: a cell holding the separator, a double quote, CR or LF is put in double quotes with its
 *   quotes doubled.
 * JS numbers are written with `String()` (they are numbers, never neutralised); null and undefined are empty.
 */

export type CsvValue = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[-+]?\d+(?:[.,]\d+)?$/;

/** A text Excel would read as a formula (=, +, -, @, or a tab / carriage return in front). */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** True when the text must be neutralised: formula-like and not simply a number. */
function needsApostrophe(text: string): boolean {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text);
}

/** One cell of a CSV line, neutralised and quoted as the rule above says. */
export function csvCell(value: CsvValue, separator = ';'): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`csvCell: not a finite number: ${value}`);
    const text = String(value);
    return text.includes(separator) ? `"${text}"` : text;
  }
  if (needsApostrophe(value)) return `"'${value.replace(/"/g, '""')}"`;
  if (value.includes(separator) || /["\r\n]/.test(value)) return `"${value.replace(/"/g, '""')}"`;
  return value;
}

/** One CSV line (without its line ending): the cells through csvCell, joined by the separator. */
export function csvLine(values: readonly CsvValue[], separator = ';'): string {
  let line = '';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) line += separator;
    line += csvCell(values[i], separator);
  }
  return line;
}

/** Whole CSV text: lines joined by CRLF (as Excel writes them) with a final CRLF; `bom` puts the UTF-8 BOM first. */
export function csvText(rows: Iterable<readonly CsvValue[]>, separator = ';', options: { bom?: boolean } = {}): string {
  const lines: string[] = [];
  for (const row of rows) lines.push(csvLine(row, separator));
  return `${options.bom ? '\ufeff' : ''}${lines.join('\r\n')}\r\n`;
}
