/**
 * @file API methods of the debt position (shared/debt/account-debt.ts): one account's debt as the law counts it on a
 * date, with its owners' shares. Spread into the one contract in contract.ts. The CLI's `account --json` prints
 * this report as it is (a fixed contract: overdueKopecks, notYetDueKopecks, timeBarredKopecks, owners[]).
 */
import { z } from './zod-russian';
import type { IsoDate } from '../dates/iso-date';
import { isoDateSchema } from './calendar-schemas';
import type { LedgerMonth } from '../registry/registry-types';
import { LimitationRequestSchema } from '../debt/limitation-request';
import type { MonthLimitation } from '../debt/limitation';

export const debtApiInputs = {
  /**
   * Исковая давность by billing month, with court orders (the CLI's `limitation --input FILE.json`): the office's
   * due-day table and the production calendar.
   */
  'debt.limitation': LimitationRequestSchema,
  /** The debt of the account with this number, as of a date (today when omitted). */
  'account.debt': z
    .object({
      number: z
        .string({ error: 'Укажите номер лицевого счёта.' })
        .trim()
        .min(1, 'Укажите номер лицевого счёта.')
        .max(40, 'Номер лицевого счёта длиннее 40 знаков.'),
      asOf: isoDateSchema('Дата «на дату»').optional(),
    })
    .strict(),
} as const;

export interface DebtOwnerReport {
  name: string;
  role: 'owner' | 'tenant';
  /** '1/3'; '1/1' for a whole share. */
  share: string;
  /** True when the data gave no shares and the owners were counted equal. */
  shareAssumed: boolean;
  overdueKopecks: number;
  notYetDueKopecks: number;
  timeBarredKopecks: number;
  /** A social tenant's adult family members, jointly liable. */
  jointly: string[];
}

export interface AccountDebtReport {
  accountId: number;
  number: string;
  address: string;
  companyName: string;
  asOf: IsoDate;
  overdueKopecks: number;
  notYetDueKopecks: number;
  timeBarredKopecks: number;
  balanceKopecks: number;
  advanceKopecks: number;
  chargedKopecks: number;
  paidKopecks: number;
  monthsInArrears: number;
  debtSincePeriod: string | null;
  lastPaymentDate: IsoDate | null;
  /** Overdue debt by creditor (the УК demands only its own). */
  byCreditor: Record<'management_company' | 'capital_repair_operator' | 'landlord', number>;
  owners: DebtOwnerReport[];
  months: LedgerMonth[];
}

export interface DebtApiOutputs {
  'account.debt': AccountDebtReport;
  'debt.limitation': { asOf: string; months: MonthLimitation[] };
}
