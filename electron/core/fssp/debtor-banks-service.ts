/**
 * @file A debtor's bank accounts, where known: the creditor may send the writ to the debtor's bank directly
 * (229-ФЗ ст.8) instead of the bailiffs. Listed by person or by account (everyone on it), added, corrected and
 * removed by hand; БИК is 9 digits starting with 04 (a Russian bank), the account number 20 digits where known.
 * Journaled as 'fssp.department' (the bailiffs' directory data), on the account's timeline when one is named.
 */
import type Database from 'better-sqlite3';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { drizzleOf } from '../db/drizzle-of';
import { debtorBankAccounts, fsspApplications } from '../../../shared/db/schema-fssp';
import { accountPersons, accounts, buildings, persons, premises } from '../../../shared/db/schema';
import type {
  DebtorBanksList,
  DebtorBanksPerson,
  DebtorBankView,
  fsspDepartmentsApiInputs,
} from '../../../shared/api/contract-fssp-departments';
import { writeJournal } from '../journal/journal-writer';
import type { JournalActor } from '../auth/actor';
import { AppError } from '../app-error';

export type DebtorBankSaveInput = z.infer<(typeof fsspDepartmentsApiInputs)['debtorBanks.save']>;
type BankRow = typeof debtorBankAccounts.$inferSelect;

const view = (r: BankRow): DebtorBankView => ({
  id: r.id,
  personId: r.personId,
  bankName: r.bankName,
  bik: r.bik,
  bankAddress: r.bankAddress,
  accountNumber: r.accountNumber,
  note: r.note,
  createdAtMs: r.createdAtMs,
});

/** Russian problems of a bank record (each a sentence). */
export function debtorBankProblems(f: {
  bankName: string;
  bik: string;
  bankAddress: string;
  accountNumber: string | null;
}): string[] {
  const problems: string[] = [];
  if (f.bankName.length < 3) problems.push('Укажите наименование банка.');
  if (!/^04\d{7}$/.test(f.bik)) problems.push(`БИК — 9 цифр, начинается с 04 (получено «${f.bik}»).`);
  if (f.bankAddress.length < 5) problems.push('Укажите адрес банка для письма.');
  if (f.accountNumber !== null && !/^\d{20}$/.test(f.accountNumber))
    problems.push(`Номер счёта — 20 цифр (получено «${f.accountNumber}»).`);
  return problems;
}

function banksOf(sqlite: Database.Database, personIds: number[]): Map<number, DebtorBankView[]> {
  const map = new Map<number, DebtorBankView[]>();
  if (personIds.length === 0) return map;
  for (const r of drizzleOf(sqlite)
    .select()
    .from(debtorBankAccounts)
    .where(inArray(debtorBankAccounts.personId, personIds))
    .orderBy(asc(debtorBankAccounts.id))
    .all()) {
    const list = map.get(r.personId) ?? [];
    list.push(view(r));
    map.set(r.personId, list);
  }
  return map;
}

export function listDebtorBanks(
  sqlite: Database.Database,
  input: { personId?: number | undefined; accountId?: number | undefined; accountNumber?: string | undefined },
): DebtorBanksList {
  const db = drizzleOf(sqlite);
  if (input.personId !== undefined && input.accountId === undefined && input.accountNumber === undefined) {
    const p = db.select().from(persons).where(eq(persons.id, input.personId)).get();
    if (!p) throw new AppError('NOT_FOUND', `Должника № ${input.personId} нет в базе.`);
    return {
      account: null,
      persons: [
        {
          personId: p.id,
          fullName: p.fullName,
          birthDate: p.birthDate,
          role: null,
          banks: banksOf(sqlite, [p.id]).get(p.id) ?? [],
        },
      ],
    };
  }
  const number = (input.accountNumber ?? '').trim();
  const account = db
    .select({ id: accounts.id, number: accounts.number, address: buildings.address, apartment: premises.apartment })
    .from(accounts)
    .leftJoin(premises, eq(premises.id, accounts.premisesId))
    .leftJoin(buildings, eq(buildings.id, premises.buildingId))
    .where(input.accountId !== undefined ? eq(accounts.id, input.accountId) : eq(accounts.number, number))
    .get();
  if (!account)
    throw new AppError(
      'NOT_FOUND',
      input.accountId !== undefined
        ? `Лицевого счёта № ${input.accountId} нет в базе.`
        : `Лицевой счёт «${number}» не найден: проверьте номер.`,
    );
  const people = db
    .select({
      personId: persons.id,
      fullName: persons.fullName,
      birthDate: persons.birthDate,
      role: accountPersons.role,
    })
    .from(accountPersons)
    .innerJoin(persons, eq(persons.id, accountPersons.personId))
    .where(
      input.personId === undefined
        ? eq(accountPersons.accountId, account.id)
        : and(eq(accountPersons.accountId, account.id), eq(accountPersons.personId, input.personId)),
    )
    .orderBy(asc(accountPersons.position))
    .all();
  const banks = banksOf(
    sqlite,
    people.map((p) => p.personId),
  );
  const result: DebtorBanksPerson[] = people.map((p) => ({ ...p, banks: banks.get(p.personId) ?? [] }));
  return {
    account: {
      id: account.id,
      number: account.number,
      address:
        account.address === null ? null : `${account.address}${account.apartment ? `, кв. ${account.apartment}` : ''}`,
    },
    persons: result,
  };
}

