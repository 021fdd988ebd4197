/**
 * Migration 0001 on a database of version 0000 holding companies, buildings, accounts, actions and settings: the old
 * rows stay as they were, accounts gain an empty link to their premises, the six debt brackets are seeded, and the
 * new billing tables take representative rows while refusing what their keys and CHECKs forbid.
 */
import { describe, expect, it } from 'vitest';
import { databaseBefore, migrateThrough } from '../../support/migration-step';
import { appliedMigrations, expectRowsSurvived, insertRows, readRows, rowSet, rowsBefore } from './old-rows';

function migrated() {
  const { db, databasePath } = databaseBefore('0001');
  insertRows(db, rowsBefore('0001'));
  db.close();
  return migrateThrough(databasePath, '0001');
}

describe('migration 0001: billing registry', () => {
  it('keeps the version-0000 rows, links no account to premises yet, seeds the debt brackets', () => {
    const db = migrated();
    expect(appliedMigrations(db)).toBe(2);
    expectRowsSurvived(db, rowsBefore('0001'));
    expect(readRows(db, 'accounts', ['id', 'premises_id'])).toEqual([
      { id: 1, premises_id: null },
      { id: 2, premises_id: null },
      { id: 3, premises_id: null },
    ]);
    // The brackets as the SQL writes them: bounds in kopecks, the upper bound excluded, «свыше 100 000 ₽» open-ended.
    expect(
      readRows(db, 'debt_brackets', ['code', 'label', 'min_kopecks', 'max_kopecks', 'rank', 'valid_from_date']),
    ).toEqual([
      {
        code: 'over_100k',
        label: 'свыше 100 000 ₽',
        min_kopecks: 10_000_001,
        max_kopecks: null,
        rank: 1,
        valid_from_date: '2026-01-01',
      },
      {
        code: 'from_50k',
        label: '50 000 – 100 000 ₽',
        min_kopecks: 5_000_000,
        max_kopecks: 10_000_001,
        rank: 2,
        valid_from_date: '2026-01-01',
      },
      {
        code: 'from_10k',
        label: '10 000 – 50 000 ₽',
        min_kopecks: 1_000_000,
        max_kopecks: 5_000_000,
        rank: 3,
        valid_from_date: '2026-01-01',
      },
      {
        code: 'from_5k',
        label: '5 000 – 10 000 ₽',
        min_kopecks: 500_000,
        max_kopecks: 1_000_000,
        rank: 4,
        valid_from_date: '2026-01-01',
      },
      {
        code: 'below_5k',
        label: 'до 5 000 ₽',
        min_kopecks: 1,
        max_kopecks: 500_000,
        rank: 5,
        valid_from_date: '2026-01-01',
      },
      { code: 'none', label: 'нет долга', min_kopecks: 0, max_kopecks: 1, rank: 6, valid_from_date: '2026-01-01' },
    ]);
    for (const table of [
      'account_persons',
      'account_summaries',
      'charges',
      'column_mappings',
      'imports',
      'payments',
      'persons',
      'premises',
    ]) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
    }
    db.close();
  });

  it('lets the new tables take representative rows and an old account be linked to its premises', () => {
    const db = migrated();
    insertRows(db, [rowSet('0001')]);
    expectRowsSurvived(db, [rowSet('0001')]);
    db.prepare('UPDATE accounts SET premises_id = 1 WHERE id = 1').run();
    expect(readRows(db, 'accounts', ['id', 'premises_id'])[0]).toEqual({ id: 1, premises_id: 1 });
    expect(() => db.prepare('UPDATE accounts SET premises_id = 99 WHERE id = 2').run()).toThrow(
      /FOREIGN KEY constraint failed/,
    );
    db.close();
  });

  it('refuses duplicates and values the new keys and CHECKs forbid', () => {
    const db = migrated();
    insertRows(db, [rowSet('0001')]);
    const run = (sql: string) => () => db.prepare(sql).run();
    expect(
      run(
        "INSERT INTO charges (account_id, period, service, amount_kopecks, import_id) VALUES (1, '2026-01', 'Отопление', 1, 1)",
      ),
    ).toThrow(/UNIQUE constraint failed: charges.account_id, charges.period, charges.service/);
    expect(
      run(
        "INSERT INTO charges (account_id, period, service, amount_kopecks, import_id) VALUES (1, '2026-01', 'Газ', 1, 99)",
      ),
    ).toThrow(/FOREIGN KEY constraint failed/);
    expect(
      run(
        "INSERT INTO payments (account_id, payment_date, amount_kopecks, payment_key, import_id) VALUES (1, '2026-01-31', 5, 'sber|2026-01-31|000123', 2)",
      ),
    ).toThrow(/UNIQUE constraint failed: payments.account_id, payments.payment_key/);
    expect(
      run(
        "INSERT INTO payments (account_id, payment_date, amount_kopecks, payment_key, import_id) VALUES (2, '2026-01-31', 0, 'zero', 2)",
      ),
    ).toThrow(/CHECK constraint failed: payments_amount_ck/);
    // The same payment key on another account is another payment.
    expect(
      run(
        "INSERT INTO payments (account_id, payment_date, amount_kopecks, payment_key, import_id) VALUES (3, '2026-01-31', 5, 'sber|2026-01-31|000123', 2)",
      ),
    ).not.toThrow();
    expect(
      run(
        `INSERT INTO imports (kind, file_name, file_sha256, size_bytes, stored_path, row_count, result_json, user_name, at_ms) VALUES ('charges', 'копия.xlsx', '${'a'.repeat(64)}', 1, 'x', 0, '{}', 'А', 1)`,
      ),
    ).toThrow(/UNIQUE constraint failed: imports.file_sha256/);
    expect(
      run(
        "INSERT INTO persons (full_name, name_search, identity_key, created_at_ms) VALUES ('Ёлкина А. П.', 'елкина а п', 'елкина алена петровна|1980-02-29', 1)",
      ),
    ).toThrow(/UNIQUE constraint failed: persons.identity_key/);
    expect(
      run(
        "INSERT INTO premises (building_id, apartment, ownership_form, created_at_ms) VALUES (1, '15', 'private', 1)",
      ),
    ).toThrow(/UNIQUE constraint failed: premises.building_id, premises.apartment/);
    expect(
      run("INSERT INTO premises (building_id, apartment, ownership_form, created_at_ms) VALUES (1, '16', 'state', 1)"),
    ).toThrow(/CHECK constraint failed: premises_ownership_ck/);
    expect(
      run("INSERT INTO account_persons (account_id, person_id, role, position) VALUES (3, 1, 'neighbour', 1)"),
    ).toThrow(/CHECK constraint failed: account_persons_role_ck/);
    // A share is more than nothing and never more than the whole. (A half-written share — one part NULL — passes the
    // CHECK: SQLite lets a CHECK that evaluates to NULL through, so «both parts or neither» is the writer's duty.)
    expect(
      run(
        "INSERT INTO account_persons (account_id, person_id, role, share_num, share_den, position) VALUES (3, 1, 'owner', 3, 2, 1)",
      ),
    ).toThrow(/CHECK constraint failed: account_persons_share_ck/);
    expect(
      run(
        "INSERT INTO account_persons (account_id, person_id, role, share_num, share_den, position) VALUES (3, 1, 'owner', 0, 2, 1)",
      ),
    ).toThrow(/CHECK constraint failed: account_persons_share_ck/);
    expect(
      run(
        "INSERT INTO account_persons (account_id, person_id, role, share_num, share_den, position) VALUES (3, 1, 'owner', 1, 1, 1)",
      ),
    ).not.toThrow();
    expect(
      run("INSERT INTO account_persons (account_id, person_id, role, position) VALUES (1, 1, 'family', 3)"),
    ).toThrow(/UNIQUE constraint failed: account_persons.account_id, account_persons.person_id/);
    expect(
      run(
        "INSERT INTO column_mappings (kind, name, header_signature, headers_json, mapping_json, created_at_ms) VALUES ('payments', 'Другая', 'лс|дата|сумма', '[]', '{}', 1)",
      ),
    ).toThrow(/UNIQUE constraint failed: column_mappings.kind, column_mappings.header_signature/);
    expect(
      run(
        "INSERT INTO debt_brackets (code, label, min_kopecks, rank, valid_from_date) VALUES ('none', 'нет', 0, 6, '2027-01-01')",
      ),
    ).toThrow(/UNIQUE constraint failed: debt_brackets.code/);
    db.close();
  });
});
