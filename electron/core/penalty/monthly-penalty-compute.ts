/**
 * @file The arithmetic of the monthly penalty run (measure 4) for a range of account ids, without writing.
 *
 * Accrued in month M = total penalty as of M's last day − total as of the previous month's last day. Running the
 * engine twice per account doubled the run's time, so by default it runs once, as of M's last day, and the total
 * as of the previous month end is read off the same lines ([Note: one pass]). Where that is not exact, the
 * account is computed a second time as of the previous month end.
 *
 * [Note: one pass]
 * As of the previous month end (P) the engine sees the same obligations (charges up to P's month), the same
 * payments up to P allocated the same way (allocation goes in date order and later payments cannot move earlier
 * ones), and for every day ≤ P the same outstanding base per rate — provided every part outstanding on P gets
 * the same rate whether its rate date is P, a payment day in M or M's last day. So its lines are this pass's
 * lines with `to ≤ P`, plus the line crossing P cut at P and rounded once on its own. Two cases break that and
 * fall back to the second engine pass: the penalty rate changes between P and M's end (a key-rate decision
 * while the rate follows the key rate — checked once per run), or a payment made by P names a month after P's
 * month (on P that month does not exist yet, so the payment went to the oldest debt instead).
 */
import type Database from 'better-sqlite3';
import { calculatePenalty } from '../../../shared/rules/penalty/calculate-penalty';
import { dayNumber, fromDayNumber, nextPeriod } from '../../../shared/rules/penalty/day-count';
import { penaltyRateOn, type PenaltyTables } from '../../../shared/rules/penalty/legal-tables';
import type { PenaltyInput, PenaltyLine } from '../../../shared/rules/penalty/penalty-types';
import { linePenaltyKopecks } from '../../../shared/rules/penalty/rational';
import { readPenaltyInputs } from './monthly-penalty-inputs';

/** One line of the month as stored in `penalty_accruals.lines_json` (the ЕПД information text reads it). */
export interface MonthPenaltyLine {
  /** The billing month whose debt bears the penalty. */
  period: string;
  kind: PenaltyLine['kind'];
  /** Inclusive, inside the run's month. */
  from: string;
  to: string;
  days: number;
  baseKopecks: number;
  rateBasisPoints: number;
  /** '1/300', '1/130', '0'. */
  fraction: string;
  moratoriumId: string | null;
  /** Penalty of these days: the line's penalty minus what it had by the previous month end. */
  penaltyKopecks: number;
}

export interface AccountAccrual {
  accountId: number;
  companyId: number;
  accruedKopecks: number;
  /** Total penalty as of the month's last day. */
  totalKopecks: number;
  /** Unpaid charges past their due date on the month's last day: what the penalty runs on. */
  baseKopecks: number;
  /** Number of obligations past their due date on the month's last day (0 = «no overdue month yet»). */
  overdueMonths: number;
  /** MonthPenaltyLine[] as JSON: serialised on the computing thread, stored as is. */
  linesJson: string;
  /** Whether the previous month's total came from the same pass ([Note: one pass]) or a second engine run. */
  passes: 1 | 2;
}

export interface MonthWindow {
  period: string;
  monthStart: string;
  monthEnd: string;
  prevEnd: string;
  prevPeriod: string;
}

export function monthWindow(period: string): MonthWindow {
  const start = dayNumber(`${period}-01`);
  const next = dayNumber(`${nextPeriod(period)}-01`);
  const prevEnd = fromDayNumber(start - 1);
  return {
    period,
    monthStart: `${period}-01`,
    monthEnd: fromDayNumber(next - 1),
    prevEnd,
    prevPeriod: prevEnd.slice(0, 7),
  };
}

/** True when the penalty rate is one and the same on every day from the previous month end to the month end. */
export function rateConstantOver(tables: PenaltyTables, w: MonthWindow): boolean {
  const first = penaltyRateOn(tables, w.prevEnd).basisPoints;
  for (let d = dayNumber(w.prevEnd) + 1; d <= dayNumber(w.monthEnd); d++) {
    if (penaltyRateOn(tables, fromDayNumber(d)).basisPoints !== first) return false;
  }
  return true;
}

