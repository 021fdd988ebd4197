/**
 * @file What the cockpit counts for each built measure, in the plan's unit (shared/plan/plan-units.ts), over a span
 * of dates ('YYYY-MM-DD', both ends included) or for a month ('YYYY-MM'):
 *
 * 1 — distinct accounts an SMS reached: the gateway's delivery report said «доставлено» for a message journaled as
 *     sent in the span (./sms-counts below: also how many went out in a file and how many the gateway took);
 * 2 — distinct accounts with a call recorded (the actions journal);
 * 3 — coverage of the latest ЕПД export made in the month: share of debtors whose ЕПД carries the penalty, by the
 *     ЕПД module's own coverage function (epd-coverage.ts) for the month the export was for;
 * 4 — УК with a current penalty run for the month just ended, of every УК whose contract provides penalty;
 * 5 — claim letters (one per addressee) issued, batches that failed left out (their letters never reached a print file);
 * 6 — entrances (building + entrance) where a notice was posted, by the posting date;
 * 10 — writs sent to the bailiffs (one journal entry per writ when its register is handed over), against those
 *      still waiting with the creditor (received or returned, not sent): the plan's «все полученные»;
 * 8 — steps of restriction (journal entries): warnings delivered, services restricted (by an act), services restored;
 * 11 — actions with the bailiffs: reconciliations, raids planned and petitions sent (journal entries);
 * 12 — social tenants whose eviction case was opened (distinct accounts in the journal).
 *
 * Measures 7 and 13 are counted from their own tables (./media-meeting-counts.ts); the cockpit, the plan report and
 * the press summary read every measure through ./measure-actual.ts.
 */
