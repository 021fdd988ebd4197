/**
 * Migration 0013 (work with bailiffs) on a database of version 0012 holding a registry and court cases: every old
 * row stays as it was, five shipped writ rules join the court rules after the administrator's own, the bailiff
 * tables arrive empty, and a writ taken from an old court case is refused twice, or with a sum that does not add up.
 */
import { describe, expect, it } from 'vitest';
import { databaseBefore, migrateThrough } from '../../support/migration-step';
import {
  appliedMigrations,
  expectOldRowsKept,
  expectRegistryValues,
  insertCourtRows,
  insertRegistryRows,
  snapshotTables,
  tableNames,
} from './registry-rows';

function migrated() {
  const { db: old, databasePath } = databaseBefore('0013');
  expect(appliedMigrations(old)).toBe(13);
  insertRegistryRows(old);
  insertCourtRows(old);
  const before = snapshotTables(old);
  const tablesBefore = tableNames(old);
  old.close();
  const db = migrateThrough(databasePath, '0013');
  return { db, before, tablesBefore };
}

describe('migration 0013: work with bailiffs', () => {
  it('keeps every registry and court row and adds the bailiff tables empty', () => {
    const { db, before, tablesBefore } = migrated();
    expect(appliedMigrations(db)).toBe(14);
    // 6 shipped court rules of 0011 + 1 added by the administrator; 0013 adds 5.
    expect(before.get('court_rules')?.rows).toHaveLength(7);
    expectOldRowsKept(before, db, { court_rules: 5 });
    expectRegistryValues(db);
    expect(
      db.prepare('SELECT id, status, claim_kopecks, cancelled_date FROM court_cases ORDER BY id').raw().all(),
    ).toEqual([
      [1, 'filed', 125000, null],
      [2, 'cancelled', 214_748_364_800, '2024-12-31'],
    ]);
    const added = tableNames(db).filter((t) => !tablesBefore.includes(t));
    expect(added).toEqual([
      'bailiff_departments',
      'bailiff_territories',
      'building_departments',
      'debtor_bank_accounts',
      'enforcement_proceedings',
      'fssp_applications',
      'fssp_collections',
      'fssp_petitions',
      'raid_addresses',
      'raids',
      'reconciliation_differences',
      'reconciliation_rows',
      'reconciliations',
      'transfer_registers',
      'writ_events',
      'writs',
    ]);
    for (const table of added) expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    db.close();
  });

  it('seeds the five writ rules exactly as written, after the administrator’s row', () => {
    const { db } = migrated();
    const rows = db
      .prepare('SELECT key, valid_from_date, value_int, note, user_name, created_at_ms FROM court_rules ORDER BY rowid')
      .raw()
      .all();
    expect(rows).toHaveLength(12);
    expect(rows[6]).toEqual([
      'limitation_warn_days_far',
      '2026-11-01',
      60,
      'Решение начальника отдела',
      'Орлова Е. С.',
      1790000000000,
    ]);
    expect(rows.slice(7)).toEqual([
      [
        'writ_term_years',
        '2008-02-01',
        3,
        '229-ФЗ ст.21: исполнительный лист и судебный приказ предъявляются в течение 3 лет',
        'Поставка',
        0,
      ],
      ['writ_warn_days_far', '2026-01-01', 90, 'Первое предупреждение об истечении срока предъявления', 'Поставка', 0],
      ['writ_warn_days_near', '2026-01-01', 30, 'Второе предупреждение об истечении срока предъявления', 'Поставка', 0],
      [
        'travel_ban_min_kopecks',
        '2017-10-01',
        3_000_000, // 30 000 ₽
        '229-ФЗ ст.67 ч.1: запрет выезда при долге 30 000 ₽ и более',
        'Поставка',
        0,
      ],
      [
        'petition_answer_days',
        '2008-02-01',
        10,
        '229-ФЗ ст.64.1 ч.5: ходатайство рассматривается в 10-дневный срок; ст.15 — нерабочие дни не включаются',
        'Поставка',
        0,
      ],
    ]);
    db.close();
  });

  it('takes a writ from an old court case and refuses what the new constraints forbid', () => {
    const { db } = migrated();
    const insertWrit = db.prepare(
      `INSERT INTO writs (kind, number, act_date, term_start_date, court_id, court_name, court_case_id, account_id,
         management_company_id, debtor_person_id, debtor_name, principal_kopecks, penalty_kopecks, duty_kopecks,
         total_kopecks, received_date, status, source, created_by, created_at_ms, updated_at_ms)
       VALUES ('court_order', ?, '2024-05-31', '2024-06-30', 1, 'Судебный участок № 115', ?, 1, 1, 1,
         'Иванов Иван Иванович', 123456, 1544, 20000, ?, '2024-07-01', 'received', 'court_case', 'Орлова Е. С.', 1, 1)`,
    );
    // 1 234,56 ₽ + 15,44 ₽ пени + 200 ₽ пошлины = 1 450,00 ₽
    insertWrit.run('2-115/2024', 1, 145000);
    expect(db.prepare('SELECT note FROM writs').pluck().get()).toBe('');
    expect(() => insertWrit.run('2-115/2024-бис', 1, 145000)).toThrow(/UNIQUE constraint failed: writs.court_case_id/);
    expect(() => insertWrit.run('2-115/2024', null, 145000)).toThrow(/UNIQUE constraint failed: writs.number/);
    expect(() => insertWrit.run('2-116/2024', null, 145001)).toThrow(/CHECK constraint failed: writs_money_ck/);
    expect(() => insertWrit.run('2-117/2024', 99, 145000)).toThrow(/FOREIGN KEY constraint failed/);

    const insertProceeding = db.prepare(
      `INSERT INTO enforcement_proceedings (writ_id, number, opened_date, status, status_date, debt_kopecks, created_by,
         created_at_ms, updated_at_ms) VALUES (1, '12345/24/50021-ИП', '2024-07-31', ?, '2024-07-31', 145000,
         'Орлова Е. С.', 1, 1)`,
    );
    expect(() => insertProceeding.run('lost')).toThrow(/CHECK constraint failed: enforcement_proceedings_status_ck/);
    insertProceeding.run('opened');
    expect(() => insertProceeding.run('opened')).toThrow(/UNIQUE constraint failed: enforcement_proceedings.number/);

    const insertCollection = db.prepare(
      `INSERT INTO fssp_collections (proceeding_id, collected_date, amount_kopecks, payment_id, created_by,
         created_at_ms) VALUES (1, '2024-08-31', ?, 1, 'Орлова Е. С.', 1)`,
    );
    expect(() => insertCollection.run(0)).toThrow(/CHECK constraint failed: fssp_collections_amount_ck/);
    insertCollection.run(500000);
    expect(() => insertCollection.run(500000)).toThrow(/UNIQUE constraint failed: fssp_collections.payment_id/);
    db.close();
  });
});
