/**
 * @file One writer per data folder: `<data dir>/zhku.lock` names the process that has the folder open.
 *
 * Two processes writing one folder (the desktop application and `npm run cli`, two servers) would interleave
 * imports, claim batches and the purge of old files; SQLite alone serialises single statements, not a clerk's work.
 * The lock is created exclusively (`wx`) when a core opens and removed when it closes or the process exits. It holds
 * the process id, the computer's name, the kind of host and when it started, so a refusal names who holds the folder.
 *
 * A lock is stale, and taken over, when its process is gone: on THIS computer `process.kill(pid, 0)` says ESRCH, or
 * the id is this very process (a leftover of an earlier process that had the same id). A lock written by another
 * computer (a folder on a network share) cannot be checked from here and is respected; the message says which
 * computer and how to release it. Several cores of one process on one folder (the tests, reopening after a restore)
 * share the process's lock: it is counted and removed with the last of them.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { HostKind } from '../../../shared/api/contract';
import { DatabaseStartupError } from './startup-error';

export const LOCK_FILE_NAME = 'zhku.lock';

/** What the lock file holds (JSON). */
export interface LockRecord {
  pid: number;
  hostName: string;
  host: HostKind;
  startedAtMs: number;
  /** Tells this process's lock from a stranger's that happens to carry the same pid. */
  token: string;
}

export interface DataFolderLock {
  readonly path: string;
  /** Removes the lock when the last core of this process on the folder lets go. */
  release(): void;
}

/** A refusal at start: the folder is another live process's. */
export class DataFolderLockedError extends DatabaseStartupError {
  constructor(
    message: string,
    readonly holder: LockRecord | null,
  ) {
    super(message, { code: 'DB.LOCKED_BY_OTHER' });
    this.name = 'DataFolderLockedError';
  }
}

const HOST_WORDS: Record<HostKind, string> = {
  electron: 'приложение на компьютере',
  browser: 'сервер',
  cli: 'командная строка',
};

/** A lock file too young to be judged when it cannot be read: its writer may be between create and write. */
const UNREADABLE_GRACE_MS = 5_000;

/** Locks this process holds: file → its record and how many cores use it. */
const held = new Map<string, { record: LockRecord; count: number }>();
let exitHookInstalled = false;

export function acquireDataFolderLock(dataDir: string, host: HostKind, nowMs: number): DataFolderLock {
  const file = path.join(dataDir, LOCK_FILE_NAME);
  const mine = held.get(file);
  if (mine && readLock(file)?.token === mine.record.token) {
    mine.count += 1;
    return handle(file);
  }
  held.delete(file);
  const record: LockRecord = {
    pid: process.pid,
    hostName: os.hostname(),
    host,
    startedAtMs: nowMs,
    token: crypto.randomBytes(12).toString('hex'),
  };
  for (let attempt = 0; attempt < 3; attempt += 1) {
    if (tryCreate(file, record)) {
      held.set(file, { record, count: 1 });
      installExitHook();
      return handle(file);
    }
    const holder = readLock(file);
    if (holder === null) {
      if (ageMs(file) < UNREADABLE_GRACE_MS) throw refusal(file, null);
    } else if (isAlive(holder)) {
      throw refusal(file, holder);
    }
    // Stale: its process is gone. Removed and created anew (a rival doing the same gets EEXIST and sees ours).
    fs.rmSync(file, { force: true });
  }
  throw refusal(file, readLock(file));
}

/** Who holds the folder now, if anyone (for a message or a test); null when there is no readable lock. */
export function readLock(file: string): LockRecord | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockRecord>;
    if (typeof parsed.pid !== 'number' || typeof parsed.hostName !== 'string') return null;
    return {
      pid: parsed.pid,
      hostName: parsed.hostName,
      host: parsed.host === 'electron' || parsed.host === 'browser' || parsed.host === 'cli' ? parsed.host : 'browser',
      startedAtMs: typeof parsed.startedAtMs === 'number' ? parsed.startedAtMs : 0,
      token: typeof parsed.token === 'string' ? parsed.token : '',
    };
  } catch {
    return null;
  }
}

function handle(file: string): DataFolderLock {
  let released = false;
  return {
    path: file,
    release: () => {
      if (released) return;
      released = true;
      const entry = held.get(file);
      if (!entry) return;
      entry.count -= 1;
      if (entry.count > 0) return;
      held.delete(file);
      removeIfMine(file, entry.record);
    },
  };
}

function tryCreate(file: string, record: LockRecord): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new DatabaseStartupError(
      `Не удалось создать файл блокировки папки данных ${file}: ${(error as Error).message}. ` +
        'Проверьте, что папка доступна для записи. Ничего не изменено.',
      { cause: error },
    );
  }
  try {
    fs.writeSync(fd, `${JSON.stringify(record, null, 2)}\n`);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

function isAlive(holder: LockRecord): boolean {
  // Another computer's process cannot be checked from here.
  if (holder.hostName !== os.hostname()) return true;
  // Not one of ours (held.get was checked first): an earlier process that had this id.
  if (holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user — alive.
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

function refusal(file: string, holder: LockRecord | null): DataFolderLockedError {
  if (!holder) {
    return new DataFolderLockedError(
      `Папку данных ${path.dirname(file)} сейчас открывает другая копия программы. ` +
        'Подождите минуту и запустите программу снова. Ничего не изменено.',
      null,
    );
  }
  const when = holder.startedAtMs > 0 ? `, запущена ${formatMoment(holder.startedAtMs)}` : '';
  const elsewhere = holder.hostName !== os.hostname();
  return new DataFolderLockedError(
    `Папку данных использует другая копия программы: ${HOST_WORDS[holder.host]} ` +
      `(PID ${holder.pid}, компьютер ${holder.hostName})${when}. Закройте её и запустите программу снова. ` +
      (elsewhere ? `Если компьютер ${holder.hostName} выключен, удалите файл ${file}. ` : '') +
      'Ничего не изменено.',
    holder,
  );
}

/** «06.12.2026 10:15» in Moscow time, as the rest of the program shows moments. */
function formatMoment(ms: number): string {
  const parts = new Intl.DateTimeFormat('ru-RU', {
    timeZone: 'Europe/Moscow',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).formatToParts(new Date(ms));
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}.${part('month')}.${part('year')} ${part('hour')}:${part('minute')}`;
}

function ageMs(file: string): number {
  try {
    return Date.now() - fs.statSync(file).mtimeMs;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

function removeIfMine(file: string, record: LockRecord): void {
  if (readLock(file)?.token === record.token) fs.rmSync(file, { force: true });
}

/** A process that ends without closing its core (Ctrl+C handled by process.exit, an uncaught error) lets go too. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const [file, entry] of held) {
      try {
        removeIfMine(file, entry.record);
      } catch {
        // Nothing more can be done while exiting; the next start finds the lock stale.
      }
    }
    held.clear();
  });
}
