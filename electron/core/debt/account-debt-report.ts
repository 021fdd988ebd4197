/**
 * @file `account.debt`: one account's debt as of a date (shared/debt/account-debt.ts) with each owner's part, split
 * by share to the kopeck — what the CLI's `account --json` prints and a court or bailiff package will quote.
 */
import type Database from 'better-sqlite3';
import type { AccountDebtReport } from '../../../shared/api/contract-debt';
import { CREDITOR_KINDS } from '../../../shared/debt/creditors';
import { debtForCreditor } from '../../../shared/debt/account-debt';
import { AppError } from '../app-error';
import { partsOf, readAccountDebt, readDebtors } from './account-debt-repo';

export function accountDebtReport(sqlite: Database.Database, number: string, asOf: string): AccountDebtReport {
  const account = sqlite
    .prepare(
      `SELECT a.id, a.number, coalesce(s.address, 'адрес не указан') AS address, c.name AS companyName
         FROM accounts a JOIN management_companies c ON c.id = a.management_company_id
         LEFT JOIN account_summaries s ON s.account_id = a.id
        WHERE a.number = ?`,
    )
    .get(number) as { id: number; number: string; address: string; companyName: string } | undefined;
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
