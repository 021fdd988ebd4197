/**
 * @file Adding, editing and deactivating a court of the directory, and replacing its territories. Every change is
 * checked (shared/court/court-record.ts), journaled as 'court.directory' with the record before and after, and made
 * in one transaction. Empty payee fields take the ЕНС details (the same for every court of general jurisdiction).
 */
import type Database from 'better-sqlite3';
import { and, eq, ne } from 'drizzle-orm';
import type { z } from 'zod';
import { drizzleOf } from '../db/drizzle-of';
import { courts, courtTerritories } from '../../../shared/db/schema-court';
import type {
  courtDirectoryApiInputs,
  CourtTerritoryView,
  CourtView,
} from '../../../shared/api/contract-court-directory';
import { courtFieldProblems, ENS_PAYEE, type CourtFields, type PayeeField } from '../../../shared/court/court-record';
import { territoryStreet } from '../../../shared/court/court-territory-match';
import { writeJournal } from '../journal/journal-writer';
import type { JournalActor } from '../auth/actor';
import { AppError } from '../app-error';
import { checkTerritories, entryChangeWords, type TerritoryInput } from '../directory/directory-entries';
import { readCourt } from './courts-repo';

export type CourtSaveInput = z.infer<(typeof courtDirectoryApiInputs)['courts.save']>;

export { checkTerritories, type TerritoryInput };

const blankToNull = (v: string | null | undefined): string | null => {
  const t = (v ?? '').trim();
  return t === '' ? null : t;
};

/** The record as it will be stored: trimmed, empty optional fields null, empty payee fields the ЕНС details. */
export function normaliseCourt(input: Omit<CourtSaveInput, 'id' | 'active'>): CourtFields {
  const payee = (f: PayeeField) =>
    blankToNull(input[f])?.replace(/\s+/g, f === 'payeeName' || f === 'payeeBankName' ? ' ' : '') ?? ENS_PAYEE[f];
  return {
    kind: input.kind,
    name: input.name.trim().replace(/\s+/g, ' '),
    plotNumber: blankToNull(input.plotNumber),
    code: blankToNull(input.code)?.toUpperCase() ?? null,
    address: input.address.trim().replace(/\s+/g, ' '),
    phone: blankToNull(input.phone),
    email: blankToNull(input.email),
    website: blankToNull(input.website),
    payeeName: payee('payeeName'),
    payeeInn: payee('payeeInn'),
    payeeKpp: payee('payeeKpp'),
    payeeBankName: payee('payeeBankName'),
    payeeBik: payee('payeeBik'),
    payeeBankAccount: payee('payeeBankAccount'),
    payeeTreasuryAccount: payee('payeeTreasuryAccount'),
    kbk: payee('kbk'),
    oktmo: payee('oktmo'),
    confirmed: input.confirmed ?? false,
    note: (input.note ?? '').trim(),
  };
}

/** A second active court with the same plot number or code is refused. */
export function assertUnique(sqlite: Database.Database, fields: CourtFields, id: number | null): void {
  const db = drizzleOf(sqlite);
  const others = db
    .select({ id: courts.id, name: courts.name, kind: courts.kind, plotNumber: courts.plotNumber, code: courts.code })
    .from(courts)
    .where(id === null ? eq(courts.active, 1) : and(eq(courts.active, 1), ne(courts.id, id)))
    .all();
  const samePlot = others.find(
    (o) =>
      fields.kind === 'magistrate' &&
      o.kind === 'magistrate' &&
      fields.plotNumber !== null &&
      o.plotNumber === fields.plotNumber,
  );
  if (samePlot)
    throw new AppError(
      'CONFLICT',
      `Судебный участок № ${fields.plotNumber} уже есть в справочнике: «${samePlot.name}».`,
    );
  const sameCode = others.find((o) => fields.code !== null && o.code === fields.code);
  if (sameCode) throw new AppError('CONFLICT', `Код суда ${fields.code} уже указан у «${sameCode.name}».`);
}

export function assertValid(fields: CourtFields): void {
  const problems = courtFieldProblems(fields);
  if (problems.length > 0)
    throw new AppError('VALIDATION', problems.map((p) => p.message).join(' '), { fields: problems });
}

function journalCourt(
  sqlite: Database.Database,
  by: JournalActor,
  nowMs: number,
  before: CourtView | null,
  after: CourtView,
): void {
  const what = entryChangeWords(before, after);
  const strip = (c: CourtView | null) =>
    c === null ? null : { ...c, territories: undefined, buildingsMapped: undefined };
  writeJournal(sqlite, by, nowMs, {
    kind: 'court.directory',
    summary: `Суд «${after.name}»: ${what}.`,
    object: { type: 'table', id: `courts/${after.id}` },
    before: strip(before),
    after: strip(after),
  });
}

export function saveCourt(
  sqlite: Database.Database,
  input: CourtSaveInput,
  by: JournalActor,
  nowMs: number,
): CourtView {
  const fields = normaliseCourt(input);
  assertValid(fields);
  const active = input.active ?? true;
  return sqlite.transaction(() => {
    const db = drizzleOf(sqlite);
    const before = input.id === undefined ? null : readCourt(sqlite, input.id);
    if (active) assertUnique(sqlite, fields, input.id ?? null);
    const values = { ...fields, confirmed: fields.confirmed ? 1 : 0, active: active ? 1 : 0, updatedAtMs: nowMs };
    let id: number;
    if (before === null)
      id = db
        .insert(courts)
        .values({ ...values, createdAtMs: nowMs })
        .returning({ id: courts.id })
        .get().id;
    else {
      id = before.id;
      db.update(courts).set(values).where(eq(courts.id, id)).run();
    }
    const after = readCourt(sqlite, id);
    journalCourt(sqlite, by, nowMs, before, after);
    return after;
  })();
}

export function insertTerritories(sqlite: Database.Database, courtId: number, rows: readonly TerritoryInput[]): void {
  const db = drizzleOf(sqlite);
  db.delete(courtTerritories).where(eq(courtTerritories.courtId, courtId)).run();
  for (const t of rows)
    db.insert(courtTerritories)
      .values({
        courtId,
        street: t.street,
        streetSearch: territoryStreet(t.street).street,
        houseFrom: t.houseFrom,
        houseTo: t.houseTo,
        parity: t.parity,
      })
      .run();
}

/** Replaces the court's territories with the given ranges (then «Распределить дома» applies them). */
export function saveTerritories(
  sqlite: Database.Database,
  courtId: number,
  territories: readonly TerritoryInput[],
  by: JournalActor,
  nowMs: number,
): CourtView {
  const { rows, problems } = checkTerritories(territories);
  if (problems.length > 0) throw new AppError('VALIDATION', problems.join(' '));
  return sqlite.transaction(() => {
    const before = readCourt(sqlite, courtId);
    insertTerritories(sqlite, courtId, rows);
    drizzleOf(sqlite).update(courts).set({ updatedAtMs: nowMs }).where(eq(courts.id, courtId)).run();
    const after = readCourt(sqlite, courtId);
    const plain = (list: CourtTerritoryView[]) => list.map(({ id: _id, ...t }) => t);
    writeJournal(sqlite, by, nowMs, {
      kind: 'court.directory',
      summary: `Суд «${after.name}»: территория — ${after.territories.length} диапазонов (было ${before.territories.length}).`,
      object: { type: 'table', id: `courts/${courtId}` },
      before: plain(before.territories),
      after: plain(after.territories),
    });
    return after;
  })();
}
