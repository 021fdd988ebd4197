/**
 * @file Runs long jobs (imports, the demo district, penalty runs, claim batches, the rule book) in a worker thread
 * and keeps their status for the UI to poll — and lists them, so a screen reloaded mid-way finds its job again.
 *
 * One job at a time: two imports writing at once would only wait on each other's transaction.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { RECENT_JOB_MS, type JobStatus } from '../../../shared/jobs/job-types';
import { AppError } from '../app-error';
import type { CoreContext } from '../core-context';
import type { JobMessage, JobTask, JobWorkerData } from './job-messages';
import { CLAIM_BATCH_HEAP_MB } from '../claims/claim-batch-limits';
import { failBatch } from '../claims/claim-batch';
import type { JournalActor } from '../auth/actor';
import { storageFailureOf } from '../db/sqlite-error-map';
import { envWithTemp, makeJobTempDir, removeTempDir } from './job-temp';
import { whatIsKept } from './what-is-kept';

export interface JobManager {
  /** Starts a job in a worker thread on behalf of `by` (its journal entries name them). */
  start(kind: JobStatus['kind'], title: string, task: JobTask, by: JournalActor): JobStatus;
  get(jobId: string): JobStatus;
  /** Running jobs and those finished in the last RECENT_JOB_MS, newest first. */
  list(): JobStatus[];
  /** Resolves when the job ends (tests, CLI). */
  wait(jobId: string): Promise<JobStatus>;
  close(): Promise<void>;
}

/** Where the worker's code is: bundled beside the Electron main, or the TypeScript source run through tsx. */
function createWorker(data: JobWorkerData, tempDir: string): Worker {
  // A claim batch makes little live data but much garbage: a heap cap keeps its memory bounded (claim-batch-job.ts).
  // An import streams its files batch by batch; its cap turns a hostile file into a refused job, not a dead host.
  const heapMb =
    data.job.task === 'claim-batch' ? CLAIM_BATCH_HEAP_MB : data.job.task === 'import' ? IMPORT_HEAP_MB : undefined;
  const resourceLimits = heapMb === undefined ? undefined : { maxOldGenerationSizeMb: heapMb };
  // Its temporary files (ExcelJS's unpacked sheets) go to a folder removed when it exits (job-temp.ts).
  const env = envWithTemp(tempDir);
  if (process.env.ZHKU_BUNDLED === '1') {
    return new Worker(path.join(__dirname, 'job-worker.mjs'), { workerData: data, resourceLimits, env });
  }
  const entry = new URL('./job-worker.ts', import.meta.url).href;
  return new Worker(new URL('./worker-bootstrap.mjs', import.meta.url), {
    workerData: { ...data, __entry: entry },
    resourceLimits,
    env,
  });
}

/** Heap cap of an import's worker, MB: a million-row import stays far below; a runaway stops here. */
export const IMPORT_HEAP_MB = 2048;