function personName(sqlite: Database.Database, personId: number): string {
  const p = drizzleOf(sqlite)
    .select({ fullName: persons.fullName })
    .from(persons)
    .where(eq(persons.id, personId))
    .get();
  if (!p) throw new AppError('NOT_FOUND', `Должника № ${personId} нет в базе.`);
  return p.fullName;
}

function assertOnAccount(sqlite: Database.Database, accountId: number, personId: number): void {
  const link = drizzleOf(sqlite)
    .select({ personId: accountPersons.personId })
    .from(accountPersons)
    .where(and(eq(accountPersons.accountId, accountId), eq(accountPersons.personId, personId)))
    .get();
  if (!link) throw new AppError('VALIDATION', 'Этот человек не указан на выбранном лицевом счёте.');
}

export function saveDebtorBank(
  sqlite: Database.Database,
  input: DebtorBankSaveInput,
  by: JournalActor,
  nowMs: number,
): DebtorBankView {
  const fields = {
    bankName: input.bankName.trim().replace(/\s+/g, ' '),
    bik: input.bik.replace(/\s/g, ''),
    bankAddress: input.bankAddress.trim().replace(/\s+/g, ' '),
    accountNumber: (input.accountNumber ?? '').replace(/[\s.-]/g, '') || null,
    note: (input.note ?? '').trim(),
  };
  const problems = debtorBankProblems(fields);
  if (problems.length > 0) throw new AppError('VALIDATION', problems.join(' '));
  return sqlite.transaction(() => {
    const db = drizzleOf(sqlite);
    const name = personName(sqlite, input.personId);
    if (input.accountId !== undefined) assertOnAccount(sqlite, input.accountId, input.personId);
    let before: DebtorBankView | null = null;
    let id: number;
    if (input.id === undefined)
      id = db
        .insert(debtorBankAccounts)
        .values({ ...fields, personId: input.personId, createdAtMs: nowMs })
        .returning({ id: debtorBankAccounts.id })
        .get().id;
    else {
      const row = db.select().from(debtorBankAccounts).where(eq(debtorBankAccounts.id, input.id)).get();
      if (!row || row.personId !== input.personId)
        throw new AppError('NOT_FOUND', `Банковского счёта № ${input.id} у этого должника нет.`);
      before = view(row);
      id = row.id;
      db.update(debtorBankAccounts).set(fields).where(eq(debtorBankAccounts.id, id)).run();
    }
    const after = view(db.select().from(debtorBankAccounts).where(eq(debtorBankAccounts.id, id)).get()!);
    writeJournal(sqlite, by, nowMs, {
      kind: 'fssp.department',
      summary: `${name}: банк для предъявления исполнительного документа (ст.8 229-ФЗ) ${before === null ? 'добавлен' : 'изменён'} — ${after.bankName}, БИК ${after.bik}.`,
      accountId: input.accountId ?? null,
      object: { type: 'table', id: `debtor_bank_accounts/${id}` },
      before,
      after,
    });
    return after;
  })();
}

export function removeDebtorBank(
  sqlite: Database.Database,
  id: number,
  by: JournalActor,
  nowMs: number,
): { removed: true } {
  return sqlite.transaction(() => {
    const db = drizzleOf(sqlite);
    const row = db.select().from(debtorBankAccounts).where(eq(debtorBankAccounts.id, id)).get();
    if (!row) throw new AppError('NOT_FOUND', `Банковского счёта № ${id} нет в базе.`);
    const used = db
      .select({ id: fsspApplications.id })
      .from(fsspApplications)
      .where(eq(fsspApplications.debtorBankAccountId, id))
      .get();
    if (used)
      throw new AppError(
        'CONFLICT',
        `По этому счёту уже подготовлено заявление в банк (№ ${used.id}): удалить его нельзя, исправьте сведения.`,
      );
    db.delete(debtorBankAccounts).where(eq(debtorBankAccounts.id, id)).run();
    writeJournal(sqlite, by, nowMs, {
      kind: 'fssp.department',
      summary: `${personName(sqlite, row.personId)}: банк ${row.bankName} (БИК ${row.bik}) удалён из сведений о счетах должника.`,
      object: { type: 'table', id: `debtor_bank_accounts/${id}` },
      before: view(row),
      after: null,
    });
    return { removed: true as const };
  })();
}
