/**
 * @file The court directory as a CSV file (shared/court/court-csv-layout.ts): the export of every court with its
 * territories, the empty template with one commented example row, and the import — all or nothing, in one
 * transaction, every bad row reported as «Строка N: …». A court is known by its kind and plot number (a magistrate)
 * or its code, else its name (a district court): a known court is updated and its territories replaced by the
 * file's; courts the file does not name stay as they are.
 *
 * Hostile input is refused early: a file over 1 MB or 5 000 rows, a cell Excel would run as a formula (=, +, -, @;
 * only a telephone like «+7 495 …» may start with «+»). The export puts an apostrophe in front of such cells.
 */
import type Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { courts } from '../../../shared/db/schema-court';
import type { CourtsFile, CourtsImportResult, CourtView } from '../../../shared/api/contract-court-directory';
import {
  COURT_CSV_COLUMNS,
  COURT_CSV_REQUIRED,
  KIND_CSV,
  parseCourtKind,
  parseYesNo,
  type CourtCsvField,
} from '../../../shared/court/court-csv-layout';
import { courtFieldProblems, ENS_PAYEE, type CourtFields } from '../../../shared/court/court-record';
import { foldForSearch } from '../../../shared/text/fold-for-search';
import { writeJournal } from '../journal/journal-writer';
import type { JournalActor } from '../auth/actor';
import { AppError } from '../app-error';
import { listCourts, readCourt } from './courts-repo';
import {
  assertUnique,
  checkTerritories,
  insertTerritories,
  normaliseCourt,
  type TerritoryInput,
} from './courts-service';
import {
  assertNoRowErrors,
  entryLines,
  headerLine,
  keptValues,
  rangeProblem,
  readDirectoryRows,
  readTerritoryCells,
  writeDirectoryFile,
  type DirectoryCsvSpec,
} from '../directory/directory-csv';

export const MAX_CSV_BYTES = 1024 * 1024;

const SPEC: DirectoryCsvSpec<CourtCsvField> = {
  columns: COURT_CSV_COLUMNS,
  required: COURT_CSV_REQUIRED,
  maxBytes: MAX_CSV_BYTES,
  code: 'VALIDATION',
  what: 'справочник судов',
};
const NOT_LOADED = 'Справочник судов не загружен, ничего не записано.';

const writeFile = (dataDir: string, fileName: string, lines: string[][]): CourtsFile =>
  writeDirectoryFile(dataDir, 'courts', fileName, lines);

function courtCells(c: CourtView): Record<CourtCsvField, string> {
  return {
    kind: KIND_CSV[c.kind],
    name: c.name,
    plotNumber: c.plotNumber ?? '',
    code: c.code ?? '',
    address: c.address,
    phone: c.phone ?? '',
    email: c.email ?? '',
    website: c.website ?? '',
    payeeName: c.payeeName,
    payeeInn: c.payeeInn,
    payeeKpp: c.payeeKpp,
    payeeBankName: c.payeeBankName,
    payeeBik: c.payeeBik,
    payeeBankAccount: c.payeeBankAccount,
    payeeTreasuryAccount: c.payeeTreasuryAccount,
    kbk: c.kbk,
    oktmo: c.oktmo,
    confirmed: c.confirmed ? 'да' : 'нет',
    active: c.active ? 'да' : 'нет',
    note: c.note,
    street: '',
    houseFrom: '',
    houseTo: '',
    parity: '',
  };
}

export function exportCourtsCsv(sqlite: Database.Database, dataDir: string, today: string): CourtsFile {
  const lines: string[][] = [headerLine(SPEC)];
  for (const c of listCourts(sqlite).courts) lines.push(...entryLines(SPEC, courtCells(c), c.territories));
  return writeFile(dataDir, `sudy-${today}.csv`, lines);
}

export function courtsCsvTemplate(dataDir: string): CourtsFile {
  const example: Record<CourtCsvField, string> = {
    kind: '# мировой',
    name: 'Судебный участок № 000 Красногорского судебного района Московской области',
    plotNumber: '000',
    code: '',
    address: '143400, Московская обл., г. Красногорск, ул. Примерная, д. 1',
    phone: '+7 (495) 000-00-00',
    email: 'uchastok000@example.ru',
    website: 'https://example.ru',
    ...ENS_PAYEE,
    confirmed: 'нет',
    active: 'да',
    note: 'Пример: строка с # в начале не загружается. Реквизиты можно не заполнять — будут реквизиты ЕНС.',
    street: 'ул. Ленина',
    houseFrom: '1',
    houseTo: '35',
    parity: 'нечётные',
  };
  return writeFile(dataDir, 'sudy-shablon.csv', [headerLine(SPEC), ...entryLines(SPEC, example, [])]);
}

interface FileCourt {
  key: string;
  line: number;
  fields: CourtFields;
  active: boolean;
  territories: TerritoryInput[];
  territoryLines: number[];
}

const courtKey = (f: CourtFields) =>
  f.kind === 'magistrate'
    ? `m:${f.plotNumber ?? ''}`
    : f.code !== null
      ? `d:code:${f.code}`
      : `d:name:${foldForSearch(f.name)}`;

const describe = (f: CourtFields) =>
  f.kind === 'magistrate' ? `судебный участок № ${f.plotNumber ?? '?'}` : `«${f.name}»`;

