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
import { makeBackup } from './make-backup';
import { readBackupSettings, backupFolderOf } from './backup-settings';
import { readBackupNames } from './list-backups';
import { localStamp } from './backup-names';

export const FIRST_CHECK_MS = 5_000;
export const CHECK_EVERY_MS = 60 * 60 * 1000;

export interface BackupSchedule {
  /** Makes the daily copy if today has none and daily copies are on; true when one was made. */
  checkDaily(): boolean;
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

export function startBackupSchedule(deps: BackupDeps, options: { timers: boolean }): BackupSchedule {
  let marker = changeMarker(deps);
  const noteBackup = (): void => {
    marker = changeMarker(deps);
  };
  const run = (reason: 'daily' | 'exit'): boolean => {
    try {
      makeBackup(deps, reason);
      noteBackup();
      return true;
    } catch (error) {
      // makeBackup has journaled and logged it; the schedule tries again next hour.
      deps.logger.error(`Автоматическая резервная копия (${reason}) не сохранена`, error);
      return false;
    }
  };
  const checkDaily = (): boolean => {
    if (!deps.sqlite.open || !readBackupSettings(deps.db).daily) return false;
    const today = localStamp(deps.clock()).date;
    const newest = readBackupNames(backupFolderOf(deps.db, deps.dataDir))[0];
    if (newest && newest.date >= today) return false;
    return run('daily');
  };
  const timers: NodeJS.Timeout[] = [];
  if (options.timers) {
    timers.push(setTimeout(checkDaily, FIRST_CHECK_MS).unref(), setInterval(checkDaily, CHECK_EVERY_MS).unref());
  }
  return {
    checkDaily,
    backupAtExit: () => {
      if (!deps.sqlite.open || !readBackupSettings(deps.db).atExit) return false;
      if (changeMarker(deps) === marker) return false;
      return run('exit');
    },
    noteBackup,
    stop: () => {
      for (const t of timers) clearTimeout(t);
    },
  };
}
