/**
 * Migration 0004 on a database of version 0003 (registry, billing, penalties, charge months): nothing old changes;
 * users, the call queue, contacts, promises, plan targets, rule books and SMS arrive empty, take representative rows
 * with their defaults, and refuse what their CHECKs, unique keys and foreign keys forbid.
 */
import { describe, expect, it } from 'vitest';
import { databaseBefore, migrateThrough } from '../../support/migration-step';
import { appliedMigrations, expectRowsSurvived, indexShape, insertRows, rowSet, rowsBefore } from './old-rows';

const NEW_TABLES = [
  'call_queue_items',
  'contact_blocks',
  'contacts',
  'payment_promises',
  'plan_targets',
  'rule_book_versions',
  'sms_batches',
  'sms_messages',
  'users',
];

function migrated() {
  const { db, databasePath } = databaseBefore('0004');
  insertRows(db, rowsBefore('0004'));
  db.close();
  return migrateThrough(databasePath, '0004');
}

describe('migration 0004: work rules and contacts', () => {
  it('keeps every row of version 0003 and adds the nine tables empty', () => {
    const db = migrated();
    expect(appliedMigrations(db)).toBe(5);
    expectRowsSurvived(db, rowsBefore('0004'));
    for (const table of NEW_TABLES) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
    }
    expect(indexShape(db, 'call_queue_day_account_uq')).toEqual({
      columns: ['queue_date', 'account_id'],
      unique: true,
    });
    expect(indexShape(db, 'users_login_uq')).toEqual({ columns: ['login'], unique: true });
    db.close();
  });

  it('takes representative rows; a user gets a quota of 150 calls and is active unless told otherwise', () => {
    const db = migrated();
    insertRows(db, [rowSet('0004')]);
    expectRowsSurvived(db, [rowSet('0004')]);
    db.prepare(
      "INSERT INTO users (login, full_name, role, created_at_ms) VALUES ('smirnova', 'Смирнова О. И.', 'lawyer', 1)",
    ).run();
    expect(db.prepare("SELECT daily_quota, active FROM users WHERE login = 'smirnova'").get()).toEqual({
      daily_quota: 150,
      active: 1,
    });
    db.close();
  });

  it('refuses rows the new CHECKs, unique keys and foreign keys forbid', () => {
    const db = migrated();
    insertRows(db, [rowSet('0004')]);
    const run = (sql: string) => () => db.prepare(sql).run();
    expect(
      run("INSERT INTO users (login, full_name, role, created_at_ms) VALUES ('boss', 'Б', 'director', 1)"),
    ).toThrow(/CHECK constraint failed: users_role_ck/);
    expect(
      run("INSERT INTO users (login, full_name, role, created_at_ms) VALUES ('orlova', 'Орлова-2', 'head', 1)"),
    ).toThrow(/UNIQUE constraint failed: users.login/);
    expect(
      run(
        "INSERT INTO contacts (account_id, channel, contact_date, local_minute, at_ms, outcome, user_name) VALUES (1, 'email', '2026-01-31', 0, 1, 'sent', 'А')",
      ),
    ).toThrow(/CHECK constraint failed: contacts_channel_ck/);
    expect(
      run(
        "INSERT INTO payment_promises (account_id, made_date, promised_date, amount_kopecks, status, user_name, at_ms) VALUES (1, '2026-01-31', '2026-02-28', 0, 'open', 'А', 1)",
      ),
    ).toThrow(/CHECK constraint failed: payment_promises_amount_ck/);
    const queue = (accountId: number, userId: number) =>
      run(
        `INSERT INTO call_queue_items (queue_date, account_id, user_id, position, bracket, debt_kopecks, phone, status) VALUES ('2026-01-31', ${accountId}, ${userId}, 3, 'none', 0, '+7', 'pending')`,
      );
    expect(queue(1, 1)).toThrow(/UNIQUE constraint failed: call_queue_items.queue_date, call_queue_items.account_id/);
    expect(queue(3, 99)).toThrow(/FOREIGN KEY constraint failed/);
    expect(queue(3, 1)).not.toThrow();
    expect(
      run(
        "INSERT INTO sms_messages (batch_id, account_id, phone, text, encoding, segments, status) VALUES (99, 1, '+7', 'т', 'ucs2', 1, 'new')",
      ),
    ).toThrow(/FOREIGN KEY constraint failed/);
    expect(
      run(
        "INSERT INTO plan_targets (measure, period, executor, updated_by, updated_at_ms) VALUES (1, '2026-02', 'А', 'А', 1)",
      ),
    ).toThrow(/UNIQUE constraint failed: plan_targets.measure/);
    db.close();
  });
});
