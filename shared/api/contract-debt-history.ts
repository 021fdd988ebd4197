/**
 * @file API methods — Долг по дням: просроченная задолженность округа в прошлом (по УК, группам, домам) и собранные
 * суммы. Spread into the one contract in contract.ts. Aggregates only: no account, no person.
 */
import { z } from './zod-russian';
import { isoDateSchema } from './calendar-schemas';

/** The most points one series may have (three years of month-ends). */
export const DEBT_SERIES_MAX_POINTS = 36;

export const debtHistoryApiInputs = {
  'debtHistory.series': z
    .object({
      from: isoDateSchema('Начало периода'),
      to: isoDateSchema('Конец периода'),
      /** Month-ends or Sundays within [from, to] (and today when `to` is today). */
      step: z.enum(['month', 'week']).default('month'),
    })
    .strict(),
} satisfies Record<string, z.ZodType>;

export interface DebtSeriesBracket {
  code: string;
  label: string;
  accounts: number;
  debtKopecks: number;
}

export interface DebtSeriesCompany {
  id: number;
  name: string;
  accounts: number;
  debtKopecks: number;
  /** Payments from the 1st of the point's month to the point. */
  collectedKopecks: number;
}

export interface DebtSeriesPoint {
  date: string;
  /** Accounts with overdue debt that day. */
  accounts: number;
  debtKopecks: number;
  /** Payments from the 1st of the point's month to the point (month to date). */
  collectedKopecks: number;
  /** Every bracket with debt, biggest first (brackets without debtors that day have 0). */
  byBracket: DebtSeriesBracket[];
  /** Every УК, by name. */
  byCompany: DebtSeriesCompany[];
}

export interface DebtSeries {
  from: string;
  to: string;
  step: 'month' | 'week';
  /** Today (the core's clock): the last point when `to` reaches it. */
  today: string;
  points: DebtSeriesPoint[];
}

export interface DebtHistoryApiOutputs {
  'debtHistory.series': DebtSeries;
}
