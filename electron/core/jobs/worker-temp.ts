/**
 * @file A private temp folder for each worker thread, removed when the worker ends — however it ends.
 *
 * ExcelJS unpacks a sheet that precedes the shared strings into a temp file (the `tmp` package, under
 * `os.tmpdir()`), and removes it only when the process exits normally: a worker terminated on a timeout, out of
 * memory or killed with the host left unpacked sheets — debtors' data — in the OS temp folder for good. A worker
 * gets TMPDIR/TMP/TEMP pointing to `<data dir>/tmp/<random>/` (os.tmpdir() reads them on every call); the folder
 * is removed on the worker's exit, and leftovers of a crashed host are swept at the next start.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface WorkerTemp {
  dir: string;
  /** The environment to give the Worker (`env` option). */
  env: NodeJS.ProcessEnv;
  remove(): void;
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
    env: { ...process.env, TMPDIR: dir, TMP: dir, TEMP: dir },
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
