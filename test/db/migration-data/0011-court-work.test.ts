/**
 * Migration 0011 (court work) on a database of version 0010 holding a registry: every old row stays as it was, the
 * people get two empty document columns, the court tables arrive with the shipped court rules, the two state-duty
 * scale editions and the one confirmed court, and the new tables refuse what their constraints forbid.
 */
import { describe, expect, it } from 'vitest';
import { databaseBefore, migrateThrough } from '../../support/migration-step';
import {
  appliedMigrations,
  expectOldRowsKept,
  expectRegistryValues,
  insertRegistryRows,
  snapshotTables,
  tableNames,
} from './registry-rows';

function migrated() {
  const { db: old, databasePath } = databaseBefore('0011');
  expect(appliedMigrations(old)).toBe(11);
  insertRegistryRows(old);
  const before = snapshotTables(old);
  const tablesBefore = tableNames(old);
  old.close();
  const db = migrateThrough(databasePath, '0011');
  return { db, before, tablesBefore };
}

describe('migration 0011: court work', () => {
  it('keeps every registry row and adds empty licence columns to people', () => {
    const { db, before, tablesBefore } = migrated();
    expect(appliedMigrations(db)).toBe(12);
    // 33 permissions before; the head's «court.approve» is the one added.
    expect(before.get('role_permissions')?.rows).toHaveLength(33);
    expectOldRowsKept(before, db, { role_permissions: 1 });
    expectRegistryValues(db);
    expect(db.prepare('SELECT role, permission FROM role_permissions ORDER BY rowid DESC LIMIT 1').get()).toEqual({
      role: 'head',
      permission: 'court.approve',
    });
    expect(db.prepare('SELECT id, driver_licence, vehicle_certificate FROM persons ORDER BY id').raw().all()).toEqual([
      [1, null, null],
      [2, null, null],
      [3, null, null],
    ]);
    expect(tableNames(db).filter((t) => !tablesBefore.includes(t))).toEqual([
      'building_courts',
      'court_batch_accounts',
      'court_batches',
      'court_case_documents',
      'court_cases',
      'court_packages',
      'court_rules',
      'court_territories',
      'courts',
      'duty_payment_cases',
      'duty_payments',
      'duty_request_cases',
      'duty_requests',
      'duty_scales',
    ]);
    db.close();
  });

  it('seeds the court rules, the duty scales and the Krasnogorsk court exactly as written', () => {
    const { db } = migrated();
    expect(
      db
        .prepare('SELECT key, valid_from_date, value_int, user_name, created_at_ms FROM court_rules ORDER BY key')
        .raw()
        .all(),
    ).toEqual([
      ['batch_approval_required', '2026-01-01', 1, 'Поставка', 0],
      ['court_order_max_kopecks', '2016-06-01', 50_000_000, 'Поставка', 0], // 500 000 ₽, ГПК ст.121
      ['lawsuit_min_limitation_months', '2026-01-01', 6, 'Поставка', 0],
      ['limitation_warn_days_far', '2026-01-01', 90, 'Поставка', 0],
      ['limitation_warn_days_near', '2026-01-01', 30, 'Поставка', 0],
      ['magistrate_lawsuit_max_kopecks', '2010-02-11', 5_000_000, 'Поставка', 0], // 50 000 ₽, ГПК ст.23
    ]);
    expect(db.prepare("SELECT note FROM court_rules WHERE key = 'court_order_max_kopecks'").pluck().get()).toBe(
      'ГПК РФ ст.121: судебный приказ — требования до 500 000 ₽',
    );

    const scales = db.prepare('SELECT * FROM duty_scales ORDER BY valid_from_date').all() as Array<
      Record<string, unknown> & { bands_json: string }
    >;
    expect(scales.map(({ bands_json: _bands, ...rest }) => rest)).toEqual([
      {
        valid_from_date: '2005-01-01',
        min_kopecks: 40_000, // 400 ₽
        max_kopecks: 6_000_000, // 60 000 ₽
        court_order_percent: 50,
        court_order_min_kopecks: 20_000, // 200 ₽
        source: 'НК РФ ст.333.19 в ред. Федерального закона от 02.11.2004 № 127-ФЗ',
        user_name: 'Поставка',
        created_at_ms: 0,
      },
      {
        valid_from_date: '2024-09-09',
        min_kopecks: 400_000, // 4 000 ₽
        max_kopecks: 90_000_000, // 900 000 ₽
        court_order_percent: 50,
        court_order_min_kopecks: 200_000, // 2 000 ₽
        source: 'НК РФ ст.333.19 в ред. Федерального закона от 08.08.2024 № 259-ФЗ',
        user_name: 'Поставка',
        created_at_ms: 0,
      },
    ]);
    // Before 2024-09-09: 4 % up to 20 000 ₽; 800 ₽ + 3 % over 20 000; 3 200 ₽ + 2 % over 100 000;
    // 5 200 ₽ + 1 % over 200 000; 13 200 ₽ + 0,5 % over 1 000 000.
    expect(JSON.parse(scales[0]?.bands_json ?? '')).toEqual([
      { overKopecks: 0, baseKopecks: 0, percentBp: 400 },
      { overKopecks: 2_000_000, baseKopecks: 80_000, percentBp: 300 },
      { overKopecks: 10_000_000, baseKopecks: 320_000, percentBp: 200 },
      { overKopecks: 20_000_000, baseKopecks: 520_000, percentBp: 100 },
      { overKopecks: 100_000_000, baseKopecks: 1_320_000, percentBp: 50 },
    ]);
    const bands2024 = JSON.parse(scales[1]?.bands_json ?? '') as unknown[];
    expect(bands2024).toHaveLength(10);
    // From 2024-09-09: 4 000 ₽ up to 100 000 ₽; … 314 000 ₽ + 0,15 % over 100 000 000 ₽.
    expect(bands2024[0]).toEqual({ overKopecks: 0, baseKopecks: 400_000, percentBp: 0 });
    expect(bands2024[1]).toEqual({ overKopecks: 10_000_000, baseKopecks: 400_000, percentBp: 300 });
    expect(bands2024[9]).toEqual({ overKopecks: 10_000_000_000, baseKopecks: 31_400_000, percentBp: 15 });

    expect(db.prepare('SELECT * FROM courts').all()).toEqual([
      {
        id: 1,
        kind: 'district',
        name: 'Красногорский городской суд Московской области',
        plot_number: null,
        code: '50RS0021',
        address: '143404, Московская обл., г. Красногорск, б-р Строителей, д. 1',
        phone: null,
        email: null,
        website: 'https://krasnogorsk--mo.sudrf.ru',
        payee_name: 'Казначейство России (ФНС России)',
        payee_inn: '7727406020',
        payee_kpp: '770701001',
        payee_bank_name: 'ОКЦ № 7 ГУ Банка России по ЦФО//УФК по Тульской области, г Тула',
        payee_bik: '017003983',
        payee_bank_account: '40102810445370000059',
        payee_treasury_account: '03100643000000018500',
        kbk: '18210803010011050110',
        oktmo: '46744000',
        confirmed: 0,
        active: 1,
        note:
          'Код суда 50RS0021 подтверждён; адрес, телефон и ОКТМО сверьте с сайтом суда. Реквизиты госпошлины — ЕНС ' +
          '(с 05.12.2025 КПП 770701001).',
        created_at_ms: 0,
        updated_at_ms: 0,
      },
    ]);
    db.close();
  });

  it('lets a court case be filed against an old account and refuses what the new constraints forbid', () => {
    const { db } = migrated();
    const insertCase = db.prepare(
      `INSERT INTO court_cases (account_id, management_company_id, court_id, kind, status, debtor_person_id,
         debtor_name, periods_json, period_from, period_to, as_of_date, principal_kopecks, penalty_kopecks,
         claim_kopecks, duty_kopecks, identifiers_status, prepared_date, created_by, created_at_ms, updated_at_ms)
       VALUES (1, 1, 1, 'court_order', 'prepared', 1, 'Иванов Иван Иванович', '["2024-02"]', '2024-02', '2024-02',
         '2024-02-29', ?, ?, ?, 0, 'complete', '2024-02-29', 'Орлова Е. С.', 1, 1)`,
    );
    insertCase.run(123456, 1544, 125000); // 1 234,56 ₽ + 15,44 ₽ пени = 1 250,00 ₽
    expect(
      db.prepare('SELECT joint_person_ids_json, time_barred_included, duty_offset_kopecks FROM court_cases').get(),
    ).toEqual({ joint_person_ids_json: '[]', time_barred_included: 0, duty_offset_kopecks: 0 });
    expect(() => insertCase.run(123456, 1544, 125001)).toThrow(/CHECK constraint failed: court_cases_money_ck/);

    const insertPayment = db.prepare(
      `INSERT INTO duty_payments (management_company_id, order_number, order_date, amount_kopecks, payer, user_name,
         created_at_ms) VALUES (1, '15', '2024-03-31', ?, 'ООО «УК Жилсервис»', 'Орлова Е. С.', 1)`,
    );
    insertPayment.run(20000);
    expect(() => insertPayment.run(20000)).toThrow(/UNIQUE constraint failed: duty_payments/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO duty_payments (management_company_id, order_number, order_date, amount_kopecks, payer, user_name,
             created_at_ms) VALUES (1, '16', '2024-03-31', 0, 'ООО «УК Жилсервис»', 'Орлова Е. С.', 1)`,
        )
        .run(),
    ).toThrow(/CHECK constraint failed: duty_payments_amount_ck/);

    const insertBuildingCourt = db.prepare(
      `INSERT INTO building_courts (building_id, court_kind, court_id, source, updated_at_ms) VALUES (?, ?, ?, 'manual', 1)`,
    );
    expect(() => insertBuildingCourt.run(1, 'district', 99)).toThrow(/FOREIGN KEY constraint failed/);
    expect(() => insertBuildingCourt.run(1, 'appeal', 1)).toThrow(/CHECK constraint failed: building_courts_kind_ck/);
    insertBuildingCourt.run(1, 'district', 1);

    db.prepare("UPDATE persons SET driver_licence = '50 12 345678' WHERE id = 1").run();
    expect(db.prepare('SELECT driver_licence FROM persons WHERE id = 1').pluck().get()).toBe('50 12 345678');
    db.close();
  });
});
