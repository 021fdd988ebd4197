/**
 * @file The monthly penalty run (measure 4): for every open account of a УК (or of every УК) the penalty accrued
 * in a billing month, stored as a `penalty_runs` row with its `penalty_accruals`, plus a register per УК (XLSX).
 *
 * - Accrued = total as of the month's last day − total as of the previous month's last day
 *   (./monthly-penalty-compute, computed on two threads by ./penalty-shards).
 * - Idempotent: running a УК and month again marks the current run 'replaced', deletes its accruals and journals
 *   «Перерасчёт пени за …». All writes of a run are ONE transaction — a failure leaves the database as it was.
 * - A УК whose contract excludes penalty (`penalty_charged = 0`) gets no run and no accruals; it is reported as
 *   an exception (and a run of it made before the contract changed is replaced by nothing).
 * - Registers are written after the commit: they are copies of what was stored, not part of it.
 */
import path from 'node:path';
import type Database from 'better-sqlite3';
import { and, eq } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { managementCompanies, penaltyAccruals, penaltyRuns } from '../../../shared/db/schema';
import { AppError } from '../app-error';
import { isoDateInZone } from '../../../shared/dates/iso-date';
import { isPeriod } from '../../../shared/rules/penalty/day-count';
import { formatKopecks } from '../../../shared/rules/penalty/rational';
import { loadPenaltyTables } from './penalty-tables-repo';
import { monthWindow, rateConstantOver, type AccountAccrual } from './monthly-penalty-compute';
import { computeDistrict } from './penalty-shards';
import { writePenaltyRegisters } from './penalty-register';
import { periodWords } from '../../../shared/dates/period-words';
import type { JournalActor } from '../auth/actor';
import { journalWriter } from '../journal/journal-writer';
import { countText } from '../../../shared/text/plural';
import { formatCount } from '../../../shared/text/format-count';

export interface MonthlyRunParams {
  sqlite: Database.Database;
  dataDir: string;
  period: string;
  /** null = every УК. */
  companyId: number | null;
  by: JournalActor;
  nowMs: number;
  threads?: number;
  chunkAccounts?: number;
  /** false skips the XLSX registers (benchmarks measure them separately). */
  registers?: boolean;
  onProgress?: (stage: string, fraction: number) => void;
}

export interface MonthlyRunCompany {
  companyId: number;
  companyName: string;
  runId: number;
  replacedRunId: number | null;
  accountsCount: number;
  accruedKopecks: number;
}

export interface MonthlyRunResult {
  period: string;
  calculationDate: string;
  tablesVersion: string;
  companies: MonthlyRunCompany[];
  /** УК left out, with the reason in Russian. */
  exceptions: Array<{ companyId: number; companyName: string; reason: string }>;
  accountsCount: number;
  accruedKopecks: number;
  /** Accounts whose previous-month total needed a second engine pass. */
  secondPassAccounts: number;
  registerFiles: string[];
  timings: { computeMs: number; writeMs: number; registersMs: number };
  summary: string;
}

interface CompanyRow {
  id: number;
  name: string;
  penaltyCharged: number;
}

/** Checks a request before a job is started for it (the job itself can only fail «internally»). */
export function checkRunRequest(
  sqlite: Database.Database,
  period: string,
  companyId: number | null,
  nowMs: number,
): void {
  if (!isPeriod(period)) throw new AppError('VALIDATION', `Месяц «${period}» — укажите в виде ГГГГ-ММ.`);
  if (period > isoDateInZone(nowMs).slice(0, 7))
    throw new AppError('VALIDATION', `Месяц ${periodWords(period)} ещё не наступил — пени за него начислить нельзя.`);
  if (
    companyId !== null &&
    !drizzleOf(sqlite)
      .select({ id: managementCompanies.id })
      .from(managementCompanies)
      .where(eq(managementCompanies.id, companyId))
      .get()
  ) {
    throw new AppError('NOT_FOUND', `УК с кодом ${companyId} не найдена.`);
  }
}

