/**
 * Migration 0003 on a database of version 0002 holding charges of several services: the new charge_months table is
 * back-filled with one row per account and month, housing services summed apart from the capital-repair levy
 * (NULL where a month has none of the kind), and every old row stays as it was.
 */
import { describe, expect, it } from 'vitest';
import { databaseBefore, migrateThrough } from '../../support/migration-step';
import { appliedMigrations, expectRowsSurvived, insertRows, readRows, rowSet, rowsBefore } from './old-rows';

function migrated() {
  const { db, databasePath } = databaseBefore('0003');
  insertRows(db, rowsBefore('0003'));
  db.close();
  return migrateThrough(databasePath, '0003');
}

describe('migration 0003: charge months', () => {
  it('back-fills one row per account and month from the charges imported so far', () => {
    const db = migrated();
    expect(appliedMigrations(db)).toBe(4);
    expectRowsSurvived(db, rowsBefore('0003'));
    const months = db
      .prepare(
        'SELECT account_id, period, housing_kopecks, capital_repair_kopecks FROM charge_months ORDER BY account_id, period',
      )
      .all();
    expect(months).toEqual([
      // Account 1, 2025-12: only a zero levy → housing NULL (no housing charge), levy 0 (a charge of 0, not none).
      { account_id: 1, period: '2025-12', housing_kopecks: null, capital_repair_kopecks: 0 },
      // Account 1, 2026-01: housing 2 450,67 ₽ + heating 3 124,50 ₽ = 5 575,17 ₽; levy 961,00 ₽.
      { account_id: 1, period: '2026-01', housing_kopecks: 557_517, capital_repair_kopecks: 96_100 },
      // Account 2, 2024-02: social rent 123 456 789,01 ₽ − recalculation 50,00 ₽ = 123 456 739,01 ₽; no levy.
      { account_id: 2, period: '2024-02', housing_kopecks: 12_345_673_901, capital_repair_kopecks: null },
      // Account 3, 2025-11: the levy alone, 1 500,00 ₽.
      { account_id: 3, period: '2025-11', housing_kopecks: null, capital_repair_kopecks: 150_000 },
      // Account 3, 2025-12: heating of 0 → housing 0, no levy.
      { account_id: 3, period: '2025-12', housing_kopecks: 0, capital_repair_kopecks: null },
    ]);
    db.close();
  });

  it('refuses a second row for the same account and month, and one for no account', () => {
    const db = migrated();
    const month = (accountId: number, period: string) => () =>
      db
        .prepare('INSERT INTO charge_months (account_id, period, housing_kopecks) VALUES (?, ?, 1)')
        .run(accountId, period);
    expect(month(1, '2026-01')).toThrow(/UNIQUE constraint failed: charge_months.account_id, charge_months.period/);
    expect(month(99, '2026-01')).toThrow(/FOREIGN KEY constraint failed/);
    expect(month(2, '2026-01')).not.toThrow();
    expect(readRows(db, 'charge_months', ['account_id', 'period'])).toHaveLength(6);
    db.close();
  });

  it('leaves charge_months empty on a database without charges', () => {
    const { db, databasePath } = databaseBefore('0003');
    insertRows(db, [rowSet('0000')]);
    db.close();
    const after = migrateThrough(databasePath, '0003');
    expect(after.prepare('SELECT count(*) AS n FROM charge_months').get()).toEqual({ n: 0 });
    after.close();
  });
});
