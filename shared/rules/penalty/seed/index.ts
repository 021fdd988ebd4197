/**
 * @file The seeded legal tables as one versioned set (shared). The app starts from these; an administrator's
 * later rows (new key-rate decisions, decrees) are appended to copies of them, never edited in code.
 */
import type { PenaltyTables } from '../legal-tables';
import { SEED_DUE_DAYS } from './due-days';
import { SEED_KEY_RATES } from './key-rates';
import { SEED_MORATORIA } from './moratoria';
import { SEED_PENALTY_SCALES } from './penalty-scales';
import { SEED_RATE_REGIMES } from './rate-regimes';

export const SEED_PENALTY_TABLES: PenaltyTables = {
  // seed-<date of the research tables the seed was copied from>.<revision>: bump the revision when a seed row changes.
  version: 'seed-2026-11-26.1',
  // The latest dated row (key-rate decision of 27.07.2026); decisions after it are unknown to the seed (⚠️).
  asOf: '2026-07-27',
  keyRates: SEED_KEY_RATES,
  rateRegimes: SEED_RATE_REGIMES,
  moratoria: SEED_MORATORIA,
  dueDays: SEED_DUE_DAYS,
  scales: SEED_PENALTY_SCALES,
};