export async function runMonthlyPenalty(p: MonthlyRunParams): Promise<MonthlyRunResult> {
  checkRunRequest(p.sqlite, p.period, p.companyId, p.nowMs);
  const progress = p.onProgress ?? (() => undefined);
  const window = monthWindow(p.period);
  const tables = loadPenaltyTables(p.sqlite);
  const companies: CompanyRow[] = drizzleOf(p.sqlite)
    .select({
      id: managementCompanies.id,
      name: managementCompanies.name,
      penaltyCharged: managementCompanies.penaltyCharged,
    })
    .from(managementCompanies)
    .orderBy(managementCompanies.name, managementCompanies.id)
    .all()
    .filter((c) => p.companyId === null || c.id === p.companyId);
  const charging = companies.filter((c) => c.penaltyCharged === 1);
  const excluded = companies.filter((c) => c.penaltyCharged !== 1);
  const monthText = periodWords(p.period);

  const t0 = performance.now();
  progress(`Расчёт пени за ${monthText}: подготовка`, 0);
  const onePass = rateConstantOver(tables, window);
  const accruals =
    charging.length === 0
      ? []
      : await computeDistrict(p.sqlite, tables, {
          window,
          companyIds: new Set(charging.map((c) => c.id)),
          onePass,
          ...(p.threads !== undefined ? { threads: p.threads } : {}),
          ...(p.chunkAccounts !== undefined ? { chunkAccounts: p.chunkAccounts } : {}),
          onProgress: (f, done, total) =>
            progress(`Расчёт пени за ${monthText}: ${accountsOutOf(done, total)}`, 0.85 * f),
        });
  const t1 = performance.now();
  progress('Запись начислений', 0.85);
  const byCompany = new Map<number, AccountAccrual[]>(charging.map((c) => [c.id, []]));
  for (const a of accruals) byCompany.get(a.companyId)?.push(a);
  const stored = storeRun(p, window.monthEnd, tables.version, charging, excluded, byCompany, monthText);
  const t2 = performance.now();

  let registerFiles: string[] = [];
  if (p.registers !== false) {
    progress('Реестры начислений по УК (XLSX)', 0.92);
    registerFiles = await writePenaltyRegisters(
      p.sqlite,
      path.join(p.dataDir, 'penalty-runs', p.period),
      p.period,
      stored,
      byCompany,
    );
  }
  const t3 = performance.now();
  progress('Готово', 1);

  const accountsCount = accruals.length;
  const accruedKopecks = accruals.reduce((s, a) => s + a.accruedKopecks, 0);
  const exceptions = excluded.map((c) => ({
    companyId: c.id,
    companyName: c.name,
    reason: 'договор управления не предусматривает начисление пени',
  }));
  const summary =
    `Пени за ${monthText} начислены по ${charging.length} УК: ${countText(accountsCount, ['лицевой счёт', 'лицевых счёта', 'лицевых счетов'])}, ` +
    `${formatKopecks(accruedKopecks)}.` +
    (stored.some((s) => s.replacedRunId !== null) ? ' Прежние расчёты за этот месяц заменены.' : '') +
    (exceptions.length > 0
      ? ` Без начисления: ${exceptions.map((e) => `«${e.companyName}» — ${e.reason}`).join('; ')}.`
      : '') +
    (registerFiles.length > 0 ? ` Реестры: ${path.dirname(registerFiles[0] as string)}.` : '');
  return {
    period: p.period,
    calculationDate: window.monthEnd,
    tablesVersion: tables.version,
    companies: stored,
    exceptions,
    accountsCount,
    accruedKopecks,
    secondPassAccounts: accruals.filter((a) => a.passes === 2).length,
    registerFiles,
    timings: { computeMs: t1 - t0, writeMs: t2 - t1, registersMs: t3 - t2 },
    summary,
  };
}

/** «4 500 из 10 000 лицевых счетов» (the plural follows the total). */
export function accountsOutOf(done: number, total: number): string {
  return `${formatCount(done)} из ${countText(total, ACCOUNT_FORMS)}`;
}

