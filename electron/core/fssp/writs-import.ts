/**
 * @file Writs obtained before the application was used, imported from a CSV (;) or XLSX file with a fixed column
 * layout (WRIT_IMPORT_COLUMNS; the template is one header row and one example row starting with «#», which is never
 * loaded). Each row: the account must exist, the debtor must be a person on it (the same name, folded; and the same
 * birth date where the file gives one and the person has one), the dates real and in order, the sums in rubles ≥ 0.
 *
 * All or nothing: the preview lists every bad row as «Строка N: …»; the import refuses the file while any row is
 * bad, so nothing is written from a file with a mistake — the clerk fixes the file and loads it again. Hostile input
 * is refused early: a file over 5 MB or 5 000 rows, a text cell Excel would run as a formula (=, +, -, @ at the
 * start) and an XLSX cell holding a formula. Journal: 'fssp.writ_received' per writ and one 'fssp.writs_imported'.
 */
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { courts } from '../../../shared/db/schema-court';
import { accountPersons, accounts, persons } from '../../../shared/db/schema';
import type {
  WritFields,
  WritImportPreview,
  WritImportResult,
  WritImportRow,
  WritTemplateFile,
} from '../../../shared/api/contract-fssp-writs';
import { foldForSearch } from '../../../shared/text/fold-for-search';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { formatKopecksAsRub } from '../../../shared/rules/eligibility/format-fact';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';
import { AppError } from '../app-error';
import { csvText } from '../../../shared/csv/csv-cell';
import {
  dateOf,
  isZip,
  kindOf,
  kopecksOf,
  readCsvRows,
  readXlsxRows,
  textOf,
  type Raw,
  type SourceRow,
} from './writs-file-cells';
import { insertWrit, sameNumber, writFieldProblems, writValues, type ResolvedAccount } from './writs-service';
import { refuseXlsxBomb } from '../import/xlsx-bomb-check';
import { DEFAULT_FILE_LIMITS } from '../../../shared/import/file-limits';

export const MAX_WRITS_FILE_BYTES = 5 * 1024 * 1024;
const MAX_ROWS = 5000;
const MAX_REPORTED = 50;

export const WRIT_IMPORT_COLUMNS = [
  ['number', 'номер'],
  ['kind', 'вид'],
  ['actDate', 'дата акта'],
  ['inForceDate', 'дата вступления в силу'],
  ['termStartDate', 'начало срока'],
  ['court', 'суд'],
  ['caseNumber', 'номер дела'],
  ['account', 'лицевой счёт'],
  ['debtor', 'должник (ФИО)'],
  ['birthDate', 'дата рождения'],
  ['principal', 'основной долг'],
  ['penalty', 'пени'],
  ['duty', 'госпошлина'],
  ['receivedDate', 'дата получения'],
] as const;
type Field = (typeof WRIT_IMPORT_COLUMNS)[number][0];
const REQUIRED: readonly Field[] = [
  'number',
  'kind',
  'actDate',
  'court',
  'account',
  'debtor',
  'principal',
  'receivedDate',
];
const label = (f: Field) => WRIT_IMPORT_COLUMNS.find(([c]) => c === f)![1];

const EXAMPLE: Record<Field, string> = {
  number: '# 2-1234/2024',
  kind: 'судебный приказ',
  actDate: '15.03.2024',
  inForceDate: '10.04.2024',
  termStartDate: '10.04.2024',
  court: 'Судебный участок № 123 Красногорского судебного района Московской области',
  caseNumber: '2-1234/2024',
  account: '5000123',
  debtor: 'Иванов Иван Иванович',
  birthDate: '01.02.1970',
  principal: '45 678,90',
  penalty: '3 210,00',
  duty: '2 000,00',
  receivedDate: '20.05.2024',
};

export function writsImportTemplate(): WritTemplateFile {
  const lines = [WRIT_IMPORT_COLUMNS.map(([, l]) => l), WRIT_IMPORT_COLUMNS.map(([f]) => EXAMPLE[f])];
  const text = csvText(lines, ';', { bom: true });
  return {
    fileName: 'ispolnitelnye-dokumenty-shablon.csv',
    text,
    base64: Buffer.from(text, 'utf8').toString('base64'),
  };
}

interface CheckedRow {
  line: number;
  fields: WritFields;
  resolved: ResolvedAccount;
  debtorName: string;
}

interface CheckedFile {
  rows: CheckedRow[];
  errors: string[];
}

async function readRows(filePath: string, fileName: string): Promise<SourceRow[]> {
  const size = fs.statSync(filePath).size;
  if (size > MAX_WRITS_FILE_BYTES)
    throw new AppError(
      'FSSP.BAD_FILE',
      `Файл «${fileName}» больше 5 МБ (${(size / 1024 / 1024).toFixed(1).replace('.', ',')} МБ): это не список исполнительных документов. Ничего не записано.`,
    );
  if (size === 0) throw new AppError('FSSP.BAD_FILE', 'Файл пуст. Ничего не записано.');
  const bytes = fs.readFileSync(filePath);
  if (isZip(bytes)) await refuseXlsxBomb(filePath, DEFAULT_FILE_LIMITS); // read whole into memory below
  const rows = isZip(bytes) ? await readXlsxRows(bytes) : readCsvRows(bytes);
  if (rows.length > MAX_ROWS + 1)
    throw new AppError(
      'FSSP.BAD_FILE',
      `В файле ${rows.length} строк — больше ${MAX_ROWS}. Разбейте его на части. Ничего не записано.`,
    );
  return rows;
}

