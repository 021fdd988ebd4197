/**
 * @file The debtor's identifiers (ГПК РФ ст.124 ч.2 п.3): entered by the clerk (СНИЛС and ИНН checked by their check
 * digits, the passport and licences normalised), re-evaluating the identifiers gate of the person's open cases not
 * yet filed; the clerk's explicit «сведения неизвестны взыскателю» on one case; and the request to the УК or the
 * settlement centre listing the debtors whose identifiers are missing — the account, the address, the name and what
 * is missing, nothing more of their personal data.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import '../import/exceljs-multibyte-fix';
import ExcelJS from 'exceljs';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { accountSummaries, persons } from '../../../shared/db/schema';
import { courtCases } from '../../../shared/db/schema-court';
import type { SavedIdentifiers } from '../../../shared/api/contract-court-cases';
import type { FileResult } from '../../../shared/api/contract-work';
import {
  formatSnils,
  normalizePassport,
  normalizeSeriesNumber,
  personInnProblem,
  snilsProblem,
} from '../../../shared/court/identifier-checks';
import { formatRuDate, isoDateInZone } from '../../../shared/dates/iso-date';
import { AppError } from '../app-error';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';
import { caseIdentifierGaps, caseRecord, debtorIdentifiers, jointPersonIds } from './court-cases-repo';

export interface IdentifiersInput {
  personId: number;
  birthDate?: string | null | undefined;
  birthPlace?: string | null | undefined;
  snils?: string | null | undefined;
  inn?: string | null | undefined;
  passport?: string | null | undefined;
  driverLicence?: string | null | undefined;
  vehicleCertificate?: string | null | undefined;
}

type PersonPatch = Partial<
  Pick<
    typeof persons.$inferInsert,
    'birthDate' | 'birthPlace' | 'snils' | 'inn' | 'passport' | 'driverLicence' | 'vehicleCertificate'
  >
>;

/** The statuses whose identifiers gate still matters (the application is not filed yet). */
const NOT_FILED = ['prepared', 'duty_paid'] as const;

export function saveIdentifiers(
  sqlite: Database.Database,
  input: IdentifiersInput,
  by: JournalActor,
  nowMs: number,
): SavedIdentifiers {
  const today = isoDateInZone(nowMs);
  const patch = checkedPatch(input, today);
  return sqlite.transaction(() => {
    const before = debtorIdentifiers(sqlite, input.personId);
    const db = drizzleOf(sqlite);
    if (Object.keys(patch).length > 0) db.update(persons).set(patch).where(eq(persons.id, input.personId)).run();
    // The person's open cases not filed yet: as the debtor or jointly liable.
    const open = db
      .select()
      .from(courtCases)
      .where(
        and(
          inArray(courtCases.status, [...NOT_FILED]),
          sql`(${courtCases.debtorPersonId} = ${input.personId} OR EXISTS (SELECT 1 FROM json_each(${courtCases.jointPersonIdsJson}) WHERE value = ${input.personId}))`,
        ),
      )
      .all();
    let updated = 0;
    for (const c of open) {
      if (c.identifiersStatus === 'unknown_confirmed') continue;
      const gaps = caseIdentifierGaps(sqlite, c);
      const status = gaps.length === 0 ? 'complete' : 'missing';
      const note = gaps.length === 0 ? null : gaps.join('; ');
      if (status !== c.identifiersStatus || note !== c.identifiersNote) {
        db.update(courtCases)
          .set({ identifiersStatus: status, identifiersNote: note, updatedAtMs: nowMs })
          .where(eq(courtCases.id, c.id))
          .run();
        updated += 1;
      }
    }
    const after = debtorIdentifiers(sqlite, input.personId);
    const changed = (Object.keys(patch) as Array<keyof PersonPatch>).filter((k) => before[k] !== after[k]);
    const account = open[0]?.accountId ?? firstAccountOf(sqlite, input.personId);
    if (changed.length > 0)
      writeJournal(sqlite, by, nowMs, {
        kind: 'court.identifiers',
        summary: `Сведения о должнике ${after.fullName} дополнены: ${changed.map((k) => FIELD_TITLES[k]).join(', ')}${after.gaps.length === 0 ? ' — идентификаторы полные' : ''}.`,
        accountId: account,
        // Which fields changed, not their values: the journal is read widely, the numbers are personal data.
        details: { personId: input.personId, fields: changed, casesUpdated: updated, gaps: after.gaps },
      });
    return { debtor: after, casesUpdated: updated };
  })();
}

