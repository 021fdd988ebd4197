/**
 * Migration 0000 on an empty database: the five registry tables, their indexes, no seeded row, and the constraints
 * the SQL promises (defaults, CHECKs, unique keys, foreign keys) holding on representative rows.
 */
import { describe, expect, it } from 'vitest';
import { databaseBefore, migrateThrough } from '../../support/migration-step';
import { appliedMigrations, expectRowsSurvived, indexShape, insertRows, rowSet, tableNames } from './old-rows';

function migratedEmpty() {
  const { db, databasePath } = databaseBefore('0000');
  expect(tableNames(db)).toEqual([]);
  db.close();
  return migrateThrough(databasePath, '0000');
}

describe('migration 0000: the initial registry', () => {
  it('creates the five tables and their indexes, empty: the SQL seeds no row', () => {
    const db = migratedEmpty();
    expect(appliedMigrations(db)).toBe(1);
    expect(tableNames(db)).toEqual(['accounts', 'actions', 'app_settings', 'buildings', 'management_companies']);
    for (const table of tableNames(db)) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
    }
    expect(indexShape(db, 'accounts_number_uq')).toEqual({ columns: ['number'], unique: true });
    expect(indexShape(db, 'accounts_company_idx')).toEqual({ columns: ['management_company_id'], unique: false });
    expect(indexShape(db, 'actions_account_idx')).toEqual({ columns: ['account_id', 'at_ms'], unique: false });
    expect(indexShape(db, 'actions_measure_date_idx')).toEqual({ columns: ['measure', 'action_date'], unique: false });
    expect(indexShape(db, 'buildings_address_uq')).toEqual({ columns: ['address_search'], unique: true });
    expect(indexShape(db, 'buildings_company_idx')).toEqual({ columns: ['management_company_id'], unique: false });
    expect(indexShape(db, 'management_companies_inn_uq')).toEqual({ columns: ['inn'], unique: true });
    db.close();
  });

  it('takes representative rows as written and fills the defaults', () => {
    const db = migratedEmpty();
    insertRows(db, [rowSet('0000')]);
    expectRowsSurvived(db, [rowSet('0000')]);
    db.prepare(
      "INSERT INTO management_companies (name, inn, created_at_ms) VALUES ('УК «Север»', '5024000003', 5)",
    ).run();
    db.prepare(
      "INSERT INTO accounts (number, management_company_id, tenure, created_at_ms) VALUES ('100009', 3, 'owner', 5)",
    ).run();
    // Defaults: a company charges penalties unless told otherwise; a new account is open.
    expect(db.prepare("SELECT penalty_charged FROM management_companies WHERE inn = '5024000003'").get()).toEqual({
      penalty_charged: 1,
    });
    expect(db.prepare("SELECT status FROM accounts WHERE number = '100009'").get()).toEqual({ status: 'open' });
    db.close();
  });

  it('refuses rows the CHECKs, unique keys and foreign keys forbid', () => {
    const db = migratedEmpty();
    insertRows(db, [rowSet('0000')]);
    const run = (sql: string) => () => db.prepare(sql).run();
    const company = (inn: string, dueDay: string) =>
      run(
        `INSERT INTO management_companies (name, inn, contract_due_day, created_at_ms) VALUES ('УК', '${inn}', ${dueDay}, 1)`,
      );
    expect(company('7000000001', '0')).toThrow(/CHECK constraint failed: management_companies_due_day_ck/);
    expect(company('7000000002', '32')).toThrow(/CHECK constraint failed: management_companies_due_day_ck/);
    expect(company('7000000003', '1')).not.toThrow();
    expect(company('5024000001', 'NULL')).toThrow(/UNIQUE constraint failed: management_companies.inn/);

    const account = (number: string, companyId: number, tenure: string, status: string) =>
      run(
        `INSERT INTO accounts (number, management_company_id, tenure, status, created_at_ms) VALUES ('${number}', ${companyId}, '${tenure}', '${status}', 1)`,
      );
    expect(account('200001', 1, 'tenant', 'open')).toThrow(/CHECK constraint failed: accounts_tenure_ck/);
    expect(account('200002', 1, 'owner', 'frozen')).toThrow(/CHECK constraint failed: accounts_status_ck/);
    expect(account('100001', 1, 'owner', 'open')).toThrow(/UNIQUE constraint failed: accounts.number/);
    expect(account('200003', 99, 'owner', 'open')).toThrow(/FOREIGN KEY constraint failed/);

    const action = (measure: string) =>
      run(
        `INSERT INTO actions (account_id, measure, kind, action_date, at_ms, user_name, summary) VALUES (1, ${measure}, 'note', '2026-01-31', 1, 'Орлова Е. С.', 'Заметка')`,
      );
    expect(action('0')).toThrow(/CHECK constraint failed: actions_measure_ck/);
    expect(action('14')).toThrow(/CHECK constraint failed: actions_measure_ck/);
    expect(action('NULL')).not.toThrow();
    expect(
      run(
        "INSERT INTO buildings (management_company_id, address, address_search, created_at_ms) VALUES (1, 'Красногорск, Ленина 5', 'г красногорск ул ленина д 5', 1)",
      ),
    ).toThrow(/UNIQUE constraint failed: buildings.address_search/);
    expect(run("INSERT INTO app_settings (key, value_json, updated_at_ms) VALUES ('theme', '\"dark\"', 1)")).toThrow(
      /UNIQUE constraint failed: app_settings.key/,
    );
    db.close();
  });
});