import type Database from 'better-sqlite3';
import { and, between, count, countDistinct, desc, eq, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import { actions, managementCompanies, penaltyRuns } from '../../../shared/db/schema';
import { writs } from '../../../shared/db/schema-fssp';
import { smsMessages } from '../../../shared/db/schema-work';
import { WRIT_TO_SEND } from '../../../shared/fssp/fssp-terms';
import { documentBatches, generatedDocuments, mailItems, noticePostings } from '../../../shared/db/schema-documents';
import { drizzleOf } from '../db/drizzle-of';
import { epdCoverage } from '../epd/epd-coverage';
import { COUNTED_KINDS } from '../../../shared/plan/plan-targets';
import { periodWords } from '../../../shared/dates/period-words';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { formatCount } from '../../../shared/text/format-count';
import { percentText } from '../../../shared/plan/plan-units';
import { plural } from '../../../shared/text/plural';

export interface Span {
  from: string;
  to: string;
}

/** A month's span: '2026-11' → 2026-11-01 … 2026-11-31 (string bounds: every real date of the month falls inside). */
export function monthSpan(month: string): Span {
  return { from: `${month}-01`, to: `${month}-31` };
}

/** Measures 1, 2, 9, 12: distinct accounts in the journal. */
export function journalAccounts(sqlite: Database.Database, measure: number, span: Span): number {
  const kinds = COUNTED_KINDS[measure];
  const row = drizzleOf(sqlite)
    .select({ n: countDistinct(actions.accountId) })
    .from(actions)
    .where(
      and(
        eq(actions.measure, measure),
        isNotNull(actions.accountId),
        between(actions.actionDate, span.from, span.to),
        kinds ? inArray(actions.kind, [...kinds]) : undefined,
      ),
    )
    .get();
  return row?.n ?? 0;
}

/**
 * Measure 1, three figures apart (distinct accounts, by the day the message went out — its «sms.sent» journal entry):
 * - exported: written to a file for the gateway (the clerk uploads it; nothing is known of it until the report);
 * - sent: taken by the gateway — accepted over HTTP, or named in an imported delivery report (delivered or not);
 * - delivered: the delivery report said «доставлено». This one is the measure's count: the plan asks for subscribers
 *   informed, and only the report shows that a message reached the phone.
 * A journal entry says how its message went: `via` ('file' | 'gateway'); entries older than that field tell the
 * gateway's by its `attempts`.
 */
export function smsFigures(
  sqlite: Database.Database,
  span: Span,
): { exported: number; sent: number; delivered: number } {
  const m = smsMessages;
  const via = sql`coalesce(json_extract(${actions.detailsJson}, '$.via'), case when json_extract(${actions.detailsJson}, '$.attempts') is null then 'file' else 'gateway' end)`;
  const row = drizzleOf(sqlite)
    .select({
      exported: sql<number>`count(distinct case when ${via} = 'file' then ${actions.accountId} end)`,
      sent: sql<number>`count(distinct case when ${via} = 'gateway' or ${m.status} in ('sent', 'delivered', 'failed') then ${actions.accountId} end)`,
      delivered: sql<number>`count(distinct case when ${m.status} = 'delivered' then ${actions.accountId} end)`,
    })
    .from(actions)
    .innerJoin(m, eq(m.id, sql`json_extract(${actions.detailsJson}, '$.messageId')`))
    .where(
      and(
        eq(actions.measure, 1),
        eq(actions.kind, 'sms.sent'),
        isNotNull(actions.accountId),
        between(actions.actionDate, span.from, span.to),
      ),
    )
    .get();
  return row ?? { exported: 0, sent: 0, delivered: 0 };
}

/** Measure 5: letters and the accounts they go to. */
export function claimLetters(sqlite: Database.Database, span: Span): { letters: number; accounts: number } {
  const row = drizzleOf(sqlite)
    .select({ letters: count(), accounts: countDistinct(mailItems.accountId) })
    .from(mailItems)
    .innerJoin(generatedDocuments, eq(generatedDocuments.id, mailItems.documentId))
    .innerJoin(documentBatches, eq(documentBatches.id, mailItems.batchId))
    .where(and(ne(documentBatches.status, 'failed'), between(generatedDocuments.issuedDate, span.from, span.to)))
    .get();
  return row ?? { letters: 0, accounts: 0 };
}

/** Measure 6: entrances with a notice posted, and the buildings they are in. */
export function postedEntrances(sqlite: Database.Database, span: Span): { entrances: number; buildings: number } {
  const p = noticePostings;
  const row = drizzleOf(sqlite)
    .select({
      // An entrance is a building and its entrance number (none = the building's only posting place).
      entrances: countDistinct(sql`${p.buildingId} || '/' || coalesce(${p.entrance}, '')`),
      buildings: countDistinct(p.buildingId),
    })
    .from(p)
    .where(between(p.postedDate, span.from, span.to))
    .get();
  return row ?? { entrances: 0, buildings: 0 };
}

interface EpdExport {
  actionDate: string;
  period: string;
  recordedPercent: number | null;
}

/** The latest ЕПД export journaled in the span (measure 3), or null. */
export function latestEpdExport(sqlite: Database.Database, span: Span): EpdExport | null {
  const row = drizzleOf(sqlite)
    .select({ actionDate: actions.actionDate, details: actions.detailsJson })
    .from(actions)
    .where(
      and(eq(actions.measure, 3), eq(actions.kind, 'epd.exported'), between(actions.actionDate, span.from, span.to)),
    )
    .orderBy(desc(actions.atMs), desc(actions.id))
    .limit(1)
    .get();
  // The export always writes its details (period, coverage); an entry without them is not an export to count.
  if (!row || row.details === null) return null;
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
      `${formatCount(c.coveredAccounts)} из ${formatCount(c.debtorAccounts)} ${plural(c.debtorAccounts, ['должника', 'должников', 'должников'])}` +
      (c.coveragePercent < 100 ? `; не охвачены — см. «Пени в ЕПД» (${percentText(c.coveragePercent)})` : ''),
  };
}

/** Measure 4: УК with a current run for `period`, of the УК whose contract provides penalty, and who is missing. */
export function companiesWithRun(
  sqlite: Database.Database,
  period: string,
): { done: number; of: number; missing: string[] } {
  const db = drizzleOf(sqlite);
  const companies = db
    .select({ id: managementCompanies.id, name: managementCompanies.name })
    .from(managementCompanies)
    .where(eq(managementCompanies.penaltyCharged, 1))
    .orderBy(managementCompanies.name)
    .all();
  const withRun = new Set(
    db
      .select({ companyId: penaltyRuns.managementCompanyId })
      .from(penaltyRuns)
      .where(and(eq(penaltyRuns.period, period), eq(penaltyRuns.status, 'current')))
      .all()
      .map((r) => r.companyId),
  );
  return {
    done: companies.filter((c) => withRun.has(c.id)).length,
    of: companies.length,
    missing: companies.filter((c) => !withRun.has(c.id)).map((c) => c.name),
  };
}

