/**
 * @file `account.debt`: one account's debt as of a date (shared/debt/account-debt.ts) with each owner's part, split
 * by share to the kopeck — what the CLI's `account --json` prints and a court or bailiff package will quote.
 */
import type Database from 'better-sqlite3';
import { eq, sql } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { accounts, accountSummaries, managementCompanies } from '../../../shared/db/schema';
import type { AccountDebtReport } from '../../../shared/api/contract-debt';
import { CREDITOR_KINDS } from '../../../shared/debt/creditors';
import { debtForCreditor } from '../../../shared/debt/account-debt';
import { AppError } from '../app-error';
import { partsOf, readAccountDebt, readDebtors } from './account-debt-repo';

export function accountDebtReport(sqlite: Database.Database, number: string, asOf: string): AccountDebtReport {
  const account = drizzleOf(sqlite)
    .select({
      id: accounts.id,
      number: accounts.number,
      address: sql<string>`coalesce(${accountSummaries.address}, 'адрес не указан')`,
      companyName: managementCompanies.name,
    })
    .from(accounts)
    .innerJoin(managementCompanies, eq(managementCompanies.id, accounts.managementCompanyId))
    .leftJoin(accountSummaries, eq(accountSummaries.accountId, accounts.id))
    .where(eq(accounts.number, number))
    .get();
  if (!account) throw new AppError('NOT_FOUND', `Лицевой счёт № ${number} не найден.`);
  const debt = readAccountDebt(sqlite, account.id, asOf);
  const debtors = readDebtors(sqlite, account.id, asOf);
  const overdue = partsOf(debt.overdueKopecks, debtors);
  const notYetDue = partsOf(debt.notYetDueKopecks, debtors);
  const barred = partsOf(debt.timeBarredKopecks, debtors);
  const byCreditor = Object.fromEntries(
    CREDITOR_KINDS.map((kind) => [kind, debtForCreditor(debt, kind).overdueKopecks]),
  ) as AccountDebtReport['byCreditor'];
  return {
    accountId: account.id,
    number: account.number,
    address: account.address,
    companyName: account.companyName,
    asOf,
    overdueKopecks: debt.overdueKopecks,
    notYetDueKopecks: debt.notYetDueKopecks,
    timeBarredKopecks: debt.timeBarredKopecks,
    balanceKopecks: debt.balanceKopecks,
    advanceKopecks: debt.advanceKopecks,
    chargedKopecks: debt.chargedKopecks,
    paidKopecks: debt.paidKopecks,
    monthsInArrears: debt.monthsInArrears,
    debtSincePeriod: debt.debtSincePeriod,
    lastPaymentDate: debt.lastPaymentDate,
    byCreditor,
    owners: debtors.map((d, i) => ({
      name: d.fullName,
      role: d.role,
      share: `${d.share.num}/${d.share.den}`,
      shareAssumed: d.shareAssumed,
      overdueKopecks: overdue[i] ?? 0,
      notYetDueKopecks: notYetDue[i] ?? 0,
      timeBarredKopecks: barred[i] ?? 0,
      jointly: d.jointly,
    })),
    months: debt.months.map((m) => ({
      period: m.period,
      chargedKopecks: m.chargedKopecks,
      paidKopecks: m.paidKopecks,
      openKopecks: m.openKopecks,
      dueDate: m.dueDate,
      limitationExpiresOn: m.limitationExpiresOn,
      status: m.status,
      services: m.services,
    })),
  };
}
