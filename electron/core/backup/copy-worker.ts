/**
 * @file Worker entry of a copy made in the background (copy-in-worker.ts): its own read-only connection to the
 * database, `VACUUM INTO` the temp file, then the copy checked — so the host's main thread keeps answering the
 * office while a large database is copied. Answers one message: the verdict, or the error's code and text.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { verifyCopy } from './verify-copy';

export interface CopyWorkerInput {
  databasePath: string;
  temp: string;
}

export type CopyWorkerAnswer =
  { ok: true; verdict: ReturnType<typeof verifyCopy> } | { ok: false; code: string | null; message: string };

const input = workerData as CopyWorkerInput;
let answer: CopyWorkerAnswer;
try {
  const source = new Database(input.databasePath, { readonly: true, fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    source.prepare('VACUUM INTO ?').run(input.temp);
  } finally {
    source.close();
  }
  answer = { ok: true, verdict: verifyCopy(input.temp) };
} catch (error) {
  answer = {
    ok: false,
    code: (error as { code?: string }).code ?? null,
    message: error instanceof Error ? error.message : String(error),
  };
}
parentPort?.postMessage(answer);
