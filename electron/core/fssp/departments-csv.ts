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
import type Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { bailiffDepartments } from '../../../shared/db/schema-fssp';
import type {
  DepartmentFields,
  DepartmentsFile,
  DepartmentsImportResult,
  DepartmentView,
} from '../../../shared/api/contract-fssp-departments';
import { parseYesNo } from '../../../shared/court/court-csv-layout';
import { foldForSearch } from '../../../shared/text/fold-for-search';
import { writeJournal } from '../journal/journal-writer';
import type { JournalActor } from '../auth/actor';
import { AppError } from '../app-error';
import {
  assertDirectorySize,
  assertNoRowErrors,
  entryLines,
  headerLine,
  keptValues,
  labelOf as columnLabel,
  rangeProblem,
  readDirectoryRows,
  readTerritoryCells,
  writeDirectoryFile,
  type DirectoryCsvSpec,
} from '../directory/directory-csv';
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
const SPEC: DirectoryCsvSpec<Field> = {
  columns: DEPARTMENT_CSV_COLUMNS,
  required: ['name', 'address', 'street'],
  maxBytes: MAX_DEPARTMENTS_CSV_BYTES,
  code: 'FSSP.BAD_FILE',
  what: 'справочник отделов',
};
const labelOf = (f: Field) => columnLabel(SPEC, f);

/** The size check the handler makes before reading an upload, and the import repeats. */
export function assertCsvSize(bytes: number): void {
  assertDirectorySize(SPEC, bytes);
}

const writeFile = (dataDir: string, fileName: string, lines: string[][]): DepartmentsFile =>
  writeDirectoryFile(dataDir, 'fssp-departments', fileName, lines);

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
  const lines: string[][] = [headerLine(SPEC)];
  for (const d of listDepartments(sqlite).departments)
    lines.push(...entryLines(SPEC, departmentCells(d), d.territories));
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
    headerLine(SPEC),
    ...entryLines(SPEC, example('ул. Ленина', '1', '35', 'нечётные'), []),
    ...entryLines(SPEC, example('р.п. Нахабино, ул. Школьная', '', '', 'все'), []),
  ]);
}

interface FileDepartment {
  line: number;
  fields: DepartmentFields;
  active: boolean;
  territories: TerritoryInput[];
}

const keyOf = (f: DepartmentFields) => (f.code !== null ? `code:${f.code}` : `name:${foldForSearch(f.name)}`);

/** Reads and checks the whole file; returns the departments it names or throws with every problem listed. */
export function readDepartmentsCsv(bytes: Buffer): {
  departments: FileDepartment[];
  rows: number;
  present: Set<Field>;
} {
  const file = readDirectoryRows(SPEC, bytes);
  const errors: string[] = [];
  const found = new Map<string, FileDepartment>();
  for (const { line, cell, problems: rowErrors } of file.rows) {
    const confirmed = parseYesNo(cell.confirmed, false);
    if (confirmed === null) rowErrors.push(`«Сверено» — да или нет (получено «${cell.confirmed}»)`);
    const active = parseYesNo(cell.active, true);
    if (active === null) rowErrors.push(`«Действует» — да или нет (получено «${cell.active}»)`);
    const { houseFrom, houseTo, parity } = readTerritoryCells(cell, rowErrors);
    const fields = normaliseDepartment({ ...cell, confirmed: confirmed ?? false });
    rowErrors.push(...departmentFieldProblems(fields).map((p) => p.replace(/\.$/, '')));
    const territory =
      cell.street === '' || parity === null ? null : { street: cell.street, houseFrom, houseTo, parity };
    if (territory) rowErrors.push(...checkTerritories([territory]).problems.map(rangeProblem));
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
  assertNoRowErrors('FSSP.BAD_FILE', NOT_LOADED, errors);
  if (found.size === 0)
    throw new AppError(
      'FSSP.BAD_FILE',
      'В файле нет ни одного отдела (строки с # — примеры, они не загружаются). Ничего не записано.',
    );
  return { departments: [...found.values()], rows: file.rows.length, present: file.present };
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
        const kept = keptValues(DEPARTMENT_CSV_COLUMNS, file.present, values, was);
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
