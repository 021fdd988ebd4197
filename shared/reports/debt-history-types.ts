/**
 * @file The overdue debt of past days as the reports read it (aggregates only: no account, no person).
 */

/** One УК's debtors of one bracket on one day. */
export interface DebtSnapshotRow {
  asOfDate: string;
  managementCompanyId: number;
  /** debt_brackets.code of the debt on that day. */
  bracket: string;
  accounts: number;
  debtKopecks: number;
  /** Payments received from the first day of as_of_date's month to as_of_date itself (month to date). */
  collectedKopecks: number;
}

/** One building's debtors on one day (the meeting kit's trend). */
export interface BuildingDebtPoint {
  asOfDate: string;
  /** Accounts with overdue debt that day. */
  accounts: number;
  debtKopecks: number;
  byBracket: Record<string, { accounts: number; debtKopecks: number }>;
}
