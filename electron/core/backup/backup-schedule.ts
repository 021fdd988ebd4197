/**
 * @file When copies are made without anyone asking: a daily copy — checked a few seconds after start and then
 * every hour, made when the folder holds no copy of today (office's local day) — and a copy at exit, from the
 * core's close before the database is closed, when the database changed since the last copy of this run (or since
 * the start, when none was made).
 *
 * «Changed» is told cheaply by the main connection: `total_changes()` counts its own writes and
 * `PRAGMA data_version` moves when another connection (a job's worker thread) committed; the pair is remembered
 * after each copy and compared at exit.
 *
 * Only hosts that ask for it (the desktop window, `npm run serve`) schedule copies: the CLI makes one with its
 * `backup` command, and tests open many cores on temp folders that must not copy at every close.
 */
import type { BackupDeps } from './make-backup';
import { makeBackup, makeBackupInBackground } from './make-backup';
import { readBackupSettings, backupFolderOf } from './backup-settings';
import { readBackupNames } from './list-backups';
import { localStamp } from './backup-names';

export const FIRST_CHECK_MS = 5_000;
export const CHECK_EVERY_MS = 60 * 60 * 1000;

export interface BackupSchedule {
  /**
   * Makes the daily copy if today has none and daily copies are on — on a thread of its own, so the host keeps
   * answering; true when one was made. A check while a copy is being made answers false.
   */
  checkDaily(): Promise<boolean>;
  /** Waits for a daily copy under way (the core's close, before the copy at exit). */
  settle(): Promise<void>;
  /** At exit: a copy if copies at exit are on and the database changed; true when one was made. */
  backupAtExit(): boolean;
  /** Called after any copy made outside the schedule (manual), so exit does not copy an unchanged database. */
  noteBackup(): void;
  stop(): void;
}

function changeMarker(deps: BackupDeps): string {
  const total = (deps.sqlite.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  const version = deps.sqlite.pragma('data_version', { simple: true }) as number;
  return `${total}/${version}`;
}

export function startBackupSchedule(
  deps: BackupDeps & { databasePath: string },
  options: { timers: boolean },
): BackupSchedule {
  let marker = changeMarker(deps);
  const noteBackup = (): void => {
    marker = changeMarker(deps);
  };
  const failed = (reason: 'daily' | 'exit', error: unknown): false => {
    // makeBackup has journaled and logged it; the schedule tries again next hour.
    deps.logger.error(`Автоматическая резервная копия (${reason}) не сохранена`, error);
    return false;
  };
  let running: Promise<boolean> | null = null;
  const checkDaily = (): Promise<boolean> => {
    if (running !== null || !deps.sqlite.open || !readBackupSettings(deps.db).daily) return Promise.resolve(false);
    const today = localStamp(deps.clock()).date;
    const newest = readBackupNames(backupFolderOf(deps.db, deps.dataDir))[0];
    if (newest && newest.date >= today) return Promise.resolve(false);
    running = makeBackupInBackground(deps, 'daily')
      .then(() => {
        noteBackup();
        return true;
      })
      .catch((error: unknown) => failed('daily', error))
      .finally(() => {
        running = null;
      });
    return running;
  };
  const tick = (): void => void checkDaily();
  const timers: NodeJS.Timeout[] = [];
  if (options.timers) {
    timers.push(setTimeout(tick, FIRST_CHECK_MS).unref(), setInterval(tick, CHECK_EVERY_MS).unref());
  }
  return {
    checkDaily,
    settle: async () => {
      await running;
    },
    backupAtExit: () => {
      if (!deps.sqlite.open || !readBackupSettings(deps.db).atExit) return false;
      if (changeMarker(deps) === marker) return false;
      try {
        makeBackup(deps, 'exit');
        noteBackup();
        return true;
      } catch (error) {
        return failed('exit', error);
      }
    },
    noteBackup,
    stop: () => {
      for (const t of timers) clearTimeout(t);
    },
  };
}
