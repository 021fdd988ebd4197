/**
 * @file Builds the day's call queue (measure 2): every account the rule book makes eligible for a call today
 * (bracket, phone, not paused, not blocked, no pending promise, ФЗ-230 limits), in bracket priority order, split
 * among the active operators by quota. A rebuild keeps the calls already made and replaces the rest.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../app-error';
import { currentRuleBook } from '../rules/rule-book-repo';
import { forEachFactsChunk } from '../rules/account-facts';
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
  forEachFactsChunk(sqlite, today, { brackets: book.callQueue.brackets }, (chunk) => {
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
  });
  const operators = sqlite
    .prepare(
      `SELECT id, full_name AS fullName, daily_quota AS quota FROM users WHERE role = 'operator' AND active = 1 ORDER BY id`,
    )
    .all() as Array<{ id: number; fullName: string; quota: number }>;
  if (operators.length === 0)
    throw new AppError('CONFLICT', 'Нет активных операторов: добавьте их в разделе «Правила» → «Пользователи и роли».');

  const ordered = orderCandidates(candidates, book.callQueue.brackets);
  const result = sqlite.transaction(() => {
    sqlite.prepare(`DELETE FROM call_queue_items WHERE queue_date = ? AND status = 'pending'`).run(today);
    const done = sqlite
      .prepare(
        `SELECT user_id AS userId, count(*) AS n, max(position) AS maxPos, group_concat(account_id) AS ids FROM call_queue_items WHERE queue_date = ? GROUP BY user_id`,
      )
      .all(today) as Array<{ userId: number; n: number; maxPos: number; ids: string }>;
    const doneIds = new Set(done.flatMap((d) => d.ids.split(',').map(Number)));
    const startAt = new Map(done.map((d) => [d.userId, d.maxPos]));
    const slots = operators.map((o) => ({
      userId: o.id,
      capacity: Math.max(0, o.quota - (done.find((d) => d.userId === o.id)?.n ?? 0)),
    }));
    const assigned = splitQueue(
      ordered.filter((c) => !doneIds.has(c.accountId)),
      slots,
      startAt,
    );
    const insert = sqlite.prepare(
      `INSERT INTO call_queue_items (queue_date, account_id, user_id, position, bracket, debt_kopecks, phone, status)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'pending')`,
    );
    for (const a of assigned) insert.run(today, a.accountId, a.userId, a.position, a.bracket, a.debtKopecks, a.phone);
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
  const perOperator = sqlite
    .prepare(
      `SELECT u.id AS userId, u.full_name AS fullName, u.daily_quota AS quota,
              count(q.id) AS total, coalesce(sum(q.status = 'done'), 0) AS done
         FROM users u LEFT JOIN call_queue_items q ON q.user_id = u.id AND q.queue_date = ?
        WHERE u.role = 'operator' AND (u.active = 1 OR q.id IS NOT NULL)
        GROUP BY u.id ORDER BY u.id`,
    )
    .all(date) as CallQueueSummary['perOperator'];
  const byBracket = (
    sqlite
      .prepare(`SELECT bracket, count(*) AS n FROM call_queue_items WHERE queue_date = ? GROUP BY bracket`)
      .all(date) as Array<{ bracket: string; n: number }>
  )
    .map((r) => ({ bracket: r.bracket, label: BRACKET_LABELS[r.bracket] ?? r.bracket, count: r.n }))
    .sort((a, b) => Object.keys(BRACKET_LABELS).indexOf(a.bracket) - Object.keys(BRACKET_LABELS).indexOf(b.bracket));
  const total = perOperator.reduce((s, o) => s + o.total, 0);
  const done = perOperator.reduce((s, o) => s + o.done, 0);
  return { date, total, done, perOperator, byBracket, build };
}
