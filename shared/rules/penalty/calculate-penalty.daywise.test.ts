/**
 * @file The engine cuts lines at breakpoints only ([Note: walking by breakpoints]); this checks it against a
 * plain day-by-day walk on random accounts from 2014 to 2027 (both regimes, both moratoria, the 2016 and 2026
 * switches, capital repair, named and unnamed payments). For every obligation the unrounded penalty of its lines
 * must equal the sum over its days of (parts outstanding that day × their rate × that day's fraction), with the
 * scale, fraction and moratorium looked up afresh for each day. Exact: both sides in integer units of
 * kopeck × basis point / (300 × 130 × 10 000).
 */
import { describe, expect, it } from 'vitest';
import { allocatePayments } from './allocate-payments';
import { calculatePenalty } from './calculate-penalty';
import { dayNumber, fromDayNumber } from './day-count';
import { dueDateFor } from './due-date';
import { fractionFor, moratoriumOn, penaltyRateOn, scaleOn, type ChargeKind } from './legal-tables';
import type { PenaltyCharge, PenaltyInput, PenaltyPayment } from './penalty-types';
import type { Fraction } from './rational';
import { SEED_PENALTY_TABLES as T } from './seed/index';

const UNIT = 300n * 130n;
const scaled = (kopecks: number, bp: number, f: Fraction, days: number): bigint =>
  f.num === 0 ? 0n : (BigInt(kopecks) * BigInt(bp) * BigInt(f.num) * BigInt(days) * UNIT) / BigInt(f.den);

/** A small deterministic generator, so a failure names its seed. */
function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

function randomInput(seed: number): PenaltyInput {
  const r = rng(seed);
  const startYear = 2014 + Math.floor(r() * 12);
  const startMonth = 1 + Math.floor(r() * 12);
  const months = 1 + Math.floor(r() * 30);
  const charges: PenaltyCharge[] = [];
  let y = startYear;
  let m = startMonth;
  for (let i = 0; i < months && y < 2027; i++) {
    const period = `${y}-${String(m).padStart(2, '0')}`;
    charges.push({ period, amountKopecks: 100_000 + Math.floor(r() * 900_000) });
    if (r() < 0.3) charges.push({ period, amountKopecks: 20_000 + Math.floor(r() * 80_000), kind: 'capital_repair' });
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y++;
  }
  const first = dayNumber(`${startYear}-${String(startMonth).padStart(2, '0')}-15`);
  const calc = Math.min(dayNumber('2027-06-30'), first + 60 + Math.floor(r() * 2000));
  const payments: PenaltyPayment[] = [];
  const count = Math.floor(r() * 12);
  for (let i = 0; i < count; i++) {
    const day = first + Math.floor(r() * (calc - first));
    const named = r() < 0.3 ? charges[Math.floor(r() * charges.length)]?.period : undefined;
    payments.push({
      date: fromDayNumber(day),
      amountKopecks: 50_000 + Math.floor(r() * 1_500_000),
      ...(named ? { period: named } : {}),
    });
  }
  return { calculationDate: fromDayNumber(calc), charges, payments };
}

describe('breakpoint walk against a day-by-day walk', () => {
  it.each(Array.from({ length: 150 }, (_, i) => i + 1))('random account #%i', (seed) => {
    const input = randomInput(seed);
    const result = calculatePenalty(input, T);
    const calc = input.calculationDate;

    // The day-by-day reference, from the same allocation (its own tests cover it) and fresh table lookups.
    const sums = new Map<string, { period: string; kind: ChargeKind; amount: number }>();
    for (const c of input.charges) {
      const kind = c.kind ?? 'housing';
      const key = `${c.period}/${kind}`;
      sums.set(key, { period: c.period, kind, amount: (sums.get(key)?.amount ?? 0) + c.amountKopecks });
    }
    const obligations = [...sums].map(([key, s]) => ({
      key,
      period: s.period,
      kind: s.kind,
      amountKopecks: s.amount,
      lastPayDay: dueDateFor(s.period, s.kind, T).lastPayDay,
    }));
    const allocation = allocatePayments(
      obligations,
      input.payments.filter((p) => p.date <= calc),
    );
    for (const o of obligations) {
      const parts = allocation.parts.filter((p) => p.obligationKey === o.key);
      const pieces = parts
        .filter((p) => p.paidOn > o.lastPayDay)
        .map((p) => ({
          amount: p.amountKopecks,
          last: dayNumber(p.paidOn),
          bp: penaltyRateOn(T, p.paidOn).basisPoints,
        }));
      const unpaid = o.amountKopecks - parts.reduce((s, p) => s + p.amountKopecks, 0);
      if (unpaid > 0 && calc > o.lastPayDay)
        pieces.push({ amount: unpaid, last: dayNumber(calc), bp: penaltyRateOn(T, calc).basisPoints });
      const start = dayNumber(o.lastPayDay) + 1;
      let expected = 0n;
      for (let d = start; d <= Math.max(start - 1, ...pieces.map((p) => p.last)); d++) {
        const date = fromDayNumber(d);
        if (moratoriumOn(T, date, o.period)) continue;
        const fraction = fractionFor(scaleOn(T, date, o.kind), d - start + 1);
        for (const p of pieces) if (p.last >= d) expected += scaled(p.amount, p.bp, fraction, 1);
      }
      const lines = result.lines.filter((l) => l.period === o.period && l.kind === o.kind && !l.moratorium);
      const actual = lines.reduce((s, l) => s + scaled(l.baseKopecks, l.rateBasisPoints, l.fraction, l.days), 0n);
      expect(actual, `${o.key}, seed ${seed}`).toBe(expected);
    }
  });
});
