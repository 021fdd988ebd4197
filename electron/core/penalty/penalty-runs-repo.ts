/**
 * @file Reading the monthly penalty runs for the measure-4 screen and the CLI: runs with their figures, newest
 * first, and the УК with their contract flag (whether penalty may be charged at all).
 */
import type Database from 'better-sqlite3';
import { desc, eq, sql } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { managementCompanies, penaltyRuns } from '../../../shared/db/schema';
import type { PenaltyRunList, PenaltyRunView } from '../../../shared/api/contract-epd';

export function listPenaltyRuns(sqlite: Database.Database, period: string | null, limit = 500): PenaltyRunList {
  const db = drizzleOf(sqlite);
  const r = penaltyRuns;
  const c = managementCompanies;
  const runs: PenaltyRunView[] = db
    .select({
      id: r.id,
      companyId: r.managementCompanyId,
      companyName: c.name,
      period: r.period,
      calculationDate: r.calculationDate,
      tablesVersion: r.tablesVersion,
      accountsCount: r.accountsCount,
      accruedKopecks: r.accruedKopecks,
      // A correlated scalar subquery: the builder has none in a select list.
      totalPenaltyKopecks: sql<number>`coalesce((SELECT sum(a.total_penalty_kopecks) FROM penalty_accruals a
        WHERE a.run_id = ${r.id}), 0)`,
      status: r.status,
      userName: r.userName,
      atMs: r.atMs,
    })
    .from(r)
    .innerJoin(c, eq(c.id, r.managementCompanyId))
    .where(period === null ? undefined : eq(r.period, period))
    .orderBy(desc(r.atMs), desc(r.id))
    .limit(limit)
    .all();
  const companies = db
    .select({ id: c.id, name: c.name, penaltyCharged: c.penaltyCharged })
    .from(c)
    .orderBy(c.name)
    .all()
    .map((row) => ({ id: row.id, name: row.name, penaltyCharged: row.penaltyCharged === 1 }));
  return { runs, companies };
}
