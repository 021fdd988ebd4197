/**
 * @file Worker-thread entry of long jobs: opens its own connection to the (already migrated) database, runs the
 * task, reports progress. Its own connection means the main thread keeps answering the UI meanwhile.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../db/connection';
import { ImportRefusedError } from '../billing/import-files';
import { runJobTask } from './run-job-task';
import type { JobMessage, JobWorkerData } from './job-messages';
import { storageFailureOf } from '../db/sqlite-error-map';
import { whatIsKept } from './what-is-kept';

const data = workerData as JobWorkerData;
const post = (message: JobMessage): void => parentPort?.postMessage(message);

const db = openDatabase(data.databasePath);
let lastPost = 0;
try {
  const outcome = await runJobTask(data.job, {
    sqlite: db.sqlite,
    dataDir: data.dataDir,
    by: data.by,
    nowMs: data.nowMs,
    onProgress: (stage, fraction) => {
      // Throttle: the UI polls a few times a second; millions of rows must not mean millions of messages.
      const now = Date.now();
      if (now - lastPost < 100 && fraction < 1) return;
      lastPost = now;
      post({ type: 'progress', stage, fraction });
    },
  });
  post({ type: 'done', summary: outcome.summary, cancelled: outcome.cancelled });
} catch (error) {
  const storage = storageFailureOf(error);
  if (error instanceof ImportRefusedError) {
    post({
      type: 'failed',
      message: error.message,
      rowErrors: error.rowErrors,
      errorCount: error.errorCount,
      internal: false,
    });
  } else if (storage) {
    // Busy, full, damaged, read-only: in the clerk's words, with what the job kept (its transaction rolled back).
    const message = `${storage.what} ${whatIsKept(data.job)} Что делать: ${storage.advice}`;
    post({ type: 'failed', message, rowErrors: [], errorCount: 0, internal: false });
  } else {
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    post({ type: 'failed', message: text, rowErrors: [], errorCount: 0, internal: true });
  }
} finally {
  db.close();
}
