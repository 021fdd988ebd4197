/**
 * @file What a court case demands of one account, as of a date: the ONE computation the queue, the case
 * preparation, the lawsuit after a cancelled order and the documents share, so the application, the calculations,
 * the register and the manifest agree to the kopeck.
 *
 * It is the claim's demand (measure 5) made for the court: the УК's own part of the debt position
 * (`debtForCreditor`), months past the limitation left out unless the clerk includes them, the penalty of the
 * included months only (`claimPenalty`), and the payments as the engine allocated them (the same
 * `allocatePayments`, on the same obligations and payments). The debtor's part is the account's sum split by the
 * shares (`debtorParts`), so the co-owners' parts add up to the account's sum.
 */
import type Database from 'better-sqlite3';
import { readAccountDebt } from '../debt/account-debt-repo';
import { loadDebtTables } from '../debt/debt-tables-repo';
import { debtForCreditor, type DebtTables } from '../../../shared/debt/account-debt';
import { splitByShares, type Share } from '../../../shared/debt/split-by-shares';
import { claimStatement, isDemanded } from '../../../shared/documents/claim/claim-statement';
import { claimPenalty } from '../../../shared/documents/claim/claim-penalty';
import { calculatePenalty } from '../../../shared/rules/penalty/calculate-penalty';
import { allocatePayments } from '../../../shared/rules/penalty/allocate-payments';
import { PenaltyTableError } from '../../../shared/rules/penalty/legal-tables';
import type { PenaltyLine } from '../../../shared/rules/penalty/penalty-types';
import type { CaseMonth, CasePayment } from '../../../shared/court/court-case-facts';
import { penaltyInputForAccount } from '../penalty/account-penalty-input';
import { AppError } from '../app-error';

export interface CaseDebt {
  asOf: string;
  /** The УК's months from the oldest unpaid one to the last overdue one (time-barred ones marked). */
  months: CaseMonth[];
  /** Every payment part up to the as-of date: its date, sum and the billing month it paid (the engine's allocation). */
  payments: CasePayment[];
  /** The account's unpaid sum over the included months. */
  accountPrincipalKopecks: number;
  /** The account's penalty over the included months, as of the date. */
  accountPenaltyKopecks: number;
  penaltyLines: PenaltyLine[];
  includedPeriods: string[];
  timeBarredPeriods: string[];
  /** The penalty tables' version the penalty was counted with. */
  tablesVersion: string;
}

export interface CaseDebtOptions {
  /** Include months past the limitation (the clerk's choice, with a note; ГК ст.199 п.2). */
  includeTimeBarred: boolean;
  tables?: DebtTables;
}

export function caseDebt(
  sqlite: Database.Database,
  accountId: number,
  asOf: string,
  options: CaseDebtOptions,
): CaseDebt {
  const tables = options.tables ?? loadDebtTables(sqlite);
  const debt = readAccountDebt(sqlite, accountId, asOf, tables);
  const own = debtForCreditor(debt, 'management_company');
  const statement = claimStatement(own, {}, { includeTimeBarred: options.includeTimeBarred });
  const input = penaltyInputForAccount(sqlite, accountId, asOf);
  let engine;
  try {
    engine = calculatePenalty(input, tables.penalty, { rateDateRule: 'payment-day' });
  } catch (error) {
    if (error instanceof PenaltyTableError)
      throw new AppError(error.code, `Пени не рассчитаны — ${error.message}. Дополните правовые таблицы.`);
    throw error;
  }
  const penalty = claimPenalty(engine, debt, 'management_company', {
    includeTimeBarred: options.includeTimeBarred,
  });
  const months: CaseMonth[] = statement.months.map((m) => ({
    period: m.period,
    dueDate: m.dueDate,
    chargedKopecks: m.chargedKopecks,
    paidKopecks: m.paidKopecks,
    openKopecks: m.openKopecks,
    timeBarred: m.status === 'time_barred',
    included: isDemanded(m, options.includeTimeBarred),
  }));
  const included = months.filter((m) => m.included);
  const allocation = allocatePayments(
    engine.obligations.map((o) => ({
      key: `${o.period}/${o.kind}`,
      period: o.period,
      kind: o.kind,
      amountKopecks: o.amountKopecks,
      lastPayDay: o.lastPayDay,
    })),
    input.payments,
    false,
  );
  // The housing obligations are the УК's (capital repair is the regional operator's, and its payments with it).
  const payments: CasePayment[] = allocation.parts
    .filter((p) => p.obligationKey.endsWith('/housing'))
    .map((p) => ({ date: p.paidOn, kopecks: p.amountKopecks, period: p.obligationKey.slice(0, 7) }));
  if (allocation.advanceKopecks > 0) {
    const last = input.payments.at(-1);
    if (last) payments.push({ date: last.date, kopecks: allocation.advanceKopecks, period: null });
  }
  return {
    asOf,
    months,
    payments,
    accountPrincipalKopecks: included.reduce((a, m) => a + m.openKopecks, 0),
    accountPenaltyKopecks: penalty.totalKopecks,
    penaltyLines: penalty.lines,
    includedPeriods: included.map((m) => m.period),
    timeBarredPeriods: months.filter((m) => m.timeBarred).map((m) => m.period),
    tablesVersion: engine.tablesVersion,
  };
}

/** An account's sum split among its debtors by their shares, to the kopeck: the parts add up to the sum. */
export function debtorParts(amountKopecks: number, debtors: readonly { share: Share }[]): number[] {
  return splitByShares(
    Math.max(0, amountKopecks),
    debtors.map((d) => d.share),
  );
}
