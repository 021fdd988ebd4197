/**
 * @file Input and output shapes of the penalty engine (shared). Amounts are integer kopecks, dates 'YYYY-MM-DD',
 * billing months 'YYYY-MM'. The output is plain JSON (no bigint), so it can go over IPC or into a document.
 */
import type { IsoDate } from '../../dates/iso-date';
import type { ChargeKind } from './legal-tables';
import type { Fraction } from './rational';

export interface PenaltyCharge {
  period: string;
  /** ≥ 0 kopecks; several charges of one month and kind are one obligation. */
  amountKopecks: number;
  /** Default 'housing' (ЖК ст.155 ч.14); 'capital_repair' is ч.14.1. */
  kind?: ChargeKind;
}

export interface PenaltyPayment {
  date: IsoDate;
  /** > 0 kopecks. */
  amountKopecks: number;
  /** The billing month the payer named, if any. */
  period?: string;
}

export interface PenaltyInput {
  /** The last day counted — the engine's injected «today»; it never reads the clock. */
  calculationDate: IsoDate;
  charges: readonly PenaltyCharge[];
  payments: readonly PenaltyPayment[];
  /** Due day from the management contract, used only for billing months whose rule allows it. */
  contractDueDay?: number;
}

/**
 * Whose rate date a part uses. 'payment-day' (default; ЖК ст.155 ч.14 «ставка, действующая на день фактической
 * оплаты»; docs/legal-notes.md § Penalty — rate, example EX1c): each paid part at the rate on its payment day, the
 * unpaid rest at the rate on the calculation day. 'calculation-day': one rate for everything (how examples EX1/EX1b
 * and many court calculations are done).
 */
export type RateDateRule = 'payment-day' | 'calculation-day';

export interface PenaltyOptions {
  rateDateRule?: RateDateRule;
  /**
   * false: leave `reasons` empty. The monthly run of a district stores lines only, and writing the Russian
   * sentences nobody reads there took a third of its time. Lines and totals are the same either way.
   */
  reasons?: boolean;
}

/** One printed line: one base, one rate, one fraction over a run of days. Lines add up to the total. */
export interface PenaltyLine {
  period: string;
  kind: ChargeKind;
  /** Inclusive. */
  from: IsoDate;
  /** Inclusive. */
  to: IsoDate;
  days: number;
  /** Days of delay counted from the due date (day 1 = the day after it); the counter runs through moratoria. */
  delayDayFrom: number;
  delayDayTo: number;
  /** Unpaid amount the line is charged on, kopecks. */
  baseKopecks: number;
  /** Annual rate, basis points (950 = 9.5 %). */
  rateBasisPoints: number;
  /** The payment days and/or the calculation day whose rate this is. */
  rateDates: IsoDate[];
  /** Share of the rate per day: 0 in the grace days, 1/300, 1/130. */
  fraction: Fraction;
  /** True on moratorium days: no penalty, though the delay-day counter goes on. */
  moratorium: boolean;
  moratoriumId: string | null;
  /** The scale row (ч.14, ч.14 до 2016, ч.14.1) governing these days. */
  scaleId: string;
  penaltyKopecks: number;
}

export type PenaltyReasonCode =
  | 'DUE_DATE'
  | 'ALLOCATION'
  | 'PAID_ON_TIME'
  | 'PAYMENT_AFTER_CALCULATION'
  | 'RATE'
  | 'SCALE'
  | 'MORATORIUM'
  | 'MORATORIUM_NOT_APPLICABLE'
  | 'TABLES_STALE'
  | 'EMPTY_CHARGE';

export interface PenaltyReason {
  code: PenaltyReasonCode;
  period?: string;
  kind?: ChargeKind;
  /** Russian, for the clerk and the court. */
  text: string;
}

export interface ObligationSummary {
  period: string;
  kind: ChargeKind;
  amountKopecks: number;
  lastPayDay: IsoDate;
  /** Paid by the calculation date. */
  paidKopecks: number;
  unpaidKopecks: number;
  penaltyKopecks: number;
}

export interface PenaltyResult {
  calculationDate: IsoDate;
  tablesVersion: string;
  totalKopecks: number;
  lines: PenaltyLine[];
  reasons: PenaltyReason[];
  obligations: ObligationSummary[];
  /** Paid beyond every charge in the input (an advance; it does not reduce penalty). */
  advanceKopecks: number;
}
