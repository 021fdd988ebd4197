/**
 * @file Error values of the billing-file parser.
 *
 * Two kinds of failure, deliberately separate:
 * - {@link ImportFileError} — the whole file is refused (wrong encoding, unknown headers, truncated, empty);
 *   thrown, message in Russian, the English cause (csv-parse, unzip) kept only in `cause`.
 * - {@link RowError} — one bad cell or row; collected as plain values so that a clerk sees ALL problems of
 *   a file at once.
 * Value parsers return a {@link ValueError} instead of throwing: throwing costs microseconds per call, and a
 * million-row file with a systematically bad column would otherwise spend seconds building stack traces.
 */

/** A problem of one row: `column` is the header text as it is written in the file ('' for a whole-row problem). */
export interface RowError {
  line: number;
  sheet?: string;
  column: string;
  message: string;
}

/** File-level refusal. The message is meant to be shown to the clerk as is. */
export class ImportFileError extends Error {
  readonly code = 'IMPORT.BAD_FILE' as const;
  /** Physical line (CSV) or row (XLSX) the problem was found at, when it is known. */
  readonly line?: number;
  readonly sheet?: string;

  constructor(message: string, options: { cause?: unknown; line?: number; sheet?: string } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ImportFileError';
    if (options.line !== undefined) this.line = options.line;
    if (options.sheet !== undefined) this.sheet = options.sheet;
  }
}

/** Result of a value parser that did not accept its input (shared with the form fields). */
export { ValueError } from '../../../shared/numbers/value-error';

const LINE_BREAKS = /[\r\n\t]+/g;
// eslint-disable-next-line no-control-regex -- control characters of a broken file must not reach the UI
const CONTROL_CHARS = /[\u0000-\u001f]/g;

/** Longest part of a cell value quoted back in a message. */
const SHOWN_VALUE_MAX = 60;

/** «Строка 17» or «Лист «Март», строка 17». */
export function describeLine(line: number, sheet?: string): string {
  return sheet === undefined ? `Строка ${line}` : `Лист «${sheet}», строка ${line}`;
}

/** How a cell value is quoted back to the clerk. */
export function showValue(value: unknown): string {
  let text: string;
  if (value instanceof Date) {
    text = Number.isNaN(value.getTime())
      ? 'дата'
      : `${pad2(value.getUTCDate())}.${pad2(value.getUTCMonth() + 1)}.${value.getUTCFullYear()}`;
  } else if (typeof value === 'boolean') {
    text = value ? 'ИСТИНА' : 'ЛОЖЬ';
  } else {
    text = String(value);
  }
  text = text.replace(LINE_BREAKS, ' ').replace(CONTROL_CHARS, '');
  return text.length > SHOWN_VALUE_MAX ? `${text.slice(0, SHOWN_VALUE_MAX)}…` : text;
}

/** «Строка 17, столбец «Начислено, руб.»: «12,3а» — не сумма в рублях (…)». */
export function formatCellError(
  line: number,
  sheet: string | undefined,
  column: string,
  value: unknown,
  reason: string,
): string {
  const where = `${describeLine(line, sheet)}, столбец «${column}»`;
  return value === undefined ? `${where}: ${reason}` : `${where}: «${showValue(value)}» — ${reason}`;
}

/** Builds a {@link RowError} without an own `sheet` key when there is no sheet (exactOptionalPropertyTypes). */
export function rowError(line: number, sheet: string | undefined, column: string, message: string): RowError {
  return sheet === undefined ? { line, column, message } : { line, sheet, column, message };
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
