/**
 * Start-up migration behaviour on real database files: fresh database, upgrade of a previous schema version
 * with a backup taken first, a failed migration that leaves the old file as it was, and a database from a newer
 * build that is refused.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DatabaseStartupError, prepareDatabase } from '../../electron/core/db/prepare-database';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { makeTempDir } from '../support/temp-dir';
import { migrationsUpTo, migrationsWithExtra, realJournal } from '../support/migrations-fixture';

const NOW = Date.UTC(2026, 10, 26, 9, 30, 0);

function seedCompany(databasePath: string): void {
  const db = new Database(databasePath);
  db.prepare(
    "INSERT INTO management_companies (name, inn, created_at_ms) VALUES ('ООО «УК Жилсервис»', '5024000001', 1)",
  ).run();
  db.close();
}

function companyNames(databasePath: string): string[] {
  const db = new Database(databasePath, { readonly: true });
  const rows = db.prepare('SELECT name FROM management_companies ORDER BY id').all() as Array<{ name: string }>;
  db.close();
  return rows.map((r) => r.name);
}

function appliedCount(databasePath: string): number {
  const db = new Database(databasePath, { readonly: true });
  const row = db.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number };
  db.close();
  return row.n;
}

describe('prepareDatabase', () => {
  it('creates a fresh database at the newest schema version without a backup', () => {
    const dir = makeTempDir();
    const databasePath = path.join(dir, 'zhku.sqlite');
    const prepared = prepareDatabase({ databasePath, migrationsFolder: SOURCE_MIGRATIONS_FOLDER, nowMs: NOW });
    const journal = realJournal();
    expect(prepared.schema.version).toBe(journal.length);
    expect(prepared.schema.tag).toBe(journal[journal.length - 1]?.tag);
    expect(prepared.schema.pending).toEqual([]);
    expect(prepared.backupPath).toBeNull();
    const tables = prepared.sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all()
      .map((r) => (r as { name: string }).name);
    expect(tables).toEqual(
      expect.arrayContaining(['management_companies', 'buildings', 'accounts', 'actions', 'app_settings']),
    );
    prepared.close();
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
  });

  it('opens WAL with foreign keys and a busy timeout', () => {
    const dir = makeTempDir();
    const prepared = prepareDatabase({
      databasePath: path.join(dir, 'a.sqlite'),
      migrationsFolder: SOURCE_MIGRATIONS_FOLDER,
    });
    expect(prepared.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(prepared.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(prepared.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(() =>
      prepared.sqlite
        .prepare(
          "INSERT INTO accounts (number, management_company_id, tenure, created_at_ms) VALUES ('1', 999, 'owner', 1)",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    expect(prepared.sqlite.prepare("SELECT fold_search('ЁЛКИНА Алёна') AS v").get()).toEqual({ v: 'елкина алена' });
    prepared.close();
  });

  it('backs up a database of the previous schema version, then migrates it keeping its data', () => {
    const dir = makeTempDir();
    const databasePath = path.join(dir, 'zhku.sqlite');
    const current = realJournal().length;
    // The database as the current build leaves it, with data in it…
    prepareDatabase({ databasePath, migrationsFolder: SOURCE_MIGRATIONS_FOLDER }).close();
    seedCompany(databasePath);
    // …is opened by a newer build that has one more migration.
    const newer = migrationsWithExtra(path.join(dir, 'newer'), '9999_add_company_note', [
      'ALTER TABLE `management_companies` ADD `note` text;',
      "UPDATE `management_companies` SET `note` = 'перенесено';",
    ]);
    const prepared = prepareDatabase({ databasePath, migrationsFolder: newer, nowMs: NOW });
    expect(prepared.schema.version).toBe(current + 1);
    expect(prepared.schema.tag).toBe('9999_add_company_note');
    expect(prepared.sqlite.prepare('SELECT name, note FROM management_companies').all()).toEqual([
      { name: 'ООО «УК Жилсервис»', note: 'перенесено' },
    ]);
    prepared.close();

    expect(prepared.backupPath).not.toBeNull();
    const backupPath = prepared.backupPath as string;
    expect(path.dirname(backupPath)).toBe(path.join(dir, 'backups'));
    expect(path.basename(backupPath)).toBe(`zhku-20261126-093000-v${current}.sqlite`);
    // The backup is the old database: old schema version, same data, no new column.
    expect(appliedCount(backupPath)).toBe(current);
    expect(companyNames(backupPath)).toEqual(['ООО «УК Жилсервис»']);
    const backup = new Database(backupPath, { readonly: true });
    const columns = backup.prepare('PRAGMA table_info(management_companies)').all() as Array<{ name: string }>;
    backup.close();
    expect(columns.map((c) => c.name)).not.toContain('note');
  });

  it('upgrades a database made by a build with fewer migrations (every real step)', () => {
    const journal = realJournal();
    for (let older = 1; older < journal.length; older += 1) {
      const dir = makeTempDir();
      const databasePath = path.join(dir, 'zhku.sqlite');
      prepareDatabase({ databasePath, migrationsFolder: migrationsUpTo(path.join(dir, 'old'), older) }).close();
      seedCompany(databasePath);
      const prepared = prepareDatabase({ databasePath, migrationsFolder: SOURCE_MIGRATIONS_FOLDER, nowMs: NOW });
      expect(prepared.schema.version).toBe(journal.length);
      expect(prepared.backupPath).not.toBeNull();
      prepared.close();
      expect(companyNames(databasePath)).toEqual(['ООО «УК Жилсервис»']);
      expect(appliedCount(prepared.backupPath as string)).toBe(older);
    }
  });

  it('stops on a failed migration with a Russian message and leaves the old database as it was', () => {
    const dir = makeTempDir();
    const databasePath = path.join(dir, 'zhku.sqlite');
    prepareDatabase({ databasePath, migrationsFolder: SOURCE_MIGRATIONS_FOLDER }).close();
    seedCompany(databasePath);
    const before = appliedCount(databasePath);
    const broken = migrationsWithExtra(path.join(dir, 'broken'), '9999_broken', [
      'CREATE TABLE `half_done` (`id` integer PRIMARY KEY);',
      'ALTER TABLE `no_such_table` ADD `x` text;',
    ]);

    let thrown: unknown;
    try {
      prepareDatabase({ databasePath, migrationsFolder: broken, nowMs: NOW });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DatabaseStartupError);
    const message = (thrown as Error).message;
    expect(message).toContain('Не удалось обновить структуру базы данных');
    expect(message).toContain('9999_broken');
    expect(message).toContain('резервная копия');
    expect(message).toContain('no_such_table');

    // Nothing of the failed migration remains; the data and version are the old ones.
    expect(appliedCount(databasePath)).toBe(before);
    expect(companyNames(databasePath)).toEqual(['ООО «УК Жилсервис»']);
    const db = new Database(databasePath, { readonly: true });
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBeUndefined();
    db.close();
    // The backup was taken before the attempt.
    const backups = fs.readdirSync(path.join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    // And the current build still opens it normally.
    const reopened = prepareDatabase({ databasePath, migrationsFolder: SOURCE_MIGRATIONS_FOLDER });
    expect(reopened.schema.version).toBe(before);
    reopened.close();
  });

  it('refuses a database written by a newer build of the application', () => {
    const dir = makeTempDir();
    const databasePath = path.join(dir, 'zhku.sqlite');
    const newer = migrationsWithExtra(path.join(dir, 'newer'), '9999_future', [
      'CREATE TABLE `future` (`id` integer);',
    ]);
    prepareDatabase({ databasePath, migrationsFolder: newer }).close();
    expect(() => prepareDatabase({ databasePath, migrationsFolder: SOURCE_MIGRATIONS_FOLDER })).toThrow(
      /более новой версией приложения/,
    );
  });

  it('takes no backup when nothing is pending', () => {
    const dir = makeTempDir();
    const databasePath = path.join(dir, 'zhku.sqlite');
    prepareDatabase({ databasePath, migrationsFolder: SOURCE_MIGRATIONS_FOLDER }).close();
    const again = prepareDatabase({ databasePath, migrationsFolder: SOURCE_MIGRATIONS_FOLDER });
    expect(again.backupPath).toBeNull();
    again.close();
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
  });
});
