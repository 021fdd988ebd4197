/**
 * @file The reconciliations kept: the history (date, department, file, rows, matched, differences open and
 * resolved), one reconciliation with its rows and differences, and a difference resolved with a note (journal
 * 'fssp.difference_resolved', on the writ's account where the difference has a writ).
 * `mapping_json` holds `{ mapping, skippedRows }`: the columns used and the rows skipped on the clerk's confirmation.
 */
import type Database from 'better-sqlite3';
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type {
  ReconciliationBadRow,
  ReconciliationDetail,
  ReconciliationDifferenceView,
  ReconciliationRowView,
  ReconciliationSummary,
} from '../../../shared/api/contract-fssp-reconciliation';
import { accounts } from '../../../shared/db/schema';
import {
  bailiffDepartments,
  reconciliationDifferences,
  reconciliationRows,
  reconciliations,
  writs,
} from '../../../shared/db/schema-fssp';
import { DIFFERENCE_KINDS, DIFFERENCE_LABELS, type DifferenceKind } from '../../../shared/fssp/fssp-terms';
import { AppError } from '../app-error';
import type { JournalActor } from '../auth/actor';
import { drizzleOf } from '../db/drizzle-of';
import { writeJournal } from '../journal/journal-writer';
import { writLabel } from './reconciliation-match';

const HISTORY_LIMIT = 200;

function skippedRowsOf(mappingJson: string): ReconciliationBadRow[] {
  try {
    const parsed = JSON.parse(mappingJson) as { skippedRows?: ReconciliationBadRow[] };
    return Array.isArray(parsed.skippedRows) ? parsed.skippedRows : [];
  } catch {
    return [];
  }
}

function summaries(sqlite: Database.Database, ids: number[] | null, departmentId?: number): ReconciliationSummary[] {
  const db = drizzleOf(sqlite);
  const recs = db
    .select({
      id: reconciliations.id,
      createdAtMs: reconciliations.createdAtMs,
      createdBy: reconciliations.createdBy,
      departmentId: reconciliations.departmentId,
      departmentName: bailiffDepartments.name,
      fileName: reconciliations.fileName,
      listDate: reconciliations.listDate,
      rowsCount: reconciliations.rowsCount,
      matchedCount: reconciliations.matchedCount,
      differencesCount: reconciliations.differencesCount,
      mappingJson: reconciliations.mappingJson,
    })
    .from(reconciliations)
    .leftJoin(bailiffDepartments, eq(bailiffDepartments.id, reconciliations.departmentId))
    .where(
      and(
        ids ? inArray(reconciliations.id, ids) : undefined,
        departmentId !== undefined ? eq(reconciliations.departmentId, departmentId) : undefined,
      ),
    )
    .orderBy(desc(reconciliations.createdAtMs), desc(reconciliations.id))
    .limit(HISTORY_LIMIT)
    .all();
  if (recs.length === 0) return [];
  const counts = db
    .select({
      id: reconciliationDifferences.reconciliationId,
      kind: reconciliationDifferences.kind,
      total: sql<number>`count(*)`,
      resolved: sql<number>`sum(case when ${reconciliationDifferences.resolvedAtMs} is not null then 1 else 0 end)`,
    })
    .from(reconciliationDifferences)
    .where(
      inArray(
        reconciliationDifferences.reconciliationId,
        recs.map((r) => r.id),
      ),
    )
    .groupBy(reconciliationDifferences.reconciliationId, reconciliationDifferences.kind)
    .all();
  return recs.map(({ mappingJson, ...r }) => {
    const byKind = Object.fromEntries(DIFFERENCE_KINDS.map((k) => [k, 0])) as Record<DifferenceKind, number>;
    let resolved = 0;
    for (const c of counts) {
      if (c.id !== r.id) continue;
      byKind[c.kind] = Number(c.total);
      resolved += Number(c.resolved);
    }
    return {
      ...r,
      openCount: r.differencesCount - resolved,
      resolvedCount: resolved,
      byKind,
      skippedRows: skippedRowsOf(mappingJson),
    };
  });
}

export function readReconciliationSummary(sqlite: Database.Database, id: number): ReconciliationSummary {
  const s = summaries(sqlite, [id])[0];
  if (!s) throw new AppError('NOT_FOUND', `Сверка № ${id} не найдена.`);
  return s;
}

export function listReconciliations(sqlite: Database.Database, departmentId?: number) {
  const departments = drizzleOf(sqlite)
    .select({ id: bailiffDepartments.id, name: bailiffDepartments.name, active: bailiffDepartments.active })
    .from(bailiffDepartments)
    .orderBy(asc(bailiffDepartments.name))
    .all()
    .map((d) => ({ ...d, active: d.active === 1 }));
  return { reconciliations: summaries(sqlite, null, departmentId), departments };
}

