/**
 * @file Payment behaviour of an account: who pays what, when and through which channel.
 *
 * Bills are indexed by month of the history (0 … months−1); a payment is made in a later month k, where
 * k = months is the month after the history's end — the last month a payment may fall in (billing files are
 * exported then, so nothing later exists). The behaviour mix is tuned so that ~15–20 % of accounts end with
 * a debt over 5 000 ₽, spread across the plan's brackets, with social tenants over-represented.
 */

import type { Rng } from './prng';

export type Behaviour = 'punctual' | 'mostlyPunctual' | 'late' | 'partial' | 'chronic' | 'stopped' | 'bigRepayer';

/** [behaviour, weight for owners, weight for social tenants]. */
const MIX: ReadonlyArray<readonly [Behaviour, number, number]> = [
  ['punctual', 68.4, 46],
  ['mostlyPunctual', 14, 12],
  ['late', 5, 10],
  ['partial', 4, 11],
  ['chronic', 1.2, 7],
  ['stopped', 4.4, 11],
  ['bigRepayer', 3, 3],
];

export function pickBehaviour(rng: Rng, social: boolean): Behaviour {
  return rng.weighted(MIX.map(([b, owner, tenant]) => [b, social ? tenant : owner] as const));
}

/** A payment before dating: month index it is paid in, amount, and the bill month it pays for. */
export interface PlannedPayment {
  month: number;
  amount: number;
  forMonth: number;
  /** Paid on time (near the person's usual day) rather than at some random day. */
  onTime: boolean;
}

/** Round a partial payment to whole 10 ₽ the way people type amounts at a terminal. */
const round10 = (kopecks: number): number => Math.max(1000, Math.round(kopecks / 1000) * 1000);

/**
 * Planned payments for `bills` (kopecks per month). `lastMonth` is the last month index that may carry a
 * payment (= bills.length, the month after the history).
 */
export function planPayments(rng: Rng, behaviour: Behaviour, bills: readonly number[]): PlannedPayment[] {
  const n = bills.length;
  const out: PlannedPayment[] = [];
  const pay = (month: number, amount: number, forMonth: number, onTime = true): void => {
    if (month <= n && amount > 0) out.push({ month, amount, forMonth, onTime });
  };
  const bill = (m: number): number => bills[m] ?? 0;

  switch (behaviour) {
    case 'punctual':
      for (let m = 0; m < n; m++) pay(m + 1, bill(m), m);
      break;
    case 'mostlyPunctual': {
      // Sometimes skips a month, then pays both the next month.
      let carry = 0;
      let skipped = false;
      for (let m = 0; m < n; m++) {
        if (!skipped && rng.chance(0.08)) {
          carry += bill(m);
          skipped = true;
          continue;
        }
        pay(m + 1, carry + bill(m), m);
        carry = 0;
        skipped = false;
      }
      break;
    }
    case 'late': {
      const lag = rng.weighted<number>([
        [1, 50],
        [2, 35],
        [3, 15],
      ]);
      for (let m = 0; m < n; m++) pay(m + 1 + lag + (rng.chance(0.15) ? 1 : 0), bill(m), m, false);
      break;
    }
    case 'partial': {
      // Pays a fraction every month and clears the arrears now and then (a bonus, a tax refund…).
      const fraction = rng.float(0.5, 0.9);
      const clearChance = rng.float(0.03, 0.1);
      let debt = 0;
      for (let m = 0; m < n; m++) {
        debt += bill(m);
        const amount = rng.chance(clearChance) ? debt : Math.min(debt, round10(bill(m) * fraction));
        pay(m + 1, amount, m);
        debt -= amount;
      }
      break;
    }
    case 'chronic': {
      // Pays rarely, a month or two at a time; the debt grows for years.
      const often = rng.float(0.05, 0.3);
      let debt = 0;
      for (let m = 0; m < n; m++) {
        debt += bill(m);
        if (!rng.chance(often)) continue;
        const amount = Math.min(debt, round10(bill(m) * rng.float(0.5, 2)));
        pay(m + 1, amount, m, false);
        debt -= amount;
      }
      break;
    }
    case 'stopped': {
      // Paid punctually until some month, then nothing; recent stops are more common than old ones
      // (for a long history: 1 unpaid month ~9 %, up to 6 ~34 %, up to 12 ~59 %, at most 30).
      const stop = n - 1 - Math.floor(rng.next() ** 1.3 * Math.min(n, 30));
      for (let m = 0; m < Math.max(0, stop); m++) pay(m + 1, bill(m), m);
      break;
    }
    case 'bigRepayer': {
      // A long gap, then the whole debt at once (often before a court hearing), then punctual again.
      const from = rng.int(0, Math.max(0, n - 8));
      const to = Math.min(n - 1, from + rng.int(6, 36));
      let debt = 0;
      for (let m = 0; m < n; m++) {
        if (m < from || m > to) pay(m + 1, bill(m), m);
        else if (m < to) debt += bill(m);
        else pay(m + 1, debt + bill(m), m, false);
      }
      break;
    }
  }
  return out;
}

export const PAYMENT_SOURCES = ['Сбербанк', 'МосОблЕИРЦ', 'Т-Банк', 'Почта России', 'Касса УК'] as const;
export type PaymentSource = (typeof PAYMENT_SOURCES)[number];

const SOURCE_WEIGHTS = [40, 25, 12, 10, 13];

/** The channel a person usually pays through (people are creatures of habit). */
export function pickUsualSource(rng: Rng): PaymentSource {
  return PAYMENT_SOURCES[rng.weightedIndex(SOURCE_WEIGHTS)] ?? 'Сбербанк';
}

/** Usual payment day: most pay between the 10th and the 20th, when salaries and pensions arrive. */
export function pickUsualDay(rng: Rng): number {
  const [lo, hi] = rng.weighted<readonly [number, number]>([
    [[10, 20], 70],
    [[1, 9], 15],
    [[21, 28], 15],
  ]);
  return rng.int(lo, hi);
}
