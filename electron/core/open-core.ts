/**
 * @file Builds the core for a host: data directory → prepared database → context → API dispatch.
 *
 * The Electron shell, the browser host, the CLI and the tests all start here, so they share one start-up
 * path (the data folder locked and owner-only, the database checked, backup before migrating, fail fast on a failed
 * migration) and one API table.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { HostKind } from '../../shared/api/contract';
import { createDispatch, type Dispatch } from './api/dispatch';
import { createHandlers } from './api/handlers';
import type { CoreContext } from './core-context';
import { prepareDatabase } from './db/prepare-database';
import { createLogger, type Logger } from './logger';
import { APP_VERSION } from './app-version';
import { createJobManager, type JobManager } from './jobs/job-manager';
import { markInterruptedBatches } from './jobs/interrupted-batches';
import { ensureDebtCurrent } from './debt/refresh-debt';
import { AGREEMENT_CHECKER, checkAgreements } from './agreements/agreement-check';
import { drainSummaryQueueNow } from './billing/summary-queue';
import { checkRestorationsQuietly } from './restriction/restorations';
import { isoDateInZone } from '../../shared/dates/iso-date';
import { createSessionStore } from './auth/session-store';
import { resolveActor, type ActorLookup } from './auth/resolve-actor';
import type { Connection } from './auth/actor';
import { secureDataFolder } from './db/data-folder-permissions';
import { acquireDataFolderLock, type DataFolderLock } from './db/data-folder-lock';
import { purgeTempLeftovers } from './jobs/job-temp';
import { scheduleRetention } from './retention/retention-service';
import { startBackupSchedule } from './backup/backup-schedule';
import type { SecretBox } from './secret-box';

export const DATABASE_FILE_NAME = 'zhku.sqlite';

export interface OpenCoreOptions {
  dataDir: string;
  host: HostKind;
  migrationsFolder: string;
  clock?: () => number;
  logger?: Logger;
  /** See CoreContext.openInViewer (Electron host only). */
  openInViewer?: (fullPath: string) => Promise<void>;
  /** Purge files past their retention term at start and daily (the serving hosts; not the CLI, not tests). */
  housekeeping?: boolean;
  /**
   * The daily copy and the copy at exit (electron/core/backup/backup-schedule.ts). Off unless a host asks (the
   * desktop window and `npm run serve` do); never for the CLI. `timers: false` keeps the checks but no timers (tests).
   */
  backups?: { schedule: boolean; timers?: boolean };
  /** See CoreContext.requestRestore (set by electron/core/reopenable-core.ts). */
  requestRestore?: CoreContext['requestRestore'];
  /** See CoreContext.secrets (Electron host only: safeStorage). */
  secrets?: SecretBox;
}

export interface CloseOptions {
  /** Make the copy at exit if it is due (default true; a restore closes without it, having saved its own copy). */
  exitBackup?: boolean;
}

export interface Core {
  ctx: CoreContext;
  dispatch: Dispatch;
  /**
   * Who is signed in on a connection (counts as activity), for what a host serves besides the API: the browser
   * host's `POST /upload`, Electron's upload channel.
   */
  identify(connection: Connection): ActorLookup;
  /** Path of the backup taken before migrating at this start, if any. */
  backupPath: string | null;
  /** Stops running jobs, makes the copy at exit when due, and closes the database. */
  close(options?: CloseOptions): Promise<void>;
}

export function openCore(options: OpenCoreOptions): Core {
  const dataDir = path.resolve(options.dataDir);
  const clock = options.clock ?? Date.now;
  // Owner-only folder and files; one writer per folder (electron/core/db/data-folder-*.ts).
  secureDataFolder(dataDir);
  const lock = acquireDataFolderLock(dataDir, options.host, clock());
  try {
    return openLockedCore(options, dataDir, clock, lock);
  } catch (error) {
    lock.release();
    throw error;
  }
}

