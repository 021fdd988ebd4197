/**
 * @file Runs long jobs (imports, the demo district) in a worker thread and keeps their status for the UI to poll.
 *
 * One job at a time: two imports writing at once would only wait on each other's transaction.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { JobStatus } from '../../../shared/jobs/job-types';
import { AppError } from '../app-error';
import type { CoreContext } from '../core-context';
import type { JobMessage, JobTask, JobWorkerData } from './job-messages';
import { CLAIM_BATCH_HEAP_MB } from '../claims/claim-batch-limits';

export interface JobManager {
  start(kind: JobStatus['kind'], title: string, task: JobTask): JobStatus;
  get(jobId: string): JobStatus;
  /** Resolves when the job ends (tests, CLI). */
  wait(jobId: string): Promise<JobStatus>;
  close(): Promise<void>;
}

/** Where the worker's code is: bundled beside the Electron main, or the TypeScript source run through tsx. */
function createWorker(data: JobWorkerData): Worker {
  // A claim batch makes little live data but much garbage: a heap cap keeps its memory bounded (claim-batch-job.ts).
  const resourceLimits = data.job.task === 'claim-batch' ? { maxOldGenerationSizeMb: CLAIM_BATCH_HEAP_MB } : undefined;
  if (process.env.ZHKU_BUNDLED === '1') {
    return new Worker(path.join(__dirname, 'job-worker.mjs'), { workerData: data, resourceLimits });
  }
  const entry = new URL('./job-worker.ts', import.meta.url).href;
  return new Worker(new URL('./worker-bootstrap.mjs', import.meta.url), { workerData: { ...data, __entry: entry }, resourceLimits });
}

export function createJobManager(ctx: CoreContext): JobManager {
  const jobs = new Map<string, JobStatus>();
  const waiters = new Map<string, Array<(status: JobStatus) => void>>();
  const workers = new Set<Worker>();

  const finish = (job: JobStatus): void => {
    job.finishedAtMs = ctx.clock();
    for (const resolve of waiters.get(job.id) ?? []) resolve({ ...job });
    waiters.delete(job.id);
  };

  return {
    start(kind, title, task) {
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
        summary: null,
        error: null,
      };
      jobs.set(job.id, job);
      const worker = createWorker({
        databasePath: ctx.databasePath,
        dataDir: ctx.dataDir,
        userName: ctx.userName,
        nowMs: ctx.clock(),
        job: task,
      });
      workers.add(worker);
      worker.on('message', (message: JobMessage) => {
        if (message.type === 'progress') {
          job.stage = message.stage;
          job.fraction = Math.max(job.fraction, Math.min(1, message.fraction));
        } else if (message.type === 'done') {
          Object.assign(job, { state: 'done', stage: 'Готово', fraction: 1, summary: message.summary });
          finish(job);
        } else {
          if (message.internal) ctx.logger.error(`Сбой задания «${title}»`, message.message);
          job.state = 'failed';
          job.error = {
            message: message.internal ? 'Внутренняя ошибка при выполнении задания. Подробности записаны в журнал; база данных не изменена.' : message.message,
            rowErrors: message.rowErrors,
            errorCount: message.errorCount,
          };
          finish(job);
        }
      });
      worker.on('error', (error) => {
        ctx.logger.error(`Сбой задания «${title}»`, error);
        if (job.state === 'running') {
          job.state = 'failed';
          job.error = { message: 'Внутренняя ошибка при выполнении задания. База данных не изменена.', rowErrors: [], errorCount: 0 };
          finish(job);
        }
      });
      worker.on('exit', () => {
        workers.delete(worker);
        if (job.state === 'running') {
          job.state = 'failed';
          job.error = { message: 'Задание прервано. База данных не изменена.', rowErrors: [], errorCount: 0 };
          finish(job);
        }
      });
      return { ...job };
    },
    get(jobId) {
      const job = jobs.get(jobId);
      if (!job) throw new AppError('NOT_FOUND', 'Задание не найдено (возможно, приложение перезапускалось).');
      return { ...job };
    },
    wait(jobId) {
      const job = jobs.get(jobId);
      if (!job) return Promise.reject(new AppError('NOT_FOUND', 'Задание не найдено.'));
      if (job.state !== 'running') return Promise.resolve({ ...job });
      return new Promise((resolve) => waiters.set(jobId, [...(waiters.get(jobId) ?? []), resolve]));
    },
    async close() {
      await Promise.all([...workers].map((w) => w.terminate()));
    },
  };
}
