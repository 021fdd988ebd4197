/**
 * Migration 0008 on a database of version 0007: old rows stay, mail items gain an empty page count, the document
 * rules gain «include time-barred months» (off) and the payment-term rule is re-worded, the claim letters' region is
 * seeded only where the administrator has not set one; exclusions and signers arrive empty and keep their keys.
 */
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { databaseBefore, migrateThrough } from '../../support/migration-step';
import { appliedMigrations, expectRowsSurvived, insertRows, readRows, rowSet, rowsBefore } from './old-rows';

const REWORDED = 'Срок добровольной оплаты по претензии, дней со дня её получения';

function migrated(extra: (db: Database.Database) => void = () => undefined) {
  const { db, databasePath } = databaseBefore('0008');
  insertRows(db, rowsBefore('0008'));
  extra(db);
  db.close();
  return migrateThrough(databasePath, '0008');
}

describe('migration 0008: claim signers', () => {
  it('keeps every row of version 0007, adds an empty page count and the new rule', () => {
    const db = migrated();
    expect(appliedMigrations(db)).toBe(9);
    expectRowsSurvived(db, rowsBefore('0008'));
    expect(readRows(db, 'mail_items', ['id', 'pages'])).toEqual([
      { id: 1, pages: null },
      { id: 2, pages: null },
    ]);
    expect(
      db
        .prepare("SELECT valid_from_date, value_int, note FROM document_rules WHERE key = 'claim_include_time_barred'")
        .all(),
    ).toEqual([
      {
        valid_from_date: '2026-01-01',
        value_int: 0,
        note: 'Включать в требование претензии месяцы за пределами срока исковой давности (1 — да, 0 — только отметить в выписке)',
      },
    ]);
    // The shipped payment term keeps its 10 days under the new wording; other rules keep theirs.
    expect(db.prepare("SELECT value_int, note FROM document_rules WHERE key = 'claim_payment_days'").all()).toEqual([
      { value_int: 10, note: REWORDED },
    ]);
    expect(
      db.prepare("SELECT note FROM document_rules WHERE key = 'claim_cooldown_days' ORDER BY valid_from_date").all(),
    ).toEqual([
      { note: 'Повторная претензия по тому же лицевому счёту — не ранее чем через столько дней' },
      { note: 'Приказ № 7: не чаще раза в 45 дней' },
    ]);
    expect(readRows(db, 'app_settings', ['key', 'value_json', 'updated_at_ms'])).toEqual([
      { key: 'organisation', value_json: '{"name":"МУП «Расчётный центр»"}', updated_at_ms: 1_769_860_800_000 },
      { key: 'theme', value_json: '"light"', updated_at_ms: 0 },
      { key: 'claim_letters', value_json: '{"region":"Московская обл."}', updated_at_ms: 0 },
    ]);
    for (const table of ['claim_exclusions', 'claim_signers']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
    }
    db.close();
  });

  it('keeps the region an administrator already set, and re-words every edition of the payment term', () => {
    const db = migrated((old) => {
      old
        .prepare("INSERT INTO app_settings (key, value_json, updated_at_ms) VALUES ('claim_letters', ?, 1769860800000)")
        .run('{"region":"г. Москва"}');
      old
        .prepare(
          "INSERT INTO document_rules (key, valid_from_date, value_int, note) VALUES ('claim_payment_days', '2026-07-01', 14, 'Приказ № 9: 14 дней')",
        )
        .run();
    });
    expect(db.prepare("SELECT value_json, updated_at_ms FROM app_settings WHERE key = 'claim_letters'").all()).toEqual([
      { value_json: '{"region":"г. Москва"}', updated_at_ms: 1_769_860_800_000 },
    ]);
    // The UPDATE matches the key alone: the administrator's edition loses its own note (its 14 days stay).
    expect(
      db
        .prepare(
          "SELECT valid_from_date, value_int, note FROM document_rules WHERE key = 'claim_payment_days' ORDER BY valid_from_date",
        )
        .all(),
    ).toEqual([
      { valid_from_date: '2026-01-01', value_int: 10, note: REWORDED },
      { valid_from_date: '2026-07-01', value_int: 14, note: REWORDED },
    ]);
    db.close();
  });

  it('takes exclusions and signers, and refuses a second exclusion, a second signer or a dangling batch', () => {
    const db = migrated();
    insertRows(db, [rowSet('0008')]);
    expectRowsSurvived(db, [rowSet('0008')]);
    const run = (sql: string) => () => db.prepare(sql).run();
    expect(
      run("INSERT INTO claim_exclusions (batch_id, account_id, kind, reason) VALUES (1, 3, 'paused', 'дубль')"),
    ).toThrow(/UNIQUE constraint failed: claim_exclusions.batch_id, claim_exclusions.account_id/);
    expect(
      run("INSERT INTO claim_exclusions (batch_id, account_id, kind, reason) VALUES (99, 3, 'paused', 'нет пакета')"),
    ).toThrow(/FOREIGN KEY constraint failed/);
    expect(
      run(
        "INSERT INTO claim_signers (scope, full_name, position, phone, updated_by, updated_at_ms) VALUES ('default', 'Другой', 'Юрист', '+7', 'А', 1)",
      ),
    ).toThrow(/UNIQUE constraint failed: claim_signers.scope/);
    db.prepare('UPDATE mail_items SET pages = 3 WHERE id = 1').run();
    expect(readRows(db, 'mail_items', ['id', 'pages'])[0]).toEqual({ id: 1, pages: 3 });
    db.close();
  });
});
