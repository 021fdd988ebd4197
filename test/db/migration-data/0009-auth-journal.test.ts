/**
 * Migration 0009 on a database of version 0008 with users and journal entries: users keep everything and gain no
 * password, no forced change, no failed attempts and no lock; journal entries keep everything and gain empty
 * object and before/after fields; the roles' default permissions are seeded exactly as the SQL lists them.
 */
import { describe, expect, it } from 'vitest';
import { databaseBefore, migrateThrough } from '../../support/migration-step';
import {
  appliedMigrations,
  expectRowsSurvived,
  indexShape,
  insertRows,
  readRows,
  rowSet,
  rowsBefore,
} from './old-rows';

function migrated() {
  const { db, databasePath } = databaseBefore('0009');
  insertRows(db, rowsBefore('0009'));
  db.close();
  return migrateThrough(databasePath, '0009');
}

describe('migration 0009: authentication and the journal', () => {
  it('keeps every row of version 0008; old users and journal entries get the promised empty values', () => {
    const db = migrated();
    expect(appliedMigrations(db)).toBe(10);
    expectRowsSurvived(db, rowsBefore('0009'));
    const noPassword = {
      password_hash: null,
      must_change_password: 0,
      failed_attempts: 0,
      locked_until_ms: null,
      password_changed_at_ms: null,
    };
    expect(
      readRows(db, 'users', [
        'id',
        'password_hash',
        'must_change_password',
        'failed_attempts',
        'locked_until_ms',
        'password_changed_at_ms',
      ]),
    ).toEqual([
      { id: 1, ...noPassword },
      { id: 2, ...noPassword },
    ]);
    const noObject = { user_id: null, object_type: null, object_id: null, before_json: null, after_json: null };
    expect(readRows(db, 'actions', ['id', 'user_id', 'object_type', 'object_id', 'before_json', 'after_json'])).toEqual(
      [
        { id: 1, ...noObject },
        { id: 2, ...noObject },
        { id: 3, ...noObject },
      ],
    );
    expect(indexShape(db, 'actions_at_idx')).toEqual({ columns: ['at_ms'], unique: false });
    expect(indexShape(db, 'actions_user_idx')).toEqual({ columns: ['user_id', 'at_ms'], unique: false });
    expect(indexShape(db, 'actions_kind_idx')).toEqual({ columns: ['kind', 'at_ms'], unique: false });
    db.close();
  });

  it('seeds the 33 default permissions of the five roles', () => {
    const db = migrated();
    const byRole = (role: string) =>
      (
        db.prepare('SELECT permission FROM role_permissions WHERE role = ? ORDER BY rowid').all(role) as Array<{
          permission: string;
        }>
      ).map((r) => r.permission);
    expect(byRole('operator')).toEqual(['calls.own']);
    expect(byRole('claims_clerk')).toEqual(['registry.view', 'contacts.manage', 'sms.work', 'claims.work', 'epd.work']);
    expect(byRole('lawyer')).toEqual(['registry.view', 'court.work', 'bailiffs.work']);
    expect(byRole('head')).toEqual([
      'registry.view',
      'calls.own',
      'calls.manage',
      'contacts.manage',
      'sms.work',
      'claims.work',
      'epd.work',
      'court.work',
      'bailiffs.work',
      'import.run',
      'documents.settings',
      'plan.manage',
      'reports.view',
    ]);
    expect(byRole('admin')).toEqual([
      'registry.view',
      'import.run',
      'reports.view',
      'users.manage',
      'roles.manage',
      'legalTables.manage',
      'rules.manage',
      'gateways.manage',
      'settings.manage',
      'backups.manage',
      'demo.load',
    ]);
    // 1 + 5 + 3 + 13 + 11 = 33 rows, none for another role.
    expect(db.prepare('SELECT count(*) AS n FROM role_permissions').get()).toEqual({ n: 33 });
    db.close();
  });

  it('takes a permission an administrator adds and refuses a duplicate or an unknown role', () => {
    const db = migrated();
    insertRows(db, [rowSet('0009')]);
    expectRowsSurvived(db, [rowSet('0009')]);
    const grant = (role: string, permission: string) => () =>
      db.prepare('INSERT INTO role_permissions (role, permission) VALUES (?, ?)').run(role, permission);
    expect(grant('head', 'sms.work')).toThrow(
      /UNIQUE constraint failed: role_permissions.role, role_permissions.permission/,
    );
    expect(grant('guest', 'registry.view')).toThrow(/CHECK constraint failed: role_permissions_role_ck/);
    db.prepare(
      "UPDATE users SET password_hash = 'scrypt$…', must_change_password = 1, failed_attempts = 5, locked_until_ms = 1769864400000 WHERE id = 1",
    ).run();
    expect(readRows(db, 'users', ['login', 'failed_attempts', 'locked_until_ms'])[0]).toEqual({
      login: 'orlova',
      failed_attempts: 5,
      locked_until_ms: 1_769_864_400_000,
    });
    db.close();
  });
});
