/**
 * @file Computes the monthly accruals of a whole district in id ranges, on up to N worker threads.
 *
 * The engine is CPU-bound and single-threaded, so a second core halves the run: each thread opens its own
 * read-only connection and takes every other chunk of ids. Threads need a worker file: the TypeScript source
 * (through tsx, as the job manager does) or, in the Electron bundle, `penalty-shard-worker.mjs` beside the job
 * worker. Where neither is available (an in-memory test database, a bundle without that entry) the chunks run in
 * this thread — slower, same figures.
 */
import fs from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import { max, min } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { accounts } from '../../../shared/db/schema';
import type { PenaltyTables } from '../../../shared/rules/penalty/legal-tables';
import { computeAccrualsForRange, type AccountAccrual, type MonthWindow } from './monthly-penalty-compute';

/** The largest chunk (id span): a big district's chunks stay this size. */
export const CHUNK_ACCOUNTS = 5_000;
/** A district is cut into at least this many chunks, so the progress bar moves every second or less. */
export const MIN_CHUNKS = 40;
/** …but a chunk is never smaller than this (a query per chunk). */
export const MIN_CHUNK_ACCOUNTS = 25;

export interface ShardRequest {
  databasePath: string;
  window: MonthWindow;
  companyIds: number[];
  onePass: boolean;
  ranges: Array<[number, number]>;
}

export type ShardMessage = { type: 'chunk'; accruals: AccountAccrual[] } | { type: 'failed'; message: string };

export interface ComputeDistrictOptions {
  window: MonthWindow;
  companyIds: ReadonlySet<number>;
  onePass: boolean;
  /** Worker threads; 1 = this thread. Default: min(2, cores). */
  threads?: number;
  /** Accounts per chunk (id span); by default the span / MIN_CHUNKS within MIN_CHUNK_ACCOUNTS…CHUNK_ACCOUNTS. */
  chunkAccounts?: number;
  /**
   * After each chunk: the share done, and the open accounts of the chosen УК computed so far out of all of them
   * (the clerk sees «4 500 из 10 000 лицевых счетов»).
   */
  onProgress?: (fraction: number, accountsDone: number, accountsTotal: number) => void;
}

/**
 * The id ranges of the run. One chunk of 5 000 per thread made a 10 000-account run report nothing until its very
 * end («0 %» for 21 s): a district is now cut into at least MIN_CHUNKS pieces, so each thread reports often.
 */
function chunks(sqlite: Database.Database, size: number | undefined): Array<[number, number]> {
  const span = drizzleOf(sqlite)
    .select({ lo: min(accounts.id), hi: max(accounts.id) })
    .from(accounts)
    .get();
  const out: Array<[number, number]> = [];
  if (!span || span.lo === null || span.hi === null) return out;
  const step =
    size ?? Math.min(CHUNK_ACCOUNTS, Math.max(MIN_CHUNK_ACCOUNTS, Math.ceil((span.hi - span.lo + 1) / MIN_CHUNKS)));
  for (let lo = span.lo; lo <= span.hi; lo += step) out.push([lo, Math.min(span.hi, lo + step - 1)]);
  return out;
}

/** Open accounts of the chosen УК: what «N из M лицевых счетов» counts to (each gets one accrual). */
function openAccountsOf(sqlite: Database.Database, companyIds: ReadonlySet<number>): number {
  const counts = sqlite
    .prepare<[], { companyId: number; n: number }>(
      `SELECT management_company_id AS companyId, count(*) AS n FROM accounts WHERE status = 'open' GROUP BY management_company_id`,
    )
    .all();
  return counts.filter((c) => companyIds.has(c.companyId)).reduce((s, c) => s + c.n, 0);
}

function workerEntry(): { url: URL; data: Record<string, unknown> } | null {
  if (process.env.ZHKU_BUNDLED === '1') {
    // The run happens inside job-worker.mjs (ESM), so import.meta.url is that file's; from a CJS bundle it is empty,
    // and the run then computes on this thread instead of failing.
    try {
      const url = new URL('./penalty-shard-worker.mjs', import.meta.url);
      return fs.existsSync(fileURLToPath(url)) ? { url, data: {} } : null;
    } catch {
      return null;
    }
  }
  const entry = new URL('./penalty-shard-worker.ts', import.meta.url).href;
  return { url: new URL('../jobs/worker-bootstrap.mjs', import.meta.url), data: { __entry: entry } };
}

export async function computeDistrict(
  sqlite: Database.Database,
  tables: PenaltyTables,
  o: ComputeDistrictOptions,
): Promise<AccountAccrual[]> {
  const all = chunks(sqlite, o.chunkAccounts);
  const threads = Math.max(1, Math.min(o.threads ?? Math.min(2, os.availableParallelism()), all.length));
  const entry = sqlite.memory || threads < 2 ? null : workerEntry();
  const out: AccountAccrual[] = [];
  const accountsTotal = o.onProgress ? openAccountsOf(sqlite, o.companyIds) : 0;
  let done = 0;
  let accountsDone = 0;
  const tick = (accountsInChunk: number): void => {
    accountsDone += accountsInChunk;
    o.onProgress?.(all.length === 0 ? 1 : ++done / all.length, accountsDone, Math.max(accountsTotal, accountsDone));
  };
  if (!entry) {
    for (const [fromId, toId] of all) {
      const part = computeAccrualsForRange(sqlite, tables, {
        window: o.window,
        fromId,
        toId,
        companyIds: o.companyIds,
        onePass: o.onePass,
      });
      for (const a of part) out.push(a);
      tick(part.length);
      // Let the worker's progress messages out between chunks.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return out;
  }
  const parts = await Promise.all(
    Array.from({ length: threads }, (_, t) =>
      runShard(
        entry,
        {
          databasePath: sqlite.name,
          window: o.window,
          companyIds: [...o.companyIds],
          onePass: o.onePass,
          ranges: all.filter((_, i) => i % threads === t),
        },
        tick,
      ),
    ),
  );
  for (const part of parts) out.push(...part);
  return out.sort((a, b) => a.accountId - b.accountId);
}

function runShard(
  entry: { url: URL; data: Record<string, unknown> },
  request: ShardRequest,
  tick: (accountsInChunk: number) => void,
): Promise<AccountAccrual[]> {
  return new Promise((resolve, reject) => {
    const got: AccountAccrual[] = [];
    let failed = false;
    const worker = new Worker(entry.url, { workerData: { ...entry.data, ...request } });
    worker.on('message', (m: ShardMessage) => {
      if (m.type === 'chunk') {
        for (const a of m.accruals) got.push(a);
        tick(m.accruals.length);
      } else {
        failed = true;
        reject(new Error(m.message));
      }
    });
    worker.on('error', (error) => {
      failed = true;
      reject(error);
    });
    worker.on('exit', (code) => {
      if (failed) return;
      if (code === 0) resolve(got);
      else reject(new Error(`Поток расчёта пени завершился с кодом ${code}`));
    });
  });
}
