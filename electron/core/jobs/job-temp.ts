/**
 * @file A job's own temporary folder inside the data folder, removed when the job ends however it ends.
 *
 * ExcelJS's streaming reader unpacks worksheets that come before the shared strings into temporary files (the `tmp`
 * package, under os.tmpdir()), and removes them only when it reads them back: a job that fails or is killed mid-way
 * left unpacked sheets — debtors' names and debts — in the computer's common temp folder. A job's worker therefore
 * runs with TMPDIR / TMP / TEMP pointing at `<data dir>/tmp/job-<id>` (owner-only like the rest of the folder); the
 * job manager removes that folder when the worker exits — done, failed, out of memory or terminated — and every
 * start removes whatever a crashed process left there (the folder lock guarantees no other process is using it).
 */
import fs from 'node:fs';
import path from 'node:path';

export const TEMP_FOLDER = 'tmp';

/** Creates the job's temporary folder. */
export function makeJobTempDir(dataDir: string, jobId: string): string {
  const dir = path.join(dataDir, TEMP_FOLDER, `job-${jobId}`);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

/** The environment of a worker whose temporary files go to `dir` (os.tmpdir() reads these per platform). */
export function envWithTemp(dir: string): NodeJS.ProcessEnv {
  return { ...process.env, TMPDIR: dir, TMP: dir, TEMP: dir };
}

export function removeTempDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** At start: the temporary folders of jobs a crashed process left. Returns how many were removed. */
export function purgeTempLeftovers(dataDir: string): number {
  const root = path.join(dataDir, TEMP_FOLDER);
  let names: string[];
  try {
    names = fs.readdirSync(root);
  } catch {
    return 0;
  }
  for (const name of names) fs.rmSync(path.join(root, name), { recursive: true, force: true });
  return names.length;
}
