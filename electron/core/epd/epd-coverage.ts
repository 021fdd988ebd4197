/**
 * @file Coverage of measure 3 for a month. The debtors are the accounts with OVERDUE debt today
 * (`account_summaries.debt_kopecks > 0`; a bill not yet due makes no debtor). A debtor is covered when the
 * month's ЕПД row carries a penalty, or when there is a lawful reason for none that the payer is told or that
 * needs no bill: the row says 0,00 because every overdue month was within its 30 free days, under a moratorium,
 * or fell overdue only after the month (./epd-month-facts — the same reading as the row's text); the УК's
 * contract excludes penalty; the account is closed. It is not covered when the clerk has work to do: the УК has
 * no run for the month, or the account is not in the run (added after it). Every debtor without a penalty is
 * listed with its reason, those lowering coverage first.
 */
import type Database from 'better-sqlite3';
import { and, count, desc, eq, gt, notExists, sql } from 'drizzle-orm';
import { accountSummaries, managementCompanies, penaltyAccruals, penaltyRuns } from '../../../shared/db/schema';
import { drizzleOf } from '../db/drizzle-of';
import type { EpdCoverage, EpdCoverageException, EpdExceptionReason } from '../../../shared/api/contract-epd';
import type { MonthPenaltyLine } from '../penalty/monthly-penalty-compute';
import { epdMonthFacts, type EpdMonthCase } from './epd-month-facts';

export const EXCEPTION_TEXT: Record<EpdExceptionReason, string> = {
  no_run: 'пени за месяц по УК не рассчитаны (мероприятие 4) — выполните расчёт',
  not_in_run: 'лицевой счёт не вошёл в расчёт пени за месяц (добавлен позже) — повторите расчёт по УК',
  company_excluded: 'договор управления УК не предусматривает начисление пени',
  closed: 'лицевой счёт закрыт — ЕПД не выставляется',
  grace: 'пени 0,00: все просроченные месяцы — в первых 30 днях просрочки (ЖК РФ ст. 155 ч. 14); в ЕПД пояснение',
  moratorium: 'пени 0,00: мораторий на начисление пени; в ЕПД пояснение',
  not_overdue_in_month: 'пени 0,00: в этом месяце просроченного долга не было (долг просрочен позже); в ЕПД пояснение',
  zero_penalty: 'пени за месяц меньше копейки (0,00); в ЕПД пояснение',
};

const LOWERS_COVERAGE: ReadonlySet<EpdExceptionReason> = new Set(['no_run', 'not_in_run']);

const ZERO_REASON: Record<EpdMonthCase, EpdExceptionReason> = {
  none: 'not_overdue_in_month',
  grace: 'grace',
  moratorium: 'moratorium',
  charged: 'zero_penalty',
};

const MAX_LISTED = 1000;

/** The current runs of the month (one per УК at most). */
export function currentRunsCount(sqlite: Database.Database, period: string): number {
  return (
    drizzleOf(sqlite)
      .select({ n: count() })
      .from(penaltyRuns)
      .where(and(eq(penaltyRuns.period, period), eq(penaltyRuns.status, 'current')))
      .get()?.n ?? 0
  );
}

/** Every debtor with its УК's current run of the month and what the run accrued on it (either may be missing). */
function debtorsWithAccruals(sqlite: Database.Database, period: string) {
  const s = accountSummaries;
  const r = penaltyRuns;
  const a = penaltyAccruals;
  return drizzleOf(sqlite)
    .select({
      accountId: s.accountId,
      number: s.number,
      address: s.address,
      companyName: s.companyName,
      debtKopecks: s.debtKopecks,
      status: s.status,
      penaltyCharged: managementCompanies.penaltyCharged,
      runId: r.id,
      accrued: a.accruedKopecks,
      // The lines are read only where the month's penalty is zero (to say why); CASE has no builder function.
      linesJson: sql<string | null>`CASE WHEN ${a.accruedKopecks} = 0 THEN ${a.linesJson} END`,
    })
    .from(s)
    .innerJoin(managementCompanies, eq(managementCompanies.id, s.managementCompanyId))
    .leftJoin(r, and(eq(r.managementCompanyId, s.managementCompanyId), eq(r.period, period), eq(r.status, 'current')))
    .leftJoin(a, and(eq(a.runId, r.id), eq(a.accountId, s.accountId)))
    .where(gt(s.debtKopecks, 0))
    .orderBy(desc(s.debtKopecks), s.number)
    .all();
}

type Row = ReturnType<typeof debtorsWithAccruals>[number];

/** Coverage of the month's ЕПД penalty among today's debtors, with every exception and its reason. */
export function epdCoverage(sqlite: Database.Database, period: string): EpdCoverage {
  const rows = debtorsWithAccruals(sqlite, period);
  const counts = new Map<EpdExceptionReason, number>();
  const exceptions: EpdCoverageException[] = [];
  let covered = 0;
  let withPenalty = 0;
  for (const r of rows) {
    const reason = classify(r);
    if (reason === null) {
      covered++;
      withPenalty++;
      continue;
    }
    const affectsCoverage = LOWERS_COVERAGE.has(reason);
    if (!affectsCoverage) covered++;
    counts.set(reason, (counts.get(reason) ?? 0) + 1);
    exceptions.push({
      accountId: r.accountId,
      number: r.number,
      address: r.address,
      companyName: r.companyName,
      debtKopecks: r.debtKopecks,
      reason,
      reasonText: EXCEPTION_TEXT[reason],
      affectsCoverage,
    });
  }
  // Uncovered first (the clerk must act on those), each group by debt as read.
  exceptions.sort((a, b) => Number(b.affectsCoverage) - Number(a.affectsCoverage));
  const runsCount = currentRunsCount(sqlite, period);
  const db = drizzleOf(sqlite);
  const companiesWithoutRun = db
    .select({ name: managementCompanies.name })
    .from(managementCompanies)
    .where(
      and(
        eq(managementCompanies.penaltyCharged, 1),
        notExists(
          db
            .select({ id: penaltyRuns.id })
            .from(penaltyRuns)
            .where(
              and(
                eq(penaltyRuns.managementCompanyId, managementCompanies.id),
                eq(penaltyRuns.period, period),
                eq(penaltyRuns.status, 'current'),
              ),
            ),
        ),
      ),
    )
    .orderBy(managementCompanies.name)
    .all()
    .map((r) => r.name);
  const debtors = rows.length;
  return {
    period,
    debtorAccounts: debtors,
    coveredAccounts: covered,
    withPenaltyAccounts: withPenalty,
    coveragePercent: debtors === 0 ? 100 : Math.floor((covered * 1000) / debtors) / 10,
    byReason: [...counts]
      .map(([reason, count]) => ({
        reason,
        reasonText: EXCEPTION_TEXT[reason],
        count,
        affectsCoverage: LOWERS_COVERAGE.has(reason),
      }))
      .sort((a, b) => Number(b.affectsCoverage) - Number(a.affectsCoverage) || b.count - a.count),
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
  if (r.accrued !== 0) return null;
  const lines = JSON.parse(r.linesJson ?? '[]') as MonthPenaltyLine[];
  return ZERO_REASON[epdMonthFacts(lines, 0).case];
}
