/**
 * @file Data at rest on POSIX: the data folder and what is in it belong to the user running the program alone —
 * folders 0700, files 0600. The database, the import originals, the documents and the exports hold debtors' names,
 * addresses and debts; a 0755 folder with 0644 files lets every account on the computer read them.
 *
 * - The host process's umask becomes 077 when a core opens, so whatever the core, its job workers (threads share
 *   the process's umask) and SQLite (-wal, -shm) create from then on is owner-only, without each writer passing a
 *   mode.
 * - A folder left by an earlier version (0755 / 0644) is tightened once: when the data folder itself still lets
 *   others in, the files and folders the program keeps there are chmod-ed. Only the program's own names are
 *   touched, never anything else a user put in the folder (Electron's userData also holds Electron's own files).
 * - The database files get 0600 at every open (a copy restored by hand may come with any mode).
 * On Windows none of this applies (NTFS rights of the user profile; the disk must be encrypted — README).
 */
import fs from 'node:fs';
import path from 'node:path';
import { isMainThread } from 'node:worker_threads';

export const FOLDER_MODE = 0o700;
export const FILE_MODE = 0o600;

/** Folders and root files the program keeps in the data folder. */
const OWN_FOLDERS = ['imports', 'incoming', 'documents', 'exports', 'backups', 'logs', 'demo', 'tmp'];
const OWN_FILE = /^zhku\.(sqlite(-wal|-shm|-journal)?|lock)$/;

const posix = process.platform !== 'win32';

/** Creates the data folder owner-only, sets the umask, and tightens a folder an earlier version left open. */
export function secureDataFolder(dataDir: string): void {
  fs.mkdirSync(dataDir, { recursive: true, mode: FOLDER_MODE });
  if (!posix) return;
  // process.umask cannot be set from a worker thread; the main thread's umask is the process's anyway.
  if (isMainThread) process.umask(0o077);
  if ((fs.statSync(dataDir).mode & 0o077) === 0) return;
  chmodQuietly(dataDir, FOLDER_MODE);
  for (const name of fs.readdirSync(dataDir)) {
    const full = path.join(dataDir, name);
    if (OWN_FOLDERS.includes(name)) tighten(full);
    else if (OWN_FILE.test(name)) chmodQuietly(full, FILE_MODE);
  }
}

/** 0600 for the database file and its companions, if they exist. */
export function secureDatabaseFiles(databasePath: string): void {
  if (!posix || databasePath === ':memory:') return;
  for (const suffix of ['', '-wal', '-shm']) chmodQuietly(`${databasePath}${suffix}`, FILE_MODE);
}

/** Folders 0700 and files 0600 below `full`; symbolic links are left alone (never followed out of the folder). */
function tighten(full: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(full);
  } catch {
    return;
  }
  if (stat.isSymbolicLink()) return;
  if (stat.isDirectory()) {
    chmodQuietly(full, FOLDER_MODE);
    for (const name of fs.readdirSync(full)) tighten(path.join(full, name));
  } else if (stat.isFile()) {
    chmodQuietly(full, FILE_MODE);
  }
}

function chmodQuietly(full: string, mode: number): void {
  try {
    fs.chmodSync(full, mode);
  } catch {
    // A file that vanished meanwhile, or one that is not ours to change (another owner), is left as it is.
  }
}
