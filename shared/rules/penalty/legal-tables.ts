/**
 * @file The versioned legal tables the penalty engine reads (shared, platform-free), and the lookups on them:
 * key rate on a date, the penalty rate on a rate date (2022–2026 decrees), the moratorium covering a day for an
 * obligation, the penalty scale (ч.14 before/after 2016, ч.14.1) on a day, the due-day rule for a billing month.
 *
 * Rules are data, versioned by date (docs/legal-notes.md): every row has a `validFrom`, so an administrator adds a
 * new key-rate decision or decree as a row; the engine never hard-codes a number. The seed is in ./seed.
 */
import { formatRuDate, type IsoDate } from '../../dates/iso-date';
import { periodWords } from '../../dates/period-words';
import { dayOfPeriod } from './day-count';
import type { Fraction } from './rational';

export type ChargeKind = 'housing' | 'capital_repair';

export const CHARGE_KINDS: readonly ChargeKind[] = ['housing', 'capital_repair'];

/** Key rate (refinancing rate before 2016) decided by the Bank of Russia, in force from `validFrom`. */
export interface KeyRateRow {
  validFrom: IsoDate;
  /** As written in the source table, e.g. '8.25'. */
  ratePercent: string;
  basisPoints: number;
  note: string;
}

export type RateRegimeRule =
  { kind: 'fixed'; basisPoints: number } | { kind: 'min-of-key-and'; capBasisPoints: number };

/** A Government decree replacing the key rate for ЖКУ penalties whose *rate date* falls in [validFrom, validTo]. */
export interface RateRegimeRow {
  validFrom: IsoDate;
  validTo: IsoDate;
  rule: RateRegimeRule;
  ruleText: string;
  source: string;
}

export type MoratoriumScope =
  | { kind: 'all' }
  /** Only obligations for billing months strictly before `period` ('YYYY-MM'). */
  | { kind: 'periods-before'; period: string };

/** Days [validFrom, validTo] (inclusive) on which no penalty accrues for obligations in `scope`. */
export interface MoratoriumRow {
  id: string;
  validFrom: IsoDate;
  validTo: IsoDate;
  scope: MoratoriumScope;
  scopeText: string;
  source: string;
}

/** The due day for billing months starting on or after `validFrom` (the first day of the first such month). */
export interface DueDayRow {
  validFrom: IsoDate;
  kinds: readonly ChargeKind[];
  /** Day of the month after the billing month; payment on that day is still on time. */
  dueDay: number;
  /** Whether a management contract (or a ТСЖ/ЖСК decision) may set another day. */
  contractDayAllowed: boolean;
  source: string;
  note: string;
}

export interface PenaltyBand {
  /** First day of delay (1-based, day 1 = the day after the due date) the band applies to. */
  fromDelayDay: number;
  fraction: Fraction;
}

/** How a day of delay is charged, for delay days falling on or after `validFrom`. */
export interface PenaltyScaleRow {
  id: string;
  validFrom: IsoDate;
  kind: ChargeKind;
  /** Ascending by fromDelayDay, the first starting at day 1. */
  bands: readonly PenaltyBand[];
  source: string;
  note: string;
}

export interface PenaltyTables {
  /** Printed with every calculation, so a figure can be traced to the tables it came from. */
  version: string;
  /** The date the tables are known to be complete to; later rate decisions may be missing. */
  asOf: IsoDate;
  keyRates: readonly KeyRateRow[];
  rateRegimes: readonly RateRegimeRow[];
  moratoria: readonly MoratoriumRow[];
  dueDays: readonly DueDayRow[];
  scales: readonly PenaltyScaleRow[];
}

/** A table has no row for a date (e.g. a key rate before 2012). A data problem: Russian message for the clerk. */
export class PenaltyTableError extends Error {
  readonly code = 'PENALTY.TABLE_GAP';
  constructor(message: string) {
    super(message);
    this.name = 'PenaltyTableError';
  }
}

