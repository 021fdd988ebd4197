/**
 * Migration 0015 (a queue of accounts whose summaries need refreshing) on a database of version 0014: no row
 * changes, the search index still finds the old accounts, and the new queue holds an account once.
 */
import { describe, expect, it } from 'vitest';
import { databaseBefore, migrateThrough } from '../../support/migration-step';
import {
  appliedMigrations,
  expectOldRowsKept,
  expectRegistryValues,
  insertRegistryRows,
  snapshotTables,
  tableNames,
} from './registry-rows';

describe('migration 0015: summary refresh queue', () => {
  it('keeps every row and adds an empty queue that holds each account once', () => {
    const { db: old, databasePath } = databaseBefore('0015');
    expect(appliedMigrations(old)).toBe(15);
    insertRegistryRows(old);
    const before = snapshotTables(old);
    const tablesBefore = tableNames(old);
    old.close();

    const db = migrateThrough(databasePath, '0015');
    expect(appliedMigrations(db)).toBe(16);
    expectOldRowsKept(before, db);
    expectRegistryValues(db);
    expect(tableNames(db).filter((t) => !tablesBefore.includes(t))).toEqual(['summary_refresh_queue']);
    expect(db.prepare('SELECT count(*) FROM summary_refresh_queue').pluck().get()).toBe(0);
    // The summaries written before the migration are still found (the index of 0014 is untouched).
    expect(db.prepare(`SELECT rowid FROM account_search WHERE account_search MATCH '"елкина"'`).pluck().all()).toEqual([
      2,
    ]);

    const enqueue = db.prepare('INSERT INTO summary_refresh_queue (account_id) VALUES (?)');
    enqueue.run(1);
    enqueue.run(3);
    expect(() => enqueue.run(1)).toThrow(/UNIQUE constraint failed: summary_refresh_queue.account_id/);
    expect(db.prepare('SELECT account_id FROM summary_refresh_queue ORDER BY account_id').pluck().all()).toEqual([
      1, 3,
    ]);
    db.close();
  });
});
