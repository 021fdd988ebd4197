/**
 * Migration 0014 (the registry's trigram search index) on a database of version 0013 whose accounts already have
 * summaries: no row changes, the index is built from the summaries already there (an old account is found by a
 * piece of its debtor's name or street at once), and its triggers keep it exact when a summary is added, rewritten
 * or removed afterwards.
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

/** Account ids whose search text holds the (already folded) phrase, straight from the index. */
function found(db: Database.Database, phrase: string): number[] {
  return db
    .prepare('SELECT rowid FROM account_search WHERE account_search MATCH ? ORDER BY rowid')
    .pluck()
    .all(`"${phrase}"`) as number[];
}

describe('migration 0014: registry search index', () => {
  it('keeps every row and indexes the summaries already there', () => {
    const { db: old, databasePath } = databaseBefore('0014');
    expect(appliedMigrations(old)).toBe(14);
    insertRegistryRows(old);
    const before = snapshotTables(old);
    const tablesBefore = tableNames(old);
    old.close();

    const db = migrateThrough(databasePath, '0014');
    expect(appliedMigrations(db)).toBe(15);
    expectOldRowsKept(before, db);
    expectRegistryValues(db);
    // The FTS5 table and its shadow tables (external content: no _content copy of the text).
    expect(tableNames(db).filter((t) => !tablesBefore.includes(t))).toEqual([
      'account_search',
      'account_search_config',
      'account_search_data',
      'account_search_docsize',
      'account_search_idx',
    ]);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name").pluck().all()).toEqual([
      'account_search_delete',
      'account_search_insert',
      'account_search_update',
    ]);

    // Account 1: «… ул. ленина, д. 5, кв. 17 иванов иван иванович иванова мария …»; 2: «… елкина алена …»;
    // 3: «1003 г. красногорск, ул. ленина, д. 5».
    expect(found(db, 'елкина')).toEqual([2]);
    expect(found(db, 'ленина')).toEqual([1, 3]);
    expect(found(db, 'иванова мария')).toEqual([1]);
    expect(found(db, '1001')).toEqual([1]);
    expect(found(db, 'центральная, д. 1а')).toEqual([2]);
    expect(found(db, 'сидоров')).toEqual([]);
    expect(() =>
      db.prepare("INSERT INTO account_search (account_search, rank) VALUES ('integrity-check', 1)").run(),
    ).not.toThrow();
    db.close();
  });

  it('follows summaries written after the migration', () => {
    const { db: old, databasePath } = databaseBefore('0014');
    insertRegistryRows(old);
    old.close();
    const db = migrateThrough(databasePath, '0014');

    db.prepare(
      "UPDATE account_summaries SET search_text = '1003 г. красногорск, ул. ленина, д. 5 сидоров петр' WHERE account_id = 3",
    ).run();
    expect(found(db, 'сидоров')).toEqual([3]);
    expect(found(db, 'ленина')).toEqual([1, 3]);

    db.prepare('DELETE FROM account_summaries WHERE account_id = 2').run();
    expect(found(db, 'елкина')).toEqual([]);

    db.prepare(
      `INSERT INTO account_summaries (account_id, number, address, address_sort, management_company_id, company_name,
         building_id, tenure, status, main_person, charged_kopecks, paid_kopecks, debt_kopecks, months_in_arrears,
         bracket, search_text, updated_at_ms)
       VALUES (2, '2002', 'пос. Ёлкино', 'елкино', 2, 'МУП «Ёлкинское ЖКХ»', 2, 'social_tenant', 'open',
         'Ёлкина Алёна Петровна', 0, 0, 0, 0, 'none', '2002 пос. елкино елкина алена петровна', 5)`,
    ).run();
    expect(found(db, 'елкина')).toEqual([2]);
    expect(found(db, 'алена петровна')).toEqual([2]);
    expect(found(db, 'сидоров')).toEqual([3]);
    // The index agrees with its content table: FTS5's check against external content (rank 1) raises on a mismatch.
    expect(() =>
      db.prepare("INSERT INTO account_search (account_search, rank) VALUES ('integrity-check', 1)").run(),
    ).not.toThrow();
    db.close();
  });
});
