/**
 * @file Restore into a data folder no program holds (the CLI's `restore --from FILE`, e.g. when the database is
 * damaged and the application does not start): the copy checked in full → nobody has the database open (an
 * exclusive lock taken on it; the window or the server holds a connection, so it is refused with a Russian
 * message) → the current database saved as a 'before-restore' copy (a damaged one that cannot be copied by
 * VACUUM INTO is copied byte for byte as `damaged-zhku-<stamp>.sqlite`, not listed as a backup) → the copy staged
 * and swapped in → the core opened on it (older copies migrated) and the restore journaled.
 *
 * [Note: data-folder lock] The data folder's lock (electron/core/db/data-folder-lock.ts) is taken at the top of
 * restoreClosedDataFolder, before anything is copied: a folder a live program holds is refused naming it. The
 * exclusive SQLite lock below stays as a second guard (a program of a version without the folder lock).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../app-error';
import type { Connection, JournalActor } from '../auth/actor';
import { createLogger, type Logger } from '../logger';
import { fail, ok, type ApiResult } from '../../../shared/api/result';
import { openDatabase } from '../db/connection';
import { openCore, DATABASE_FILE_NAME } from '../open-core';
import { acquireDataFolderLock, DataFolderLockedError, type DataFolderLock } from '../db/data-folder-lock';
import { makeBackup } from './make-backup';
import { backupFolderOf, defaultBackupFolder } from './backup-settings';
import { localStamp } from './backup-names';
import { checkCopyForRestore, journalRestored, stageCopy, swapInStaged } from './restore-backup';

export interface OfflineRestoreOptions {
  dataDir: string;
  sourcePath: string;
  migrationsFolder: string;
  clock: () => number;
  /** The command line's connection: the journal names «Командная строка (<OS user>)». */
  connection: Connection;
  logger?: Logger;
}

interface Resolved extends Omit<OfflineRestoreOptions, 'connection' | 'logger'> {
  by: JournalActor;
  logger: Logger;
}

export interface OfflineRestoreResult {
  databasePath: string;
  /** The verified before-restore copy, or null when the database could only be copied byte for byte (or was absent). */
  savedAs: string | null;
  /** The byte-for-byte copy of a database VACUUM INTO could not read. */
  savedRaw: string | null;
}

/** The restore as an envelope, like dispatch's: the CLI prints the Russian message of a refusal. */
export async function runOfflineRestore(options: OfflineRestoreOptions): Promise<ApiResult<OfflineRestoreResult>> {
  try {
    return ok(await restoreClosedDataFolder(options));
  } catch (error) {
    if (error instanceof AppError) return fail(error.code, error.message);
    throw error;
  }
}

export async function restoreClosedDataFolder(given: OfflineRestoreOptions): Promise<OfflineRestoreResult> {
  const options: Resolved = {
    ...given,
    by: {
      userId: null,
      name: given.connection.kind === 'cli' ? `Командная строка (${given.connection.osUser})` : 'Программа',
    },
    logger: given.logger ?? createLogger(path.join(path.resolve(given.dataDir), 'logs'), false),
  };
  const dataDir = path.resolve(options.dataDir);
  const databasePath = path.join(dataDir, DATABASE_FILE_NAME);
  const source = path.resolve(options.sourcePath);
  if (!fs.existsSync(source) || !fs.statSync(source).isFile()) {
    throw new AppError('NOT_FOUND', `Файл копии «${source}» не найден. База данных не изменена.`);
  }
  checkCopyForRestore(source, options.migrationsFolder);
  fs.mkdirSync(dataDir, { recursive: true });

  // One writer per data folder: refused while the window, the server or another command holds it; held until the
  // restored core has opened and closed (the same process re-enters its own lock).
  let lock: DataFolderLock;
  try {
    lock = acquireDataFolderLock(dataDir, 'cli', options.clock());
  } catch (error) {
    if (error instanceof DataFolderLockedError) throw new AppError('DB.LOCKED_BY_OTHER', error.message);
    throw error;
  }
  try {
    let savedAs: string | null = null;
    let savedRaw: string | null = null;
    if (fs.existsSync(databasePath) && fs.statSync(databasePath).size > 0) {
      assertNobodyHoldsDatabase(databasePath);
      ({ savedAs, savedRaw } = saveCurrent(databasePath, dataDir, options));
    }
    const staged = stageCopy(databasePath, source);
    swapInStaged(databasePath, staged);
    const core = openCore({
      dataDir,
      host: 'cli',
      migrationsFolder: options.migrationsFolder,
      clock: options.clock,
      logger: options.logger,
    });
    try {
      journalRestored(core.ctx.sqlite, options.by, options.clock(), {
        from: path.basename(source),
        savedAs: savedAs ?? (savedRaw ? path.basename(savedRaw) : null),
      });
    } finally {
      await core.close();
    }
    return { databasePath, savedAs, savedRaw };
  } finally {
    lock.release();
  }
}

/** A program that has the database open (the window, the server, another command) holds a lock: refuse then. */
function assertNobodyHoldsDatabase(databasePath: string): void {
  let probe: Database.Database | null = null;
  try {
    probe = new Database(databasePath, { fileMustExist: true });
    probe.pragma('busy_timeout = 200');
    probe.pragma('locking_mode = EXCLUSIVE');
    probe.exec('BEGIN EXCLUSIVE');
    probe.exec('COMMIT');
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
      throw new AppError(
        'DB.LOCKED_BY_OTHER',
        'База данных открыта программой (окно или сервер «Долги ЖКУ»). Закройте программу и повторите ' +
          'или восстановите копию из программы: Настройки → Резервные копии. База данных не изменена.',
      );
    }
    // A damaged file: nobody can hold it usefully; the byte-for-byte copy below keeps it.
  } finally {
    probe?.close();
  }
}

function saveCurrent(
  databasePath: string,
  dataDir: string,
  options: Resolved,
): { savedAs: string | null; savedRaw: string | null } {
  let opened: ReturnType<typeof openDatabase> | null = null;
  let folder = defaultBackupFolder(dataDir);
  try {
    opened = openDatabase(databasePath);
    try {
      folder = backupFolderOf(opened.db, dataDir);
    } catch {
      // No settings table (a damaged or foreign file): the default folder.
    }
    const made = makeBackup(
      { sqlite: opened.sqlite, db: opened.db, dataDir, clock: options.clock, logger: options.logger },
      'before-restore',
      { by: options.by, folder },
    );
    return { savedAs: made.name, savedRaw: null };
  } catch (error) {
    options.logger.error('Текущая база не скопирована через VACUUM INTO; копирую файл как есть', error);
    // The default folder: a chosen one may be the drive that is missing.
    folder = defaultBackupFolder(dataDir);
    fs.mkdirSync(folder, { recursive: true });
    const raw = path.join(folder, `damaged-zhku-${localStamp(options.clock()).stamp}.sqlite`);
    fs.copyFileSync(databasePath, raw);
    for (const suffix of ['-wal', '-shm']) {
      if (fs.existsSync(`${databasePath}${suffix}`)) fs.copyFileSync(`${databasePath}${suffix}`, `${raw}${suffix}`);
    }
    return { savedAs: null, savedRaw: raw };
  } finally {
    opened?.close();
  }
}