const FIELD_TITLES: Record<keyof PersonPatch, string> = {
  birthDate: 'дата рождения',
  birthPlace: 'место рождения',
  snils: 'СНИЛС',
  inn: 'ИНН',
  passport: 'паспорт',
  driverLicence: 'водительское удостоверение',
  vehicleCertificate: 'свидетельство о регистрации ТС',
};

function checkedPatch(input: IdentifiersInput, today: string): PersonPatch {
  const patch: PersonPatch = {};
  const value = (v: string | null | undefined): string | null | undefined =>
    v === undefined ? undefined : v === null || v.trim() === '' ? null : v.trim();
  const birthDate = value(input.birthDate);
  if (birthDate !== undefined) {
    if (birthDate !== null && (birthDate > today || birthDate < '1900-01-01'))
      throw new AppError('VALIDATION', `Дата рождения ${formatRuDate(birthDate)} невозможна.`);
    patch.birthDate = birthDate;
  }
  const birthPlace = value(input.birthPlace);
  if (birthPlace !== undefined) patch.birthPlace = birthPlace;
  const snils = value(input.snils);
  if (snils !== undefined) {
    const problem = snils === null ? null : snilsProblem(snils);
    if (problem) throw new AppError('VALIDATION', problem);
    patch.snils = snils === null ? null : formatSnils(snils);
  }
  const inn = value(input.inn);
  if (inn !== undefined) {
    const problem = inn === null ? null : personInnProblem(inn);
    if (problem) throw new AppError('VALIDATION', problem);
    patch.inn = inn === null ? null : inn.replace(/\s/g, '');
  }
  const passport = value(input.passport);
  if (passport !== undefined) {
    const normal = passport === null ? null : normalizePassport(passport);
    if (passport !== null && normal === null)
      throw new AppError('VALIDATION', 'Паспорт: серия (4 цифры) и номер (6 цифр), например 45 10 123456.');
    patch.passport = normal;
  }
  for (const [key, title] of [
    ['driverLicence', 'Водительское удостоверение'],
    ['vehicleCertificate', 'Свидетельство о регистрации ТС'],
  ] as const) {
    const v = value(input[key]);
    if (v === undefined) continue;
    const normal = v === null ? null : normalizeSeriesNumber(v);
    if (v !== null && normal === null)
      throw new AppError('VALIDATION', `${title}: серия (4 знака) и номер (6 цифр), например 50 ХА 123456.`);
    patch[key] = normal;
  }
  return patch;
}

function firstAccountOf(sqlite: Database.Database, personId: number): number | null {
  const row = sqlite
    .prepare('SELECT account_id AS id FROM account_persons WHERE person_id = ? ORDER BY account_id LIMIT 1')
    .get(personId) as { id: number } | undefined;
  return row?.id ?? null;
}

/** The clerk states that the claimant does not know the debtor's identifiers (ГПК ст.124 ч.2 п.3): the gate opens. */
export function confirmIdentifiersUnknown(
  sqlite: Database.Database,
  caseId: number,
  note: string,
  by: JournalActor,
  nowMs: number,
): void {
  sqlite.transaction(() => {
    const c = caseRecord(sqlite, caseId);
    if (c.status !== 'prepared' && c.status !== 'duty_paid')
      throw new AppError('COURT.BAD_STEP', `Дело № ${c.id} уже подано в суд: сведения о должнике отмечать поздно.`);
    const gaps = caseIdentifierGaps(sqlite, c);
    if (gaps.length === 0)
      throw new AppError(
        'CONFLICT',
        'Идентификаторы должника указаны полностью: отметка «сведения неизвестны» не нужна.',
      );
    drizzleOf(sqlite)
      .update(courtCases)
      .set({ identifiersStatus: 'unknown_confirmed', identifiersNote: note, updatedAtMs: nowMs })
      .where(eq(courtCases.id, c.id))
      .run();
    writeJournal(sqlite, by, nowMs, {
      kind: 'court.identifiers',
      summary: `Дело № ${c.id} (${c.debtorName}): сведения о должнике неизвестны взыскателю — ${gaps.join('; ')}. ${note}`,
      accountId: c.accountId,
      object: { type: 'case', id: c.id },
      before: { identifiersStatus: c.identifiersStatus },
      after: { identifiersStatus: 'unknown_confirmed', note },
    });
  })();
}

