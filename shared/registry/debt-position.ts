/**
 * @file Where an account stands: debt, unpaid months, the oldest unpaid month — derived from charges and
 * payments, never typed in.
 *
 * Payments are allocated as the penalty rules read them (ЖК ст.155; legal-reference §1): a payment that names a
 * billing month goes to that month first, anything else (and any excess) to the oldest month still open.
 * A month counts as unpaid while anything of its charge remains. Pure: all amounts are integer kopecks.
 */

export interface MonthCharge {
  /** 'YYYY-MM' */
  period: string;
  /** Sum over services for the month; may be negative after a recalculation. */
  kopecks: number;
}

export interface PaymentFact {
  /** 'YYYY-MM-DD' */
  date: string;
  kopecks: number;
  /** The billing month the payer named, if any. */
  period: string | null;
}

export interface DebtPosition {
  chargedKopecks: number;
  paidKopecks: number;
  /** charged − paid; negative = overpaid. */
  debtKopecks: number;
  /** Billing months with something still unpaid. */
  monthsInArrears: number;
  /** The oldest of them, 'YYYY-MM', or null. */
  debtSincePeriod: string | null;
  lastPaymentDate: string | null;
  lastPaymentKopecks: number | null;
}

/**
 * @param months monthly charge totals, any order (one entry per period)
 * @param payments the account's payments, any order
 */
export function debtPosition(months: readonly MonthCharge[], payments: readonly PaymentFact[]): DebtPosition {
  const ordered = [...months].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  const remaining = new Map<string, number>();
  let pool = 0;
  let charged = 0;
  for (const m of ordered) {
    charged += m.kopecks;
    // A net credit month (recalculation larger than the charge) pays towards other months.
    if (m.kopecks > 0) remaining.set(m.period, m.kopecks);
    else pool -= m.kopecks;
  }

  let paid = 0;
  let last: PaymentFact | null = null;
  for (const p of payments) {
    paid += p.kopecks;
    if (!last || p.date > last.date || (p.date === last.date && p.kopecks > last.kopecks)) last = p;
    if (p.kopecks <= 0) {
      // A reversal: the money comes back off the pool first, and otherwise re-opens nothing by itself;
      // the totals still make the debt right.
      pool += p.kopecks;
      continue;
    }
    const open = p.period === null ? undefined : remaining.get(p.period);
    if (p.period !== null && open !== undefined && open > 0) {
      const applied = Math.min(open, p.kopecks);
      remaining.set(p.period, open - applied);
      pool += p.kopecks - applied;
    } else {
      pool += p.kopecks;
    }
  }

  let monthsInArrears = 0;
  let debtSince: string | null = null;
  for (const m of ordered) {
    const open = remaining.get(m.period) ?? 0;
    if (open <= 0) continue;
    const applied = pool > 0 ? Math.min(pool, open) : 0;
    pool -= applied;
    if (open - applied > 0) {
      monthsInArrears += 1;
      debtSince ??= m.period;
    }
  }

  return {
    chargedKopecks: charged,
    paidKopecks: paid,
    debtKopecks: charged - paid,
    monthsInArrears,
    debtSincePeriod: debtSince,
    lastPaymentDate: last?.date ?? null,
    lastPaymentKopecks: last?.kopecks ?? null,
  };
}
