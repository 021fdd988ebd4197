/**
 * Migration 0016 (restriction of services, repayment agreements, eviction) on a database of version 0015 holding a
 * registry, court cases and document batches: every old row stays as it was, including the batches of the rebuilt
 * `document_batches` (drizzle's `__new_` copy) with every column and the documents and mail that point at them;
 * the batch kind now admits restriction warnings; the dated rules of measures 8 and 12, the restrictable services
 * and the new permissions are seeded as written; the new tables refuse what their constraints forbid.
 */
import { describe, expect, it } from 'vitest';
import { databaseBefore, migrateThrough } from '../../support/migration-step';
import {
  appliedMigrations,
  expectOldRowsKept,
  expectRegistryValues,
  insertCourtRows,
  insertRegistryRows,
  LARGE_KOPECKS,
  snapshotTables,
  tableNames,
} from './registry-rows';

function migrated() {
  const { db: old, databasePath } = databaseBefore('0016');
  expect(appliedMigrations(old)).toBe(16);
  insertRegistryRows(old);
  insertCourtRows(old);
  const before = snapshotTables(old);
  const tablesBefore = tableNames(old);
  old.close();
  const db = migrateThrough(databasePath, '0016');
  return { db, before, tablesBefore };
}

describe('migration 0016: restriction, agreements, eviction', () => {
  it('keeps every old row, the rebuilt document batches among them, and adds the new tables', () => {
    const { db, before, tablesBefore } = migrated();
    expect(appliedMigrations(db)).toBe(17);
    expect(before.get('role_permissions')?.rows).toHaveLength(34);
    expectOldRowsKept(before, db, { role_permissions: 8 });
    expectRegistryValues(db);
    // The rebuilt table, column by column, written by hand from the rows the old app stored.
    expect(db.prepare('SELECT * FROM document_batches ORDER BY id').all()).toEqual([
      {
        id: 1,
        kind: 'claims',
        title: 'Претензии — февраль 2024',
        params_json: '{"brackets":["from_50k","over_100k"]}',
        as_of_date: '2024-02-29',
        status: 'done',
        cancel_requested: 0,
        total_items: 2,
        done_items: 2,
        print_file: 'print/претензии-1.pdf',
        summary: 'Готово: 2 претензии',
        user_name: 'Орлова Е. С.',
        created_at_ms: 1709200000000,
        finished_at_ms: 1709200060000,
      },
      {
        id: 2,
        kind: 'notices',
        title: 'Уведомления в подъезды',
        params_json: '{"buildingIds":[1]}',
        as_of_date: '2024-03-31',
        status: 'cancelled',
        cancel_requested: 1,
        total_items: 10,
        done_items: 3,
        print_file: null,
        summary: null,
        user_name: 'Петров П. П.',
        created_at_ms: 1711880000000,
        finished_at_ms: null,
      },
    ]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(
      db
        .prepare(
          'SELECT m.id, d.batch_id, b.kind FROM mail_items m JOIN generated_documents d ON d.id = m.document_id JOIN document_batches b ON b.id = m.batch_id ORDER BY m.id',
        )
        .raw()
        .all(),
    ).toEqual([
      [1, 1, 'claims'],
      [2, 1, 'claims'],
    ]);
    expect(tableNames(db).filter((t) => !tablesBefore.includes(t))).toEqual([
      'agreement_instalments',
      'contractor_companies',
      'eviction_cases',
      'housing_stock',
      'measure_rules',
      'repayment_agreements',
      'restrictable_services',
      'restriction_act_files',
      'restriction_acts',
      'restriction_cases',
      'restriction_contractors',
      'restriction_orders',
      'service_norms',
    ]);
    db.close();
  });

  it('lets the rebuilt batches take restriction warnings, still refusing an unknown kind, and numbers on', () => {
    const { db } = migrated();
    const insertBatch = db.prepare(
      `INSERT INTO document_batches (kind, title, params_json, as_of_date, status, total_items, user_name,
         created_at_ms) VALUES (?, 'Предупреждения об ограничении', '{}', '2024-04-30', 'running', 5, 'Орлова Е. С.', 1)`,
    );
    expect(() => insertBatch.run('sms')).toThrow(/CHECK constraint failed: document_batches_kind_ck/);
    expect(insertBatch.run('restriction_warnings').lastInsertRowid).toBe(3);
    expect(db.prepare('SELECT cancel_requested, done_items FROM document_batches WHERE id = 3').get()).toEqual({
      cancel_requested: 0,
      done_items: 0,
    });
    db.close();
  });

  it('seeds the measure rules, the restrictable services and the permissions exactly as written', () => {
    const { db } = migrated();
    const rules = db
      .prepare('SELECT key, valid_from_date, value_int, user_name, created_at_ms FROM measure_rules ORDER BY rowid')
      .raw()
      .all();
    const signed = (key: string, from: string, value: number) => [key, from, value, 'миграция 0016', 0];
    expect(rules).toEqual([
      signed('restriction.threshold_months', '2012-09-01', 2),
      signed('restriction.warning_days', '2017-01-01', 20),
      signed('restriction.restoration_days', '2012-09-01', 2),
      signed('restriction.cost_restriction_kopecks', '2012-09-01', 0),
      signed('restriction.cost_restoration_kopecks', '2012-09-01', 0),
      signed('agreement.tolerance_kopecks', '2012-09-01', 10_000), // 100 ₽
      signed('agreement.grace_days', '2012-09-01', 5),
      signed('eviction.dormitory_norm_centi_m2', '2005-03-01', 600), // 6 м²
      signed('eviction.warning_days', '2005-03-01', 30),
      signed('eviction.duty_individual_kopecks', '2005-01-01', 30_000), // 300 ₽
      signed('eviction.duty_individual_kopecks', '2024-09-09', 300_000), // 3 000 ₽
      signed('eviction.duty_organisation_kopecks', '2005-01-01', 600_000), // 6 000 ₽
      signed('eviction.duty_organisation_kopecks', '2024-09-09', 2_000_000), // 20 000 ₽
      signed('eviction.duty_exempt', '2005-01-01', 0),
    ]);
    expect(db.prepare("SELECT note FROM measure_rules WHERE key = 'restriction.warning_days'").pluck().get()).toBe(
      'Правила № 354 п.119 «а»: 20 дней со дня доставки предупреждения',
    );

    expect(
      db.prepare('SELECT service, valid_from_date, restrictable FROM restrictable_services ORDER BY rowid').raw().all(),
    ).toEqual([
      ['Водоотведение', '2012-09-01', 1],
      ['Горячее водоснабжение', '2012-09-01', 1],
      ['Электроэнергия', '2012-09-01', 1],
      ['Электроснабжение', '2012-09-01', 1],
      ['Газоснабжение', '2012-09-01', 1],
      ['Отопление', '2012-09-01', 0],
      ['Холодное водоснабжение', '2012-09-01', 0],
    ]);
    expect(db.prepare("SELECT note, user_name FROM restrictable_services WHERE service = 'Отопление'").get()).toEqual({
      note: 'Отопление не ограничивается и не приостанавливается за долги',
      user_name: 'миграция 0016',
    });

    expect(
      db.prepare('SELECT role, permission FROM role_permissions ORDER BY rowid DESC LIMIT 8').raw().all().reverse(),
    ).toEqual([
      ['claims_clerk', 'restriction.work'],
      ['claims_clerk', 'agreements.work'],
      ['lawyer', 'restriction.work'],
      ['lawyer', 'agreements.work'],
      ['lawyer', 'eviction.work'],
      ['head', 'restriction.work'],
      ['head', 'agreements.work'],
      ['head', 'eviction.work'],
    ]);
    db.close();
  });

  it('accepts representative rows on old accounts and refuses what the new constraints forbid', () => {
    const { db } = migrated();
    const insertCase = db.prepare(
      `INSERT INTO restriction_cases (account_id, service, status, debt_kopecks, threshold_kopecks, threshold_basis,
         as_of_date, warning_date, delivery_method, user_name, created_at_ms, updated_at_ms)
       VALUES (?, 'Электроснабжение', 'warned', 123456, 100000, 'Два норматива', '2024-02-29', '2024-02-29', ?,
         'Орлова Е. С.', 1, 1)`,
    );
    insertCase.run(1, 'post');
    expect(db.prepare('SELECT restriction_possible FROM restriction_cases').pluck().get()).toBe(1);
    expect(() => insertCase.run(1, 'telegram')).toThrow(/CHECK constraint failed: restriction_cases_method_ck/);
    expect(() => insertCase.run(99, 'post')).toThrow(/FOREIGN KEY constraint failed/);

    const insertFlat = db.prepare(
      `INSERT INTO housing_stock (settlement, address, apartment, address_key, rooms, living_area_centi_m2, status,
         created_at_ms, updated_at_ms) VALUES ('пос. Ёлкино', 'ул. Центральная, д. 1а', '9', ?, 1, ?, 'free', 1, 1)`,
    );
    insertFlat.run('елкино|центральная 1а|9', 1250); // 12,50 м²
    expect(() => insertFlat.run('елкино|центральная 1а|9', 1250)).toThrow(
      /UNIQUE constraint failed: housing_stock.address_key/,
    );
    expect(() => insertFlat.run('елкино|центральная 1а|10', 0)).toThrow(
      /CHECK constraint failed: housing_stock_area_ck/,
    );

    const insertAgreement = db.prepare(
      `INSERT INTO repayment_agreements (account_id, number, status, total_kopecks, tolerance_kopecks, grace_days,
         user_name, created_at_ms, updated_at_ms) VALUES (2, ?, 'signed', ${LARGE_KOPECKS}, 10000, 5,
         'Орлова Е. С.', 1, 1)`,
    );
    insertAgreement.run('С-1/2024');
    expect(() => insertAgreement.run('С-1/2024')).toThrow(/UNIQUE constraint failed: repayment_agreements.number/);
    const insertInstalment = db.prepare(
      'INSERT INTO agreement_instalments (agreement_id, seq, due_date, amount_kopecks) VALUES (1, ?, ?, ?)',
    );
    insertInstalment.run(1, '2024-02-29', LARGE_KOPECKS / 2); // half of 2 147 483 648,00 ₽
    expect(() => insertInstalment.run(2, '2024-03-31', 0)).toThrow(
      /CHECK constraint failed: agreement_instalments_amount_ck/,
    );
    expect(() =>
      db
        .prepare(
          `INSERT INTO restrictable_services (service, valid_from_date, restrictable, note, user_name, created_at_ms)
           VALUES ('Лифт', '2024-01-01', 2, '', 'Орлова Е. С.', 1)`,
        )
        .run(),
    ).toThrow(/CHECK constraint failed: restrictable_services_ck/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO eviction_cases (account_id, status, unpaid_months, debt_kopecks, household_size, user_name,
             created_at_ms, updated_at_ms) VALUES (2, 'evicted', 6, 100, 3, 'Орлова Е. С.', 1, 1)`,
        )
        .run(),
    ).toThrow(/CHECK constraint failed: eviction_cases_status_ck/);
    db.close();
  });
});
