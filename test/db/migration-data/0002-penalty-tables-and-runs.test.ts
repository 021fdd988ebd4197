/**
 * Migration 0002 on a database of version 0001 holding the billing registry (accounts, charges, payments, persons,
 * summaries…): nothing old changes; the penalty tables arrive empty, take a run with its accruals, and refuse an
 * accrual twice for the same run and account or one pointing at no run.
 */
import { describe, expect, it } from 'vitest';
import { databaseBefore, migrateThrough } from '../../support/migration-step';
import { appliedMigrations, expectRowsSurvived, indexShape, insertRows, rowSet, rowsBefore } from './old-rows';

function migrated() {
  const { db, databasePath } = databaseBefore('0002');
  insertRows(db, rowsBefore('0002'));
  db.close();
  return migrateThrough(databasePath, '0002');
}

describe('migration 0002: penalty tables and runs', () => {
  it('keeps every row of version 0001 and adds the three tables empty', () => {
    const db = migrated();
    expect(appliedMigrations(db)).toBe(3);
    expectRowsSurvived(db, rowsBefore('0002'));
    for (const table of ['legal_table_rows', 'penalty_runs', 'penalty_accruals']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
    }
    expect(indexShape(db, 'legal_table_rows_table_idx')).toEqual({
      columns: ['table_name', 'valid_from_date'],
      unique: false,
    });
    expect(indexShape(db, 'penalty_runs_company_period_idx')).toEqual({
      columns: ['management_company_id', 'period', 'status'],
      unique: false,
    });
    db.close();
  });

  it('takes a run with its accruals and refuses a second accrual or a dangling one', () => {
    const db = migrated();
    insertRows(db, [rowSet('0002')]);
    expectRowsSurvived(db, [rowSet('0002')]);
    const accrual = (runId: number, accountId: number) => () =>
      db
        .prepare(
          "INSERT INTO penalty_accruals (run_id, account_id, accrued_kopecks, total_penalty_kopecks, lines_json) VALUES (?, ?, 1, 1, '[]')",
        )
        .run(runId, accountId);
    expect(accrual(1, 1)).toThrow(/UNIQUE constraint failed: penalty_accruals.run_id, penalty_accruals.account_id/);
    expect(accrual(99, 3)).toThrow(/FOREIGN KEY constraint failed/);
    expect(accrual(1, 99)).toThrow(/FOREIGN KEY constraint failed/);
    expect(accrual(1, 3)).not.toThrow();
    expect(() =>
      db
        .prepare(
          "INSERT INTO penalty_runs (management_company_id, period, calculation_date, tables_version, accounts_count, accrued_kopecks, status, user_name, at_ms) VALUES (99, '2026-02', '2026-02-28', 'x', 0, 0, 'done', 'А', 1)",
        )
        .run(),
    ).toThrow(/FOREIGN KEY constraint failed/);
    db.close();
  });
});
