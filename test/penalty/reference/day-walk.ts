/**
 * @file The independent penalty reference: a plain walk over every calendar day of delay of every obligation.
 * It imports nothing from shared/rules/penalty except the input shape (penalty-types.ts); allocation, due dates,
 * shares, rates, moratoria, day arithmetic and rounding are this folder's own, the tables its own CSV copies.
 *
 * For each obligation (billing month × kind, charges of one month and kind summed, empty ones dropped):
 * 1. its last pay day (./due-date); payments up to the calculation day settled by ./allocation;
 * 2. the parts that bear penalty: each part paid after the last pay day, up to and including its payment day, at
 *    the rate on its rate date; the part still unpaid up to the calculation day at the rate on the calculation day.
 *    The rate date of a paid part is its payment day ('payment-day', the default) or the calculation day
 *    ('calculation-day'), docs/legal-notes.md § Penalty — rate;
 * 3. every day from the day after the last pay day to the last day any part is outstanding: that day's share
 *    (./scale), that day's moratorium (./moratoria), and for each outstanding part base × rate × share added
 *    exactly (./rounding) — nothing on a moratorium day, though the day-of-delay counter runs on.
 * Consecutive days with the same law, share, moratorium and outstanding bases make one printed line, one per rate
 * (parts at the same rate share a base), as the engine's contract describes; each line is rounded once, half up.
 */
import type { PenaltyInput } from '../../../shared/rules/penalty/penalty-types';
import { settle, type Debt } from './allocation';
import { toDay, toIso, type Day } from './calendar';
import { lastPayDay } from './due-date';
import { moratoriumFor, type Moratorium } from './moratoria';
import { penaltyRateOn } from './rates';
import { dayUnits, kopecksHalfUp } from './rounding';
import { shareOn, type DayShare, type Kind } from './scale';

export type RateDateRule = 'payment-day' | 'calculation-day';

export interface RefLine {
  period: string;
  kind: Kind;
  from: string;
  to: string;
  delayFrom: number;
  delayTo: number;
  baseKopecks: number;
  /** Hundredths of a percent a year. */
  rate: number;
  share: string;
  free: boolean;
  penaltyKopecks: number;
  rateDates: string[];
}

export interface RefObligation {
  period: string;
  kind: Kind;
  amountKopecks: number;
  lastPayDay: string;
  paidKopecks: number;
  /** Of which paid on or before the last pay day (bears no penalty). */
  paidOnTimeKopecks: number;
  unpaidKopecks: number;
  penaltyKopecks: number;
  /** Days of delay on which a moratorium left this obligation free. */
  freeDays: number;
}

export interface RefResult {
  totalKopecks: number;
  lines: RefLine[];
  obligations: RefObligation[];
  advanceKopecks: number;
}

interface Part {
  amountKopecks: number;
  /** Last day the part bears penalty. */
  last: Day;
  rate: number;
  rateDay: Day;
}

interface OpenLine {
  rate: number;
  baseKopecks: number;
  rateDays: Day[];
  units: bigint;
}

interface OpenRun {
  from: Day;
  to: Day;
  delayFrom: number;
  share: DayShare;
  moratorium: Moratorium | null;
  /** How many parts had ended when the run began: a part ending changes the outstanding bases, so a new run. */
  outstandingVersion: number;
  lines: OpenLine[];
}

