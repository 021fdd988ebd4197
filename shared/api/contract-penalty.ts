/**
 * @file API methods of the penalty calculation for one account (account card, «Расчёт пени» PDF).
 * Spread into the one contract in contract.ts.
 */
import { z } from './zod-russian';
import type { IsoDate } from '../dates/iso-date';
import { isoDateSchema } from './calendar-schemas';
import type { PenaltyResult, RateDateRule } from '../rules/penalty/penalty-types';

/** One account, one calculation day (the engine's «today»), and whose rate date the paid parts use. */
const AccountPenaltyInput = z
  .object({
    accountId: z.number().int().positive(),
    calculationDate: isoDateSchema('Дата расчёта'),
    rateDateRule: z.enum(['payment-day', 'calculation-day']).optional(),
  })
  .strict();

export const penaltyApiInputs = {
  /** The penalty of one account on a date, with every line and the reasons for it (the card's «Пени»). */
  'penalty.forAccount': AccountPenaltyInput,
  /** The same calculation as a «Расчёт пени» PDF, saved in the data folder and returned as bytes. */
  'penalty.calculationPdf': AccountPenaltyInput,
} as const;

/** A rate date used by the lines, and the rate on it with where it came from (for the clerk and the court). */
export interface PenaltyRateDateNote {
  date: IsoDate;
  rateBasisPoints: number;
  /** Russian: «9,5 % — постановление Правительства РФ от 18.03.2025 № 329: …; ключевая ставка 21 % (с 28.10.2024)». */
  text: string;
}

/** A moratorium that took days out of at least one line. */
export interface PenaltyMoratoriumNote {
  id: string;
  validFrom: IsoDate;
  validTo: IsoDate;
  /** Russian: the decree and what it covers. */
  text: string;
}

/** The engine's result for one account, with what a screen or a document needs to say whose it is. */
export interface AccountPenalty extends PenaltyResult {
  accountId: number;
  accountNumber: string;
  address: string;
  companyName: string;
  companyInn: string;
  rateDateRule: RateDateRule;
  /** The date the legal tables are known to be complete to. */
  tablesAsOf: IsoDate;
  rateDates: PenaltyRateDateNote[];
  moratoria: PenaltyMoratoriumNote[];
  /** Legal basis lines (ч.14 / ч.14.1 ст.155 ЖК РФ and the scale texts used). */
  legalBasis: string[];
}

export interface PenaltyCalculationPdf {
  fileName: string;
  /** The PDF's bytes, so the browser host can open it without a file path. */
  base64: string;
  /** Where the core saved it: `<data dir>/documents/penalty/<account>-<date>.pdf`. */
  savedPath: string;
}

export interface PenaltyApiOutputs {
  'penalty.forAccount': AccountPenalty;
  'penalty.calculationPdf': PenaltyCalculationPdf;
}

export { z };
