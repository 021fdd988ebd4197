/**
 * @file Pausing an account until a date with a reason (dispute, hardship, death, bankruptcy): paused accounts drop
 * out of every worklist (the rule book's common conditions) and no contact is recorded for them. Journaled.
 */
import type Database from 'better-sqlite3';
import { and, eq, gte } from 'drizzle-orm';
import { accounts } from '../../../shared/db/schema';
import { callQueueItems } from '../../../shared/db/schema-work';
import { drizzleOf } from '../db/drizzle-of';
import { AppError } from '../app-error';
import { isoDateInZone } from '../../../shared/dates/iso-date';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';

export const PAUSE_REASONS = {
  dispute: 'спор о долге',
  hardship: 'тяжёлое положение',
  death: 'смерть должника',
  bankruptcy: 'банкротство',
  other: 'другое',
} as const;

export type PauseReason = keyof typeof PAUSE_REASONS;

export function pauseAccount(
  sqlite: Database.Database,
  input: { accountId: number; untilDate: string; reason: PauseReason; comment: string },
  by: JournalActor,
  nowMs: number,
): void {
  const today = isoDateInZone(nowMs);
  if (input.untilDate < today) throw new AppError('VALIDATION', 'Дата окончания паузы уже прошла.');
  const text = `${PAUSE_REASONS[input.reason]}${input.comment ? `: ${input.comment}` : ''}`;
  const db = drizzleOf(sqlite);
  sqlite.transaction(() => {
    const info = db
      .update(accounts)
      .set({ pausedUntilDate: input.untilDate, pauseReason: text })
      .where(eq(accounts.id, input.accountId))
      .run();
    if (info.changes === 0) throw new AppError('NOT_FOUND', 'Такого лицевого счёта нет.');
    // A paused account leaves today's call queue at once.
    db.delete(callQueueItems)
      .where(
        and(
          eq(callQueueItems.accountId, input.accountId),
          eq(callQueueItems.status, 'pending'),
          gte(callQueueItems.queueDate, today),
        ),
      )
      .run();
    writeJournal(sqlite, by, nowMs, {
      kind: 'account.paused',
      accountId: input.accountId,
      summary: `Работа приостановлена до ${input.untilDate.split('-').reverse().join('.')}: ${text}`,
      details: input,
    });
  })();
}

export function resumeAccount(sqlite: Database.Database, accountId: number, by: JournalActor, nowMs: number): void {
  sqlite.transaction(() => {
    const info = drizzleOf(sqlite)
      .update(accounts)
      .set({ pausedUntilDate: null, pauseReason: null })
      .where(eq(accounts.id, accountId))
      .run();
    if (info.changes === 0) throw new AppError('NOT_FOUND', 'Такого лицевого счёта нет.');
    writeJournal(sqlite, by, nowMs, {
      kind: 'account.resumed',
      accountId,
      summary: 'Пауза снята, работа по счёту возобновлена',
    });
  })();
}