/** Reads and checks every row against the database; writes nothing. */
export async function checkWritsFile(
  sqlite: Database.Database,
  filePath: string,
  fileName: string,
  today: string,
): Promise<CheckedFile> {
  const rows = await readRows(filePath, fileName);
  const headerAt = rows.findIndex((r) => r.cells.some((c) => textOf(c) !== ''));
  const head = rows[headerAt]?.cells.map((c) => foldForSearch(textOf(c).replace(/^\uFEFF/, ''))) ?? [];
  const columns = new Map<Field, number>();
  for (const [f, l] of WRIT_IMPORT_COLUMNS) {
    const i = head.indexOf(foldForSearch(l));
    if (i >= 0) columns.set(f, i);
  }
  const missing = REQUIRED.filter((f) => !columns.has(f));
  if (missing.length > 0)
    throw new AppError(
      'FSSP.BAD_FILE',
      `Строка ${rows[headerAt]?.line ?? 1} (заголовки): нет столбцов ${missing.map((f) => `«${label(f)}»`).join(', ')}. Возьмите заголовки из шаблона. Ничего не записано.`,
    );
  const db = drizzleOf(sqlite);
  const courtIds = new Map(
    db
      .select({ id: courts.id, name: courts.name })
      .from(courts)
      .all()
      .map((c) => [foldForSearch(c.name), c.id]),
  );
  const errors: string[] = [];
  const out: CheckedRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of rows.slice(headerAt + 1)) {
    const raw = (f: Field): Raw => {
      const i = columns.get(f);
      return i === undefined ? undefined : cells[i];
    };
    if (textOf(raw('number')).startsWith('#')) continue;
    if (cells.every((c) => textOf(c) === '' && !(typeof c === 'object' && c !== null && 'formula' in c))) continue;
    const p: string[] = [];
    for (const [f] of WRIT_IMPORT_COLUMNS) {
      const c = raw(f);
      if (typeof c === 'object' && c !== null && 'formula' in c)
        p.push(`в столбце «${label(f)}» формула Excel — формулы не принимаются, впишите значение`);
      else if (typeof c === 'string' && /^[=+\-@]/.test(c.trim()))
        p.push(
          `столбец «${label(f)}» начинается с «${c.trim()[0]}» — похоже на формулу Excel, такие значения не принимаются`,
        );
    }
    if (p.length > 0) {
      errors.push(`Строка ${line}: ${p.join('; ')}.`);
      continue;
    }
    const number = textOf(raw('number'));
    if (number === '') p.push('не указан номер документа');
    const kindText = textOf(raw('kind'));
    const kind = kindOf(kindText);
    if (kind === null) p.push(`вид «${kindText}» — укажите «судебный приказ» или «исполнительный лист»`);
    const date = (f: Field, required: boolean): string | null => {
      const d = dateOf(raw(f));
      if (d === 'bad') {
        p.push(`«${label(f)}» — дата ДД.ММ.ГГГГ (получено «${textOf(raw(f))}»)`);
        return null;
      }
      if (d === null && required) p.push(`не указана «${label(f)}»`);
      return d;
    };
    const actDate = date('actDate', true);
    const inForceDate = date('inForceDate', false);
    const termStart = date('termStartDate', false);
    const receivedDate = date('receivedDate', true);
    const birthDate = date('birthDate', false);
    const money = (f: Field, required: boolean): number => {
      const k = kopecksOf(raw(f));
      if (k === 'bad') {
        p.push(`«${label(f)}» — сумма в рублях, например 12 345,67 (получено «${textOf(raw(f))}»)`);
        return 0;
      }
      if (k === null && required) p.push(`не указан «${label(f)}»`);
      return k ?? 0;
    };
    const principal = money('principal', true);
    const penalty = money('penalty', false);
    const duty = money('duty', false);
    const courtName = textOf(raw('court'));
    if (courtName === '') p.push('не указан суд');
    const accountNumber = textOf(raw('account'));
    const debtorText = textOf(raw('debtor'));
    if (debtorText === '') p.push('не указан должник');
    let resolved: ResolvedAccount | null = null;
    let personId = 0;
    if (accountNumber === '') p.push('не указан лицевой счёт');
    else {
      const acc = db
        .select({ id: accounts.id, mc: accounts.managementCompanyId })
        .from(accounts)
        .where(eq(accounts.number, accountNumber))
        .get();
      if (!acc) p.push(`лицевой счёт «${accountNumber}» не найден`);
      else if (debtorText !== '') {
        const people = db
          .select({ id: persons.id, name: persons.fullName, birthDate: persons.birthDate })
          .from(accountPersons)
          .innerJoin(persons, eq(persons.id, accountPersons.personId))
          .where(eq(accountPersons.accountId, acc.id))
          .all()
          .filter((x) => foldForSearch(x.name) === foldForSearch(debtorText));
        const matched = birthDate ? people.filter((x) => x.birthDate === null || x.birthDate === birthDate) : people;
        if (people.length === 0) p.push(`должник «${debtorText}» не значится на лицевом счёте ${accountNumber}`);
        else if (matched.length === 0)
          p.push(
            `у «${debtorText}» на лицевом счёте ${accountNumber} другая дата рождения (${formatRuDate(people[0]!.birthDate!)})`,
          );
        else if (matched.length > 1)
          p.push(`на лицевом счёте ${accountNumber} несколько лиц «${debtorText}» — укажите дату рождения`);
        else {
          personId = matched[0]!.id;
          resolved = { accountId: acc.id, managementCompanyId: acc.mc, debtorName: matched[0]!.name };
        }
      }
    }
    if (p.length > 0 || kind === null || actDate === null || receivedDate === null || resolved === null) {
      errors.push(`Строка ${line}: ${p.join('; ')}.`);
      continue;
    }
    const fields: WritFields = {
      kind,
      number,
      actDate,
      inForceDate,
      termStartDate: termStart ?? inForceDate ?? actDate,
      courtId: courtIds.get(foldForSearch(courtName)) ?? null,
      courtName,
      courtCaseNumber: textOf(raw('caseNumber')) || null,
      accountNumber,
      debtorPersonId: personId,
      principalKopecks: principal,
      penaltyKopecks: penalty,
      dutyKopecks: duty,
      receivedDate,
      note: '',
    };
    p.push(...writFieldProblems(fields, today));
    const key = `${number}|${actDate}`;
    const twinLine = seen.get(key);
    if (twinLine !== undefined)
      p.push(`документ № ${number} от ${formatRuDate(actDate)} уже есть в строке ${twinLine}`);
    const other = sameNumber(sqlite, number, actDate);
    if (other !== null)
      p.push(`документ № ${number} от ${formatRuDate(actDate)} уже есть в реестре (запись № ${other})`);
    if (p.length > 0) {
      errors.push(`Строка ${line}: ${p.join('; ')}.`);
      continue;
    }
    seen.set(key, line);
    out.push({ line, fields, resolved, debtorName: resolved.debtorName });
  }
  if (out.length === 0 && errors.length === 0)
    errors.push('В файле нет ни одного документа (строки с # — примеры, они не загружаются).');
  return { rows: out, errors };
}

