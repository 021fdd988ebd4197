/**
 * @file Which accounts keep a signed repayment agreement on a day (it pauses measures 8, 9 and 12): the schedule
 * against the payments since signing, with the tolerance and the grace days. Set-based over the ids of one chunk of
 * account-facts.ts; the same verdict the agreement's card shows.
 *
 * FOUNDATION STUB: the agreements helper fills it in.
 */
import type Database from 'better-sqlite3';

export function readHonouredAgreements(
  _sqlite: Database.Database,
  _accountIds: readonly number[],
  _today: string,
): Set<number> {
  return new Set();
}
