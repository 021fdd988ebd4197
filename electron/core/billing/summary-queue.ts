/**
 * @file The recount of account summaries after an import, in small transactions.
 *
 * An import of payments for 20,000 accounts writes its rows in a fraction of a second but recounts the summaries for
 * several seconds; done in the import's own transaction, that held SQLite's one write lock so long that the clerks'
 * call records on the office server failed with «database is locked». So the import commits its rows together with
 * the list of accounts to recount (table summary_refresh_queue), and the recount then runs over that list in chunks
 * of {@link CHUNK} accounts, each chunk one transaction that also takes its accounts off the list, with a short pause
 * between chunks for the writers waiting meanwhile. The rows and the list are committed together, so a crash
 * mid-recount loses nothing: the list left behind is recounted at the next start (openCore) or import.
 */
import type Database from 'better-sqlite3';
import { recomputeSummaries } from './recompute-summaries';

/** Accounts per transaction: about a tenth of a second of recount on our machines. */
const CHUNK = 200;
/** Pause between chunks, long enough for a writer's busy handler to take the lock. */
const PAUSE_MS = 25;

/** Puts accounts on the list (inside the import's transaction). */
export function queueSummaries(sqlite: Database.Database, accountIds: Iterable<number>): void {
  const insert = sqlite.prepare<[number]>('INSERT OR IGNORE INTO summary_refresh_queue (account_id) VALUES (?)');
  for (const id of accountIds) insert.run(id);
}

/** How many accounts wait for their recount. */
export function queuedSummaries(sqlite: Database.Database): number {
  return (sqlite.prepare('SELECT count(*) AS n FROM summary_refresh_queue').get() as { n: number }).n;
}

/** Recounts one chunk and takes it off the list, in one transaction; answers how many were recounted. */
function drainChunk(sqlite: Database.Database, nowMs: number): number {
  return sqlite
    .transaction(() => {
      const ids = sqlite
        .prepare<[number], { id: number }>(
          'SELECT account_id AS id FROM summary_refresh_queue ORDER BY account_id LIMIT ?',
        )
        .all(CHUNK)
        .map((r) => r.id);
      if (ids.length === 0) return 0;
      recomputeSummaries(sqlite, ids, nowMs);
      const remove = sqlite.prepare<[number]>('DELETE FROM summary_refresh_queue WHERE account_id = ?');
      for (const id of ids) remove.run(id);
      return ids.length;
    })
    .immediate();
}

/** The import's recount: chunk by chunk with pauses for other writers; `onProgress(done, total)`. */
export async function drainSummaryQueue(
  sqlite: Database.Database,
  nowMs: number,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<number> {
  const total = queuedSummaries(sqlite);
  let done = 0;
  for (;;) {
    const n = drainChunk(sqlite, nowMs);
    if (n === 0) return done;
    done += n;
    onProgress(done, total);
    await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
  }
}

/** At start: a list a crash left behind is recounted before anyone reads a summary. */
export function drainSummaryQueueNow(sqlite: Database.Database, nowMs: number): number {
  // A database migrated only part of the way (the upgrade tests open one with an older set of migrations).
  if (sqlite.prepare("SELECT 1 FROM sqlite_master WHERE name = 'summary_refresh_queue'").get() === undefined) return 0;
  let done = 0;
  for (let n = drainChunk(sqlite, nowMs); n > 0; n = drainChunk(sqlite, nowMs)) done += n;
  return done;
}
