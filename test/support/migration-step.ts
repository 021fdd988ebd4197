/**
 * @file One migration step on a real database file, for the migration data tests: a database built by an older app
 * (the first `count` migrations of the journal), filled by the test with raw SQL as that app wrote its rows, then
 * migrated one version up or to the newest — exactly as the migrator does it when a clerk installs a new build.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { prepareDatabase } from '../../electron/core/db/prepare-database';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { makeTempDir } from './temp-dir';
import { migrationsUpTo, realJournal } from './migrations-fixture';

/** The journal position of a migration by its number ("0011" → 11): the count of migrations before it. */
export function migrationIndex(number: string): number {
  const index = realJournal().findIndex((e) => e.tag.startsWith(`${number}_`));
  if (index < 0) throw new Error(`No migration ${number} in the journal`);
  return index;
}

/** A fresh database file holding the schema as it was just before migration `number`, open for raw inserts. */
export function databaseBefore(number: string): { db: Database.Database; databasePath: string; dir: string } {
  const dir = makeTempDir();
  const databasePath = path.join(dir, 'zhku.sqlite');
  const count = migrationIndex(number);
  prepareDatabase({ databasePath, migrationsFolder: migrationsUpTo(path.join(dir, `up-to-${count}`), count) }).close();
  return { db: new Database(databasePath), databasePath, dir };
}

/** Applies migrations up to and including `number` (not later ones) to the closed database file; opens it again. */
export function migrateThrough(databasePath: string, number: string): Database.Database {
  const count = migrationIndex(number) + 1;
  const folder = migrationsUpTo(path.join(path.dirname(databasePath), `through-${count}`), count);
  prepareDatabase({ databasePath, migrationsFolder: folder }).close();
  return new Database(databasePath);
}

/** Applies every real migration (the newest app) to the closed database file; opens it again. */
export function migrateToNewest(databasePath: string): Database.Database {
  prepareDatabase({ databasePath, migrationsFolder: SOURCE_MIGRATIONS_FOLDER }).close();
  return new Database(databasePath);
}
