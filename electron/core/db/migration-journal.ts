/**
 * @file Reads drizzle-kit's migration journal and the database's record of applied migrations, to tell the
 * schema version and what is pending before anything is run.
 *
 * [Note: drizzle 0.x ordering] drizzle's migrator applies every journal entry whose `when` is newer than the
 * newest applied one; an entry dated older is silently skipped. scripts/check-migrations.mjs keeps `when`
 * strictly increasing so that cannot happen.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';

export interface JournalEntryFile {
  idx: number;
  when: number;
  tag: string;
}

export function readMigrationJournal(migrationsFolder: string): JournalEntryFile[] {
  const journalPath = path.join(migrationsFolder, 'meta', '_journal.json');
  if (!fs.existsSync(journalPath)) {
    throw new Error(`Не найден журнал миграций базы данных: ${journalPath}`);
  }
  const parsed = JSON.parse(fs.readFileSync(journalPath, 'utf8')) as { entries: JournalEntryFile[] };
  return parsed.entries;
}

export interface SchemaState {
  /** Number of journal entries already applied. */
  version: number;
  /** Tag of the newest applied entry, null for an empty database. */
  tag: string | null;
  /** Journal entries not yet applied. */
  pending: JournalEntryFile[];
  /** The database records a migration this build does not know (it was written by a newer version). */
  newerThanApp: boolean;
}

export function readSchemaState(sqlite: Database.Database, journal: JournalEntryFile[]): SchemaState {
  const hasTable = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get();
  const lastApplied = hasTable
    ? (sqlite.prepare('SELECT max(CAST(created_at AS INTEGER)) AS lastWhen FROM __drizzle_migrations').get() as {
        lastWhen: number | null;
      })
    : { lastWhen: null };
  const lastWhen = lastApplied.lastWhen;
  if (lastWhen === null) return { version: 0, tag: null, pending: journal, newerThanApp: false };
  const applied = journal.filter((entry) => entry.when <= lastWhen);
  const newest = applied[applied.length - 1];
  return {
    version: applied.length,
    tag: newest?.tag ?? null,
    pending: journal.filter((entry) => entry.when > lastWhen),
    newerThanApp: journal.every((entry) => entry.when < lastWhen),
  };
}
