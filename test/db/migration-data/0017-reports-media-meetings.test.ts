/**
 * Migration 0017 (reports, media, meetings, raids with a black mark) on a database of version 0016 holding a
 * registry and court cases: every old row stays as it was, the journal's actions get an empty debt column, the new
 * tables arrive empty with their defaults, the media and meetings permissions are granted as written. Last, the
 * registry written by an app of version 0010 is carried through every later migration to the newest one intact.
 */
import { describe, expect, it } from 'vitest';
import { databaseBefore, migrateThrough, migrateToNewest } from '../../support/migration-step';
import { realJournal } from '../../support/migrations-fixture';
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
  const { db: old, databasePath } = databaseBefore('0017');
  expect(appliedMigrations(old)).toBe(17);
  insertRegistryRows(old);
  insertCourtRows(old);
  const before = snapshotTables(old);
  const tablesBefore = tableNames(old);
  old.close();
  const db = migrateThrough(databasePath, '0017');
  return { db, before, tablesBefore };
}

describe('migration 0017: reports, media, meetings', () => {
  it('keeps every old row, leaves the new debt column of old actions empty and grants the new permissions', () => {
    const { db, before, tablesBefore } = migrated();
    expect(appliedMigrations(db)).toBe(18);
    // 34 permissions up to 0011, 8 more from 0016; 0017 adds 6.
    expect(before.get('role_permissions')?.rows).toHaveLength(42);
    expectOldRowsKept(before, db, { role_permissions: 6 });
    expectRegistryValues(db);
    expect(db.prepare('SELECT id, kind, debt_kopecks FROM actions ORDER BY id').raw().all()).toEqual([
      [1, 'contact.call', null],
      [2, 'auth.login', null],
      [3, 'document.claim', null],
    ]);
    expect(
      db.prepare('SELECT role, permission FROM role_permissions ORDER BY rowid DESC LIMIT 6').raw().all().reverse(),
    ).toEqual([
      ['claims_clerk', 'media.work'],
      ['claims_clerk', 'meetings.work'],
      ['lawyer', 'media.work'],
      ['lawyer', 'meetings.work'],
      ['head', 'media.work'],
      ['head', 'meetings.work'],
    ]);
    const added = tableNames(db).filter((t) => !tablesBefore.includes(t));
    expect(added).toEqual([
      'blackmark_raid_addresses',
      'blackmark_raids',
      'debt_snapshots',
      'meeting_buildings',
      'meeting_tasks',
      'meetings',
      'plan_report_comments',
      'publications',
      'report_files',
    ]);
    for (const table of added) expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    db.close();
  });

  it('gives new rows their defaults and refuses what the new constraints forbid', () => {
    const { db } = migrated();
    db.prepare(
      `INSERT INTO actions (account_id, measure, kind, action_date, at_ms, user_name, summary, debt_kopecks)
       VALUES (1, 6, 'raid.visit', '2024-02-29', 1, 'Орлова Е. С.', 'Обход', 123456)`,
    ).run();
    expect(db.prepare('SELECT debt_kopecks FROM actions WHERE id = 4').pluck().get()).toBe(123456);

    const insertRaid = db.prepare(
      `INSERT INTO blackmark_raids (raid_date, kind, team, created_by, created_at_ms)
       VALUES ('2024-03-31', ?, 'Орлова Е. С., участковый', 'Орлова Е. С.', 1)`,
    );
    insertRaid.run('black_mark');
    expect(db.prepare('SELECT status, note FROM blackmark_raids').get()).toEqual({ status: 'planned', note: '' });
    expect(() => insertRaid.run('parade')).toThrow(/CHECK constraint failed: blackmark_raids_kind_ck/);
    const insertAddress = db.prepare(
      `INSERT INTO blackmark_raid_addresses (raid_id, account_id, route_order, debt_kopecks, outcome)
       VALUES (1, ?, 1, 123456, ?)`,
    );
    insertAddress.run(1, 'notice_handed');
    expect(() => insertAddress.run(1, 'arrested')).toThrow(
      /CHECK constraint failed: blackmark_raid_addresses_outcome_ck/,
    );
    expect(() => insertAddress.run(99, null)).toThrow(/FOREIGN KEY constraint failed/);

    const insertMeeting = db.prepare(
      `INSERT INTO meetings (held_date, kind, place, created_by, created_at_ms)
       VALUES ('2024-12-31', ?, 'Актовый зал, ул. Ленина, д. 5', 'Орлова Е. С.', 1)`,
    );
    insertMeeting.run('elders');
    expect(db.prepare('SELECT participants_json, agenda, decisions FROM meetings').get()).toEqual({
      participants_json: '{}',
      agenda: '',
      decisions: '',
    });
    expect(() => insertMeeting.run('party')).toThrow(/CHECK constraint failed: meetings_kind_ck/);
    db.prepare('INSERT INTO meeting_buildings (meeting_id, building_id) VALUES (1, 2)').run();
    expect(() => db.prepare('INSERT INTO meeting_buildings (meeting_id, building_id) VALUES (1, 2)').run()).toThrow(
      /UNIQUE constraint failed: meeting_buildings/,
    );

    const insertComment = db.prepare(
      `INSERT INTO plan_report_comments (from_date, to_date, measure, comment, updated_by, updated_at_ms)
       VALUES ('2024-01-01', '2024-03-31', ?, 'План выполнен', 'Орлова Е. С.', 1)`,
    );
    insertComment.run(0);
    insertComment.run(13);
    expect(() => insertComment.run(14)).toThrow(/CHECK constraint failed: plan_report_comments_measure_ck/);

    const insertSnapshot = db.prepare(
      `INSERT INTO debt_snapshots (as_of_date, management_company_id, bracket, accounts, debt_kopecks, data_stamp,
         computed_at_ms) VALUES ('2024-02-29', ?, 'over_100k', 1, ${LARGE_KOPECKS}, 'stamp', 1)`,
    );
    insertSnapshot.run(2);
    expect(db.prepare('SELECT collected_kopecks, debt_kopecks FROM debt_snapshots').get()).toEqual({
      collected_kopecks: 0,
      debt_kopecks: 214_748_364_800,
    });
    expect(() => insertSnapshot.run(2)).toThrow(/UNIQUE constraint failed: debt_snapshots/);
    expect(() => insertSnapshot.run(99)).toThrow(/FOREIGN KEY constraint failed/);

    db.prepare(
      `INSERT INTO publications (outlet, published_date, title, created_by, created_at_ms)
       VALUES ('«Красногорские вести»', '2024-02-29', 'Долги за ЖКУ', 'Орлова Е. С.', 1)`,
    ).run();
    expect(db.prepare('SELECT measures_json, note, link FROM publications').get()).toEqual({
      measures_json: '[]',
      note: '',
      link: null,
    });
    expect(() =>
      db
        .prepare(
          `INSERT INTO report_files (owner_type, owner_id, file_name, stored_path, sha256, size_bytes, created_by,
             created_at_ms) VALUES ('account', 1, 'фото.jpg', 'reports/1.jpg', 'e', 1, 'Орлова Е. С.', 1)`,
        )
        .run(),
    ).toThrow(/CHECK constraint failed: report_files_owner_ck/);
    db.close();
  });
});

describe('a registry of version 0010 carried to the newest version', () => {
  it('keeps every row it had, with empty values in the columns added since', () => {
    const { db: old, databasePath } = databaseBefore('0011');
    expect(appliedMigrations(old)).toBe(11);
    insertRegistryRows(old);
    const before = snapshotTables(old);
    old.close();

    const db = migrateToNewest(databasePath);
    expect(appliedMigrations(db)).toBe(realJournal().length);
    // Permissions granted since: 1 by 0011, 8 by 0016, 6 by 0017.
    expectOldRowsKept(before, db, { role_permissions: 15 });
    expectRegistryValues(db);
    expect(db.prepare('SELECT driver_licence, vehicle_certificate FROM persons WHERE id = 1').get()).toEqual({
      driver_licence: null,
      vehicle_certificate: null,
    });
    expect(db.prepare('SELECT count(*) FROM actions WHERE debt_kopecks IS NULL').pluck().get()).toBe(3);
    expect(db.prepare('SELECT count(*) FROM document_batches').pluck().get()).toBe(2);
    expect(
      db.prepare(`SELECT rowid FROM account_search WHERE account_search MATCH '"ленина"' ORDER BY rowid`).pluck().all(),
    ).toEqual([1, 3]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});
