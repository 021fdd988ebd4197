/**
 * @file The CSV file of a directory whose entries serve territories (the court directory, the bailiffs' departments),
 * parameterised by the directory's columns and words: writing the export and the template, reading an upload row by
 * row with the refusals both share, and the checks on a row's territory cells. What a row means (its fields, its key,
 * its validation) stays with each directory: electron/core/court/courts-csv.ts, electron/core/fssp/departments-csv.ts.
 *
 * Hostile input is refused early: a file over the directory's size or 5 000 rows, a cell Excel would run as a formula
 * (=, +, -, @; only a telephone like «+7 495 …» may start with «+»). The export's apostrophe in front of such a cell
 * (so Excel keeps it as text) is taken off again on reading.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { ErrorCode } from '../../../shared/api/error-codes';
import { PARITY_CSV, parseParity } from '../../../shared/court/court-csv-layout';
import type { Parity } from '../../../shared/court/court-territory-match';
import { csvText, looksLikeFormula } from '../../../shared/csv/csv-cell';
import { foldForSearch } from '../../../shared/text/fold-for-search';
import { AppError } from '../app-error';
import { csvDelimiterOf, decodeCsvText } from '../import/small-csv-text';

const MAX_ROWS = 5000;
const MAX_REPORTED = 30;

/** The territory columns every such directory has, after its own. */
export type TerritoryCsvField = 'street' | 'houseFrom' | 'houseTo' | 'parity';

export interface DirectoryCsvSpec<F extends string> {
  /** [field, header label], in the file's order. */
  columns: readonly (readonly [F, string])[];
  /** Columns a file must have. */
  required: readonly F[];
  maxBytes: number;
  /** The error code of every refusal. */
  code: ErrorCode;
  /** «справочник судов»: what the file is not when it is too big or too long. */
  what: string;
}

export interface DirectoryFile {
  fileName: string;
  savedPath: string;
  base64: string;
  rows: number;
}

/** Writes the lines (header first) as UTF-8 with a BOM and «;» into dataDir/exports/<folder>/. */
export function writeDirectoryFile(
  dataDir: string,
  folder: string,
  fileName: string,
  lines: string[][],
): DirectoryFile {
  const text = csvText(lines, ';', { bom: true });
  const dir = path.join(dataDir, 'exports', folder);
  fs.mkdirSync(dir, { recursive: true });
  const savedPath = path.join(dir, fileName);
  fs.writeFileSync(savedPath, text, 'utf8');
  return { fileName, savedPath, base64: Buffer.from(text, 'utf8').toString('base64'), rows: lines.length - 1 };
}

/** The export's lines of one entry: one per territory range, or one with the territory empty. */
export function entryLines<F extends string>(
  spec: Pick<DirectoryCsvSpec<F | TerritoryCsvField>, 'columns'>,
  base: Record<F | TerritoryCsvField, string>,
  territories: readonly { street: string; houseFrom: number | null; houseTo: number | null; parity: Parity }[],
): string[][] {
  const ordered = (cells: Record<F | TerritoryCsvField, string>) => spec.columns.map(([f]) => cells[f]);
  if (territories.length === 0) return [ordered(base)];
  return territories.map((t) =>
    ordered({
      ...base,
      street: t.street,
      houseFrom: t.houseFrom === null ? '' : String(t.houseFrom),
      houseTo: t.houseTo === null ? '' : String(t.houseTo),
      parity: PARITY_CSV[t.parity],
    }),
  );
}

export const headerLine = <F extends string>(spec: Pick<DirectoryCsvSpec<F>, 'columns'>): string[] =>
  spec.columns.map(([, label]) => label);

export const labelOf = <F extends string>(spec: Pick<DirectoryCsvSpec<F>, 'columns'>, f: F): string =>
  spec.columns.find(([c]) => c === f)![1];

/** The size refusal, made before an upload is read and again by the import. */
export function assertDirectorySize(spec: DirectoryCsvSpec<string>, bytes: number): void {
  if (bytes > spec.maxBytes)
    throw new AppError(
      spec.code,
      `Файл больше ${spec.maxBytes / (1024 * 1024)} МБ (${Math.round(bytes / 1024)} КБ): это не ${spec.what}. Ничего не записано.`,
    );
}

/** One data row: its line number, its cells by field ('' when the file has no such column) and its problems so far. */
export interface DirectoryCsvRow<F extends string> {
  line: number;
  cell: Record<F, string>;
  problems: string[];
}

/**
 * Reads an upload into rows: refuses an empty, oversized, unreadable or over-long file and a header with missing or
 * unknown columns; skips blank rows and rows whose first cell starts with «#» (the template's examples); refuses a cell
 * that looks like a formula (the row's problem, the cell left empty).
 */