export function referencePenalty(input: PenaltyInput, rule: RateDateRule = 'payment-day'): RefResult {
  const calc = toDay(input.calculationDate);

  const sums = new Map<string, { period: string; kind: Kind; amount: number }>();
  for (const c of input.charges) {
    const kind: Kind = c.kind ?? 'housing';
    const s = sums.get(`${c.period} ${kind}`) ?? { period: c.period, kind, amount: 0 };
    s.amount += c.amountKopecks;
    sums.set(`${c.period} ${kind}`, s);
  }
  const debts: Debt[] = [...sums.values()]
    .filter((s) => s.amount > 0)
    .map((s) => ({
      period: s.period,
      kind: s.kind,
      amountKopecks: s.amount,
      lastPayDay: lastPayDay(s.period, input.contractDueDay),
    }));
  const { settled, advanceKopecks } = settle(
    debts,
    input.payments
      .filter((p) => toDay(p.date) <= calc)
      .map((p) => ({
        day: toDay(p.date),
        amountKopecks: p.amountKopecks,
        ...(p.period !== undefined ? { period: p.period } : {}),
      })),
  );

  const lines: RefLine[] = [];
  const obligations: RefObligation[] = [];
  debts.forEach((debt, index) => {
    const mine = settled.filter((s) => s.debt === index);
    const paid = mine.reduce((sum, s) => sum + s.amountKopecks, 0);
    const parts: Part[] = [];
    for (const s of mine) {
      if (s.day <= debt.lastPayDay) continue; // paid on time
      const rateDay = rule === 'payment-day' ? s.day : calc;
      parts.push({ amountKopecks: s.amountKopecks, last: s.day, rate: penaltyRateOn(rateDay), rateDay });
    }
    const unpaid = debt.amountKopecks - paid;
    if (unpaid > 0 && calc > debt.lastPayDay)
      parts.push({ amountKopecks: unpaid, last: calc, rate: penaltyRateOn(calc), rateDay: calc });

    const own: RefLine[] = [];
    let freeDays = 0;
    const byLastDay = [...parts].sort((a, b) => a.last - b.last);
    const end = byLastDay.length ? (byLastDay[byLastDay.length - 1] as Part).last : debt.lastPayDay;
    let ended = 0; // parts in byLastDay whose last day has passed
    let run: OpenRun | null = null;
    const close = (r: OpenRun): void => {
      for (const l of r.lines)
        own.push({
          period: debt.period,
          kind: debt.kind,
          from: toIso(r.from),
          to: toIso(r.to),
          delayFrom: r.delayFrom,
          delayTo: r.delayFrom + (r.to - r.from),
          baseKopecks: l.baseKopecks,
          rate: l.rate,
          share: r.share.num === 0 ? '0' : `${r.share.num}/${r.share.den}`,
          free: r.moratorium !== null,
          penaltyKopecks: kopecksHalfUp(l.units),
          rateDates: [...new Set(l.rateDays)].sort((a, b) => a - b).map(toIso),
        });
    };
    for (let day = debt.lastPayDay + 1; day <= end; day++) {
      while (ended < byLastDay.length && (byLastDay[ended] as Part).last < day) ended++;
      const delay = day - debt.lastPayDay;
      const share = shareOn(debt.kind, day, delay);
      const moratorium = moratoriumFor(day, debt.period);
      if (moratorium) freeDays++;
      const same =
        run !== null &&
        run.share.law === share.law &&
        run.share.num === share.num &&
        run.share.den === share.den &&
        run.moratorium === moratorium &&
        run.outstandingVersion === ended;
      if (!same) {
        if (run) close(run);
        const byRate = new Map<number, OpenLine>();
        for (const p of byLastDay.slice(ended)) {
          const l = byRate.get(p.rate) ?? { rate: p.rate, baseKopecks: 0, rateDays: [], units: 0n };
          l.baseKopecks += p.amountKopecks;
          l.rateDays.push(p.rateDay);
          byRate.set(p.rate, l);
        }
        run = {
          from: day,
          to: day,
          delayFrom: delay,
          share,
          moratorium,
          outstandingVersion: ended,
          lines: [...byRate.values()],
        };
      } else if (run) run.to = day;
      if (moratorium || !run) continue;
      for (const l of run.lines) l.units += dayUnits(l.baseKopecks, l.rate, share.num, share.den);
    }
    if (run) close(run);
    lines.push(...own);
    obligations.push({
      period: debt.period,
      kind: debt.kind,
      amountKopecks: debt.amountKopecks,
      lastPayDay: toIso(debt.lastPayDay),
      paidKopecks: paid,
      paidOnTimeKopecks: mine.filter((s) => s.day <= debt.lastPayDay).reduce((sum, s) => sum + s.amountKopecks, 0),
      unpaidKopecks: unpaid,
      penaltyKopecks: own.reduce((s, l) => s + l.penaltyKopecks, 0),
      freeDays,
    });
  });
  return {
    totalKopecks: lines.reduce((s, l) => s + l.penaltyKopecks, 0),
    lines,
    obligations,
    advanceKopecks,
  };
}
