/**
 * Migration 0007 on a database of version 0006 where an administrator has already added a rule edition: the old rows
 * stay, the unconfirmed reference tariff of Почта России is seeded exactly as the SQL writes it, and the document rules
 * gain the choice of the return receipt for claims.
 */
import { describe, expect, it } from 'vitest';
import { databaseBefore, migrateThrough } from '../../support/migration-step';
import { appliedMigrations, expectRowsSurvived, insertRows, readRows, rowSet, rowsBefore } from './old-rows';

const TARIFF_COLUMNS = [
  'valid_from_date',
  'letter_kopecks',
  'letter_step_kopecks',
  'notice_simple_kopecks',
  'notice_ordered_kopecks',
  'notice_electronic_kopecks',
  'vat_basis_points',
  'confirmed',
  'note',
  'user_name',
  'created_at_ms',
];

function migrated() {
  const { db, databasePath } = databaseBefore('0007');
  insertRows(db, rowsBefore('0007'));
  db.close();
  return migrateThrough(databasePath, '0007');
}

describe('migration 0007: mailing tariffs', () => {
  it('keeps every row of version 0006, seeds the reference tariff and the receipt rule', () => {
    const db = migrated();
    expect(appliedMigrations(db)).toBe(8);
    expectRowsSurvived(db, rowsBefore('0007'));
    // Letter up to 20 g 87,50 ₽, each further 20 g 3,50 ₽; receipts 35,00 / 87,50 / 20,00 ₽; VAT 22 % = 2 200 b.p.
    expect(readRows(db, 'postal_tariffs', TARIFF_COLUMNS)).toEqual([
      {
        valid_from_date: '2026-01-01',
        letter_kopecks: 8_750,
        letter_step_kopecks: 350,
        notice_simple_kopecks: 3_500,
        notice_ordered_kopecks: 8_750,
        notice_electronic_kopecks: 2_000,
        vat_basis_points: 2_200,
        confirmed: 0,
        note: 'Ориентировочные цифры, не подтверждены [U]: заказное письмо до 20 г 87,50 ₽, каждые следующие 20 г 3,50 ₽, простое уведомление 35,00 ₽, заказное уведомление 87,50 ₽, электронное 20,00 ₽ (без НДС); НДС 22 %. Сверьте с тарифами Почты России и внесите действующие.',
        user_name: 'начальные данные',
        created_at_ms: 0,
      },
    ]);
    // The five rules of 0005, the administrator's edition, then the new one.
    expect(readRows(db, 'document_rules', ['key', 'valid_from_date', 'value_int']).slice(5)).toEqual([
      { key: 'claim_cooldown_days', valid_from_date: '2026-07-01', value_int: 45 },
      { key: 'claim_mail_notice', valid_from_date: '2026-01-01', value_int: 1 },
    ]);
    expect(db.prepare("SELECT note FROM document_rules WHERE key = 'claim_mail_notice'").get()).toEqual({
      note: 'Уведомление о вручении претензии: 0 — без уведомления, 1 — простое, 2 — заказное, 3 — электронное (ф.103 и файл загрузки для почты берут одно значение)',
    });
    expect(db.prepare('SELECT count(*) AS n FROM document_rules').get()).toEqual({ n: 7 });
    db.close();
  });

  it('takes a confirmed tariff edition, leaves a new one unconfirmed by default, refuses a second for the same day', () => {
    const db = migrated();
    insertRows(db, [rowSet('0007')]);
    expectRowsSurvived(db, [rowSet('0007')]);
    db.prepare(
      "INSERT INTO postal_tariffs (valid_from_date, letter_kopecks, letter_step_kopecks, notice_simple_kopecks, notice_ordered_kopecks, notice_electronic_kopecks, vat_basis_points, note, user_name, created_at_ms) VALUES ('2027-01-31', 0, 0, 0, 0, 0, 0, 'черновик', 'А', 1)",
    ).run();
    expect(db.prepare("SELECT confirmed FROM postal_tariffs WHERE valid_from_date = '2027-01-31'").get()).toEqual({
      confirmed: 0,
    });
    expect(() =>
      db
        .prepare(
          "INSERT INTO postal_tariffs (valid_from_date, letter_kopecks, letter_step_kopecks, notice_simple_kopecks, notice_ordered_kopecks, notice_electronic_kopecks, vat_basis_points, note, user_name, created_at_ms) VALUES ('2026-01-01', 1, 1, 1, 1, 1, 1, 'дубль', 'А', 1)",
        )
        .run(),
    ).toThrow(/UNIQUE constraint failed: postal_tariffs.valid_from_date/);
    db.close();
  });
});
