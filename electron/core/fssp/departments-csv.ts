/**
 * @file The bailiffs' departments directory as a CSV file, laid out like the court directory's
 * (shared/court/court-csv-layout.ts): one row per territory range, the department's columns repeated on each of its
 * rows (a department without territory has one row with the street empty); UTF-8 with BOM, «;»; rows whose first
 * cell starts with «#» are comments (the template's example). The import is all or nothing, in one transaction,
 * every bad row reported as «Строка N: …». A department is known by its code, else its name: a known one is updated
 * and its territories replaced by the file's; departments the file does not name stay as they are.
 *
 * Hostile input is refused early: a file over 2 MB or 5 000 rows, a cell Excel would run as a formula (=, +, -, @;
 * only a telephone like «+7 495 …» may start with «+»). The export puts an apostrophe in front of such cells.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { eq } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { bailiffDepartments } from '../../../shared/db/schema-fssp';
import type {
  DepartmentFields,
  DepartmentsFile,
  DepartmentsImportResult,
  DepartmentView,
} from '../../../shared/api/contract-fssp-departments';
import { PARITY_CSV, parseParity, parseYesNo } from '../../../shared/court/court-csv-layout';
import { csvText, looksLikeFormula } from '../../../shared/csv/csv-cell';
import { foldForSearch } from '../../../shared/text/fold-for-search';
import { writeJournal } from '../journal/journal-writer';
import type { JournalActor } from '../auth/actor';
import { AppError } from '../app-error';
import { csvDelimiterOf, decodeCsvText } from '../import/small-csv-text';
import { listDepartments, readDepartment } from './departments-repo';
import {
  assertUnique,
  checkTerritories,
  departmentFieldProblems,
  insertTerritories,
  normaliseDepartment,
  type TerritoryInput,
} from './departments-service';

export const MAX_DEPARTMENTS_CSV_BYTES = 2 * 1024 * 1024;
const MAX_ROWS = 5000;
const MAX_REPORTED = 30;
const NOT_LOADED = 'Справочник отделов не загружен, ничего не записано.';

export const DEPARTMENT_CSV_COLUMNS = [
  ['name', 'Наименование'],
  ['code', 'Код отдела'],
  ['address', 'Адрес отдела'],
  ['phone', 'Телефон'],
  ['email', 'Эл. почта'],
  ['seniorBailiff', 'Старший судебный пристав'],
  ['confirmed', 'Сверено'],
  ['active', 'Действует'],
  ['note', 'Примечание'],
  ['street', 'Улица'],
  ['houseFrom', 'Дом с'],
  ['houseTo', 'Дом по'],
  ['parity', 'Чётность'],
] as const;

type Field = (typeof DEPARTMENT_CSV_COLUMNS)[number][0];
const REQUIRED: readonly Field[] = ['name', 'address', 'street'];
const labelOf = (f: Field) => DEPARTMENT_CSV_COLUMNS.find(([c]) => c === f)![1];

/** The size check the handler makes before reading an upload, and the import repeats. */
export function assertCsvSize(bytes: number): void {
  if (bytes > MAX_DEPARTMENTS_CSV_BYTES)
    throw new AppError(
      'FSSP.BAD_FILE',
      `Файл больше 2 МБ (${Math.round(bytes / 1024)} КБ): это не справочник отделов. Ничего не записано.`,
    );
}

function writeFile(dataDir: string, fileName: string, lines: string[][]): DepartmentsFile {
  const text = csvText(lines, ';', { bom: true });
  const dir = path.join(dataDir, 'exports', 'fssp-departments');
  fs.mkdirSync(dir, { recursive: true });
  const savedPath = path.join(dir, fileName);
  fs.writeFileSync(savedPath, text, 'utf8');
  return { fileName, savedPath, base64: Buffer.from(text, 'utf8').toString('base64'), rows: lines.length - 1 };
}

const header = () => DEPARTMENT_CSV_COLUMNS.map(([, label]) => label);
const ordered = (cells: Record<Field, string>) => DEPARTMENT_CSV_COLUMNS.map(([f]) => cells[f]);

