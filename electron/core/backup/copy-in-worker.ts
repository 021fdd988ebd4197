/**
 * @file Runs copy-worker.ts in a worker thread and answers its verdict: the way the daily copy and «Сделать копию
 * сейчас» copy a database of a district (hundreds of megabytes) without freezing the host for everyone. The copy at
 * exit and the one before a restore stay on the main connection (nothing else is served then).
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CopyWorkerAnswer, CopyWorkerInput } from './copy-worker';

/** Copies `databasePath` into `temp` off the main thread; rejects with an Error carrying the SQLite/OS code. */
export function copyInWorker(input: CopyWorkerInput): Promise<Extract<CopyWorkerAnswer, { ok: true }>['verdict']> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(input);
    let answered = false;
    worker.once('message', (answer: CopyWorkerAnswer) => {
      answered = true;
      if (answer.ok) resolve(answer.verdict);
      else reject(Object.assign(new Error(answer.message), { code: answer.code ?? undefined }));
    });
    worker.once('error', (error) => {
      answered = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`поток копирования завершился с кодом ${code}`));
    });
  });
}

function startWorker(input: CopyWorkerInput): Worker {
  // The built application bundles the worker beside main.cjs (scripts/build-electron.mjs), as the job worker.
  if (process.env.ZHKU_BUNDLED === '1') {
    return new Worker(path.join(__dirname, 'backup-copy-worker.mjs'), { workerData: input });
  }
  const entry = new URL('./copy-worker.ts', import.meta.url).href;
  return new Worker(new URL('../jobs/worker-bootstrap.mjs', import.meta.url), {
    workerData: { ...input, __entry: entry },
  });
}
