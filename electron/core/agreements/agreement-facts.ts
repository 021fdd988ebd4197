/**
 * @file Which accounts keep a signed repayment agreement on a day (it pauses measures 8, 9 and 12): the schedule
 * against the payments since signing, with the tolerance and the grace days. Set-based over the ids of one chunk of
 * account-facts.ts; the same verdict the agreement's card shows (shared/agreements/agreement-verdict.ts), computed
 * today rather than read from the stored status, so the card and the worklists agree even before the daily check
 * (agreement-check.ts) has marked a broken one.
 *
 * Fast: only accounts with a signed agreement matter, and they are few. One indexed range query over the chunk's ids
 * (repayment_agreements_account_idx), then the schedules and payments of those few accounts.
 */
import type Database from 'better-sqlite3';
import { agreementVerdict } from '../../../shared/agreements/agreement-verdict';
import { readCreditedPayments, readInstalments } from './agreements-repo';

interface SignedRow {
  id: number;
  accountId: number;
  signedDate: string;
  toleranceKopecks: number;
  graceDays: number;
}

export function readHonouredAgreements(
  sqlite: Database.Database,
  accountIds: readonly number[],
  today: string,
): Set<number> {
  const honoured = new Set<number>();
  if (accountIds.length === 0) return honoured;
  let lo = accountIds[0]!;
  let hi = lo;
  for (const id of accountIds) {
    if (id < lo) lo = id;
    if (id > hi) hi = id;
  }
  const wanted = new Set(accountIds);
  const signed = sqlite
    .prepare<[number, number, string], SignedRow>(
      `SELECT id, account_id AS accountId, signed_date AS signedDate, tolerance_kopecks AS toleranceKopecks,
              grace_days AS graceDays
         FROM repayment_agreements
        WHERE account_id BETWEEN ? AND ? AND status = 'signed' AND signed_date IS NOT NULL AND signed_date <= ?`,
    )
    .all(lo, hi, today)
    .filter((r) => wanted.has(r.accountId));
  if (signed.length === 0) return honoured;
  const schedules = readInstalments(
    sqlite,
    signed.map((r) => r.id),
  );
  for (const r of signed) {
    const verdict = agreementVerdict({
      instalments: schedules.get(r.id) ?? [],
      payments: readCreditedPayments(sqlite, r.accountId, r.signedDate, today),
      signedDate: r.signedDate,
      today,
      toleranceKopecks: r.toleranceKopecks,
      graceDays: r.graceDays,
    });
    if (verdict.status === 'kept') honoured.add(r.accountId);
  }
  return honoured;
}
