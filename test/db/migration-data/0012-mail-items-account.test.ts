/**
 * Migration 0012 (an index on mail items by account and outcome) on a database of version 0011: no row changes, no
 * table is added, and the account card's question «which letters of this account came back?» is answered through
 * the new index rather than a scan of every mail item.
 */
import { describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { databaseBefore, migrateThrough } from '../../support/migration-step';
import {
  appliedMigrations,
  expectOldRowsKept,
  expectRegistryValues,
  insertRegistryRows,
  snapshotTables,
  tableNames,
} from './registry-rows';

function indexNames(db: Database.Database): string[] {
  return db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
}

describe('migration 0012: mail items indexed by account', () => {
  it('keeps every row and adds only the account index, which the lookup uses', () => {
    const { db: old, databasePath } = databaseBefore('0012');
    expect(appliedMigrations(old)).toBe(12);
    insertRegistryRows(old);
    const before = snapshotTables(old);
    const tablesBefore = tableNames(old);
    const indexesBefore = indexNames(old);
    old.close();

    const db = migrateThrough(databasePath, '0012');
    expect(appliedMigrations(db)).toBe(13);
    expectOldRowsKept(before, db);
    expectRegistryValues(db);
    expect(tableNames(db)).toEqual(tablesBefore);
    expect(indexNames(db).filter((i) => !indexesBefore.includes(i))).toEqual(['mail_items_account_idx']);
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'mail_items_account_idx'").pluck().get()).toBe(
      'CREATE INDEX `mail_items_account_idx` ON `mail_items` (`account_id`,`outcome`)',
    );

    const lookup = "SELECT id FROM mail_items WHERE account_id = 1 AND outcome = 'delivered'";
    expect(db.prepare(lookup).pluck().all()).toEqual([1]);
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${lookup}`).all() as Array<{ detail: string }>).map((r) => r.detail);
    expect(plan.join('\n')).toContain('mail_items_account_idx (account_id=? AND outcome=?)');
    db.close();
  });
});
