/**
 * @file Start-up step of every host: open the database file, back it up if migrations are pending, migrate.
 *
 * Health first: a lost database (missing or empty while the folder shows traces of work) and a damaged one
 * (`PRAGMA quick_check`) stop start-up before anything is written (database-health.ts).
 * Order matters: the copy is taken BEFORE any migration runs, the migrations run in one
 * transaction (drizzle's SQLite migrator wraps them in BEGIN … COMMIT), and on failure start-up stops with a
 * Russian message naming the migration and the backup, leaving the old file as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { openDatabase, type OpenedDatabase } from './connection';
import { readMigrationJournal, readSchemaState, type SchemaState } from './migration-journal';
import { DatabaseStartupError } from './startup-error';
import { checkDatabaseIntegrity, damagedDatabaseError, isCorruptionError, refuseLostDatabase } from './database-health';
import { secureDatabaseFiles } from './data-folder-permissions';

export { DatabaseStartupError, type StartupErrorCode } from './startup-error';

export interface PreparedDatabase extends OpenedDatabase {
  databasePath: string;
  schema: SchemaState;
  /** Path of the backup taken before migrating, or null when none was needed. */
  backupPath: string | null;
}

export interface PrepareOptions {
  databasePath: string;
  migrationsFolder: string;
  /** Folder for the backups; defaults to `backups/` beside the database file. */
  backupDir?: string;
  /** Injected clock for the backup's timestamp. */
  nowMs?: number;
}

export function prepareDatabase(options: PrepareOptions): PreparedDatabase {
  const { databasePath, migrationsFolder } = options;
  const journal = readMigrationJournal(migrationsFolder);
  // A lost database is refused, never silently replaced by a new empty one (database-health.ts).
  refuseLostDatabase(databasePath);
  const existedWithData =
    databasePath !== ':memory:' && fs.existsSync(databasePath) && fs.statSync(databasePath).size > 0;
  if (databasePath !== ':memory:') fs.mkdirSync(path.dirname(databasePath), { recursive: true });

  let opened: OpenedDatabase;
  try {
    opened = openDatabase(databasePath);
  } catch (error) {
    if (isCorruptionError(error)) throw damagedDatabaseError(databasePath, error);
    throw new DatabaseStartupError(
      `Не удалось открыть файл базы данных ${databasePath}: ${messageOf(error)}. Файл не изменён.`,
      { cause: error },
    );
  }

  try {
    // Owner-only: the file holds debtors' personal data (data-folder-permissions.ts).
    secureDatabaseFiles(databasePath);
    checkDatabaseIntegrity(opened.sqlite, databasePath);
    const before = readSchemaState(opened.sqlite, journal);
    if (before.newerThanApp) {
      throw new DatabaseStartupError(
        `База данных ${databasePath} создана более новой версией приложения. Обновите приложение; файл не изменён.`,
      );
    }
    let backupPath: string | null = null;
    if (before.pending.length > 0 && existedWithData) {
      backupPath = backupDatabase(opened, databasePath, before.version, options);
    }
    if (before.pending.length > 0) runMigrations(opened, migrationsFolder, before, backupPath);
    const schema = readSchemaState(opened.sqlite, journal);
    return { ...opened, databasePath, schema, backupPath };
  } catch (error) {
    opened.close();
    throw error;
  }
}

/**
 * Copies the database to `backups/<name>-<YYYYMMDD-HHMMSS>-v<version>.sqlite` with `VACUUM INTO`, which writes
 * a consistent snapshot including anything still in the WAL file.
 */
function backupDatabase(
  opened: OpenedDatabase,
  databasePath: string,
  version: number,
  options: PrepareOptions,
): string {
  const dir = options.backupDir ?? path.join(path.dirname(databasePath), 'backups');
  fs.mkdirSync(dir, { recursive: true });
  const stamp = new Date(options.nowMs ?? Date.now()).toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  const base = path.basename(databasePath, path.extname(databasePath));
  let target = path.join(dir, `${base}-${stamp}-v${version}.sqlite`);
  for (let n = 2; fs.existsSync(target); n += 1) target = path.join(dir, `${base}-${stamp}-v${version}-${n}.sqlite`);
  try {
    opened.sqlite.prepare('VACUUM INTO ?').run(target);
  } catch (error) {
    throw new DatabaseStartupError(
      `Не удалось сохранить резервную копию базы данных перед обновлением (${target}): ${messageOf(error)}. ` +
        'Обновление не выполнялось, файл не изменён. Проверьте свободное место на диске.',
      { cause: error },
    );
  }
  return target;
}

function runMigrations(
  opened: OpenedDatabase,
  migrationsFolder: string,
  before: SchemaState,
  backupPath: string | null,
): void {
  // drizzle-kit rebuilds tables for some changes; with foreign keys enforced inside the migration transaction
  // a DROP of a referenced table would fail, and PRAGMA foreign_keys is a no-op inside a transaction. So keys
  // are switched off around the migration and checked explicitly afterwards.
  opened.sqlite.pragma('foreign_keys = OFF');
  try {
    migrate(opened.db, { migrationsFolder });
    const violations = opened.sqlite.pragma('foreign_key_check') as unknown[];
    if (violations.length > 0) {
      throw new Error(`после обновления нарушены ссылки между таблицами (${violations.length})`);
    }
  } catch (error) {
    const first = before.pending[0]?.tag ?? '?';
    const last = before.pending[before.pending.length - 1]?.tag ?? '?';
    const range = first === last ? first : `${first} … ${last}`;
    throw new DatabaseStartupError(
      `Не удалось обновить структуру базы данных (миграции ${range}): ${messageOf(error)}. ` +
        'Изменения отменены, база данных осталась в прежнем виде' +
        (backupPath ? `; резервная копия: ${backupPath}.` : '.') +
        ' Приложение не запущено — обратитесь к администратору.',
      { cause: error },
    );
  } finally {
    opened.sqlite.pragma('foreign_keys = ON');
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
