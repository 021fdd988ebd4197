/**
 * @file Reading the monthly penalty runs for the measure-4 screen and the CLI: runs with their figures, newest
 * first, and the УК with their contract flag (whether penalty may be charged at all).
 */
import type Database from 'better-sqlite3';
import type { PenaltyRunList, PenaltyRunView } from '../../../shared/api/contract-epd';

export function listPenaltyRuns(sqlite: Database.Database, period: string | null, limit = 500): PenaltyRunList {
  const runs = sqlite
    .prepare(
      `SELECT r.id, r.management_company_id AS companyId, c.name AS companyName, r.period, r.calculation_date AS calculationDate,
              r.tables_version AS tablesVersion, r.accounts_count AS accountsCount, r.accrued_kopecks AS accruedKopecks,
              coalesce((SELECT sum(a.total_penalty_kopecks) FROM penalty_accruals a WHERE a.run_id = r.id), 0) AS totalPenaltyKopecks,
              r.status, r.user_name AS userName, r.at_ms AS atMs
         FROM penalty_runs r JOIN management_companies c ON c.id = r.management_company_id
        WHERE (@period IS NULL OR r.period = @period)
        ORDER BY r.at_ms DESC, r.id DESC LIMIT @limit`,
    )
    .all({ period, limit }) as PenaltyRunView[];
  const companies = (
    sqlite
      .prepare('SELECT id, name, penalty_charged AS penaltyCharged FROM management_companies ORDER BY name')
      .all() as Array<{
      id: number;
      name: string;
      penaltyCharged: number;
    }>
  ).map((c) => ({ id: c.id, name: c.name, penaltyCharged: c.penaltyCharged === 1 }));
  return { runs, companies };
}