function previewRow(r: CheckedRow): WritImportRow {
  const f = r.fields;
  return {
    line: r.line,
    number: f.number,
    kind: f.kind,
    actDate: f.actDate,
    termStartDate: f.termStartDate,
    accountNumber: f.accountNumber,
    debtorName: r.debtorName,
    totalKopecks: f.principalKopecks + f.penaltyKopecks + f.dutyKopecks,
  };
}

export async function previewWritsImport(
  sqlite: Database.Database,
  filePath: string,
  fileName: string,
  today: string,
): Promise<WritImportPreview> {
  const file = await checkWritsFile(sqlite, filePath, fileName, today);
  const rows = file.rows.map(previewRow);
  return { fileName, rows, errors: file.errors, totalKopecks: rows.reduce((a, r) => a + r.totalKopecks, 0) };
}

export async function importWrits(
  sqlite: Database.Database,
  filePath: string,
  fileName: string,
  by: JournalActor,
  nowMs: number,
  today: string,
): Promise<WritImportResult> {
  const file = await checkWritsFile(sqlite, filePath, fileName, today);
  if (file.errors.length > 0) {
    const shown = file.errors.slice(0, MAX_REPORTED).join(' ');
    const more =
      file.errors.length > MAX_REPORTED ? ` И ещё ${file.errors.length - MAX_REPORTED} строк с ошибками.` : '';
    throw new AppError('VALIDATION', `Исполнительные документы не загружены, ничего не записано. ${shown}${more}`, {
      errors: file.errors,
    });
  }
  return sqlite.transaction(() => {
    const ids: number[] = [];
    for (const r of file.rows)
      ids.push(
        insertWrit(
          sqlite,
          writValues(r.fields, r.resolved),
          'import',
          by,
          nowMs,
          `загружен из файла «${fileName}», строка ${r.line}`,
        ),
      );
    const total = file.rows.reduce(
      (a, r) => a + r.fields.principalKopecks + r.fields.penaltyKopecks + r.fields.dutyKopecks,
      0,
    );
    const summary = `Загружены исполнительные документы из файла «${fileName}»: ${ids.length} на ${formatKopecksAsRub(total)}.`;
    writeJournal(sqlite, by, nowMs, {
      kind: 'fssp.writs_imported',
      summary,
      object: { type: 'table', id: 'writs' },
      details: { fileName, writIds: ids },
    });
    return { imported: ids.length, totalKopecks: total, summary };
  })();
}