export function runDetail(period: string, figure: { done: number; of: number; missing: string[] }): string {
  const head = `Пени за ${periodWords(period)}`;
  if (figure.of === 0) return `${head}: ни одна УК не начисляет пени по договору`;
  if (figure.missing.length === 0) return `${head} начислены по всем ${formatCount(figure.of)} УК`;
  const names = figure.missing
    .slice(0, 3)
    .map((n) => `«${n}»`)
    .join(', ');
  const more = figure.missing.length > 3 ? ` и ещё ${formatCount(figure.missing.length - 3)}` : '';
  return `${head}: не начислены — ${names}${more}`;
}

/** Measure 10: writs sent in the span (one journal entry per writ when its register was handed over). */
export function writsSent(sqlite: Database.Database, span: Span): number {
  const row = drizzleOf(sqlite)
    .select({ n: count() })
    .from(actions)
    .where(and(eq(actions.kind, 'fssp.writ_sent'), between(actions.actionDate, span.from, span.to)))
    .get();
  return row?.n ?? 0;
}

/** Measure 10: writs with the creditor now that must still go to the bailiffs (received or returned). */
export function writsWaiting(sqlite: Database.Database): number {
  const row = drizzleOf(sqlite)
    .select({ n: count() })
    .from(writs)
    .where(inArray(writs.status, [...WRIT_TO_SEND]))
    .get();
  return row?.n ?? 0;
}

const FSSP_ACTION_KINDS = {
  reconciliations: 'fssp.reconciliation',
  raids: 'fssp.raid_planned',
  petitions: 'fssp.petition_sent',
} as const;

/** Measure 11: reconciliations, raids and petitions journaled in the span. */
export function fsspActions(
  sqlite: Database.Database,
  span: Span,
): { total: number; reconciliations: number; raids: number; petitions: number } {
  const rows = drizzleOf(sqlite)
    .select({ kind: actions.kind, n: count() })
    .from(actions)
    .where(
      and(inArray(actions.kind, Object.values(FSSP_ACTION_KINDS)), between(actions.actionDate, span.from, span.to)),
    )
    .groupBy(actions.kind)
    .all();
  const of = (kind: string) => rows.find((r) => r.kind === kind)?.n ?? 0;
  const reconciliations = of(FSSP_ACTION_KINDS.reconciliations);
  const raids = of(FSSP_ACTION_KINDS.raids);
  const petitions = of(FSSP_ACTION_KINDS.petitions);
  return { total: reconciliations + raids + petitions, reconciliations, raids, petitions };
}

/** The journal kinds measure 8 counts (each is one step on one account's restriction). */
export const RESTRICTION_STEP_KINDS = {
  delivered: 'restriction.delivered',
  restricted: 'restriction.restricted',
  restored: 'restriction.restored',
} as const;

/** Measure 8: warnings delivered, services restricted and restored in the span. */
export function restrictionSteps(
  sqlite: Database.Database,
  span: Span,
): { total: number; delivered: number; restricted: number; restored: number } {
  const rows = drizzleOf(sqlite)
    .select({ kind: actions.kind, n: count() })
    .from(actions)
    .where(
      and(
        inArray(actions.kind, Object.values(RESTRICTION_STEP_KINDS)),
        between(actions.actionDate, span.from, span.to),
      ),
    )
    .groupBy(actions.kind)
    .all();
  const of = (kind: string) => rows.find((r) => r.kind === kind)?.n ?? 0;
  const delivered = of(RESTRICTION_STEP_KINDS.delivered);
  const restricted = of(RESTRICTION_STEP_KINDS.restricted);
  const restored = of(RESTRICTION_STEP_KINDS.restored);
  return { total: delivered + restricted + restored, delivered, restricted, restored };
}
