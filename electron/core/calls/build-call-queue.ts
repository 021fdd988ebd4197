/**
 * @file Builds the day's call queue (measure 2): every account the rule book makes eligible for a call today
 * (bracket, phone, not paused, not blocked, no pending promise, ФЗ-230 limits), in bracket priority order, split
 * among the active operators by quota. A rebuild keeps the calls already made and replaces the rest.
 */
import type Database from 'better-sqlite3';
import { and, count, eq, isNotNull, max, or, sql } from 'drizzle-orm';
import { callQueueItems, users } from '../../../shared/db/schema-work';
import { drizzleOf } from '../db/drizzle-of';
import { AppError } from '../app-error';
import { currentRuleBook } from '../rules/rule-book-repo';
import { conditionsOf, forEachFactsChunk } from '../rules/account-facts';
import { evaluateMeasure } from '../../../shared/rules/eligibility/evaluate-account';
import { localMoment } from '../../../shared/rules/contact/local-time';
import { orderCandidates, splitQueue, type QueueCandidate } from './split-queue';
import { BRACKET_LABELS } from '../../../shared/rules/eligibility/format-fact';
import type { CallQueueSummary } from '../../../shared/api/contract-work';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';

export function buildCallQueue(sqlite: Database.Database, by: JournalActor, nowMs: number): CallQueueSummary {
  const book = currentRuleBook(sqlite);
  const rule = book.measures.find((m) => m.measure === 2);
  if (!rule) throw new AppError('CONFLICT', 'В правилах нет условий для обзвона (мероприятие 2).');
  const today = localMoment(nowMs).date;
  const candidates: QueueCandidate[] = [];
  const skipped = new Map<string, number>();
  forEachFactsChunk(
    sqlite,
    today,
    { brackets: book.callQueue.brackets, conditions: conditionsOf(book, rule) },
    (chunk) => {
      for (const facts of chunk) {
        const verdict = evaluateMeasure(rule, facts, book, today, undefined, false);
        if (verdict.available && facts.phone) {
          candidates.push({
            accountId: facts.accountId,
            bracket: facts.bracket,
            debtKopecks: facts.debtKopecks,
            phone: facts.phone,
          });
        } else {
          const failed = verdict.trace.find((t) => !t.pass);
          const key = failed?.fact === 'limit' ? 'limit' : (failed?.fact ?? 'other');
          skipped.set(key, (skipped.get(key) ?? 0) + 1);
        }
      }
    },
  );
  const db = drizzleOf(sqlite);
  const operators = db
    .select({ id: users.id, fullName: users.fullName, quota: users.dailyQuota })
    .from(users)
    .where(and(eq(users.role, 'operator'), eq(users.active, 1)))
    .orderBy(users.id)
    .all();
  if (operators.length === 0)
    throw new AppError('CONFLICT', 'Нет активных операторов: добавьте их в разделе «Правила» → «Пользователи и роли».');

  const ordered = orderCandidates(candidates, book.callQueue.brackets);
  const result = sqlite.transaction(() => {
    db.delete(callQueueItems)
      .where(and(eq(callQueueItems.queueDate, today), eq(callQueueItems.status, 'pending')))
      .run();
    const done = db
      .select({
        userId: callQueueItems.userId,
        n: count(),
        maxPos: max(callQueueItems.position),
        // group_concat has no builder function; every group has at least one row, so never NULL.
        ids: sql<string>`group_concat(${callQueueItems.accountId})`,
      })
      .from(callQueueItems)
      .where(eq(callQueueItems.queueDate, today))
      .groupBy(callQueueItems.userId)
      .all();
    const doneIds = new Set(done.flatMap((d) => d.ids.split(',').map(Number)));
    const startAt = new Map(done.map((d) => [d.userId, d.maxPos ?? 0]));
    const slots = operators.map((o) => ({
      userId: o.id,
      capacity: Math.max(0, o.quota - (done.find((d) => d.userId === o.id)?.n ?? 0)),
    }));
    const assigned = splitQueue(
      ordered.filter((c) => !doneIds.has(c.accountId)),
      slots,
      startAt,
    );
    // In chunks: one multi-row INSERT each, well under SQLite's limit of bound parameters.
    for (let i = 0; i < assigned.length; i += 500) {
      db.insert(callQueueItems)
        .values(
          assigned.slice(i, i + 500).map((a) => ({
            queueDate: today,
            accountId: a.accountId,
            userId: a.userId,
            position: a.position,
            bracket: a.bracket,
            debtKopecks: a.debtKopecks,
            phone: a.phone,
            status: 'pending' as const,
          })),
        )
        .run();
    }
    const summaryText = `Очередь звонков на ${today.split('-').reverse().join('.')}: ${assigned.length} лицевых счетов, операторов ${operators.length}`;
    writeJournal(sqlite, by, nowMs, {
      kind: 'calls.queue_built',
      actionDate: today,
      summary: summaryText,
      details: { eligible: candidates.length, assigned: assigned.length, ruleVersion: book.version },
    });
    return assigned.length;
  })();
  return readQueueSummary(sqlite, today, {
    eligible: candidates.length,
    assignedNow: result,
    skipped: Object.fromEntries(skipped),
    ruleVersion: book.version,
  });
}

export function readQueueSummary(
  sqlite: Database.Database,
  date: string,
  build: CallQueueSummary['build'] = null,
): CallQueueSummary {
  const db = drizzleOf(sqlite);
  const perOperator: CallQueueSummary['perOperator'] = db
    .select({
      userId: users.id,
      fullName: users.fullName,
      quota: users.dailyQuota,
      total: count(callQueueItems.id),
      done: sql<number>`coalesce(sum(${callQueueItems.status} = 'done'), 0)`,
    })
    .from(users)
    .leftJoin(callQueueItems, and(eq(callQueueItems.userId, users.id), eq(callQueueItems.queueDate, date)))
    .where(and(eq(users.role, 'operator'), or(eq(users.active, 1), isNotNull(callQueueItems.id))))
    .groupBy(users.id)
    .orderBy(users.id)
    .all();
  const byBracket = db
    .select({ bracket: callQueueItems.bracket, n: count() })
    .from(callQueueItems)
    .where(eq(callQueueItems.queueDate, date))
    .groupBy(callQueueItems.bracket)
    .all()
    .map((r) => ({ bracket: r.bracket, label: BRACKET_LABELS[r.bracket] ?? r.bracket, count: r.n }))
    .sort((a, b) => Object.keys(BRACKET_LABELS).indexOf(a.bracket) - Object.keys(BRACKET_LABELS).indexOf(b.bracket));
  const total = perOperator.reduce((s, o) => s + o.total, 0);
  const done = perOperator.reduce((s, o) => s + o.done, 0);
  return { date, total, done, perOperator, byBracket, build };
}