function openLockedCore(options: OpenCoreOptions, dataDir: string, clock: () => number, lock: DataFolderLock): Core {
  const logger = options.logger ?? createLogger(path.join(dataDir, 'logs'), false);
  const databasePath = path.join(dataDir, DATABASE_FILE_NAME);
  const prepared = prepareDatabase({ databasePath, migrationsFolder: options.migrationsFolder, nowMs: clock() });
  if (prepared.backupPath) logger.info(`Резервная копия перед обновлением базы: ${prepared.backupPath}`);
  // Originals of an import interrupted before its commit (a crash) are not kept: the database has nothing of them.
  fs.rmSync(path.join(dataDir, 'imports', '.pending'), { recursive: true, force: true });
  // Temporary files of jobs a crash interrupted (ExcelJS's unpacked sheets: electron/core/jobs/job-temp.ts).
  purgeTempLeftovers(dataDir);
  // A claim batch a previous run of the application left 'running' has no job any more. Not from the CLI: a
  // command run beside an open application must not touch the batch the application is making.
  if (options.host !== 'cli') {
    const interrupted = markInterruptedBatches(prepared.sqlite);
    if (interrupted > 0) logger.info(`Пакетов, прерванных закрытием приложения: ${interrupted}`);
  }
  // Summaries an import had still to recount when the program stopped (electron/core/billing/summary-queue.ts).
  const requeued = drainSummaryQueueNow(prepared.sqlite, clock());
  if (requeued > 0) logger.info(`Досчитаны сводки после прерванной загрузки: ${requeued} лицевых счетов`);
  // Debt is counted for a day: a month falls due overnight without any import (electron/core/debt/refresh-debt.ts).
  const recounted = ensureDebtCurrent(prepared.sqlite, clock());
  if (recounted > 0) logger.info(`Задолженность пересчитана на ${isoDateInZone(clock())}: ${recounted} лицевых счетов`);
  // Signed repayment agreements found broken or repaid since the last run (electron/core/agreements/agreement-check.ts).
  const agreements = checkAgreements(prepared.sqlite, isoDateInZone(clock()), AGREEMENT_CHECKER, clock());
  if (agreements.broken + agreements.completed > 0)
    logger.info(`Соглашения о погашении: нарушено ${agreements.broken}, исполнено ${agreements.completed}`);
  // Restricted services whose debt was repaid (or an agreement signed): due for restoration in 2 days (measure 8).
  const restorationsDue = checkRestorationsQuietly(prepared.sqlite, isoDateInZone(clock()), clock(), (e) =>
    logger.error(`Проверка восстановления услуг не выполнена: ${e instanceof Error ? e.message : String(e)}`),
  );
  if (restorationsDue > 0) logger.info(`Назначено восстановление услуги: ${restorationsDue}`);
  let jobs: JobManager | null = null;
  const ctx: CoreContext = {
    host: options.host,
    appVersion: APP_VERSION,
    dataDir,
    databasePath,
    migrationsFolder: options.migrationsFolder,
    db: prepared.db,
    sqlite: prepared.sqlite,
    schema: prepared.schema,
    logger,
    sessions: createSessionStore(),
    clock,
    ...(options.openInViewer ? { openInViewer: options.openInViewer } : {}),
    ...(options.requestRestore ? { requestRestore: options.requestRestore } : {}),
    ...(options.secrets ? { secrets: options.secrets } : {}),
    get jobs(): JobManager {
      jobs ??= createJobManager(ctx);
      return jobs;
    },
  };
  // A serving host deletes files past their retention term at start and daily (electron/core/retention/*).
  const stopRetention = options.housekeeping ? scheduleRetention(ctx) : () => undefined;
  if (options.backups?.schedule && options.host !== 'cli') {
    ctx.backupSchedule = startBackupSchedule(ctx, { timers: options.backups.timers ?? true });
  }
  return {
    ctx,
    dispatch: createDispatch({
      handlers: createHandlers(ctx),
      logger,
      identify: (connection, touch) => resolveActor(ctx, connection, touch),
      beforeCall: () => ensureDebtCurrent(ctx.sqlite, ctx.clock()),
    }),
    identify: (connection) => resolveActor(ctx, connection, true),
    backupPath: prepared.backupPath,
    close: async (closeOptions = {}) => {
      ctx.backupSchedule?.stop();
      stopRetention();
      await jobs?.close();
      await ctx.backupSchedule?.settle();
      if (closeOptions.exitBackup !== false) ctx.backupSchedule?.backupAtExit();
      prepared.close();
      lock.release();
    },
  };
}
