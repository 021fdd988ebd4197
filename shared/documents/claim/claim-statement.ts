/**
 * @file The debt statement a claim demands from (shared, pure): the sending УК's part of the account's debt
 * position (shared/debt/account-debt.ts, restricted by `debtForCreditor`) for the whole open period, by month and,
 * where a month's charges are split, by service; and what the claim demands of it.
 *
 * - Overdue months are demanded. Months past the limitation period (ГК ст.196, 200) are marked and, unless the
 *   setting «включать месяцы за пределами срока исковой давности» is on, left out of the demand: the creditor may
 *   ask for them, but a court applies limitation on the debtor's statement (ГК ст.199 п.2).
 * - A month whose due date has not come is shown apart and never demanded.
 * - Other creditors' debt (capital repair → the regional operator, social-tenancy rent → the landlord) is not the
 *   УК's to demand; the statement mentions it as owed to them.
 * Integer kopecks; the view (claim-statement-view.ts) turns it into text.
 */
import type { AccountDebt, DebtMonth } from '../../debt/account-debt';
import type { CreditorKind } from '../../debt/creditors';

export interface ClaimStatementOptions {
  /** Demand months past the limitation period too (the setting; default false). */
  includeTimeBarred: boolean;
}

export interface ClaimStatement {
  asOf: string;
  /** Months from the oldest unpaid one to the last overdue or paid one (not-yet-due months are in `notYetDue`). */
  months: DebtMonth[];
  /** Months whose due date has not come, shown apart, not demanded. */
  notYetDue: DebtMonth[];
  overdueKopecks: number;
  timeBarredKopecks: number;
  /** What the claim demands: the overdue, less the time-barred part unless the setting includes it. */
  demandedKopecks: number;
  notYetDueKopecks: number;
  includeTimeBarred: boolean;
  /** Overdue debt owed to other creditors (not demanded here), those with any. */
  otherCreditors: Array<{ creditor: Exclude<CreditorKind, 'management_company'>; overdueKopecks: number }>;
}

/**
 * @param own the position restricted to the sending creditor (`debtForCreditor(debt, 'management_company')`)
 * @param others overdue debt of the account owed to other creditors, by creditor
 */
export function claimStatement(
  own: AccountDebt,
  others: Partial<Record<Exclude<CreditorKind, 'management_company'>, number>>,
  options: ClaimStatementOptions,
): ClaimStatement {
  const firstOpen = own.months.findIndex((m) => m.openKopecks > 0);
  const open = firstOpen < 0 ? [] : own.months.slice(firstOpen);
  const months = open.filter((m) => m.status !== 'not_yet_due');
  const notYetDue = open.filter((m) => m.status === 'not_yet_due');
  const demandedKopecks = own.overdueKopecks - (options.includeTimeBarred ? 0 : own.timeBarredKopecks);
  return {
    asOf: own.asOf,
    months,
    notYetDue,
    overdueKopecks: own.overdueKopecks,
    timeBarredKopecks: own.timeBarredKopecks,
    demandedKopecks,
    notYetDueKopecks: own.notYetDueKopecks,
    includeTimeBarred: options.includeTimeBarred,
    otherCreditors: (['capital_repair_operator', 'landlord'] as const)
      .map((creditor) => ({ creditor, overdueKopecks: others[creditor] ?? 0 }))
      .filter((c) => c.overdueKopecks > 0),
  };
}

/** Whether a month's debt is part of the demand. */
export function isDemanded(month: DebtMonth, includeTimeBarred: boolean): boolean {
  if (month.openKopecks <= 0) return false;
  if (month.status === 'overdue') return true;
  return month.status === 'time_barred' && includeTimeBarred;
}
