/**
 * @file The debt statement of a claim: by billing month, what was charged, what was paid and the balance after it.
 * Pure, integer kopecks.
 *
 * «Paid» in a month is the money received in that calendar month (as a bank statement reads), so the balance
 * column is simply the running «charged − paid» and its last value is the debt the claim demands. The table
 * starts at the oldest month of the unbroken debt (or at most `maxRows` months back); everything before is one
 * opening-balance line, so the rows still add up: opening + Σ charged − Σ paid = closing.
 */

export interface StatementCharge {
  /** 'YYYY-MM' */
  period: string;
  kopecks: number;
}

export interface StatementPayment {
  /** 'YYYY-MM-DD' */
  date: string;
  kopecks: number;
}

export interface StatementRow {
  period: string;
  chargedKopecks: number;
  paidKopecks: number;
  /** Balance at the end of the month (positive = owed). */
  balanceKopecks: number;
}

export interface DebtStatement {
  /** The month before the first row, and the balance at its end (0 when the table starts at the beginning). */
  openingPeriod: string | null;
  openingKopecks: number;
  rows: StatementRow[];
  chargedKopecks: number;
  paidKopecks: number;
  closingKopecks: number;
}

function nextMonth(period: string): string {
  const y = Number(period.slice(0, 4));
  const m = Number(period.slice(5, 7));
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * @param charges charges up to the as-of month (any order, several per month allowed)
 * @param payments payments up to the as-of date
 * @param lastPeriod the last month to show ('YYYY-MM', the as-of month or the last billed one)
 */
export function debtStatement(
  charges: readonly StatementCharge[],
  payments: readonly StatementPayment[],
  lastPeriod: string,
  maxRows = 12,
): DebtStatement {
  const charged = new Map<string, number>();
  const paid = new Map<string, number>();
  for (const c of charges) if (c.period <= lastPeriod) charged.set(c.period, (charged.get(c.period) ?? 0) + c.kopecks);
  for (const p of payments) {
    const period = p.date.slice(0, 7);
    if (period <= lastPeriod) paid.set(period, (paid.get(period) ?? 0) + p.kopecks);
  }
  const periods = [...new Set([...charged.keys(), ...paid.keys()])].sort();
  const all: StatementRow[] = [];
  let balance = 0;
  if (periods.length > 0) {
    for (let p = periods[0] as string; p <= lastPeriod; p = nextMonth(p)) {
      const c = charged.get(p) ?? 0;
      const d = paid.get(p) ?? 0;
      balance += c - d;
      all.push({ period: p, chargedKopecks: c, paidKopecks: d, balanceKopecks: balance });
    }
  }
  // Months after the last one with any movement (billing not loaded yet) would only repeat the balance.
  let end = all.length;
  while (end > 1 && (all[end - 1] as StatementRow).chargedKopecks === 0 && (all[end - 1] as StatementRow).paidKopecks === 0) end -= 1;
  // The unbroken debt starts after the last month that ended with nothing owed.
  let start = 0;
  for (let i = end - 1; i >= 0; i--) {
    if ((all[i] as StatementRow).balanceKopecks <= 0) {
      start = i + 1;
      break;
    }
  }
  start = Math.max(start, end - maxRows);
  if (start >= end) start = Math.max(0, end - 1);
  const rows = all.slice(start, end);
  const opening = start > 0 ? (all[start - 1] as StatementRow) : null;
  return {
    openingPeriod: opening?.period ?? null,
    openingKopecks: opening?.balanceKopecks ?? 0,
    rows,
    chargedKopecks: rows.reduce((s, r) => s + r.chargedKopecks, 0),
    paidKopecks: rows.reduce((s, r) => s + r.paidKopecks, 0),
    closingKopecks: balance,
  };
}
