/**
 * @file Deterministic random accounts for comparing the engine with the reference. A seeded generator
 * (mulberry32), so a failure names the seed and the account number that reproduce it.
 *
 * Profiles, each steering the months and dates towards some rules while staying random inside them:
 * - 'any': billing months anywhere in 2014–2026, calculation days up to the end of 2027;
 * - 'switch-2016': debts of 2014–2015 whose delay runs into 2016 (old text → new scale);
 * - 'moratoria': debts of 2019–2022 around Decree 424 (2020) and Decree 497 (2022, March vs April 2022), paid on
 *   days in the fixed-9.5 and min(9.5, key) regimes with key rates below 9.5 (2022–2023);
 * - 'switch-2026': debts of 2025–2026 around the 10th → 15th switch and the end of the 2026 cap (rate dates in 2027).
 * Every account may have capital-repair contributions, a management-contract due day, named and unnamed payments,
 * partial payments, payments before the due date, payments after the calculation day, split and empty charges.
 */
import type { PenaltyCharge, PenaltyInput, PenaltyPayment } from '../../../shared/rules/penalty/penalty-types';
import { monthText, toDay, toIso } from './calendar';
import type { RateDateRule } from './day-walk';

export type Profile = 'any' | 'switch-2016' | 'moratoria' | 'switch-2026';

export interface RandomAccount {
  input: PenaltyInput;
  rule: RateDateRule;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const WINDOWS: Record<Profile, { first: string; last: string; months: [number, number] }> = {
  any: { first: '2014-01', last: '2026-12', months: [1, 30] },
  'switch-2016': { first: '2014-01', last: '2015-12', months: [1, 14] },
  moratoria: { first: '2019-06', last: '2022-09', months: [1, 16] },
  'switch-2026': { first: '2025-06', last: '2026-12', months: [1, 16] },
};

const LAST_CALC = toDay('2027-12-31');

function monthIndex(period: string): number {
  return Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1;
}

function periodOf(index: number): string {
  return monthText(Math.floor(index / 12), (index % 12) + 1);
}

export function randomAccount(random: () => number, profile: Profile): RandomAccount {
  const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
  const chance = (p: number): boolean => random() < p;
  const w = WINDOWS[profile];
  const firstIndex = int(monthIndex(w.first), monthIndex(w.last));
  const count = Math.min(int(w.months[0], w.months[1]), monthIndex('2026-12') - firstIndex + 1);
  const withCapitalRepair = chance(0.4);
  const monthly = int(800_00, 9_000_00);

  const charges: PenaltyCharge[] = [];
  const periods: string[] = [];
  for (let k = 0; k < count; k++) {
    const period = periodOf(firstIndex + k);
    periods.push(period);
    const amount = chance(0.04) ? 0 : Math.max(1, Math.round(monthly * (0.6 + random() * 0.8)) + int(0, 99));
    if (chance(0.08)) {
      const first = int(0, amount);
      charges.push({ period, amountKopecks: first }, { period, amountKopecks: amount - first });
    } else charges.push({ period, amountKopecks: amount });
    if (withCapitalRepair) charges.push({ period, amountKopecks: int(150_00, 1_200_00), kind: 'capital_repair' });
  }

  const firstDay = toDay(`${periodOf(firstIndex)}-01`);
  const lastDue = toDay(`${periodOf(firstIndex + count)}-15`);
  const calcSpan = profile === 'switch-2016' ? int(30, 1_000) : int(-20, 2_200);
  const calc = Math.min(LAST_CALC, lastDue + calcSpan);

  const payments: PenaltyPayment[] = [];
  const paymentCount = int(0, Math.min(18, count + 4));
  for (let k = 0; k < paymentCount; k++) {
    const style = random();
    let day: number;
    let amount: number;
    if (style < 0.2) {
      // On time for some month: between the 1st and the 10th of the month after it.
      const month = periodOf(firstIndex + int(0, count - 1) + 1);
      day = toDay(`${month}-${String(int(1, 10)).padStart(2, '0')}`);
      amount = Math.round(monthly * (0.5 + random()));
    } else if (style < 0.6) {
      day = int(firstDay, calc + 30);
      amount = Math.max(1, Math.round(monthly * random()));
    } else {
      day = int(firstDay, calc + 10);
      amount = Math.round(monthly * (1 + random() * 4));
    }
    const named = chance(0.35)
      ? chance(0.9)
        ? periods[int(0, periods.length - 1)]
        : periodOf(firstIndex - 3)
      : undefined;
    payments.push({ date: toIso(day), amountKopecks: amount, ...(named !== undefined ? { period: named } : {}) });
  }

  const contractDueDay = chance(profile === 'switch-2026' ? 0.4 : 0.2) ? int(1, 31) : undefined;
  const input: PenaltyInput = {
    calculationDate: toIso(calc),
    charges,
    payments,
    ...(contractDueDay !== undefined ? { contractDueDay } : {}),
  };
  return { input, rule: chance(0.25) ? 'calculation-day' : 'payment-day' };
}
