/**
 * Migration 0006 on a database of version 0005 with account summaries written the old way: the summaries keep every
 * old value and gain not-yet-due, time-barred and balance figures of 0 with no as-of date (so the core recomputes
 * them at its next start); the creditors of the levy and of social rent are seeded; debt months arrive empty.
 */
import { describe, expect, it } from 'vitest';
import { databaseBefore, migrateThrough } from '../../support/migration-step';
import { appliedMigrations, expectRowsSurvived, insertRows, readRows, rowSet, rowsBefore } from './old-rows';

function migrated() {
  const { db, databasePath } = databaseBefore('0006');
  insertRows(db, rowsBefore('0006'));
  db.close();
  return migrateThrough(databasePath, '0006');
}

describe('migration 0006: debt position', () => {
  it('keeps every row of version 0005 and marks the old summaries for recomputation', () => {
    const db = migrated();
    expect(appliedMigrations(db)).toBe(7);
    expectRowsSurvived(db, rowsBefore('0006'));
    expect(
      readRows(db, 'account_summaries', [
        'account_id',
        'not_yet_due_kopecks',
        'time_barred_kopecks',
        'balance_kopecks',
        'as_of_date',
      ]),
    ).toEqual([
      { account_id: 1, not_yet_due_kopecks: 0, time_barred_kopecks: 0, balance_kopecks: 0, as_of_date: null },
      { account_id: 3, not_yet_due_kopecks: 0, time_barred_kopecks: 0, balance_kopecks: 0, as_of_date: null },
    ]);
    expect(readRows(db, 'service_creditors', ['service', 'creditor'])).toEqual([
      { service: 'Взнос на капитальный ремонт', creditor: 'capital_repair_operator' },
      { service: 'Социальный наём', creditor: 'landlord' },
    ]);
    expect(db.prepare('SELECT count(*) AS n FROM debt_months').get()).toEqual({ n: 0 });
    db.close();
  });

  it('takes representative debt months and creditors, and refuses what the keys and CHECK forbid', () => {
    const db = migrated();
    insertRows(db, [rowSet('0006')]);
    expectRowsSurvived(db, [rowSet('0006')]);
    const run = (sql: string) => () => db.prepare(sql).run();
    const month = (accountId: number, kind: string) =>
      run(
        `INSERT INTO debt_months (account_id, period, kind, due_date, open_kopecks) VALUES (${accountId}, '2026-01', '${kind}', '2026-02-10', 1)`,
      );
    expect(month(1, 'housing')).toThrow(
      /UNIQUE constraint failed: debt_months.account_id, debt_months.period, debt_months.kind/,
    );
    expect(month(99, 'housing')).toThrow(/FOREIGN KEY constraint failed/);
    expect(month(1, 'capital_repair')).not.toThrow();
    expect(run("INSERT INTO service_creditors (service, creditor) VALUES ('Домофон', 'bank')")).toThrow(
      /CHECK constraint failed: service_creditors_ck/,
    );
    expect(
      run("INSERT INTO service_creditors (service, creditor) VALUES ('Социальный наём', 'management_company')"),
    ).toThrow(/UNIQUE constraint failed: service_creditors.service/);
    db.close();
  });
});
