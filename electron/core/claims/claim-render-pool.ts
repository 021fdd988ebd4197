/**
 * @file Renders the chunks of a claim batch on up to two threads and hands them to the coordinator strictly in
 * print order. Rendering (react-pdf) is most of a batch's time and needs only reads, so two worker threads roughly
 * halve a batch on two cores; writing stays with the coordinator (one SQLite writer, one print file). At most one
 * chunk per thread is in flight, so memory stays bounded; «Отменить» stops the dispatch of new chunks, and the
 * chunks already rendered are still committed, in order. An in-memory database (tests) renders here, one chunk
 * after another.
 *
 * [Note: react-pdf keeps memory] Each react-pdf render leaves memory behind in its thread (diegomura/react-pdf
 * #2848, #718): one thread rendering 12-account chunks ran out of its 160 MB heap after ~25 chunks, so a
 * 5,000-letter batch could not finish. A render thread is therefore retired after `RENDERS_PER_THREAD` chunks and a
 * fresh one takes its place, and even a one-thread batch renders in a worker rather than in the job's own thread.
 */
import fs from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import { isErrorCode } from '../../../shared/api/error-codes';
import { AppError } from '../app-error';
import { renderClaimChunk, type ClaimChunkTask, type RenderedChunk } from './claim-chunk';
import type { ClaimContextData } from './claim-facts';
import { claimContext } from './claim-context';
import { CLAIM_RENDER_HEAP_MB, CLAIM_RENDER_THREADS } from './claim-batch-limits';
import type { ClaimRenderMessage, ClaimRenderWorkerData } from './claim-render-worker';

function workerEntry(): { url: URL; data: Record<string, unknown> } | null {
  if (process.env.ZHKU_BUNDLED === '1') {
    try {
      const url = new URL('./claim-render-worker.mjs', import.meta.url);
      return fs.existsSync(fileURLToPath(url)) ? { url, data: {} } : null;
    } catch {
      return null;
    }
  }
  const entry = new URL('./claim-render-worker.ts', import.meta.url).href;
  return { url: new URL('../jobs/worker-bootstrap.mjs', import.meta.url), data: { __entry: entry } };
}

/** Chunks one render thread renders before it is replaced ([Note: react-pdf keeps memory]). */
export const RENDERS_PER_THREAD = 6;

class RenderThread {
  private readonly worker: Worker;
  /** Chunks sent to this thread so far. */
  renders = 0;
  private waiting: { resolve: (c: RenderedChunk) => void; reject: (e: Error) => void } | null = null;

  constructor(entry: { url: URL; data: Record<string, unknown> }, data: ClaimRenderWorkerData) {
    this.worker = new Worker(entry.url, {
      workerData: { ...entry.data, ...data },
      resourceLimits: { maxOldGenerationSizeMb: CLAIM_RENDER_HEAP_MB },
    });
    this.worker.on('message', (m: ClaimRenderMessage) => {
      const w = this.waiting;
      this.waiting = null;
      if (!w) return;
      if (m.type === 'chunk') w.resolve(m.chunk);
      else
        w.reject(
          m.code && isErrorCode(m.code)
            ? new AppError(m.code, m.message.split('\n')[0] ?? m.message)
            : new Error(m.message),
        );
    });
    const fail = (error: Error): void => {
      const w = this.waiting;
      this.waiting = null;
      w?.reject(error);
    };
    this.worker.on('error', (error: Error & { code?: string }) =>
      fail(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new AppError(
              'CLAIMS.OUT_OF_MEMORY',
              'Потоку подготовки претензий не хватило памяти на порцию писем с приложениями. Пакет не сформирован; сообщите администратору.',
            )
          : error,
      ),
    );
    this.worker.on('exit', (code) => fail(new Error(`Поток подготовки претензий завершился с кодом ${code}`)));
  }

  render(task: ClaimChunkTask): Promise<RenderedChunk> {
    this.renders += 1;
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.worker.postMessage(task);
    });
  }

  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}

/** Renders the tasks and commits each in order; resolves true when stopped by cancel. */
export async function renderInOrder(
  sqlite: Database.Database,
  context: ClaimContextData,
  tasks: readonly ClaimChunkTask[],
  threads: number | undefined,
  isCancelled: () => boolean,
  commit: (chunk: RenderedChunk) => Promise<void>,
  rendersPerThread: number = RENDERS_PER_THREAD,
): Promise<boolean> {
  const count = Math.max(
    1,
    Math.min(threads ?? Math.min(CLAIM_RENDER_THREADS, os.availableParallelism()), tasks.length),
  );
  const entry = sqlite.memory ? null : workerEntry();
  if (!entry) {
    const ctx = claimContext(sqlite, context);
    for (const task of tasks) {
      if (isCancelled()) return true;
      await commit(await renderClaimChunk(sqlite, ctx, task));
    }
    return false;
  }
  const data: ClaimRenderWorkerData = { databasePath: sqlite.name, context };
  const alive = new Set<RenderThread>();
  const spawn = (): RenderThread => {
    const thread = new RenderThread(entry, data);
    alive.add(thread);
    return thread;
  };
  const free = Array.from({ length: count }, spawn);
  /**
   * A thread that has rendered its share is stopped and a fresh one takes its place once it has exited, so two
   * generations of heaps never coexist. `refilled` wakes a coordinator waiting for a free thread.
   */
  let refilled: (() => void) | null = null;
  const release = (thread: RenderThread): void => {
    if (thread.renders < rendersPerThread) {
      free.push(thread);
      return;
    }
    alive.delete(thread);
    void thread.stop().then(() => {
      free.push(spawn());
      refilled?.();
    });
  };
  const inflight = new Map<number, Promise<RenderedChunk>>();
  let next = 0;
  let cancelled = false;
  try {
    for (let c = 0; c < tasks.length; c++) {
      while (!cancelled && next < tasks.length && free.length > 0) {
        if (isCancelled()) {
          cancelled = true;
          break;
        }
        const thread = free.pop() as RenderThread;
        const index = next++;
        const promise = thread.render(tasks[index] as ClaimChunkTask);
        // The thread is free again once its chunk is rendered (a failure ends the whole batch below).
        promise.then(
          () => release(thread),
          () => undefined,
        );
        inflight.set(index, promise);
      }
      let rendered = inflight.get(c);
      if (!rendered && !cancelled && next < tasks.length) {
        // Every thread is being replaced: wait for a fresh one and dispatch again.
        await new Promise<void>((resolve) => (refilled = resolve));
        refilled = null;
        c--;
        continue;
      }
      rendered = inflight.get(c);
      if (!rendered) break;
      inflight.delete(c);
      await commit(await rendered);
    }
  } finally {
    await Promise.all([...alive].map((t) => t.stop()));
  }
  return cancelled;
}
