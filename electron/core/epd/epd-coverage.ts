/**
 * @file Coverage of measure 3 for a month: of the debtor accounts (debt > 0 in account_summaries), how many get a
 * penalty line in the ЕПД — an accrual of the month's current run of their УК — and why each other one does not.
 *
 * An account that is in the run but has no overdue month yet still gets its line (0,00 and «просроченной
 * задолженности нет»), so it counts as covered; it is listed for the clerk to see, marked as not lowering coverage.
 */
import type Database from 'better-sqlite3';
import type { EpdCoverage, EpdCoverageException, EpdExceptionReason } from '../../../shared/api/contract-epd';

export const EXCEPTION_TEXT: Record<EpdExceptionReason, string> = {
  company_excluded: 'договор управления УК не предусматривает начисление пени',
  closed: 'лицевой счёт закрыт — ЕПД не выставляется',
  no_run: 'пени за месяц по УК не рассчитаны (мероприятие 4)',
  not_in_run: 'лицевой счёт не вошёл в расчёт пени за месяц (добавлен позже) — повторите расчёт',
  not_overdue: 'просроченных месяцев ещё нет — в ЕПД пени 0,00 с пояснением',
};

const MAX_LISTED = 1000;

interface Row {
  accountId: number;
  number: string;
  address: string;
  companyName: string;
  debtKopecks: number;
  status: string;
  penaltyCharged: number;
  runId: number | null;
  accrued: number | null;
  total: number | null;
  noLines: number | null;
}

export function epdCoverage(sqlite: Database.Database, period: string): EpdCoverage {
  const rows = sqlite
    .prepare(
      `SELECT s.account_id AS accountId, s.number, s.address, s.company_name AS companyName, s.debt_kopecks AS debtKopecks,
              s.status, c.penalty_charged AS penaltyCharged, r.id AS runId, a.accrued_kopecks AS accrued,
              a.total_penalty_kopecks AS total, (a.lines_json = '[]') AS noLines
         FROM account_summaries s
         JOIN management_companies c ON c.id = s.management_company_id
         LEFT JOIN penalty_runs r ON r.management_company_id = s.management_company_id AND r.period = @period AND r.status = 'current'
         LEFT JOIN penalty_accruals a ON a.run_id = r.id AND a.account_id = s.account_id
        WHERE s.debt_kopecks > 0
        ORDER BY s.debt_kopecks DESC, s.number`,
    )
    .all({ period }) as Row[];
  const counts = new Map<EpdExceptionReason, number>();
  const exceptions: EpdCoverageException[] = [];
  let covered = 0;
  for (const r of rows) {
    const reason = classify(r);
    if (reason === null || reason === 'not_overdue') covered++;
    if (reason === null) continue;
    counts.set(reason, (counts.get(reason) ?? 0) + 1);
    exceptions.push({
      accountId: r.accountId,
      number: r.number,
      address: r.address,
      companyName: r.companyName,
      debtKopecks: r.debtKopecks,
      reason,
      reasonText: EXCEPTION_TEXT[reason],
      affectsCoverage: reason !== 'not_overdue',
    });
  }
  // Uncovered first (the clerk must act on those), each group by debt as read.
  exceptions.sort((a, b) => Number(b.affectsCoverage) - Number(a.affectsCoverage));
  const runsCount = (
    sqlite.prepare(`SELECT count(*) AS n FROM penalty_runs WHERE period = ? AND status = 'current'`).get(period) as {
      n: number;
    }
  ).n;
  const companiesWithoutRun = (
    sqlite
      .prepare(
        `SELECT name FROM management_companies c WHERE penalty_charged = 1
            AND NOT EXISTS (SELECT 1 FROM penalty_runs r WHERE r.management_company_id = c.id AND r.period = ? AND r.status = 'current')
          ORDER BY name`,
      )
      .all(period) as Array<{ name: string }>
  ).map((r) => r.name);
  const debtors = rows.length;
  return {
    period,
    debtorAccounts: debtors,
    coveredAccounts: covered,
    coveragePercent: debtors === 0 ? 100 : Math.floor((covered * 1000) / debtors) / 10,
    byReason: [...counts].map(([reason, count]) => ({
      reason,
      reasonText: EXCEPTION_TEXT[reason],
      count,
      affectsCoverage: reason !== 'not_overdue',
    })),
    exceptions: exceptions.slice(0, MAX_LISTED),
    exceptionsTotal: exceptions.length,
    runsCount,
    companiesWithoutRun,
  };
}

function classify(r: Row): EpdExceptionReason | null {
  if (r.status === 'closed') return 'closed';
  if (r.penaltyCharged !== 1) return 'company_excluded';
  if (r.runId === null) return 'no_run';
  if (r.accrued === null) return 'not_in_run';
  if (r.noLines === 1 && r.total === 0) return 'not_overdue';
  return null;
}
