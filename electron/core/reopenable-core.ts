/**
 * @file A core that can be reopened on another database file: what a restore from a backup needs. The handlers
 * of a Core capture its context (ctx.sqlite) for their lifetime, so replacing the database means closing the core
 * and opening a new one; this layer keeps the same face to the host (ctx, dispatch, identify, close) and delegates
 * to whichever Core is current.
 *
 * The restore (`backups.restore`, administrator only) runs: the copy checked in full → no job running (JOB.BUSY
 * otherwise) → calls held at a gate → the current database saved as a 'before-restore' copy → the copy staged
 * beside the database → the core closed → the staged file renamed over the database → a new core opened on it
 * (its migrations run when the copy is older) → the restore journaled in the restored database → the gate opened.
 * The new core has no sessions: everyone signs in again. If the new core does not open (a copy whose migration
 * fails), the saved copy is put back and the old state reopened.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openCore, type CloseOptions, type Core, type OpenCoreOptions } from './open-core';
import type { CoreContext } from './core-context';
import type { Dispatch } from './api/dispatch';
import type { Connection } from './auth/actor';
import { journalActor, type Actor } from './auth/actor';
import type { ActorLookup } from './auth/resolve-actor';
import { AppError } from './app-error';
import { createLogger } from './logger';
import { backupFolderOf } from './backup/backup-settings';
import { makeBackup } from './backup/make-backup';
import {
  checkCopyForRestore,
  journalRestored,
  resolveBackupFile,
  stageCopy,
  swapInStaged,
} from './backup/restore-backup';
import type { BackupRestoredView } from '../../shared/api/contract-backup';

export interface ReopenableCore extends Core {
  /** Replaces the database with the copy `name` of the backup folder (what `backups.restore` calls). */
  restore(name: string, by: Actor): Promise<BackupRestoredView>;
}

export function openReopenableCore(options: OpenCoreOptions): ReopenableCore {
  // One logger for every core this layer opens (the host holds on to it).
  const logger = options.logger ?? createLogger(path.join(path.resolve(options.dataDir), 'logs'), false);
  let gate: Promise<void> | null = null;
  const open = (): Core => openCore({ ...options, logger, requestRestore: (name, by) => restore(name, by) });
  let current = open();

  const restore = async (name: string, by: Actor): Promise<BackupRestoredView> => {
    if (gate) throw new AppError('JOB.BUSY', 'Восстановление из копии уже выполняется. База данных не изменена.');
    const old = current;
    const running = old.ctx.jobs.list().find((j) => j.state === 'running');
    if (running) {
      throw new AppError(
        'JOB.BUSY',
        `Выполняется «${running.title}». Дождитесь окончания, затем восстановите базу. База данных не изменена.`,
      );
    }
    const source = resolveBackupFile(backupFolderOf(old.ctx.db, old.ctx.dataDir), name);
    checkCopyForRestore(source, old.ctx.migrationsFolder);
    let openGate = (): void => {};
    gate = new Promise((resolve) => (openGate = resolve));
    try {
      const actor = journalActor(by);
      const saved = makeBackup(old.ctx, 'before-restore', { by: actor });
      const databasePath = old.ctx.databasePath;
      const staged = stageCopy(databasePath, source);
      await old.close({ exitBackup: false });
      try {
        swapInStaged(databasePath, staged);
      } catch (error) {
        // The rename did not happen: the old file is in place (closed cleanly, so nothing was left in its WAL).
        fs.rmSync(staged, { force: true });
        current = open();
        throw new AppError(
          'BACKUP.FAILED',
          `Восстановление не выполнено: файл базы не удалось заменить (${error instanceof Error ? error.message : String(error)}). База данных не изменена.`,
        );
      }
      try {
        current = open();
      } catch (error) {
        logger.error(`База из копии ${name} не открылась; возвращаю прежнюю базу (${saved.name})`, error);
        swapInStaged(databasePath, stageCopy(databasePath, saved.path));
        current = open();
        throw new AppError(
          'BACKUP.BAD_COPY',
          `Из копии «${name}» восстановить нельзя: база из неё не открылась (${error instanceof Error ? error.message : String(error)}). ` +
            'Прежняя база возвращена на место.',
        );
      }
      journalRestored(current.ctx.sqlite, actor, current.ctx.clock(), { from: name, savedAs: saved.name });
      logger.info(`База данных восстановлена из копии ${name}; прежняя сохранена как ${saved.name} (${actor.name})`);
      return { restoredFrom: name, savedAs: saved.name };
    } finally {
      gate = null;
      openGate();
    }
  };

  const dispatch: Dispatch = async (method, input, connection) => {
    while (gate) await gate;
    return current.dispatch(method, input, connection);
  };

  return {
    get ctx(): CoreContext {
      return current.ctx;
    },
    dispatch,
    identify: (connection: Connection): ActorLookup => current.identify(connection),
    get backupPath() {
      return current.backupPath;
    },
    close: async (closeOptions?: CloseOptions) => {
      while (gate) await gate;
      await current.close(closeOptions);
    },
    restore,
  };
}
