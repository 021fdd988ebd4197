/**
 * @file Worker-thread entry of one shard of the monthly penalty run: its own read-only connection, its own copy
 * of the legal tables (same database, same version), one message per chunk so the bar moves.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { loadPenaltyTables } from './penalty-tables-repo';
import { computeAccrualsForRange } from './monthly-penalty-compute';
import type { ShardMessage, ShardRequest } from './penalty-shards';

const request = workerData as ShardRequest;
const post = (m: ShardMessage): void => parentPort?.postMessage(m);
const sqlite = new Database(request.databasePath, { readonly: true, fileMustExist: true });
try {
  const tables = loadPenaltyTables(sqlite);
  const companyIds = new Set(request.companyIds);
  for (const [fromId, toId] of request.ranges) {
    post({
      type: 'chunk',
      accruals: computeAccrualsForRange(sqlite, tables, {
        window: request.window,
        fromId,
        toId,
        companyIds,
        onePass: request.onePass,
      }),
    });
  }
} catch (error) {
  post({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
} finally {
  sqlite.close();
}
