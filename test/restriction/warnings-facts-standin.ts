/**
 * @file Stand-ins for the two fact readers the foundation left as stubs (restriction-facts.ts of the eligibility
 * helper, agreement-facts.ts of the agreements helper), so the warnings' tests run the ONE rule evaluator with facts
 * that mean something before those branches are merged. Deliberately plain: over the threshold = any restrictable
 * service over its threshold by readServiceDebts (the same reader the warnings use); an open restriction = a case not
 * restored or closed; an honoured agreement = a signed one. The tests mock the stubs with these (vi.mock).
 */
import type Database from 'better-sqlite3';
import { readServiceDebts } from '../../electron/core/restriction/service-debt';

export function readRestrictionFactsStandIn(
  sqlite: Database.Database,
  accountIds: readonly number[],
  today: string,
): Map<number, { overThreshold: boolean; open: boolean }> {
  const open = new Set(
    (
      sqlite
        .prepare(`SELECT DISTINCT account_id AS id FROM restriction_cases WHERE status NOT IN ('restored', 'closed')`)
        .all() as Array<{ id: number }>
    ).map((r) => r.id),
  );
  const map = new Map<number, { overThreshold: boolean; open: boolean }>();
  for (const id of accountIds) {
    map.set(id, {
      overThreshold: readServiceDebts(sqlite, id, today).some((l) => l.overThreshold),
      open: open.has(id),
    });
  }
  return map;
}

export function readHonouredAgreementsStandIn(sqlite: Database.Database, accountIds: readonly number[]): Set<number> {
  const ids = new Set(accountIds);
  return new Set(
    (
      sqlite.prepare(`SELECT account_id AS id FROM repayment_agreements WHERE status = 'signed'`).all() as Array<{
        id: number;
      }>
    )
      .map((r) => r.id)
      .filter((id) => ids.has(id)),
  );
}