/** Reads and checks the whole file; returns the courts it names or throws with every problem listed. */
export function readCourtsCsv(bytes: Buffer): { courts: FileCourt[]; rows: number; present: Set<CourtCsvField> } {
  const file = readDirectoryRows(SPEC, bytes);
  const errors: string[] = [];
  const found = new Map<string, FileCourt>();
  for (const { line, cell, problems: rowErrors } of file.rows) {
    const kind = parseCourtKind(cell.kind);
    if (kind === null) rowErrors.push(`вид суда «${cell.kind}» — укажите «мировой» или «районный»`);
    const confirmed = parseYesNo(cell.confirmed, false);
    if (confirmed === null) rowErrors.push(`«Сверено» — да или нет (получено «${cell.confirmed}»)`);
    const active = parseYesNo(cell.active, true);
    if (active === null) rowErrors.push(`«Действует» — да или нет (получено «${cell.active}»)`);
    const { houseFrom, houseTo, parity } = readTerritoryCells(cell, rowErrors);
    if (kind === null || confirmed === null || active === null || parity === null) {
      errors.push(`Строка ${line}: ${rowErrors.join('; ')}.`);
      continue;
    }
    const fields = normaliseCourt({ ...cell, kind, confirmed, note: cell.note });
    rowErrors.push(...courtFieldProblems(fields).map((p) => p.message.replace(/\.$/, '')));
    const territory = cell.street === '' ? null : { street: cell.street, houseFrom, houseTo, parity };
    if (territory) rowErrors.push(...checkTerritories([territory]).problems.map(rangeProblem));
    if (rowErrors.length > 0) {
      errors.push(`Строка ${line}: ${rowErrors.join('; ')}.`);
      continue;
    }
    const key = courtKey(fields);
    const known = found.get(key);
    if (known) {
      const differs = (Object.keys(fields) as (keyof CourtFields)[]).find((k) => fields[k] !== known.fields[k]);
      if (differs !== undefined || known.active !== active) {
        const label = differs ? (COURT_CSV_COLUMNS.find(([c]) => c === differs)?.[1] ?? differs) : 'Действует';
        errors.push(
          `Строка ${line}: сведения о суде ${describe(fields)} расходятся со строкой ${known.line} (столбец «${label}»).`,
        );
        continue;
      }
    } else found.set(key, { key, line, fields, active, territories: [], territoryLines: [] });
    if (territory) {
      const c = found.get(key)!;
      c.territories.push(territory);
      c.territoryLines.push(line);
    }
  }
  assertNoRowErrors('VALIDATION', NOT_LOADED, errors);
  if (found.size === 0)
    throw new AppError(
      'VALIDATION',
      'В файле нет ни одного суда (строки с # — примеры, они не загружаются). Ничего не записано.',
    );
  return { courts: [...found.values()], rows: file.rows.length, present: file.present };
}

/** The directory's court the file's row means: same plot number, same code, or a district court of the same name. */
function existingId(sqlite: Database.Database, f: CourtFields): number | null {
  const same = drizzleOf(sqlite)
    .select({
      id: courts.id,
      plotNumber: courts.plotNumber,
      code: courts.code,
      name: courts.name,
      active: courts.active,
    })
    .from(courts)
    .where(eq(courts.kind, f.kind))
    .all()
    .filter((c) =>
      f.kind === 'magistrate'
        ? c.plotNumber === f.plotNumber
        : f.code !== null
          ? c.code === f.code
          : foldForSearch(c.name) === foldForSearch(f.name),
    );
  return (same.find((c) => c.active === 1) ?? same[0])?.id ?? null;
}

export function importCourtsCsv(
  sqlite: Database.Database,
  bytes: Buffer,
  fileName: string,
  by: JournalActor,
  nowMs: number,
): CourtsImportResult {
  const file = readCourtsCsv(bytes);
  return sqlite.transaction(() => {
    const db = drizzleOf(sqlite);
    let created = 0;
    let updated = 0;
    let territories = 0;
    const before: CourtView[] = [];
    const after: number[] = [];
    for (const c of file.courts) {
      const id = existingId(sqlite, c.fields);
      if (c.active) {
        try {
          assertUnique(sqlite, c.fields, id);
        } catch (error) {
          if (error instanceof AppError)
            throw new AppError('VALIDATION', `${NOT_LOADED} Строка ${c.line}: ${error.message}`);
          throw error;
        }
      }
      const values = {
        ...c.fields,
        confirmed: c.fields.confirmed ? 1 : 0,
        active: c.active ? 1 : 0,
        updatedAtMs: nowMs,
      };
      let courtId: number;
      if (id === null) {
        courtId = db
          .insert(courts)
          .values({ ...values, createdAtMs: nowMs })
          .returning({ id: courts.id })
          .get().id;
        created++;
      } else {
        const was = readCourt(sqlite, id);
        before.push(was);
        // A column the file leaves out keeps the court's value.
        const kept = keptValues(COURT_CSV_COLUMNS, file.present, values, was);
        db.update(courts)
          .set({ ...values, ...kept })
          .where(eq(courts.id, id))
          .run();
        courtId = id;
        updated++;
      }
      insertTerritories(sqlite, courtId, c.territories);
      territories += c.territories.length;
      after.push(courtId);
    }
    const summary = `Справочник судов загружен из файла «${fileName}»: добавлено судов ${created}, обновлено ${updated}, диапазонов территории ${territories}.`;
    writeJournal(sqlite, by, nowMs, {
      kind: 'court.directory',
      summary,
      object: { type: 'table', id: 'courts' },
      details: { fileName, rows: file.rows },
      before,
      after: after.map((id) => readCourt(sqlite, id)),
    });
    return { created, updated, territories, rows: file.rows, summary };
  })();
}
