/**
 * @file What the effectiveness report answers (issue 16): for each kind of action, how many of the accounts acted
 * on paid at least 10 % of their overdue debt within 7, 30 and 60 days, and how much they paid — beside a
 * comparison group of the same brackets with no action. Aggregates only: no account, no person.
 */
import type { BracketCode } from '../registry/brackets';

/** One window (7, 30 or 60 days after the action) of one group of accounts. */
export interface EffectWindowFigures {
  days: number;
  /** Accounts whose window has ended before today (the share's denominator). */
  measured: number;
  /** Of them, those whose payments in (action day, action day + N] reach 10 % of the base. */
  paid: number;
  /** paid / measured in percent, one decimal; null when nothing is measured yet. */
  sharePercent: number | null;
  /** Payments dated inside the window by the measured accounts (kopecks; refunds subtract). */
  paidKopecks: number;
  /** The bases (overdue debt at the action) of the measured accounts (kopecks). */
  baseKopecks: number;
  /** Accounts whose window has not ended yet (not in the share). */
  pending: number;
}

/** One group of accounts (a kind, a kind × bracket, the comparison group). */
export interface EffectGroupFigures {
  /** Accounts in the group (measured or pending). */
  accounts: number;
  /** Their bases, kopecks. */
  baseKopecks: number;
  /** In the order of EFFECT_WINDOWS. */
  windows: EffectWindowFigures[];
}

/** One kind (or one kind × bracket) with the comparison beside it. */
export interface EffectComparedFigures extends EffectGroupFigures {
  /**
   * The comparison group's share per window: for a bracket row the bracket's own; for a kind's whole row the
   * brackets' shares weighted by the kind's measured accounts in each bracket (the same mix of debts).
   */
  comparisonSharePercent: (number | null)[];
  /** sharePercent − comparisonSharePercent, percentage points, one decimal; null when either is missing. */
  diffPp: (number | null)[];
}

export interface EffectBracketRow extends EffectComparedFigures {
  bracket: BracketCode;
  bracketLabel: string;
}

export interface EffectKindRow extends EffectComparedFigures {
  code: string;
  label: string;
  measure: number;
  byBracket: EffectBracketRow[];
}

export interface EffectivenessReport {
  from: string;
  to: string;
  /** The core's today: windows ending on or after it are pending. */
  today: string;
  windows: number[];
  paidSharePercent: number;
  brackets: { code: BracketCode; label: string }[];
  kinds: EffectKindRow[];
  comparison: EffectGroupFigures & {
    /** The comparison window starts on `from`. */
    startDate: string;
    /** Accounts with an action from this day (60 days before `from`) to `to` are not in the group. */
    quietFrom: string;
    byBracket: (EffectGroupFigures & { bracket: BracketCode; bracketLabel: string })[];
  };
  totals: {
    /** Distinct accounts with at least one measured action in the period. */
    accounts: number;
    /** Measured first actions (an account counts once per kind). */
    entries: number;
    /** First actions left out because the account had no overdue debt then. */
    skippedNoDebt: number;
    /** Of the measured, those whose base was counted from the debt history (journal entries without a debt). */
    baseFromHistory: number;
  };
}
