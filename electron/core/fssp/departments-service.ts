/**
 * @file Adding, editing and deactivating a bailiffs' department (ОСП), and replacing its territories. Every change
 * is checked (code 5 digits, e-mail, telephone), journaled as 'fssp.department' with the record before and after,
 * and made in one transaction. Imitates the court directory (electron/core/court/courts-service.ts); the territory
 * ranges are the same kind of thing and are read by the same matcher (shared/court/court-territory-match.ts).
 */
import type Database from 'better-sqlite3';
import { and, eq, ne } from 'drizzle-orm';
import type { z } from 'zod';
import { drizzleOf } from '../db/drizzle-of';
import { bailiffDepartments, bailiffTerritories } from '../../../shared/db/schema-fssp';
import type {
  DepartmentFields,
  DepartmentTerritoryView,
  DepartmentView,
  fsspDepartmentsApiInputs,
} from '../../../shared/api/contract-fssp-departments';
import { territoryStreet } from '../../../shared/court/court-territory-match';
import { foldForSearch } from '../../../shared/text/fold-for-search';
import { writeJournal } from '../journal/journal-writer';
import type { JournalActor } from '../auth/actor';
import { AppError } from '../app-error';
import { checkTerritories, entryChangeWords, type TerritoryInput } from '../directory/directory-entries';
import { readDepartment } from './departments-repo';

export type DepartmentSaveInput = z.infer<(typeof fsspDepartmentsApiInputs)['departments.save']>;

export { checkTerritories, type TerritoryInput };

const blankToNull = (v: string | null | undefined): string | null => {
  const t = (v ?? '').trim().replace(/\s+/g, ' ');
  return t === '' ? null : t;
};

/** The record as it will be stored: trimmed, spaces collapsed, empty optional fields null. */
export function normaliseDepartment(input: Omit<DepartmentSaveInput, 'id' | 'active'>): DepartmentFields {
  return {
    name: input.name.trim().replace(/\s+/g, ' '),
    code: blankToNull(input.code)?.replace(/\s/g, '') ?? null,
    address: input.address.trim().replace(/\s+/g, ' '),
    phone: blankToNull(input.phone),
    email: blankToNull(input.email)?.replace(/\s/g, '') ?? null,
    seniorBailiff: blankToNull(input.seniorBailiff),
    confirmed: input.confirmed ?? false,
    note: (input.note ?? '').trim(),
  };
}

/** Russian problems of a department's fields (each a sentence), none when it may be stored. */
export function departmentFieldProblems(f: DepartmentFields): string[] {
  const problems: string[] = [];
  if (f.name.length < 3) problems.push('Укажите наименование отдела.');
  if (f.address.length < 5) problems.push('Укажите адрес отдела.');
  if (f.code !== null && !/^\d{5}$/.test(f.code))
    problems.push(`Код отдела — 5 цифр, как в номере производства …/26/<код>-ИП (получено «${f.code}»).`);
  if (f.email !== null && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(f.email))
    problems.push(`Эл. почта указана неверно (получено «${f.email}»).`);
  if (f.phone !== null && !/^[\d\s()+\-–,;доб.]+$/i.test(f.phone))
    problems.push(`Телефон — цифры, скобки, пробелы и дефисы (получено «${f.phone}»).`);
  return problems;
}

export function assertValid(fields: DepartmentFields): void {
  const problems = departmentFieldProblems(fields);
  if (problems.length > 0) throw new AppError('VALIDATION', problems.join(' '));
}

