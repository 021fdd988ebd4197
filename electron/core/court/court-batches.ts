/**
 * @file Batches of the court queue: the accounts a clerk chose, stored with measure 9's trace of why each is in;
 * approved or rejected by the head of the department before documents are made (court rule
 * batch_approval_required; with 0 a batch is approved as it is made). Both steps are journaled.
 */
import type Database from 'better-sqlite3';
import { desc, eq, sql } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { courtBatchAccounts, courtBatches, courtCases } from '../../../shared/db/schema-court';
import type { CourtBatchStatus, CourtBatchView, CourtQueueBracket } from '../../../shared/api/contract-court-queue';
import { evaluateMeasure } from '../../../shared/rules/eligibility/evaluate-account';
import { formatKopecksAsRub } from '../../../shared/rules/eligibility/format-fact';
import { formatRuDate } from '../../../shared/dates/iso-date';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';
import { AppError } from '../app-error';
import { courtRule } from './court-rules-repo';
import { scanQueue } from './court-queue';

export const BATCH_STATUS_LABELS: Record<CourtBatchStatus, string> = {
  awaiting_approval: 'ждёт утверждения',
  approved: 'утверждён',
  rejected: 'отклонён',
  prepared: 'дела подготовлены',
};

type BatchRow = typeof courtBatches.$inferSelect;

function view(row: BatchRow, casesCount: number): CourtBatchView {
  return {
    id: row.id,
    brackets: JSON.parse(row.bracketsJson) as CourtQueueBracket[],
    asOf: row.asOfDate,
    status: row.status,
    statusLabel: BATCH_STATUS_LABELS[row.status],
    accountsCount: row.accountsCount,
    claimKopecks: row.claimKopecks,
    createdBy: row.createdBy,
    createdAtMs: row.createdAtMs,
    decidedBy: row.decidedBy,
    decidedAtMs: row.decidedAtMs,
    decisionNote: row.decisionNote,
    casesCount,
  };
}

function casesOf(sqlite: Database.Database, batchId: number): number {
  return (
    drizzleOf(sqlite)
      .select({ n: sql<number>`count(*)` })
      .from(courtCases)
      .where(eq(courtCases.batchId, batchId))
      .get()?.n ?? 0
  );
}

export function readBatch(sqlite: Database.Database, batchId: number): CourtBatchView {
  const row = drizzleOf(sqlite).select().from(courtBatches).where(eq(courtBatches.id, batchId)).get();
  if (!row) throw new AppError('NOT_FOUND', `Пакет № ${batchId} не найден.`);
  return view(row, casesOf(sqlite, batchId));
}

export function listBatches(sqlite: Database.Database, status?: CourtBatchStatus): CourtBatchView[] {
  const db = drizzleOf(sqlite);
  const rows = db
    .select()
    .from(courtBatches)
    .where(status ? eq(courtBatches.status, status) : undefined)
    .orderBy(desc(courtBatches.id))
    .limit(500)
    .all();
  return rows.map((r) => view(r, casesOf(sqlite, r.id)));
}

/**
 * Stores the chosen accounts with their trace. Every account must be in the queue now (measure 9 evaluated again
 * for exactly these accounts); one that is not is refused with its reason.
 */
