/**
 * @file What every service and handler of the core receives: the database, where things live, the sessions
 * and what time it is. Who is calling is not here: each handler gets it with the call (electron/core/auth/actor.ts). Built once per host by openCore(); tests build it the same way.
 */
import type { HostKind } from '../../shared/api/contract';
import type { AppDb, OpenedDatabase } from './db/connection';
import type { SchemaState } from './db/migration-journal';
import type { Logger } from './logger';
import type { JobManager } from './jobs/job-manager';
import type { SessionStore } from './auth/session-store';
import type { Actor } from './auth/actor';
import type { BackupSchedule } from './backup/backup-schedule';
import type { BackupRestoredView } from '../../shared/api/contract-backup';
import type { SecretBox } from './secret-box';

export interface CoreContext {
  host: HostKind;
  appVersion: string;
  dataDir: string;
  databasePath: string;
  migrationsFolder: string;
  db: AppDb;
  sqlite: OpenedDatabase['sqlite'];
  schema: SchemaState;
  logger: Logger;
  /** Who is signed in where (electron/core/auth/session-store.ts); dispatch resolves each call's actor from it. */
  sessions: SessionStore;
  /** Injected clock (UTC ms), so tests can freeze time. */
  clock: () => number;
  /** Long work (imports, the demo district) in worker threads. */
  jobs: JobManager;
  /**
   * Opens a file of the data folder in the system's viewer (from which the clerk prints). Only the Electron host can
   * (it passes shell.openPath); the browser host leaves it out and the page opens the file in a new tab instead.
   */
  openInViewer?: (fullPath: string) => Promise<void>;
  /**
   * Replaces the database with a backup and reopens the core on it (electron/core/reopenable-core.ts). Only hosts
   * opened through openReopenableCore have it; `backups.restore` refuses elsewhere.
   */
  requestRestore?: (name: string, by: Actor) => Promise<BackupRestoredView>;
  /** The daily and exit copies, when the host asked for them (electron/core/backup/backup-schedule.ts). */
  backupSchedule?: BackupSchedule;
  /** Encryption of secrets at rest (the SMS gateway's key); only the Electron host has one (safeStorage). */
  secrets?: SecretBox;
}
