/**
 * @file What the administrator's screen of the legal tables receives.
 */
export interface KeyRateView {
  validFrom: string;
  ratePercent: string;
  note: string;
  /** 'seed' = shipped with the application; 'admin' = added by an administrator (with who and when). */
  origin: 'seed' | 'admin';
  addedBy: string | null;
  addedAtMs: number | null;
}

export interface LegalTablesView {
  version: string;
  asOf: string;
  keyRates: KeyRateView[];
  moratoria: Array<{ id: string; validFrom: string; validTo: string; scopeText: string; source: string }>;
  rateRegimes: Array<{ validFrom: string; validTo: string; ruleText: string; source: string }>;
}

/** A monthly penalty run computed with the old tables for a date on or after a new row: to be run again. */
export interface StaleRun {
  id: number;
  period: string;
  companyName: string;
}

export interface AddKeyRateResult {
  tables: LegalTablesView;
  staleRuns: StaleRun[];
}