export function createJobManager(ctx: CoreContext): JobManager {
  const jobs = new Map<string, JobStatus>();
  const waiters = new Map<string, Array<(status: JobStatus) => void>>();
  const workers = new Set<Worker>();

  const finish = (job: JobStatus, task: JobTask): void => {
    job.finishedAtMs = ctx.clock();
    // A worker that died (out of memory, terminated) could not mark its claim batch: the batch list must not
    // show it «формируется» forever. A batch that ended on its own keeps its status (failBatch only changes 'running').
    if (job.state === 'failed' && task.task === 'claim-batch') {
      try {
        failBatch(ctx.sqlite, task.batchId, job.error?.message ?? 'Задание прервано.');
      } catch (error) {
        // The database is already closed (the application is quitting): the next start marks the batch.
        ctx.logger.error(`Пакет № ${task.batchId} не отмечен как прерванный`, error);
      }
    }
    for (const resolve of waiters.get(job.id) ?? []) resolve(snapshot(job));
    waiters.delete(job.id);
  };

  /** A copy for an answer, with the time run so far by the core's clock. */
  const snapshot = (job: JobStatus): JobStatus => ({
    ...job,
    elapsedMs: Math.max(0, (job.finishedAtMs ?? ctx.clock()) - job.startedAtMs),
  });

  return {
    start(kind, title, task, by) {
      const running = [...jobs.values()].find((j) => j.state === 'running');
      if (running) throw new AppError('JOB.BUSY', `Уже выполняется «${running.title}». Дождитесь окончания.`);
      const job: JobStatus = {
        id: crypto.randomUUID(),
        kind,
        title,
        state: 'running',
        stage: 'Подготовка',
        fraction: 0,
        startedAtMs: ctx.clock(),
        finishedAtMs: null,
        elapsedMs: 0,
        batchId: task.task === 'claim-batch' ? task.batchId : null,
        summary: null,
        error: null,
      };
      jobs.set(job.id, job);
      const tempDir = makeJobTempDir(ctx.dataDir, job.id);
      const worker = createWorker(
        { databasePath: ctx.databasePath, dataDir: ctx.dataDir, by, nowMs: ctx.clock(), job: task },
        tempDir,
      );
      workers.add(worker);
      worker.on('message', (message: JobMessage) => {
        if (message.type === 'progress') {
          job.stage = message.stage;
          job.fraction = Math.max(job.fraction, Math.min(1, message.fraction));
        } else if (message.type === 'done') {
          Object.assign(job, {
            state: message.cancelled ? 'cancelled' : 'done',
            stage: message.cancelled ? 'Отменено' : 'Готово',
            fraction: message.cancelled ? job.fraction : 1,
            summary: message.summary,
          });
          finish(job, task);
        } else {
          if (message.internal) ctx.logger.error(`Сбой задания «${title}»`, message.message);
          job.state = 'failed';
          job.error = {
            message: message.internal
              ? `Внутренняя ошибка при выполнении задания. Подробности записаны в журнал. ${whatIsKept(task)}`
              : message.message,
            rowErrors: message.rowErrors,
            errorCount: message.errorCount,
          };
          finish(job, task);
        }
      });
      worker.on('error', (error: Error & { code?: string }) => {
        ctx.logger.error(`Сбой задания «${title}»`, error);
        if (job.state === 'running') {
          job.state = 'failed';
          const storage = storageFailureOf(error);
          const what = storage
            ? storage.what
            : error.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? 'Заданию не хватило памяти, и оно остановлено (файл слишком велик или повреждён).'
              : 'Внутренняя ошибка при выполнении задания.';
          job.error = { message: `${what} ${whatIsKept(task)}`, rowErrors: [], errorCount: 0 };
          finish(job, task);
        }
      });
      worker.on('exit', () => {
        workers.delete(worker);
        removeTempDir(tempDir);
        if (job.state === 'running') {
          job.state = 'failed';
          job.error = { message: `Задание прервано. ${whatIsKept(task)}`, rowErrors: [], errorCount: 0 };
          finish(job, task);
        }
      });
      return snapshot(job);
    },
    get(jobId) {
      const job = jobs.get(jobId);
      if (!job) throw new AppError('NOT_FOUND', 'Задание не найдено (возможно, приложение перезапускалось).');
      return snapshot(job);
    },
    list() {
      const since = ctx.clock() - RECENT_JOB_MS;
      // The map keeps start order; newest first.
      return [...jobs.values()]
        .reverse()
        .filter((j) => j.state === 'running' || (j.finishedAtMs ?? 0) >= since)
        .map(snapshot);
    },
    wait(jobId) {
      const job = jobs.get(jobId);
      if (!job) return Promise.reject(new AppError('NOT_FOUND', 'Задание не найдено.'));
      if (job.state !== 'running') return Promise.resolve(snapshot(job));
      return new Promise((resolve) => waiters.set(jobId, [...(waiters.get(jobId) ?? []), resolve]));
    },
    async close() {
      await Promise.all([...workers].map((w) => w.terminate()));
    },
  };
}