function differenceViews(sqlite: Database.Database, where: ReturnType<typeof eq>): ReconciliationDifferenceView[] {
  return drizzleOf(sqlite)
    .select({
      id: reconciliationDifferences.id,
      kind: reconciliationDifferences.kind,
      writId: reconciliationDifferences.writId,
      writNumber: writs.number,
      writDebtor: writs.debtorName,
      accountId: writs.accountId,
      accountNumber: accounts.number,
      rowId: reconciliationDifferences.rowId,
      rowNumber: reconciliationRows.rowNumber,
      rowDebtor: reconciliationRows.debtorName,
      proceedingNumber: reconciliationRows.proceedingNumber,
      ours: reconciliationDifferences.ours,
      theirs: reconciliationDifferences.theirs,
      resolvedAtMs: reconciliationDifferences.resolvedAtMs,
      resolvedBy: reconciliationDifferences.resolvedBy,
      resolutionNote: reconciliationDifferences.resolutionNote,
    })
    .from(reconciliationDifferences)
    .leftJoin(writs, eq(writs.id, reconciliationDifferences.writId))
    .leftJoin(accounts, eq(accounts.id, writs.accountId))
    .leftJoin(reconciliationRows, eq(reconciliationRows.id, reconciliationDifferences.rowId))
    .where(where)
    .orderBy(asc(reconciliationDifferences.id))
    .all()
    .map(({ writDebtor, rowDebtor, ...d }) => ({ ...d, debtorName: writDebtor ?? rowDebtor ?? '' }));
}

export function getReconciliation(sqlite: Database.Database, id: number): ReconciliationDetail {
  const summary = readReconciliationSummary(sqlite, id);
  const rows: ReconciliationRowView[] = drizzleOf(sqlite)
    .select({
      id: reconciliationRows.id,
      rowNumber: reconciliationRows.rowNumber,
      proceedingNumber: reconciliationRows.proceedingNumber,
      proceedingDate: reconciliationRows.proceedingDate,
      debtorName: reconciliationRows.debtorName,
      birthDate: reconciliationRows.birthDate,
      writNumber: reconciliationRows.writNumber,
      sumKopecks: reconciliationRows.sumKopecks,
      balanceKopecks: reconciliationRows.balanceKopecks,
      statusText: reconciliationRows.statusText,
      bailiffName: reconciliationRows.bailiffName,
      matchedWritId: reconciliationRows.matchedWritId,
      matchedBy: reconciliationRows.matchedBy,
    })
    .from(reconciliationRows)
    .where(eq(reconciliationRows.reconciliationId, id))
    .orderBy(asc(reconciliationRows.rowNumber))
    .all();
  const differences = differenceViews(sqlite, eq(reconciliationDifferences.reconciliationId, id));
  const order = new Map(DIFFERENCE_KINDS.map((k, i) => [k, i]));
  differences.sort((a, b) => (order.get(a.kind) ?? 0) - (order.get(b.kind) ?? 0) || a.id - b.id);
  return { summary, rows, differences };
}

export function resolveDifference(
  sqlite: Database.Database,
  by: JournalActor,
  nowMs: number,
  input: { differenceId: number; note: string },
): ReconciliationDifferenceView {
  const db = drizzleOf(sqlite);
  return sqlite.transaction(() => {
    const d = db
      .select()
      .from(reconciliationDifferences)
      .where(eq(reconciliationDifferences.id, input.differenceId))
      .get();
    if (!d) throw new AppError('NOT_FOUND', `Расхождение № ${input.differenceId} не найдено.`);
    if (d.resolvedAtMs !== null) {
      throw new AppError(
        'CONFLICT',
        `Расхождение № ${d.id} уже разобрано (${d.resolvedBy ?? ''}: «${d.resolutionNote ?? ''}»).`,
      );
    }
    db.update(reconciliationDifferences)
      .set({ resolvedAtMs: nowMs, resolvedBy: by.name, resolutionNote: input.note })
      .where(and(eq(reconciliationDifferences.id, d.id), isNull(reconciliationDifferences.resolvedAtMs)))
      .run();
    const view = differenceViews(sqlite, eq(reconciliationDifferences.id, d.id))[0]!;
    writeJournal(sqlite, by, nowMs, {
      kind: 'fssp.difference_resolved',
      summary: `Сверка № ${d.reconciliationId}: разобрано расхождение «${DIFFERENCE_LABELS[d.kind]}»${view.writNumber ? ` по ${writLabel(view.writNumber)}` : view.rowNumber !== null ? ` (строка ${view.rowNumber} списка)` : ''} — ${input.note}`,
      accountId: view.accountId,
      object: { type: 'reconciliation', id: d.reconciliationId },
      details: { differenceId: d.id, kind: d.kind, ours: d.ours, theirs: d.theirs },
      after: { resolutionNote: input.note },
    });
    return view;
  })();
}
