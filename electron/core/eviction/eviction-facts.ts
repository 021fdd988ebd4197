/**
 * @file Measure 12's facts for many accounts at once: months in a row without payment (ЖК ст.90: «более шести
 * месяцев») and whether an eviction case is under way. Set-based over the ids of one chunk of account-facts.ts.
 *
 * FOUNDATION STUB: the eviction helper fills it in.
 */
import type Database from 'better-sqlite3';

export interface EvictionFacts {
  monthsWithoutPayment: number;
  open: boolean;
}

export function readEvictionFacts(
  _sqlite: Database.Database,
  _accountIds: readonly number[],
  _today: string,
): Map<number, EvictionFacts> {
  return new Map();
}
