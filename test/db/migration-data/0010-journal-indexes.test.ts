/**
 * Migration 0010 on a database of version 0009 holding a row in every table: only the journal's indexes change (the
 * measure index gains the time, a new index by date), every row stays. Then the longer road a clerk's database takes:
 * rows written by the first version and by version 0009 survive every migration up to the newest build.
 */
import { describe, expect, it } from 'vitest';
import { databaseBefore, migrateThrough, migrateToNewest } from '../../support/migration-step';
import { realJournal } from '../../support/migrations-fixture';
import {
  appliedMigrations,
  expectRowsSurvived,
  indexShape,
  insertRows,
  readRows,
  rowSet,
  rowsBefore,
} from './old-rows';

describe('migration 0010: journal indexes', () => {
  it('keeps every row of version 0009 and rebuilds the journal indexes with the time', () => {
    const { db, databasePath } = databaseBefore('0010');
    expect(indexShape(db, 'actions_measure_date_idx')).toEqual({ columns: ['measure', 'action_date'], unique: false });
    expect(indexShape(db, 'actions_date_idx')).toEqual({ columns: [], unique: false });
    insertRows(db, rowsBefore('0010'));
    db.close();
    const after = migrateThrough(databasePath, '0010');
    expect(appliedMigrations(after)).toBe(11);
    expectRowsSurvived(after, rowsBefore('0010'));
    expect(indexShape(after, 'actions_measure_date_idx')).toEqual({
      columns: ['measure', 'action_date', 'at_ms'],
      unique: false,
    });
    expect(indexShape(after, 'actions_date_idx')).toEqual({ columns: ['action_date', 'at_ms'], unique: false });
    after.close();
  });
});

describe('rows of the old versions on the newest build', () => {
  it('keeps the rows the first version wrote through every migration', () => {
    const { db, databasePath } = databaseBefore('0001');
    insertRows(db, [rowSet('0000')]);
    db.close();
    const newest = migrateToNewest(databasePath);
    expect(appliedMigrations(newest)).toBe(realJournal().length);
    expectRowsSurvived(newest, [rowSet('0000')]);
    // Columns added later hold nothing for these rows.
    expect(readRows(newest, 'accounts', ['id', 'premises_id'])).toEqual([
      { id: 1, premises_id: null },
      { id: 2, premises_id: null },
      { id: 3, premises_id: null },
    ]);
    const noLaterFields = {
      user_id: null,
      object_type: null,
      object_id: null,
      before_json: null,
      after_json: null,
      debt_kopecks: null,
    };
    expect(
      readRows(newest, 'actions', [
        'id',
        'user_id',
        'object_type',
        'object_id',
        'before_json',
        'after_json',
        'debt_kopecks',
      ]),
    ).toEqual([
      { id: 1, ...noLaterFields },
      { id: 2, ...noLaterFields },
      { id: 3, ...noLaterFields },
    ]);
    newest.close();
  });

  it('keeps the rows of every table of version 0009 through every migration, rebuilt tables included', () => {
    const { db, databasePath } = databaseBefore('0010');
    insertRows(db, rowsBefore('0010'));
    db.close();
    const newest = migrateToNewest(databasePath);
    // document_batches is rebuilt by 0016 (a `__new_` copy): both old batches come through whole.
    expectRowsSurvived(newest, rowsBefore('0010'));
    expect(readRows(newest, 'persons', ['id', 'driver_licence', 'vehicle_certificate'])).toEqual([
      { id: 1, driver_licence: null, vehicle_certificate: null },
      { id: 2, driver_licence: null, vehicle_certificate: null },
    ]);
    newest.close();
  });
});
