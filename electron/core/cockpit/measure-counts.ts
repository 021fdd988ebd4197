/**
 * @file What the cockpit counts for each built measure, in the plan's unit (shared/plan/plan-units.ts), over a span
 * of dates ('YYYY-MM-DD', both ends included) or for a month ('YYYY-MM'):
 *
 * 1, 2 — distinct accounts with an SMS sent / a call recorded (the actions journal);
 * 3 — coverage of the latest ЕПД export made in the month: share of debtors whose ЕПД carries the penalty, by the
 *     ЕПД module's own coverage function (epd-coverage.ts) for the month the export was for;
 * 4 — УК with a current penalty run for the month just ended, of every УК whose contract provides penalty;
 * 5 — claim letters (one per addressee) issued, batches that failed left out (their letters never reached a print file);
 * 6 — entrances (building + entrance) where a notice was posted, by the posting date.
 *
 * Measures 7–13 are not built: journal entries naming an account with the measure are counted meanwhile.
 */
import type Database from 'better-sqlite3';
import { epdCoverage } from '../epd/epd-coverage';
import { COUNTED_KINDS } from '../../../shared/plan/plan-targets';
import { periodWords } from '../../../shared/dates/period-words';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { formatCount } from '../../../shared/text/format-count';
import { percentText, pluralRu } from '../../../shared/plan/plan-units';

export interface Span {
  from: string;
  to: string;
}

/** A month's span: '2026-11' → 2026-11-01 … 2026-11-31 (string bounds: every real date of the month falls inside). */
export function monthSpan(month: string): Span {
  return { from: `${month}-01`, to: `${month}-31` };
}

/** The billing month before 'YYYY-MM'. */
export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** Measures 1, 2 and the unbuilt ones: distinct accounts in the journal. */
export function journalAccounts(sqlite: Database.Database, measure: number, span: Span): number {
  const kinds = COUNTED_KINDS[measure];
  const filter = kinds ? `AND kind IN (${kinds.map(() => '?').join(',')})` : '';
  return (
    sqlite
      .prepare(
        `SELECT count(DISTINCT account_id) AS n FROM actions
          WHERE measure = ? AND account_id IS NOT NULL AND action_date BETWEEN ? AND ? ${filter}`,
      )
      .get(measure, span.from, span.to, ...(kinds ?? [])) as { n: number }
  ).n;
}

/** Measure 5: letters and the accounts they go to. */
export function claimLetters(sqlite: Database.Database, span: Span): { letters: number; accounts: number } {
  return sqlite
    .prepare(
      `SELECT count(*) AS letters, count(DISTINCT m.account_id) AS accounts
         FROM mail_items m
         JOIN generated_documents d ON d.id = m.document_id
         JOIN document_batches b ON b.id = m.batch_id
        WHERE b.status <> 'failed' AND d.issued_date BETWEEN ? AND ?`,
    )
    .get(span.from, span.to) as { letters: number; accounts: number };
}

/** Measure 6: entrances with a notice posted, and the buildings they are in. */
export function postedEntrances(sqlite: Database.Database, span: Span): { entrances: number; buildings: number } {
  return sqlite
    .prepare(
      `SELECT count(DISTINCT building_id || '/' || coalesce(entrance, '')) AS entrances, count(DISTINCT building_id) AS buildings
         FROM notice_postings WHERE posted_date BETWEEN ? AND ?`,
    )
    .get(span.from, span.to) as { entrances: number; buildings: number };
}

interface EpdExport {
  actionDate: string;
  period: string;
  recordedPercent: number | null;
}

/** The latest ЕПД export journaled in the span (measure 3), or null. */
export function latestEpdExport(sqlite: Database.Database, span: Span): EpdExport | null {
  const row = sqlite
    .prepare(
      `SELECT action_date AS actionDate, details_json AS details FROM actions
        WHERE measure = 3 AND kind = 'epd.exported' AND action_date BETWEEN ? AND ? ORDER BY at_ms DESC, id DESC LIMIT 1`,
    )
    .get(span.from, span.to) as { actionDate: string; details: string } | undefined;
  if (!row) return null;
  const details = JSON.parse(row.details) as { period: string; coveragePercent?: number };
  return { actionDate: row.actionDate, period: details.period, recordedPercent: details.coveragePercent ?? null };
}

export interface EpdCoverageFigure {
  percent: number;
  detail: string;
}

/** Coverage of an export, now, by the ЕПД module's coverage function. */
export function exportCoverage(sqlite: Database.Database, exported: EpdExport): EpdCoverageFigure {
  const c = epdCoverage(sqlite, exported.period);
  return {
    percent: c.coveragePercent,
    detail:
      `Выгрузка ЕПД за ${periodWords(exported.period)} от ${formatRuDate(exported.actionDate)}: пени в ЕПД у ` +
      `${formatCount(c.coveredAccounts)} из ${formatCount(c.debtorAccounts)} ${pluralRu(c.debtorAccounts, ['должника', 'должников', 'должников'])}` +
      (c.coveragePercent < 100 ? `; не охвачены — см. «Пени в ЕПД» (${percentText(c.coveragePercent)})` : ''),
  };
}

/** Measure 4: УК with a current run for `period`, of the УК whose contract provides penalty, and who is missing. */
export function companiesWithRun(
  sqlite: Database.Database,
  period: string,
): { done: number; of: number; missing: string[] } {
  const rows = sqlite
    .prepare(
      `SELECT c.name, EXISTS (SELECT 1 FROM penalty_runs r WHERE r.management_company_id = c.id AND r.period = ? AND r.status = 'current') AS done
         FROM management_companies c WHERE c.penalty_charged = 1 ORDER BY c.name`,
    )
    .all(period) as Array<{ name: string; done: number }>;
  return {
    done: rows.filter((r) => r.done === 1).length,
    of: rows.length,
    missing: rows.filter((r) => r.done !== 1).map((r) => r.name),
  };
}

/** Measure 4 per month of the chart: УК with a current run of the month before each month. */
export function companiesWithRunByMonth(sqlite: Database.Database, months: string[]): Map<string, number> {
  const count = sqlite.prepare(
    `SELECT count(DISTINCT r.management_company_id) AS n FROM penalty_runs r
       JOIN management_companies c ON c.id = r.management_company_id
      WHERE r.period = ? AND r.status = 'current' AND c.penalty_charged = 1`,
  );
  return new Map(months.map((m) => [m, (count.get(previousMonth(m)) as { n: number }).n]));
}

export function runDetail(period: string, figure: { done: number; of: number; missing: string[] }): string {
  const head = `Пени за ${periodWords(period)}`;
  if (figure.of === 0) return `${head}: ни одна УК не начисляет пени по договору`;
  if (figure.missing.length === 0) return `${head} начислены по всем ${formatCount(figure.of)} УК`;
  const names = figure.missing.slice(0, 3).map((n) => `«${n}»`).join(', ');
  const more = figure.missing.length > 3 ? ` и ещё ${formatCount(figure.missing.length - 3)}` : '';
  return `${head}: не начислены — ${names}${more}`;
}
