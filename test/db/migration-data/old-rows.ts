/**
 * @file Representative rows as the older builds of the app wrote them, grouped by the migration that created their
 * tables, and the raw-SQL helpers of the migration data tests 0000–0010: insert the rows into a database just before
 * migration N, migrate, check every row is still there with the same values.
 *
 * The rows are written by hand: edge values on purpose (NULL in every nullable column somewhere, Cyrillic text with
 * «ё» and quotes, zero, negative and very large kopecks, dates at month ends including 29 February). Each set only
 * fills tables created by its own migration, so a row never has to know columns added later (those columns are
 * nullable or have defaults, and each migration's test checks them on the older rows).
 */
import type Database from 'better-sqlite3';
import { expect } from 'vitest';
import { REGISTRY_ROWS } from './old-rows-registry';
import { WORK_ROWS } from './old-rows-work';

export type Row = Record<string, string | number | null>;
/** Table → rows, in an order that satisfies the foreign keys. */
export type RowSet = Record<string, Row[]>;

/** Tables that migrations seed: their old rows must be among the rows after, beside the seeded ones. */
const SEEDED_TABLES = new Set([
  'app_settings',
  'debt_brackets',
  'document_rules',
  'postal_codes',
  'service_creditors',
  'postal_tariffs',
  'role_permissions',
]);

/** Rows of the tables each migration creates, keyed by the migration's number. */
export const ROWS: Record<string, RowSet> = { ...REGISTRY_ROWS, ...WORK_ROWS };

/** The rows of the tables migration `number` creates. */
export function rowSet(number: string): RowSet {
  const set = ROWS[number];
  if (!set) throw new Error(`No representative rows for migration ${number}`);
  return set;
}

/** Every set of rows whose tables exist just before migration `number`, oldest first. */
export function rowsBefore(number: string): RowSet[] {
  return Object.keys(ROWS)
    .filter((key) => key < number)
    .sort()
    .map(rowSet);
}

/** Inserts the rows with plain INSERT statements, as the old app did. */
export function insertRows(db: Database.Database, sets: RowSet[]): void {
  for (const set of sets) {
    for (const [table, rows] of Object.entries(set)) {
      for (const row of rows) {
        const columns = Object.keys(row);
        db.prepare(
          `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
        ).run(row);
      }
    }
  }
}

/** The listed columns of a table, in insertion order. */
export function readRows(db: Database.Database, table: string, columns: string[]): Row[] {
  return db.prepare(`SELECT ${columns.join(', ')} FROM ${table} ORDER BY rowid`).all() as Row[];
}

/**
 * Every inserted row is still there with the same values in its old columns: exactly these rows in a table nobody
 * seeds, among the rows of a seeded one.
 */
export function expectRowsSurvived(db: Database.Database, sets: RowSet[]): void {
  for (const set of sets) {
    for (const [table, rows] of Object.entries(set)) {
      const columns = Object.keys(rows[0] as Row);
      const found = readRows(db, table, columns);
      if (SEEDED_TABLES.has(table)) expect(found, table).toEqual(expect.arrayContaining(rows));
      else expect(found, table).toEqual(rows);
    }
  }
}

/** How many migrations the database has applied (its schema version). */
export function appliedMigrations(db: Database.Database): number {
  return (db.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n;
}

/** The columns of an index, in order, and whether it is unique (an empty list when there is no such index). */
export function indexShape(db: Database.Database, index: string): { columns: string[]; unique: boolean } {
  const columns = (db.prepare(`PRAGMA index_info(${index})`).all() as Array<{ name: string }>).map((c) => c.name);
  const sql = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?").get(index) as
    { sql: string } | undefined;
  return { columns, unique: /^CREATE UNIQUE INDEX/i.test(sql?.sql ?? '') };
}

/** Names of the user tables (no SQLite or drizzle bookkeeping), sorted. */
export function tableNames(db: Database.Database): string[] {
  return (
    db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT GLOB 'sqlite_*' AND name NOT GLOB '__drizzle*' ORDER BY name",
      )
      .all() as Array<{ name: string }>
  ).map((r) => r.name);
}