function departmentCells(d: DepartmentView): Record<Field, string> {
  return {
    name: d.name,
    code: d.code ?? '',
    address: d.address,
    phone: d.phone ?? '',
    email: d.email ?? '',
    seniorBailiff: d.seniorBailiff ?? '',
    confirmed: d.confirmed ? 'да' : 'нет',
    active: d.active ? 'да' : 'нет',
    note: d.note,
    street: '',
    houseFrom: '',
    houseTo: '',
    parity: '',
  };
}

export function exportDepartmentsCsv(sqlite: Database.Database, dataDir: string, today: string): DepartmentsFile {
  const lines: string[][] = [header()];
  for (const d of listDepartments(sqlite).departments) {
    const base = departmentCells(d);
    if (d.territories.length === 0) lines.push(ordered(base));
    for (const t of d.territories)
      lines.push(
        ordered({
          ...base,
          street: t.street,
          houseFrom: t.houseFrom === null ? '' : String(t.houseFrom),
          houseTo: t.houseTo === null ? '' : String(t.houseTo),
          parity: PARITY_CSV[t.parity],
        }),
      );
  }
  return writeFile(dataDir, `otdely-fssp-${today}.csv`, lines);
}

export function departmentsCsvTemplate(dataDir: string): DepartmentsFile {
  const example = (street: string, from: string, to: string, parity: string): Record<Field, string> => ({
    name: '# Примерный районный отдел судебных приставов ГУФССП России по Московской области',
    code: '50000',
    address: '143400, Московская обл., г. Красногорск, ул. Примерная, д. 1',
    phone: '+7 (495) 000-00-00',
    email: 'osp@example.ru',
    seniorBailiff: 'Иванов Иван Иванович',
    confirmed: 'нет',
    active: 'да',
    note: 'Пример: строка с # в начале не загружается. Одна строка — один диапазон домов.',
    street,
    houseFrom: from,
    houseTo: to,
    parity,
  });
  return writeFile(dataDir, 'otdely-fssp-shablon.csv', [
    header(),
    ordered(example('ул. Ленина', '1', '35', 'нечётные')),
    ordered(example('р.п. Нахабино, ул. Школьная', '', '', 'все')),
  ]);
}

interface FileDepartment {
  line: number;
  fields: DepartmentFields;
  active: boolean;
  territories: TerritoryInput[];
}

const keyOf = (f: DepartmentFields) => (f.code !== null ? `code:${f.code}` : `name:${foldForSearch(f.name)}`);