/** The row with the latest validFrom ≤ date (rows need not be sorted), or undefined. */
function latestFrom<T extends { validFrom: IsoDate }>(rows: readonly T[], date: IsoDate): T | undefined {
  let best: T | undefined;
  for (const row of rows) if (row.validFrom <= date && (!best || row.validFrom >= best.validFrom)) best = row;
  return best;
}

export function keyRateOn(tables: PenaltyTables, date: IsoDate): KeyRateRow {
  const row = latestFrom(tables.keyRates, date);
  if (!row) throw new PenaltyTableError(`Нет ключевой ставки (ставки рефинансирования) на ${formatRuDate(date)}`);
  return row;
}

export interface PenaltyRate {
  basisPoints: number;
  keyRate: KeyRateRow;
  /** The decree that replaced the key rate, if any. */
  regime: RateRegimeRow | null;
}

/**
 * The rate for ЖКУ and capital-repair penalties whose rate date (payment day or calculation day) is `date`:
 * the key rate, unless a decree row covers the date (docs/legal-notes.md § Penalty — rate). Without a row — e.g. from
 * 01.01.2027, where no extension is known (⚠️ unconfirmed) — the key rate applies.
 */
export function penaltyRateOn(tables: PenaltyTables, date: IsoDate): PenaltyRate {
  const keyRate = keyRateOn(tables, date);
  const regime = tables.rateRegimes.find((r) => r.validFrom <= date && date <= r.validTo) ?? null;
  if (!regime) return { basisPoints: keyRate.basisPoints, keyRate, regime };
  const rule = regime.rule;
  switch (rule.kind) {
    case 'fixed':
      return { basisPoints: rule.basisPoints, keyRate, regime };
    case 'min-of-key-and':
      return { basisPoints: Math.min(rule.capBasisPoints, keyRate.basisPoints), keyRate, regime };
  }
}

/** Whether a moratorium covers obligations of billing month `period`. */
export function moratoriumApplies(row: MoratoriumRow, period: string): boolean {
  const scope = row.scope;
  switch (scope.kind) {
    case 'all':
      return true;
    case 'periods-before':
      return period < scope.period;
  }
}

/** The moratorium under which day `date` bears no penalty for the obligation of `period`, or null. */
export function moratoriumOn(tables: PenaltyTables, date: IsoDate, period: string): MoratoriumRow | null {
  return tables.moratoria.find((m) => m.validFrom <= date && date <= m.validTo && moratoriumApplies(m, period)) ?? null;
}

export function scaleOn(tables: PenaltyTables, date: IsoDate, kind: ChargeKind): PenaltyScaleRow {
  const row = latestFrom(
    tables.scales.filter((s) => s.kind === kind),
    date,
  );
  if (!row)
    throw new PenaltyTableError(
      `Нет правила начисления пеней (${kind === 'capital_repair' ? 'взносы на капремонт' : 'ЖКУ'}) на ${formatRuDate(date)}`,
    );
  return row;
}

/** The fraction of the rate for day of delay `delayDay` (1-based) under a scale. */
export function fractionFor(scale: PenaltyScaleRow, delayDay: number): Fraction {
  let found: PenaltyBand | undefined;
  for (const band of scale.bands) if (band.fromDelayDay <= delayDay) found = band;
  if (!found) throw new PenaltyTableError(`Правило «${scale.id}» не задаёт долю для ${delayDay}-го дня просрочки`);
  return found.fraction;
}

export function dueDayRowFor(tables: PenaltyTables, period: string, kind: ChargeKind): DueDayRow {
  const row = latestFrom(
    tables.dueDays.filter((r) => r.kinds.includes(kind)),
    dayOfPeriod(period, 1),
  );
  if (!row) throw new PenaltyTableError(`Нет правила срока оплаты за ${periodWords(period)}`);
  return row;
}
