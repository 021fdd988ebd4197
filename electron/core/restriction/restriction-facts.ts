/**
 * @file Measure 8's facts for many accounts at once (the rule evaluator reads them for the card, the worklists and
 * every batch): whether a restrictable service's overdue debt exceeds its threshold, and whether a restriction is
 * already under way. Set-based over the ids of one chunk of account-facts.ts.
 *
 * FOUNDATION STUB: the restriction-eligibility helper fills it in.
 */
import type Database from 'better-sqlite3';

export interface RestrictionFacts {
  overThreshold: boolean;
  open: boolean;
}

/** Facts of the accounts in `accountIds` (missing = no debt over threshold, no restriction). */
export function readRestrictionFacts(
  _sqlite: Database.Database,
  _accountIds: readonly number[],
  _today: string,
): Map<number, RestrictionFacts> {
  return new Map();
}
