/**
 * @file What the API says about measure 8's candidates and warnings (shared by the core and the page).
 */

/** One restrictable service of a candidate whose overdue debt exceeds its threshold. */
export interface RestrictionCandidateService {
  service: string;
  /** Overdue, within the limitation. */
  debtKopecks: number;
  thresholdKopecks: number;
  basis: 'norm' | 'average';
  /** How the threshold was counted (restriction-threshold.ts `detail`). */
  detail: string;
}

export interface RestrictionCandidate {
  accountId: number;
  number: string;
  address: string;
  companyName: string;
  tenure: 'owner' | 'social_tenant';
  services: RestrictionCandidateService[];
}

export interface RestrictionWorklist {
  today: string;
  candidates: RestrictionCandidate[];
  /** Why the other debtors are out, counted («соглашение соблюдается» — 3). */
  skipped: Array<{ reason: string; count: number }>;
}

/** The result of «Сформировать предупреждения». */
export interface RestrictionWarnResult {
  /** Cases opened, one per account and service. */
  caseIds: number[];
  /** The print batch for warnings sent by registered post (measure 5's mailing: form 103, tracking), if any. */
  batchId: number | null;
  /** Accounts refused, with the reason in Russian. */
  refused: Array<{ accountId: number; number: string; service: string; reason: string }>;
}
