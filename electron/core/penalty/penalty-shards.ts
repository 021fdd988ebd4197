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

export const CHUNK_ACCOUNTS = 5_000;

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
  /** Accounts per chunk (id span); tests make it small to reach the threads with a small district. */
  chunkAccounts?: number;
  onProgress?: (fraction: number) => void;
}

function chunks(sqlite: Database.Database, size: number): Array<[number, number]> {
  const span = drizzleOf(sqlite)
    .select({ lo: min(accounts.id), hi: max(accounts.id) })
    .from(accounts)
    .get();
  const out: Array<[number, number]> = [];
  if (!span || span.lo === null || span.hi === null) return out;
  for (let lo = span.lo; lo <= span.hi; lo += size) out.push([lo, Math.min(span.hi, lo + size - 1)]);
  return out;
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
  const all = chunks(sqlite, o.chunkAccounts ?? CHUNK_ACCOUNTS);
  const threads = Math.max(1, Math.min(o.threads ?? Math.min(2, os.availableParallelism()), all.length));
  const entry = sqlite.memory || threads < 2 ? null : workerEntry();
  const out: AccountAccrual[] = [];
  let done = 0;
  const tick = (): void => o.onProgress?.(all.length === 0 ? 1 : ++done / all.length);
  if (!entry) {
    for (const [fromId, toId] of all) {
      out.push(
        ...computeAccrualsForRange(sqlite, tables, {
          window: o.window,
          fromId,
          toId,
          companyIds: o.companyIds,
          onePass: o.onePass,
        }),
      );
      tick();
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
  tick: () => void,
): Promise<AccountAccrual[]> {
  return new Promise((resolve, reject) => {
    const got: AccountAccrual[] = [];
    let failed = false;
    const worker = new Worker(entry.url, { workerData: { ...entry.data, ...request } });
    worker.on('message', (m: ShardMessage) => {
      if (m.type === 'chunk') {
        for (const a of m.accruals) got.push(a);
        tick();
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
