/**
 * @file A claim batch whose job died with the application (closed, crashed, the PC switched off) stays 'running' in
 * the database, and the batch list would say «формируется 0 из 561» forever. When a host that runs jobs starts, no
 * job of its own is running yet, so every such batch is marked failed with what was made — its letters stay.
 */
import type Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { documentBatches } from '../../../shared/db/schema-documents';
import { failBatch } from '../claims/claim-batch';

export function markInterruptedBatches(sqlite: Database.Database): number {
  const running = drizzleOf(sqlite)
    .select({ id: documentBatches.id, done: documentBatches.doneItems, total: documentBatches.totalItems })
    .from(documentBatches)
    .where(eq(documentBatches.status, 'running'))
    .all();
  for (const b of running) {
    failBatch(
      sqlite,
      b.id,
      `Прервано: приложение было закрыто во время формирования. Готово ${b.done} из ${b.total} л/с; сформируйте пакет для остальных заново.`,
    );
  }
  return running.length;
}
