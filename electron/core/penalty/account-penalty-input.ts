/**
 * @file The penalty engine's input for one account, read from the database as of a calculation date.
 *
 * Charges of a billing month are summed per kind: «Взнос на капитальный ремонт» is ч.14.1 (capital_repair),
 * everything else ч.14 (housing). A month whose recalculations make it negative counts as 0 — a credit is not an
 * obligation (the money it frees shows in the debt, not in the penalty). Payments after the calculation date and
 * reversals (negative amounts) are left out. Batch callers read many accounts at once with
 * `penaltyInputsForAccounts` instead.
 */
import type Database from 'better-sqlite3';
import { and, between, eq, gt, isNotNull, lte, sql } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import {
  accounts,
  charges as chargesTable,
  managementCompanies,
  payments as paymentsTable,
} from '../../../shared/db/schema';
import type { PenaltyInput } from '../../../shared/rules/penalty/penalty-types';

export const CAPITAL_REPAIR_SERVICE = 'Взнос на капитальный ремонт';

/**
 * Inputs for the accounts with ids in [fromId, toId] (one query per table — the monthly run and the ЕПД export
 * walk the district in such ranges). Accounts with no charges are absent from the map.
 */
export function penaltyInputsForAccounts(
  sqlite: Database.Database,
  fromId: number,
  toId: number,
  calculationDate: string,
): Map<number, PenaltyInput> {
  const db = drizzleOf(sqlite);
  const ch = chargesTable;
  const charges = db
    .select({
      accountId: ch.accountId,
      period: ch.period,
      capital: sql<number>`(${ch.service} = ${CAPITAL_REPAIR_SERVICE})`.as('capital'),
      kopecks: sql<number>`sum(${ch.amountKopecks})`,
    })
    .from(ch)
    .where(and(between(ch.accountId, fromId, toId), lte(ch.period, calculationDate.slice(0, 7))))
    .groupBy(ch.accountId, ch.period, sql`capital`)
    .orderBy(ch.accountId, ch.period)
    .all();
  const pa = paymentsTable;
  const payments = db
    .select({ accountId: pa.accountId, date: pa.paymentDate, kopecks: pa.amountKopecks, period: pa.period })
    .from(pa)
    .where(and(between(pa.accountId, fromId, toId), lte(pa.paymentDate, calculationDate), gt(pa.amountKopecks, 0)))
    .orderBy(pa.accountId, pa.paymentDate)
    .all();
  const dueDays = new Map<number, number>();
  for (const r of db
    .select({ accountId: accounts.id, dueDay: managementCompanies.contractDueDay })
    .from(accounts)
    .innerJoin(managementCompanies, eq(managementCompanies.id, accounts.managementCompanyId))
    .where(and(between(accounts.id, fromId, toId), isNotNull(managementCompanies.contractDueDay)))
    .all()) {
    if (r.dueDay !== null) dueDays.set(r.accountId, r.dueDay);
  }

  const inputs = new Map<
    number,
    PenaltyInput & { charges: PenaltyInput['charges'][number][]; payments: PenaltyInput['payments'][number][] }
  >();
  const inputOf = (accountId: number) => {
    let input = inputs.get(accountId);
    if (!input) {
      const dueDay = dueDays.get(accountId);
      input = {
        calculationDate,
        charges: [],
        payments: [],
        ...(dueDay !== undefined ? { contractDueDay: dueDay } : {}),
      };
      inputs.set(accountId, input);
    }
    return input;
  };
  for (const c of charges) {
    inputOf(c.accountId).charges.push({
      period: c.period,
      amountKopecks: Math.max(0, c.kopecks),
      kind: c.capital ? 'capital_repair' : 'housing',
    });
  }
  for (const p of payments) {
    inputOf(p.accountId).payments.push({
      date: p.date,
      amountKopecks: p.kopecks,
      ...(p.period ? { period: p.period } : {}),
    });
  }
  return inputs;
}

export function penaltyInputForAccount(
  sqlite: Database.Database,
  accountId: number,
  calculationDate: string,
): PenaltyInput {
  return (
    penaltyInputsForAccounts(sqlite, accountId, accountId, calculationDate).get(accountId) ?? {
      calculationDate,
      charges: [],
      payments: [],
    }
  );
}