const ACCOUNT_FORMS = ['лицевого счёта', 'лицевых счетов', 'лицевых счетов'] as const;

function storeRun(
  p: MonthlyRunParams,
  calculationDate: string,
  tablesVersion: string,
  charging: CompanyRow[],
  excluded: CompanyRow[],
  byCompany: Map<number, AccountAccrual[]>,
  monthText: string,
): MonthlyRunCompany[] {
  const sqlite = p.sqlite;
  const db = drizzleOf(sqlite);
  // Hot path: one row per account of the district, so one raw statement prepared once.
  const insertAccrual = sqlite.prepare<
    [runId: number, accountId: number, accruedKopecks: number, totalPenaltyKopecks: number, linesJson: string]
  >(
    'INSERT INTO penalty_accruals (run_id, account_id, accrued_kopecks, total_penalty_kopecks, lines_json) VALUES (?, ?, ?, ?, ?)',
  );
  const journal = journalWriter(sqlite);
  const actionDate = isoDateInZone(p.nowMs);
  const replacePrevious = (companyId: number): number | null => {
    const prev = db
      .select({ id: penaltyRuns.id })
      .from(penaltyRuns)
      .where(
        and(
          eq(penaltyRuns.managementCompanyId, companyId),
          eq(penaltyRuns.period, p.period),
          eq(penaltyRuns.status, 'current'),
        ),
      )
      .get();
    if (!prev) return null;
    db.update(penaltyRuns).set({ status: 'replaced' }).where(eq(penaltyRuns.id, prev.id)).run();
    db.delete(penaltyAccruals).where(eq(penaltyAccruals.runId, prev.id)).run();
    return prev.id;
  };

  return sqlite.transaction(() => {
    const out: MonthlyRunCompany[] = [];
    for (const c of charging) {
      const list = byCompany.get(c.id) ?? [];
      const replacedRunId = replacePrevious(c.id);
      const accrued = list.reduce((s, a) => s + a.accruedKopecks, 0);
      const runId = Number(
        db
          .insert(penaltyRuns)
          .values({
            managementCompanyId: c.id,
            period: p.period,
            calculationDate,
            tablesVersion,
            accountsCount: list.length,
            accruedKopecks: accrued,
            status: 'current',
            userName: p.by.name,
            atMs: p.nowMs,
          })
          .run().lastInsertRowid,
      );
      for (const a of list) insertAccrual.run(runId, a.accountId, a.accruedKopecks, a.totalKopecks, a.linesJson);
      const what = replacedRunId === null ? 'Начисление' : 'Перерасчёт';
      journal.write(p.by, p.nowMs, {
        kind: replacedRunId === null ? 'penalty.run' : 'penalty.rerun',
        actionDate,
        summary: `${what} пени за ${monthText} по УК «${c.name}»: ${list.length.toLocaleString('ru-RU')} л/с, ${formatKopecks(accrued)}`,
        object: { type: 'run', id: runId },
        details: {
          runId,
          replacedRunId,
          period: p.period,
          companyId: c.id,
          calculationDate,
          tablesVersion,
          accountsCount: list.length,
          accruedKopecks: accrued,
        },
      });
      out.push({
        companyId: c.id,
        companyName: c.name,
        runId,
        replacedRunId,
        accountsCount: list.length,
        accruedKopecks: accrued,
      });
    }
    for (const c of excluded) {
      const replacedRunId = replacePrevious(c.id);
      if (replacedRunId === null) continue;
      journal.write(p.by, p.nowMs, {
        kind: 'penalty.rerun',
        actionDate,
        summary: `Перерасчёт пени за ${monthText} по УК «${c.name}»: начисление отменено — договор не предусматривает пени`,
        object: { type: 'run', id: replacedRunId },
        details: { replacedRunId, period: p.period, companyId: c.id },
      });
    }
    return out;
  })();
}