export function readDirectoryRows<F extends string>(
  spec: DirectoryCsvSpec<F>,
  bytes: Buffer,
): { rows: DirectoryCsvRow<F>[]; present: Set<F> } {
  assertDirectorySize(spec, bytes.length);
  if (bytes.length === 0) throw new AppError(spec.code, 'Файл пуст. Ничего не записано.');
  const text = decodeCsvText(bytes);
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, {
      delimiter: csvDelimiterOf(text),
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
      relax_quotes: true,
      max_record_size: 10_000,
    }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new AppError(
      spec.code,
      `Файл не читается как CSV${line ? ` (строка ${line})` : ''}: проверьте кавычки. Ничего не записано.`,
    );
  }
  if (records.length > MAX_ROWS + 1)
    throw new AppError(
      spec.code,
      `В файле ${records.length} строк — больше ${MAX_ROWS}: это не ${spec.what}. Ничего не записано.`,
    );
  const head = records[0]?.record ?? [];
  const byLabel = new Map(spec.columns.map(([f, label]) => [foldForSearch(label), f]));
  const columns: (F | null)[] = head.map((h) => byLabel.get(foldForSearch(h.replace(/^\uFEFF/, ''))) ?? null);
  const unknown = head.filter((h, i) => columns[i] === null && h.trim() !== '');
  const missing = spec.required.filter((f) => !columns.includes(f));
  if (unknown.length > 0 || missing.length > 0) {
    const parts = [
      ...(missing.length > 0 ? [`нет столбцов ${missing.map((f) => `«${labelOf(spec, f)}»`).join(', ')}`] : []),
      ...(unknown.length > 0 ? [`неизвестные столбцы ${unknown.map((u) => `«${u}»`).join(', ')}`] : []),
    ];
    throw new AppError(
      spec.code,
      `Строка 1 (заголовки): ${parts.join('; ')}. Возьмите заголовки из шаблона. Ничего не записано.`,
    );
  }

  const rows: DirectoryCsvRow<F>[] = [];
  for (const { record, info } of records.slice(1)) {
    if ((record[0] ?? '').startsWith('#')) continue;
    if (record.every((c) => c === '')) continue;
    const cell = Object.fromEntries(spec.columns.map(([f]) => [f, ''])) as Record<F, string>;
    const problems: string[] = [];
    columns.forEach((f, i) => {
      if (f === null) return;
      let v = record[i] ?? '';
      if (/^'[=+\-@\t\r]/.test(v)) v = v.slice(1);
      if (looksLikeFormula(v) && !(f === 'phone' && /^\+[\d\s()\-–]+$/.test(v))) {
        problems.push(
          `столбец «${labelOf(spec, f)}» начинается с «${v[0]}» — похоже на формулу Excel, такие значения не принимаются`,
        );
        return;
      }
      cell[f] = v;
    });
    rows.push({ line: info.lines, cell, problems });
  }
  return { rows, present: new Set(columns.filter((c): c is F => c !== null)) };
}

/**
 * A row's territory cells read: house numbers whole without letters, the parity in words, no houses without a street.
 * Problems go to `problems`; parity is null when it could not be read.
 */
export function readTerritoryCells(
  cell: Record<TerritoryCsvField, string>,
  problems: string[],
): { houseFrom: number | null; houseTo: number | null; parity: Parity | null } {
  const house = (label: string, v: string): number | null => {
    if (v === '') return null;
    if (!/^\d{1,5}$/.test(v)) {
      problems.push(`«${label}» — целый номер дома без букв (получено «${v}»)`);
      return null;
    }
    return Number(v);
  };
  const houseFrom = house('Дом с', cell.houseFrom);
  const houseTo = house('Дом по', cell.houseTo);
  const parity = parseParity(cell.parity);
  if (parity === null) problems.push(`«Чётность» — все, нечётные или чётные (получено «${cell.parity}»)`);
  if (cell.street === '' && (cell.houseFrom !== '' || cell.houseTo !== ''))
    problems.push('указаны дома, но не указана улица');
  return { houseFrom, houseTo, parity };
}

/** A territory check's problem («Диапазон 1 (…): …») as a row's problem. */
export const rangeProblem = (p: string): string => p.replace(/^Диапазон 1[^:]*: /, '').replace(/\.$/, '');

/** Refuses the whole file when any row had a problem: the first 30 rows listed, the rest counted. */
export function assertNoRowErrors(code: ErrorCode, notLoaded: string, errors: string[]): void {
  if (errors.length === 0) return;
  const shown = errors.slice(0, MAX_REPORTED).join(' ');
  const more = errors.length > MAX_REPORTED ? ` И ещё ${errors.length - MAX_REPORTED} строк с ошибками.` : '';
  throw new AppError(code, `${notLoaded} ${shown}${more}`, { errors });
}

/**
 * For an entry the file updates: the values of the columns the file leaves out, taken from the entry as it was
 * (booleans as 0/1), so that they keep the entry's value.
 */
export function keptValues<F extends string>(
  columns: readonly (readonly [F, string])[],
  present: Set<F>,
  values: object,
  was: object,
): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [f] of columns) {
    if (present.has(f) || !(f in values)) continue;
    const old = (was as Record<string, unknown>)[f];
    kept[f] = typeof old === 'boolean' ? (old ? 1 : 0) : old;
  }
  return kept;
}