const HEADERS = ['№', 'Лицевой счёт', 'Адрес', 'ФИО должника', 'Чего не хватает', 'Дело'] as const;

/**
 * The request to the УК / settlement centre: debtors of open cases not yet filed whose identifiers are missing (not
 * those the clerk already stated unknown). One row per person and case.
 */
export async function missingIdentifiersXlsx(
  sqlite: Database.Database,
  dataDir: string,
  managementCompanyId: number | undefined,
  nowMs: number,
): Promise<FileResult> {
  const db = drizzleOf(sqlite);
  const cases = db
    .select()
    .from(courtCases)
    .where(
      and(
        inArray(courtCases.status, [...NOT_FILED]),
        eq(courtCases.identifiersStatus, 'missing'),
        managementCompanyId ? eq(courtCases.managementCompanyId, managementCompanyId) : undefined,
      ),
    )
    .orderBy(asc(courtCases.accountId), asc(courtCases.id))
    .all();
  const heads = new Map(
    db
      .select({
        id: accountSummaries.accountId,
        number: accountSummaries.number,
        address: accountSummaries.address,
        company: accountSummaries.companyName,
        sort: accountSummaries.addressSort,
      })
      .from(accountSummaries)
      .where(inArray(accountSummaries.accountId, [...new Set(cases.map((c) => c.accountId))].slice(0, 30000)))
      .all()
      .map((h) => [h.id, h]),
  );
  const rows: Array<[string, string, string, string, number, string]> = [];
  for (const c of cases) {
    const head = heads.get(c.accountId);
    for (const personId of [c.debtorPersonId, ...jointPersonIds(c)]) {
      const p = debtorIdentifiers(sqlite, personId);
      if (p.gaps.length === 0) continue;
      rows.push([head?.number ?? '', head?.address ?? '', p.fullName, p.gaps.join('; '), c.id, head?.sort ?? '']);
    }
  }
  rows.sort((a, b) => (a[5] < b[5] ? -1 : a[5] > b[5] ? 1 : a[0] < b[0] ? -1 : 1));
  const today = isoDateInZone(nowMs);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'АРМ «Долги ЖКУ»';
  workbook.title = `Запрос сведений о должниках ${today}`;
  const sheet = workbook.addWorksheet('Запрос сведений');
  sheet.addRow([
    `Прошу сообщить сведения о должниках для обращения в суд (ГПК РФ ст.124 ч.2 п.3): дату и место рождения и один из идентификаторов — СНИЛС, ИНН, серию и номер паспорта, водительского удостоверения или свидетельства о регистрации ТС. Сведения на ${formatRuDate(today)}.`,
  ]);
  sheet.mergeCells(1, 1, 1, HEADERS.length);
  sheet.getRow(1).alignment = { wrapText: true, vertical: 'top' };
  sheet.getRow(1).height = 48;
  sheet.addRow([...HEADERS]).font = { bold: true };
  [5, 16, 44, 34, 60, 8].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  rows.forEach((r, i) => sheet.addRow([i + 1, r[0], r[1], r[2], r[3], r[4]]));
  const dir = path.join(dataDir, 'exports', 'court');
  fs.mkdirSync(dir, { recursive: true });
  const fileName = `zapros-svedeniy-${today}${managementCompanyId ? `-uk${managementCompanyId}` : ''}.xlsx`;
  const savedPath = path.join(dir, fileName);
  await workbook.xlsx.writeFile(savedPath);
  return { fileName, savedPath, base64: fs.readFileSync(savedPath).toString('base64'), rows: rows.length };
}
