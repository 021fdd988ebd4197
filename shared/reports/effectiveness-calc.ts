/**
 * @file The arithmetic of the effectiveness report, apart from the database so it is tested by hand: an account
 * acted on on day D with base B (its overdue debt then) "paid" within N days when its payments dated in (D, D + N]
 * sum to at least 10 % of B — a payment on D itself does not count (it may have come before the action), one on
 * D + N does, one on D + N + 1 does not. A window is measured only when it has ended: D + N before today; until
 * then the account is pending and stays out of the share. The comparison group is weighed by the kind's mix of
 * brackets, so a kind aimed at the biggest debts is not compared with the small ones.
 */
import type { BracketCode } from '../registry/brackets';
import { EFFECT_PAID_SHARE_PERCENT, EFFECT_WINDOWS } from './effect-kinds';
import type { EffectComparedFigures, EffectGroupFigures } from './effectiveness-types';

/** An account's payments, sorted by day (days as epochDay numbers). */
export interface PaymentSeries {
  days: number[];
  amounts: number[];
}

/** 'YYYY-MM-DD' → whole days since 1970-01-01 (UTC-based: no zone or DST can move it). */
export function epochDay(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}

/** The sum of the payments dated in (day, day + n]. */
export function paidWithin(series: PaymentSeries | undefined, day: number, n: number): number {
  if (!series) return 0;
  let sum = 0;
  const { days, amounts } = series;
  for (let i = 0; i < days.length; i++) {
    const d = days[i] as number;
    if (d <= day) continue;
    if (d > day + n) break;
    sum += amounts[i] as number;
  }
  return sum;
}

/** The payments in (day, day + N] for each of EFFECT_WINDOWS, in one walk of the series. */
export function windowPayments(series: PaymentSeries | undefined, day: number): number[] {
  const out = EFFECT_WINDOWS.map(() => 0);
  if (!series) return out;
  const { days, amounts } = series;
  for (let i = 0; i < days.length; i++) {
    const d = days[i] as number;
    if (d <= day) continue;
    EFFECT_WINDOWS.forEach((n, w) => {
      if (d <= day + n) out[w] = (out[w] as number) + (amounts[i] as number);
    });
  }
  return out;
}

/** Whether `paid` reaches 10 % of `base` (integer arithmetic: 10 % of 1 001 kopecks needs 101). */
export function paysEnough(paidKopecks: number, baseKopecks: number): boolean {
  return paidKopecks * 100 >= baseKopecks * EFFECT_PAID_SHARE_PERCENT;
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

interface WindowAcc {
  measured: number;
  paid: number;
  paidKopecks: number;
  baseKopecks: number;
  pending: number;
}

/** Sums one group's accounts window by window. */
export class GroupAccumulator {
  accounts = 0;
  baseKopecks = 0;
  readonly windows: WindowAcc[] = EFFECT_WINDOWS.map(() => ({
    measured: 0,
    paid: 0,
    paidKopecks: 0,
    baseKopecks: 0,
    pending: 0,
  }));

  /** One account acted on (or, for the comparison group, watched from) `day`, with its base; today as epochDay. */
  add(baseKopecks: number, day: number, series: PaymentSeries | undefined, today: number): void {
    this.addPaid(baseKopecks, day, windowPayments(series, day), today);
  }

  /** The same with the window sums already counted (windowPayments), so two groups share one count. */
  addPaid(baseKopecks: number, day: number, paidByWindow: readonly number[], today: number): void {
    this.accounts += 1;
    this.baseKopecks += baseKopecks;
    EFFECT_WINDOWS.forEach((n, i) => {
      const w = this.windows[i] as WindowAcc;
      if (day + n >= today) {
        w.pending += 1;
        return;
      }
      const paid = paidByWindow[i] as number;
      w.measured += 1;
      w.baseKopecks += baseKopecks;
      w.paidKopecks += paid;
      if (paysEnough(paid, baseKopecks)) w.paid += 1;
    });
  }

  figures(): EffectGroupFigures {
    return {
      accounts: this.accounts,
      baseKopecks: this.baseKopecks,
      windows: this.windows.map((w, i) => ({
        days: EFFECT_WINDOWS[i] as number,
        measured: w.measured,
        paid: w.paid,
        sharePercent: w.measured === 0 ? null : round1((w.paid * 100) / w.measured),
        paidKopecks: w.paidKopecks,
        baseKopecks: w.baseKopecks,
        pending: w.pending,
      })),
    };
  }
}

/** The exact share (not rounded) of a window, or null. */
function rawShare(g: EffectGroupFigures | undefined, i: number): number | null {
  const w = g?.windows[i];
  return w && w.measured > 0 ? (w.paid * 100) / w.measured : null;
}

/**
 * A bracket row against the comparison group's same bracket.
 */
export function compareBracket(
  g: EffectGroupFigures,
  comparison: EffectGroupFigures | undefined,
): EffectComparedFigures {
  const comparisonSharePercent = g.windows.map((_, i) => {
    const s = rawShare(comparison, i);
    return s === null ? null : round1(s);
  });
  const diffPp = g.windows.map((_, i) => {
    const a = rawShare(g, i);
    const b = rawShare(comparison, i);
    return a === null || b === null ? null : round1(a - b);
  });
  return { ...g, comparisonSharePercent, diffPp };
}

/**
 * A kind's whole row against the comparison group weighed by the kind's brackets: Σ measured(b) × share(b) / Σ
 * measured(b), over the brackets the comparison group has measured accounts in.
 */
export function compareKind(
  g: EffectGroupFigures,
  kindByBracket: ReadonlyMap<BracketCode, EffectGroupFigures>,
  comparisonByBracket: ReadonlyMap<BracketCode, EffectGroupFigures>,
): EffectComparedFigures {
  const weighted = g.windows.map((_, i) => {
    let weight = 0;
    let sum = 0;
    for (const [bracket, kg] of kindByBracket) {
      const share = rawShare(comparisonByBracket.get(bracket), i);
      const measured = kg.windows[i]?.measured ?? 0;
      if (share === null || measured === 0) continue;
      weight += measured;
      sum += measured * share;
    }
    return weight === 0 ? null : sum / weight;
  });
  return {
    ...g,
    comparisonSharePercent: weighted.map((s) => (s === null ? null : round1(s))),
    diffPp: g.windows.map((_, i) => {
      const a = rawShare(g, i);
      const b = weighted[i] ?? null;
      return a === null || b === null ? null : round1(a - b);
    }),
  };
}
