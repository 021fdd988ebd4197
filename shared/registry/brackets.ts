/**
 * @file Debt brackets of the plan (> 100 000 ₽, 50 000–100 000 ₽, 10 000–50 000 ₽, 5 000–10 000 ₽).
 *
 * The thresholds are data (table `debt_brackets`, seeded by a migration, editable by an administrator later);
 * this module only names the codes and classifies a debt against a given table.
 */

export const BRACKET_CODES = ['over_100k', 'from_50k', 'from_10k', 'from_5k', 'below_5k', 'none'] as const;
export type BracketCode = (typeof BRACKET_CODES)[number];

export interface DebtBracket {
  code: BracketCode;
  label: string;
  /** Inclusive lower bound, kopecks. */
  minKopecks: number;
  /** Exclusive upper bound, kopecks; null = no upper bound. */
  maxKopecks: number | null;
  /** Order in lists: the biggest debts first. */
  rank: number;
}

/**
 * The bracket of a debt. A debt of 0 or an overpayment is 'none'.
 * @param debtKopecks debt in kopecks (positive = the resident owes)
 */
export function bracketOf(debtKopecks: number, brackets: readonly DebtBracket[]): BracketCode {
  if (debtKopecks <= 0) return 'none';
  for (const b of brackets) {
    if (b.code === 'none') continue;
    if (debtKopecks >= b.minKopecks && (b.maxKopecks === null || debtKopecks < b.maxKopecks)) return b.code;
  }
  return 'below_5k';
}
