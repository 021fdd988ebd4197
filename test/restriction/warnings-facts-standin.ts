/**
 * @file A stand-in for the fact reader the foundation left as a stub (restriction-facts.ts of the eligibility
 * helper), so the warnings' tests run the ONE rule evaluator with facts that mean something before that branch is
 * merged. Deliberately plain: over the threshold = any restrictable service over its threshold by readServiceDebts
 * (the same reader the warnings use); an open restriction = a case not restored or closed. The tests mock the stub
 * with it (vi.mock); drop the mock once the real reader is on main.
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
