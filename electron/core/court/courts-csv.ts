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
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { parse } from 'csv-parse/sync';
import { drizzleOf } from '../db/drizzle-of';
import { courts } from '../../../shared/db/schema-court';
import type { CourtsFile, CourtsImportResult, CourtView } from '../../../shared/api/contract-court-directory';
import {
  COURT_CSV_COLUMNS,
  COURT_CSV_REQUIRED,
  KIND_CSV,
  PARITY_CSV,
  parseCourtKind,
  parseParity,
  parseYesNo,
  type CourtCsvField,
} from '../../../shared/court/court-csv-layout';
import { csvText, looksLikeFormula } from '../../../shared/csv/csv-cell';
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
import { csvDelimiterOf, decodeCsvText } from '../import/small-csv-text';

export const MAX_CSV_BYTES = 1024 * 1024;
const MAX_ROWS = 5000;
const MAX_REPORTED = 30;

function writeFile(dataDir: string, fileName: string, lines: string[][]): CourtsFile {
  const text = csvText(lines, ';', { bom: true });
  const dir = path.join(dataDir, 'exports', 'courts');
  fs.mkdirSync(dir, { recursive: true });
  const savedPath = path.join(dir, fileName);
  fs.writeFileSync(savedPath, text, 'utf8');
  return { fileName, savedPath, base64: Buffer.from(text, 'utf8').toString('base64'), rows: lines.length - 1 };
}

const header = () => COURT_CSV_COLUMNS.map(([, label]) => label);

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

const ordered = (cells: Record<CourtCsvField, string>) => COURT_CSV_COLUMNS.map(([f]) => cells[f]);

export function exportCourtsCsv(sqlite: Database.Database, dataDir: string, today: string): CourtsFile {
  const lines: string[][] = [header()];
  for (const c of listCourts(sqlite).courts) {
    const base = courtCells(c);
    if (c.territories.length === 0) lines.push(ordered(base));
    for (const t of c.territories)
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
  return writeFile(dataDir, 'sudy-shablon.csv', [header(), ordered(example)]);
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
  if (bytes.length > MAX_CSV_BYTES)
    throw new AppError(
      'VALIDATION',
      `Файл больше 1 МБ (${Math.round(bytes.length / 1024)} КБ): это не справочник судов. Ничего не записано.`,
    );
  if (bytes.length === 0) throw new AppError('VALIDATION', 'Файл пуст. Ничего не записано.');
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
      'VALIDATION',
      `Файл не читается как CSV${line ? ` (строка ${line})` : ''}: проверьте кавычки. Ничего не записано.`,
    );
  }
  if (records.length > MAX_ROWS + 1)
    throw new AppError(
      'VALIDATION',
      `В файле ${records.length} строк — больше ${MAX_ROWS}: это не справочник судов. Ничего не записано.`,
    );
  const head = records[0]?.record ?? [];
  const byLabel = new Map(COURT_CSV_COLUMNS.map(([f, label]) => [foldForSearch(label), f]));
  const columns: (CourtCsvField | null)[] = head.map(
    (h) => byLabel.get(foldForSearch(h.replace(/^\uFEFF/, ''))) ?? null,
  );
  const unknown = head.filter((h, i) => columns[i] === null && h.trim() !== '');
  const missing = COURT_CSV_REQUIRED.filter((f) => !columns.includes(f));
  if (unknown.length > 0 || missing.length > 0) {
    const parts = [
      ...(missing.length > 0
        ? [`нет столбцов ${missing.map((f) => `«${COURT_CSV_COLUMNS.find(([c]) => c === f)![1]}»`).join(', ')}`]
        : []),
      ...(unknown.length > 0 ? [`неизвестные столбцы ${unknown.map((u) => `«${u}»`).join(', ')}`] : []),
    ];
    throw new AppError(
      'VALIDATION',
      `Строка 1 (заголовки): ${parts.join('; ')}. Возьмите заголовки из шаблона. Ничего не записано.`,
    );
  }

  const errors: string[] = [];
  const found = new Map<string, FileCourt>();
  let rows = 0;
  for (const { record, info } of records.slice(1)) {
    const line = info.lines;
    if ((record[0] ?? '').startsWith('#')) continue;
    if (record.every((c) => c === '')) continue;
    rows++;
    const cell = {} as Record<CourtCsvField, string>;
    for (const [f] of COURT_CSV_COLUMNS) cell[f] = '';
    const rowErrors: string[] = [];
    columns.forEach((f, i) => {
      if (f === null) return;
      let v = record[i] ?? '';
      if (/^'[=+\-@\t\r]/.test(v)) v = v.slice(1);
      if (looksLikeFormula(v) && !(f === 'phone' && /^\+[\d\s()\-–]+$/.test(v))) {
        rowErrors.push(
          `столбец «${COURT_CSV_COLUMNS.find(([c]) => c === f)![1]}» начинается с «${v[0]}» — похоже на формулу Excel, такие значения не принимаются`,
        );
        v = '';
      }
      cell[f] = v;
    });
    const kind = parseCourtKind(cell.kind);
    if (kind === null) rowErrors.push(`вид суда «${cell.kind}» — укажите «мировой» или «районный»`);
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
    if (kind === null || confirmed === null || active === null || parity === null) {
      errors.push(`Строка ${line}: ${rowErrors.join('; ')}.`);
      continue;
    }
    const fields = normaliseCourt({ ...cell, kind, confirmed, note: cell.note });
    rowErrors.push(...courtFieldProblems(fields).map((p) => p.message.replace(/\.$/, '')));
    const territory = cell.street === '' ? null : { street: cell.street, houseFrom, houseTo, parity };
    if (territory)
      rowErrors.push(
        ...checkTerritories([territory]).problems.map((p) => p.replace(/^Диапазон 1[^:]*: /, '').replace(/\.$/, '')),
      );
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
  if (errors.length > 0) {
    const shown = errors.slice(0, MAX_REPORTED).join(' ');
    const more = errors.length > MAX_REPORTED ? ` И ещё ${errors.length - MAX_REPORTED} строк с ошибками.` : '';
    throw new AppError('VALIDATION', `Справочник судов не загружен, ничего не записано. ${shown}${more}`, { errors });
  }
  if (found.size === 0)
    throw new AppError(
      'VALIDATION',
      'В файле нет ни одного суда (строки с # — примеры, они не загружаются). Ничего не записано.',
    );
  return { courts: [...found.values()], rows, present: new Set(columns.filter((c): c is CourtCsvField => c !== null)) };
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
            throw new AppError(
              'VALIDATION',
              `Справочник судов не загружен, ничего не записано. Строка ${c.line}: ${error.message}`,
            );
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
        const kept: Partial<typeof values> = {};
        for (const [f] of COURT_CSV_COLUMNS) {
          if (file.present.has(f) || !(f in values)) continue;
          const old = was[f as keyof CourtView];
          (kept as Record<string, unknown>)[f] = typeof old === 'boolean' ? (old ? 1 : 0) : old;
        }
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
