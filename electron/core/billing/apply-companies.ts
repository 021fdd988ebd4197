/**
 * @file Applies a file of management companies (УК): insert new ones, update the details of known ones by ИНН.
 */
import { eq, inArray } from 'drizzle-orm';
import { accounts, managementCompanies } from '../../../shared/db/schema';
import { drizzleOf } from '../db/drizzle-of';
import type { ApplyInput, ApplyOutcome } from './apply-context';
import { ErrorList, num, ruCount, text } from './apply-context';

export function applyCompanies(input: ApplyInput): ApplyOutcome {
  const { sqlite, records, nowMs } = input;
  const errors = new ErrorList(input.mapping);
  for (const r of records) {
    const inn = text(r, 'inn') ?? '';
    if (!/^\d{10}$/.test(inn)) errors.add(r, 'inn', 'ИНН организации — 10 цифр', inn);
  }
  if (errors.count > 0)
    return { errors: errors.errors, errorCount: errors.count, touchedAccountIds: new Set(), summary: '', counts: {} };

  const existing = sqlite.prepare<[inn: string], { id: number }>('SELECT id FROM management_companies WHERE inn = ?');
  const upsert = sqlite.prepare(
    `INSERT INTO management_companies (name, inn, kpp, ogrn, address, phone, bank_name, bik, correspondent_account,
        settlement_account, contract_due_day, penalty_charged, created_at_ms)
     VALUES (@name, @inn, @kpp, @ogrn, @address, @phone, @bankName, @bik, @correspondentAccount, @settlementAccount,
        @contractDueDay, @penaltyCharged, @now)
     ON CONFLICT (inn) DO UPDATE SET name = excluded.name, kpp = excluded.kpp, ogrn = excluded.ogrn,
        address = excluded.address, phone = excluded.phone, bank_name = excluded.bank_name, bik = excluded.bik,
        correspondent_account = excluded.correspondent_account, settlement_account = excluded.settlement_account,
        contract_due_day = excluded.contract_due_day, penalty_charged = excluded.penalty_charged`,
  );
  let added = 0;
  let updated = 0;
  for (const r of records) {
    const inn = text(r, 'inn') as string;
    if (existing.get(inn)) updated += 1;
    else added += 1;
    const penalty = r.values.penaltyCharged;
    upsert.run({
      name: text(r, 'name'),
      inn,
      kpp: text(r, 'kpp'),
      ogrn: text(r, 'ogrn'),
      address: text(r, 'address'),
      phone: text(r, 'phone'),
      bankName: text(r, 'bankName'),
      bik: text(r, 'bik'),
      correspondentAccount: text(r, 'correspondentAccount'),
      settlementAccount: text(r, 'settlementAccount'),
      contractDueDay: num(r, 'contractDueDay'),
      penaltyCharged: penalty === false ? 0 : 1,
      now: nowMs,
    });
  }
  // A changed name shows in the registry: refresh the summaries of that УК's accounts.
  const touched = new Set<number>();
  if (updated > 0) {
    const ids = drizzleOf(sqlite)
      .select({ id: accounts.id })
      .from(accounts)
      .innerJoin(managementCompanies, eq(managementCompanies.id, accounts.managementCompanyId))
      .where(
        inArray(
          managementCompanies.inn,
          records.map((r) => text(r, 'inn') ?? ''),
        ),
      )
      .all();
    for (const { id } of ids) touched.add(id);
  }
  return {
    errors: [],
    errorCount: 0,
    touchedAccountIds: touched,
    summary: `управляющих компаний: добавлено ${ruCount(added)}, обновлено ${ruCount(updated)}`,
    counts: { companiesAdded: added, companiesUpdated: updated },
  };
}