/** A second active department with the same code or the same name is refused. */
export function assertUnique(sqlite: Database.Database, fields: DepartmentFields, id: number | null): void {
  const others = drizzleOf(sqlite)
    .select({ id: bailiffDepartments.id, name: bailiffDepartments.name, code: bailiffDepartments.code })
    .from(bailiffDepartments)
    .where(
      id === null
        ? eq(bailiffDepartments.active, 1)
        : and(eq(bailiffDepartments.active, 1), ne(bailiffDepartments.id, id)),
    )
    .all();
  const sameCode = others.find((o) => fields.code !== null && o.code === fields.code);
  if (sameCode) throw new AppError('CONFLICT', `Код отдела ${fields.code} уже указан у «${sameCode.name}».`);
  const sameName = others.find((o) => foldForSearch(o.name) === foldForSearch(fields.name));
  if (sameName) throw new AppError('CONFLICT', `Отдел «${sameName.name}» уже есть в справочнике.`);
}

const strip = (d: DepartmentView | null) =>
  d === null ? null : { ...d, territories: undefined, buildingsMapped: undefined };

export function saveDepartment(
  sqlite: Database.Database,
  input: DepartmentSaveInput,
  by: JournalActor,
  nowMs: number,
): DepartmentView {
  const fields = normaliseDepartment(input);
  assertValid(fields);
  const active = input.active ?? true;
  return sqlite.transaction(() => {
    const db = drizzleOf(sqlite);
    const before = input.id === undefined ? null : readDepartment(sqlite, input.id);
    if (active) assertUnique(sqlite, fields, input.id ?? null);
    const values = { ...fields, confirmed: fields.confirmed ? 1 : 0, active: active ? 1 : 0, updatedAtMs: nowMs };
    let id: number;
    if (before === null)
      id = db
        .insert(bailiffDepartments)
        .values({ ...values, createdAtMs: nowMs })
        .returning({ id: bailiffDepartments.id })
        .get().id;
    else {
      id = before.id;
      db.update(bailiffDepartments).set(values).where(eq(bailiffDepartments.id, id)).run();
    }
    const after = readDepartment(sqlite, id);
    const what = entryChangeWords(before, after);
    writeJournal(sqlite, by, nowMs, {
      kind: 'fssp.department',
      summary: `Отдел судебных приставов «${after.name}»: ${what}.`,
      object: { type: 'department', id },
      before: strip(before),
      after: strip(after),
    });
    return after;
  })();
}

export function insertTerritories(
  sqlite: Database.Database,
  departmentId: number,
  rows: readonly TerritoryInput[],
): void {
  const db = drizzleOf(sqlite);
  db.delete(bailiffTerritories).where(eq(bailiffTerritories.departmentId, departmentId)).run();
  for (const t of rows)
    db.insert(bailiffTerritories)
      .values({
        departmentId,
        street: t.street,
        streetSearch: territoryStreet(t.street).street,
        houseFrom: t.houseFrom,
        houseTo: t.houseTo,
        parity: t.parity,
      })
      .run();
}

/** Replaces the department's territories (then «Привязать дома по территориям» applies them). */
export function saveDepartmentTerritories(
  sqlite: Database.Database,
  departmentId: number,
  territories: readonly TerritoryInput[],
  by: JournalActor,
  nowMs: number,
): DepartmentView {
  const { rows, problems } = checkTerritories(territories);
  if (problems.length > 0) throw new AppError('VALIDATION', problems.join(' '));
  return sqlite.transaction(() => {
    const before = readDepartment(sqlite, departmentId);
    insertTerritories(sqlite, departmentId, rows);
    drizzleOf(sqlite)
      .update(bailiffDepartments)
      .set({ updatedAtMs: nowMs })
      .where(eq(bailiffDepartments.id, departmentId))
      .run();
    const after = readDepartment(sqlite, departmentId);
    const plain = (list: DepartmentTerritoryView[]) => list.map(({ id: _id, ...t }) => t);
    writeJournal(sqlite, by, nowMs, {
      kind: 'fssp.department',
      summary: `Отдел «${after.name}»: территория — ${after.territories.length} диапазонов (было ${before.territories.length}).`,
      object: { type: 'department', id: departmentId },
      before: plain(before.territories),
      after: plain(after.territories),
    });
    return after;
  })();
}