export interface ComputeRangeOptions {
  window: MonthWindow;
  fromId: number;
  toId: number;
  /** Only accounts of these УК (already filtered to those whose contract allows penalty). */
  companyIds: ReadonlySet<number>;
  /** From rateConstantOver(); false forces the second pass for every account. */
  onePass: boolean;
}

/** Accruals of the open accounts with ids in [fromId, toId] of the given УК (accounts with no charges included, at 0). */
export function computeAccrualsForRange(
  sqlite: Database.Database,
  tables: PenaltyTables,
  o: ComputeRangeOptions,
): AccountAccrual[] {
  const w = o.window;
  // Hot path: once per range of the monthly run, in each shard thread.
  const accounts = sqlite
    .prepare<[fromId: number, toId: number], { id: number; companyId: number }>(
      `SELECT id, management_company_id AS companyId FROM accounts WHERE id BETWEEN ? AND ? AND status = 'open' ORDER BY id`,
    )
    .all(o.fromId, o.toId);
  const wanted = accounts.filter((a) => o.companyIds.has(a.companyId));
  if (wanted.length === 0) return [];
  const inputs = readPenaltyInputs(sqlite, o.fromId, o.toId, w.monthEnd);
  const out: AccountAccrual[] = [];
  for (const account of wanted) {
    const input = inputs.get(account.id);
    if (!input) {
      out.push({
        accountId: account.id,
        companyId: account.companyId,
        accruedKopecks: 0,
        totalKopecks: 0,
        baseKopecks: 0,
        overdueMonths: 0,
        linesJson: '[]',
        passes: 1,
      });
      continue;
    }
    out.push({ accountId: account.id, companyId: account.companyId, ...accrueOne(input, tables, w, o.onePass) });
  }
  return out;
}

function accrueOne(
  input: PenaltyInput,
  tables: PenaltyTables,
  w: MonthWindow,
  onePass: boolean,
): Omit<AccountAccrual, 'accountId' | 'companyId'> {
  const result = calculatePenalty(input, tables, { reasons: false });
  const prevDay = dayNumber(w.prevEnd);
  const startDay = prevDay + 1;
  const namedAhead = input.payments.some(
    (p) => p.date <= w.prevEnd && p.period !== undefined && p.period > w.prevPeriod,
  );
  const passes: 1 | 2 = onePass && !namedAhead ? 1 : 2;

  let prevTotal = 0;
  const lines: MonthPenaltyLine[] = [];
  for (const line of result.lines) {
    const from = dayNumber(line.from);
    const to = dayNumber(line.to);
    // What the line had earned by the previous month end, rounded once as a line of its own would be.
    const before =
      to <= prevDay
        ? line.penaltyKopecks
        : from <= prevDay && !line.moratorium
          ? linePenaltyKopecks(line.baseKopecks, prevDay - from + 1, line.rateBasisPoints, line.fraction)
          : 0;
    prevTotal += before;
    if (to < startDay) continue;
    const clippedFrom = Math.max(from, startDay);
    lines.push({
      period: line.period,
      kind: line.kind,
      from: fromDayNumber(clippedFrom),
      to: line.to,
      days: to - clippedFrom + 1,
      baseKopecks: line.baseKopecks,
      rateBasisPoints: line.rateBasisPoints,
      fraction: line.fraction.num === 0 ? '0' : `${line.fraction.num}/${line.fraction.den}`,
      moratoriumId: line.moratoriumId,
      penaltyKopecks: line.penaltyKopecks - before,
    });
  }
  if (passes === 2) {
    const prevInput: PenaltyInput = {
      ...input,
      calculationDate: w.prevEnd,
      charges: input.charges.filter((c) => c.period <= w.prevPeriod),
      payments: input.payments.filter((p) => p.date <= w.prevEnd),
    };
    prevTotal = calculatePenalty(prevInput, tables, { reasons: false }).totalKopecks;
  }
  let baseKopecks = 0;
  let overdueMonths = 0;
  for (const ob of result.obligations) {
    if (ob.lastPayDay < w.monthEnd && ob.unpaidKopecks > 0) {
      baseKopecks += ob.unpaidKopecks;
      overdueMonths += 1;
    }
  }
  return {
    accruedKopecks: result.totalKopecks - prevTotal,
    totalKopecks: result.totalKopecks,
    baseKopecks,
    overdueMonths,
    linesJson: JSON.stringify(lines),
    passes,
  };
}
