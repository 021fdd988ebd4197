/**
 * @file A private temp folder for each worker thread, removed when the worker ends — however it ends.
 *
 * ExcelJS unpacks a sheet that precedes the shared strings into a temp file (the `tmp` package, under
 * `os.tmpdir()`), and removes it only when the process exits normally: a worker terminated on a timeout, out of
 * memory or killed with the host left unpacked sheets — debtors' data — in the OS temp folder for good. A worker
 * gets `<data dir>/tmp/<random>/` in its workerData and points TMPDIR/TMP/TEMP there as its first step
 * ({@link useWorkerTemp}; os.tmpdir() reads them on every call, and a worker's process.env is its own copy). It is
 * done in the entry rather than through the Worker's `env` so that tsx, which loads first when running from
 * source, keeps its compile cache in the real temp folder. The folder is removed on the worker's exit, and
 * leftovers of a crashed host are swept at the next start.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface WorkerTemp {
  /** To pass in workerData; the worker calls {@link useWorkerTemp} with it. */
  dir: string;
  remove(): void;
}

/** In a worker: its temp files go to `dir` from now on. */
export function useWorkerTemp(dir: string | undefined): void {
  if (dir === undefined) return;
  process.env.TMPDIR = dir;
  process.env.TMP = dir;
  process.env.TEMP = dir;
}

/** Temp folders of workers running in this process: never swept. */
const active = new Set<string>();

export function workerTempRoot(dataDir: string): string {
  return path.join(dataDir, 'tmp');
}

export function createWorkerTemp(dataDir: string): WorkerTemp {
  const dir = path.join(workerTempRoot(dataDir), crypto.randomBytes(8).toString('hex'));
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  active.add(dir);
  return {
    dir,
    remove: () => {
      active.delete(dir);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Removes what workers of an earlier run left (a crash, a kill); folders of this process's running workers stay.
 * One process per data folder writes (the data-folder lock), so nothing else's folder is there.
 */
export function sweepWorkerTemp(dataDir: string): void {
  const root = workerTempRoot(dataDir);
  const names = fs.existsSync(root) ? fs.readdirSync(root) : [];
  for (const name of names) {
    const dir = path.join(root, name);
    if (!active.has(dir)) fs.rmSync(dir, { recursive: true, force: true });
  }
}