function parseRecords(text: string): Array<{ record: string[]; info: { lines: number } }> {
  try {
    return parse(text, {
      delimiter: csvDelimiterOf(text),
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
      relax_quotes: true,
      max_record_size: 10_000,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new AppError(
      'FSSP.BAD_FILE',
      `Файл не читается как CSV${line ? ` (строка ${line})` : ''}: проверьте кавычки. Ничего не записано.`,
    );
  }
}

/** Reads and checks the whole file; returns the departments it names or throws with every problem listed. */
export function readDepartmentsCsv(bytes: Buffer): {
  departments: FileDepartment[];
  rows: number;
  present: Set<Field>;
} {
  assertCsvSize(bytes.length);
  if (bytes.length === 0) throw new AppError('FSSP.BAD_FILE', 'Файл пуст. Ничего не записано.');
  const records = parseRecords(decodeCsvText(bytes));
  if (records.length > MAX_ROWS + 1)
    throw new AppError(
      'FSSP.BAD_FILE',
      `В файле ${records.length} строк — больше ${MAX_ROWS}: это не справочник отделов. Ничего не записано.`,
    );
  const head = records[0]?.record ?? [];
  const byLabel = new Map(DEPARTMENT_CSV_COLUMNS.map(([f, label]) => [foldForSearch(label), f]));
  const columns: (Field | null)[] = head.map((h) => byLabel.get(foldForSearch(h.replace(/^\uFEFF/, ''))) ?? null);
  const unknown = head.filter((h, i) => columns[i] === null && h.trim() !== '');
  const missing = REQUIRED.filter((f) => !columns.includes(f));
  if (unknown.length > 0 || missing.length > 0) {
    const parts = [
      ...(missing.length > 0 ? [`нет столбцов ${missing.map((f) => `«${labelOf(f)}»`).join(', ')}`] : []),
      ...(unknown.length > 0 ? [`неизвестные столбцы ${unknown.map((u) => `«${u}»`).join(', ')}`] : []),
    ];
    throw new AppError(
      'FSSP.BAD_FILE',
      `Строка 1 (заголовки): ${parts.join('; ')}. Возьмите заголовки из шаблона. Ничего не записано.`,
    );
  }

  const errors: string[] = [];
  const found = new Map<string, FileDepartment>();
  let rows = 0;
  for (const { record, info } of records.slice(1)) {
    const line = info.lines;
    if ((record[0] ?? '').startsWith('#')) continue;
    if (record.every((c) => c === '')) continue;
    rows++;
    const cell = Object.fromEntries(DEPARTMENT_CSV_COLUMNS.map(([f]) => [f, ''])) as Record<Field, string>;
    const rowErrors: string[] = [];
    columns.forEach((f, i) => {
      if (f === null) return;
      let v = record[i] ?? '';
      // The export's apostrophe in front of «+7 …» (so Excel keeps it as text) is taken off again.
      if (/^'[=+\-@\t\r]/.test(v)) v = v.slice(1);
      if (looksLikeFormula(v) && !(f === 'phone' && /^\+[\d\s()\-–]+$/.test(v))) {
        rowErrors.push(
          `столбец «${labelOf(f)}» начинается с «${v[0]}» — похоже на формулу Excel, такие значения не принимаются`,
        );
        return;
      }
      cell[f] = v;
    });
    const confirmed = parseYesNo(cell.confirmed, false);
    if (confirmed === null) rowErrors.push(`«Сверено» — да или нет (получено «${cell.confirmed}»)`);
    const active = parseYesNo(cell.active, true);
    if (active === null) rowErrors.push(`«Действует» — да или нет (получено «${cell.active}»)`);
    const house = (label: string, v: string): number | null => {
      if (v === '') return null;
      if (!/^\d{1,5}$/.test(v)) {
        rowErrors.push(`«${label}» — целый номер дома без букв (получено «${v}»)`);
        return null;
      }
      return Number(v);
    };
    const houseFrom = house('Дом с', cell.houseFrom);
    const houseTo = house('Дом по', cell.houseTo);
    const parity = parseParity(cell.parity);
    if (parity === null) rowErrors.push(`«Чётность» — все, нечётные или чётные (получено «${cell.parity}»)`);
    if (cell.street === '' && (cell.houseFrom !== '' || cell.houseTo !== ''))
      rowErrors.push('указаны дома, но не указана улица');
    const fields = normaliseDepartment({ ...cell, confirmed: confirmed ?? false });
    rowErrors.push(...departmentFieldProblems(fields).map((p) => p.replace(/\.$/, '')));
    const territory =
      cell.street === '' || parity === null ? null : { street: cell.street, houseFrom, houseTo, parity };
    if (territory)
      rowErrors.push(
        ...checkTerritories([territory]).problems.map((p) => p.replace(/^Диапазон 1[^:]*: /, '').replace(/\.$/, '')),
      );
    if (rowErrors.length > 0 || active === null) {
      errors.push(`Строка ${line}: ${rowErrors.join('; ')}.`);
      continue;
    }
    const key = keyOf(fields);
    const known = found.get(key);
    if (known) {
      const differs = (Object.keys(fields) as (keyof DepartmentFields)[]).find((k) => fields[k] !== known.fields[k]);
      if (differs !== undefined || known.active !== active) {
        const label = differs ? labelOf(differs) : 'Действует';
        errors.push(
          `Строка ${line}: сведения об отделе «${fields.name}» расходятся со строкой ${known.line} (столбец «${label}»).`,
        );
        continue;
      }
    } else found.set(key, { line, fields, active, territories: [] });
    if (territory) found.get(key)!.territories.push(territory);
  }
  if (errors.length > 0) {
    const shown = errors.slice(0, MAX_REPORTED).join(' ');
    const more = errors.length > MAX_REPORTED ? ` И ещё ${errors.length - MAX_REPORTED} строк с ошибками.` : '';
    throw new AppError('FSSP.BAD_FILE', `${NOT_LOADED} ${shown}${more}`, { errors });
  }
  if (found.size === 0)
    throw new AppError(
      'FSSP.BAD_FILE',
      'В файле нет ни одного отдела (строки с # — примеры, они не загружаются). Ничего не записано.',
    );
  return {
    departments: [...found.values()],
    rows,
    present: new Set(columns.filter((c): c is Field => c !== null)),
  };
}

/** The directory's department the file's row means: the same code, else the same name (an active one first). */
function existingId(sqlite: Database.Database, f: DepartmentFields): number | null {
  const same = drizzleOf(sqlite)
    .select({
      id: bailiffDepartments.id,
      code: bailiffDepartments.code,
      name: bailiffDepartments.name,
      active: bailiffDepartments.active,
    })
    .from(bailiffDepartments)
    .all()
    .filter((d) => (f.code !== null && d.code === f.code) || foldForSearch(d.name) === foldForSearch(f.name));
  const byCode = same.filter((d) => f.code !== null && d.code === f.code);
  const pick = byCode.length > 0 ? byCode : same;
  return (pick.find((d) => d.active === 1) ?? pick[0])?.id ?? null;
}

export function importDepartmentsCsv(
  sqlite: Database.Database,
  bytes: Buffer,
  fileName: string,
  by: JournalActor,
  nowMs: number,
): DepartmentsImportResult {
  const file = readDepartmentsCsv(bytes);
  return sqlite.transaction(() => {
    const db = drizzleOf(sqlite);
    let created = 0;
    let updated = 0;
    let territories = 0;
    const before: DepartmentView[] = [];
    const after: number[] = [];
    for (const d of file.departments) {
      const id = existingId(sqlite, d.fields);
      if (d.active) {
        try {
          assertUnique(sqlite, d.fields, id);
        } catch (error) {
          if (error instanceof AppError)
            throw new AppError('FSSP.BAD_FILE', `${NOT_LOADED} Строка ${d.line}: ${error.message}`);
          throw error;
        }
      }
      const values = {
        ...d.fields,
        confirmed: d.fields.confirmed ? 1 : 0,
        active: d.active ? 1 : 0,
        updatedAtMs: nowMs,
      };
      let departmentId: number;
      if (id === null) {
        departmentId = db
          .insert(bailiffDepartments)
          .values({ ...values, createdAtMs: nowMs })
          .returning({ id: bailiffDepartments.id })
          .get().id;
        created++;
      } else {
        const was = readDepartment(sqlite, id);
        before.push(was);
        // A column the file leaves out keeps the department's value.
        const kept: Record<string, unknown> = {};
        for (const [f] of DEPARTMENT_CSV_COLUMNS) {
          if (file.present.has(f) || !(f in values)) continue;
          const old = was[f as keyof DepartmentView];
          kept[f] = typeof old === 'boolean' ? (old ? 1 : 0) : old;
        }
        db.update(bailiffDepartments)
          .set({ ...values, ...kept })
          .where(eq(bailiffDepartments.id, id))
          .run();
        departmentId = id;
        updated++;
      }
      insertTerritories(sqlite, departmentId, d.territories);
      territories += d.territories.length;
      after.push(departmentId);
    }
    const summary = `Справочник отделов загружен из файла «${fileName}»: добавлено отделов ${created}, обновлено ${updated}, диапазонов территории ${territories}.`;
    writeJournal(sqlite, by, nowMs, {
      kind: 'fssp.department',
      summary,
      object: { type: 'table', id: 'bailiff_departments' },
      details: { fileName, rows: file.rows },
      before,
      after: after.map((id) => readDepartment(sqlite, id)),
    });
    return { created, updated, territories, rows: file.rows, summary };
  })();
}
