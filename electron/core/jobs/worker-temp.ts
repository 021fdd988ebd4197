/**
 * @file A private temp folder for a short-lived worker (the import preview), removed when the worker ends.
 *
 * Same place and reason as a job's (job-temp.ts: ExcelJS unpacks sheets into temp files; a terminated worker
 * left them in the OS temp folder): `<data dir>/tmp/<random>/`, swept at every start by purgeTempLeftovers. The
 * worker points TMPDIR/TMP/TEMP at it as its first step ({@link useWorkerTemp}; os.tmpdir() reads them on every
 * call, and a worker's process.env is its own copy) rather than through the Worker's `env`, so that tsx — loaded
 * first when running from source — keeps its compile cache in the real temp folder.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { TEMP_FOLDER } from './job-temp';

export interface WorkerTemp {
  /** To pass in workerData; the worker calls {@link useWorkerTemp} with it. */
  dir: string;
  remove(): void;
}

export function createWorkerTemp(dataDir: string): WorkerTemp {
  const dir = path.join(dataDir, TEMP_FOLDER, `worker-${crypto.randomBytes(8).toString('hex')}`);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** In a worker: its temp files go to `dir` from now on. */
export function useWorkerTemp(dir: string | undefined): void {
  if (dir === undefined) return;
  process.env.TMPDIR = dir;
  process.env.TMP = dir;
  process.env.TEMP = dir;
}