export function createBatch(
  sqlite: Database.Database,
  p: { brackets: readonly CourtQueueBracket[]; accountIds: readonly number[]; asOf: string },
  by: JournalActor,
  nowMs: number,
  today: string,
): CourtBatchView {
  const ids = [...new Set(p.accountIds)];
  const scan = scanQueue(sqlite, p.asOf, p.brackets, ids);
  const found = new Set([...scan.inQueue, ...scan.out].map((f) => f.accountId));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0)
    throw new AppError(
      'NOT_FOUND',
      `Лицевые счета не найдены: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? '…' : ''}.`,
    );
  if (scan.out.length > 0) {
    const first = scan.out[0]!;
    const reason = evaluateMeasure(scan.rule, first, scan.book, p.asOf).reason;
    throw new AppError(
      'COURT.NOT_ELIGIBLE',
      `Не все счета проходят в судебную очередь (${scan.out.length}): л/с ${first.number} — ${reason}. Обновите очередь и выберите снова.`,
    );
  }
  const approval = courtRule(sqlite, 'batch_approval_required', today) === 1;
  const claim = scan.inQueue.reduce((a, f) => a + f.courtableDebtKopecks, 0);
  const db = drizzleOf(sqlite);
  const id = sqlite.transaction(() => {
    const batch = db
      .insert(courtBatches)
      .values({
        bracketsJson: JSON.stringify(p.brackets),
        asOfDate: p.asOf,
        status: approval ? 'awaiting_approval' : 'approved',
        accountsCount: scan.inQueue.length,
        claimKopecks: claim,
        createdBy: by.name,
        createdAtMs: nowMs,
        ...(approval
          ? {}
          : {
              decidedBy: by.name,
              decidedAtMs: nowMs,
              decisionNote: 'утверждение начальником не требуется (правило судебной работы)',
            }),
      })
      .returning({ id: courtBatches.id })
      .get();
    for (const facts of scan.inQueue) {
      const v = evaluateMeasure(scan.rule, facts, scan.book, p.asOf);
      db.insert(courtBatchAccounts)
        .values({
          batchId: batch.id,
          accountId: facts.accountId,
          claimKopecks: facts.courtableDebtKopecks,
          traceJson: JSON.stringify({
            ruleVersion: scan.book.version,
            asOf: p.asOf,
            reason: v.reason,
            trace: v.trace.map((t) => ({ condition: t.condition, actual: t.actual, pass: t.pass })),
          }),
        })
        .run();
    }
    writeJournal(sqlite, by, nowMs, {
      kind: 'court.batch_created',
      summary: `Пакет в суд № ${batch.id}: ${scan.inQueue.length} л/с на ${formatKopecksAsRub(claim)} на ${formatRuDate(p.asOf)}${approval ? ', ждёт утверждения начальником отдела' : ', утверждён (утверждение не требуется)'}`,
      object: { type: 'batch', id: `court-${batch.id}` },
      details: {
        batchId: batch.id,
        brackets: p.brackets,
        asOf: p.asOf,
        accounts: scan.inQueue.length,
        claimKopecks: claim,
        ruleVersion: scan.book.version,
      },
    });
    return batch.id;
  })();
  return readBatch(sqlite, id);
}

/** The head approves or rejects a batch awaiting approval (the handler's permission court.approve checks the role). */
export function decideBatch(
  sqlite: Database.Database,
  p: { batchId: number; decision: 'approve' | 'reject'; note: string },
  by: JournalActor,
  nowMs: number,
): CourtBatchView {
  const before = readBatch(sqlite, p.batchId);
  if (before.status !== 'awaiting_approval')
    throw new AppError('COURT.BAD_STEP', `Пакет № ${p.batchId} не ждёт утверждения: он ${before.statusLabel}.`);
  if (p.decision === 'reject' && p.note.trim() === '')
    throw new AppError('VALIDATION', 'Укажите, почему пакет отклонён.');
  const status = p.decision === 'approve' ? 'approved' : 'rejected';
  sqlite.transaction(() => {
    drizzleOf(sqlite)
      .update(courtBatches)
      .set({ status, decidedBy: by.name, decidedAtMs: nowMs, decisionNote: p.note.trim() || null })
      .where(eq(courtBatches.id, p.batchId))
      .run();
    writeJournal(sqlite, by, nowMs, {
      kind: 'court.batch_decided',
      summary: `Пакет в суд № ${p.batchId} ${status === 'approved' ? 'утверждён' : 'отклонён'}${p.note.trim() ? `: ${p.note.trim()}` : ''}`,
      object: { type: 'batch', id: `court-${p.batchId}` },
      before: { status: before.status },
      after: { status },
      details: { batchId: p.batchId, decision: p.decision, note: p.note.trim() },
    });
  })();
  return readBatch(sqlite, p.batchId);
}
