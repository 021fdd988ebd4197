/**
 * Migration 0005 on a database of version 0004: nothing old changes; the document tables arrive, the five document
 * rules and two postal codes are seeded exactly as the SQL writes them, batches and mail items get their defaults,
 * and the CHECKs and keys refuse what they forbid.
 */
import { describe, expect, it } from 'vitest';
import { databaseBefore, migrateThrough } from '../../support/migration-step';
import { appliedMigrations, expectRowsSurvived, insertRows, readRows, rowSet, rowsBefore } from './old-rows';

function migrated() {
  const { db, databasePath } = databaseBefore('0005');
  insertRows(db, rowsBefore('0005'));
  db.close();
  return migrateThrough(databasePath, '0005');
}

describe('migration 0005: documents registry', () => {
  it('keeps every row of version 0004 and seeds the document rules and postal codes', () => {
    const db = migrated();
    expect(appliedMigrations(db)).toBe(6);
    expectRowsSurvived(db, rowsBefore('0005'));
    expect(readRows(db, 'document_rules', ['key', 'valid_from_date', 'value_int', 'note'])).toEqual([
      {
        key: 'claim_cooldown_days',
        valid_from_date: '2026-01-01',
        value_int: 30,
        note: 'Повторная претензия по тому же лицевому счёту — не ранее чем через столько дней',
      },
      {
        key: 'claim_payment_days',
        valid_from_date: '2026-01-01',
        value_int: 10,
        note: 'Срок добровольной оплаты по претензии, календарных дней с даты претензии',
      },
      {
        key: 'notice_min_debt_kopecks',
        valid_from_date: '2026-01-01',
        value_int: 500_000,
        note: 'Порог долга для объявления в подъезде по умолчанию (5 000 ₽)',
      },
      {
        key: 'notice_few_flats',
        valid_from_date: '2026-01-01',
        value_int: 12,
        note: 'Предупреждать, если в подъезде не больше стольких квартир: жильцов легко узнать',
      },
      {
        key: 'letter_mass_grams',
        valid_from_date: '2026-01-01',
        value_int: 20,
        note: 'Масса заказного письма с претензией, граммов (для ф.103 и файла загрузки)',
      },
    ]);
    expect(readRows(db, 'postal_codes', ['scope', 'postal_code'])).toEqual([
      { scope: 'г. Красногорск', postal_code: '143400' },
      { scope: 'р.п. Нахабино', postal_code: '143430' },
    ]);
    for (const table of ['document_batches', 'generated_documents', 'mail_items', 'notice_postings']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
    }
    db.close();
  });

  it('takes representative rows; a new batch is not cancelled and has done nothing, a letter is pending', () => {
    const db = migrated();
    insertRows(db, [rowSet('0005')]);
    expectRowsSurvived(db, [rowSet('0005')]);
    db.prepare(
      "INSERT INTO document_batches (id, kind, title, params_json, as_of_date, status, total_items, user_name, created_at_ms) VALUES (3, 'claims', 'Претензии', '{}', '2026-03-31', 'running', 5, 'А', 1)",
    ).run();
    expect(db.prepare('SELECT cancel_requested, done_items FROM document_batches WHERE id = 3').get()).toEqual({
      cancel_requested: 0,
      done_items: 0,
    });
    db.prepare(
      "INSERT INTO mail_items (id, batch_id, document_id, account_id, position, recipient_name, address, total_kopecks) VALUES (3, 3, 1, 3, 1, 'Получатель', 'Адрес', 100)",
    ).run();
    expect(db.prepare('SELECT outcome FROM mail_items WHERE id = 3').get()).toEqual({ outcome: 'pending' });
    db.close();
  });

  it('refuses rows the new CHECKs, keys and foreign keys forbid', () => {
    const db = migrated();
    insertRows(db, [rowSet('0005')]);
    const run = (sql: string) => () => db.prepare(sql).run();
    const batch = (kind: string, status: string) =>
      run(
        `INSERT INTO document_batches (kind, title, params_json, as_of_date, status, total_items, user_name, created_at_ms) VALUES ('${kind}', 'Т', '{}', '2026-01-31', '${status}', 0, 'А', 1)`,
      );
    expect(batch('letters', 'done')).toThrow(/CHECK constraint failed: document_batches_kind_ck/);
    expect(batch('claims', 'paused')).toThrow(/CHECK constraint failed: document_batches_status_ck/);
    expect(batch('notices', 'failed')).not.toThrow();
    expect(run("UPDATE mail_items SET outcome = 'lost' WHERE id = 1")).toThrow(
      /CHECK constraint failed: mail_items_outcome_ck/,
    );
    expect(
      run(
        "INSERT INTO document_rules (key, valid_from_date, value_int, note) VALUES ('claim_cooldown_days', '2026-01-01', 60, 'дубль')",
      ),
    ).toThrow(/UNIQUE constraint failed: document_rules.key, document_rules.valid_from_date/);
    expect(run("INSERT INTO postal_codes (scope, postal_code) VALUES ('г. Красногорск', '143401')")).toThrow(
      /UNIQUE constraint failed: postal_codes.scope/,
    );
    expect(
      run(
        "INSERT INTO generated_documents (batch_id, kind, template_version, issued_date, file_path, sha256, user_name, created_at_ms) VALUES (99, 'claim', 'v', '2026-01-31', 'f', 's', 'А', 1)",
      ),
    ).toThrow(/FOREIGN KEY constraint failed/);
    expect(
      run(
        "INSERT INTO notice_postings (document_id, building_id, posted_date, place, user_name, at_ms) VALUES (99, 1, '2026-01-31', 'у лифта', 'А', 1)",
      ),
    ).toThrow(/FOREIGN KEY constraint failed/);
    db.close();
  });
});
