/**
 * @file «Роли и права» in the core: the view of the roles (permissions from role_permissions, active users), a
 * role's permissions replaced and journaled with before/after, and the administrator role that keeps «пользователи и
 * пароли» and «права ролей» whatever is sent. Real SQLite through the real migrations (their seed is the defaults).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDb } from '../support/create-test-db';
import type { PreparedDatabase } from '../../electron/core/db/prepare-database';
import { users } from '../../shared/db/schema-work';
import { actions } from '../../shared/db/schema';
import { rolesView, saveRolePermissions } from '../../electron/core/auth/roles-service';
import { AppError } from '../../electron/core/app-error';
import type { JournalActor } from '../../electron/core/auth/actor';
import { openCore } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { makeTempDir } from '../support/temp-dir';

const NOW = Date.parse('2026-12-06T09:00:00+03:00');
const ADMIN: JournalActor = { userId: 7, name: 'Орлова Нина Павловна' };

let db: PreparedDatabase;

beforeEach(() => {
  db = createTestDb();
  const user = (login: string, role: 'operator' | 'admin' | 'head', active = 1) => ({
    login,
    fullName: login,
    role,
    active,
    createdAtMs: NOW,
  });
  db.db
    .insert(users)
    .values([
      user('op1', 'operator'),
      user('op2', 'operator'),
      user('op3', 'operator', 0),
      user('adm', 'admin'),
      user('boss', 'head'),
    ])
    .run();
});

afterEach(() => db.close());

const journal = () => db.db.select().from(actions).all();

describe('roles.get: the roles view', () => {
  it('lists the five roles with their default permissions and active users, and the catalogue by group', () => {
    const view = rolesView(db.db);
    expect(view.roles.map((r) => [r.role, r.label, r.users])).toEqual([
      ['operator', 'оператор', 2],
      ['claims_clerk', 'специалист по претензиям', 0],
      ['lawyer', 'юрист', 0],
      ['head', 'начальник отдела', 1],
      ['admin', 'администратор', 1],
    ]);
    const of = (role: string) => view.roles.find((r) => r.role === role)?.permissions;
    expect(of('operator')).toEqual(['calls.own']);
    expect(of('lawyer')).toEqual([
      'registry.view',
      'court.work',
      'bailiffs.work',
      'restriction.work',
      'agreements.work',
      'eviction.work',
      'media.work',
      'meetings.work',
    ]);
    expect(of('claims_clerk')).toEqual([
      'registry.view',
      'contacts.manage',
      'sms.work',
      'claims.work',
      'epd.work',
      'restriction.work',
      'agreements.work',
      'media.work',
      'meetings.work',
    ]);
    expect(of('admin')).toContain('users.manage');
    expect(of('admin')).toContain('roles.manage');
    expect(of('admin')).not.toContain('sms.work');

    expect(view.permissions).toHaveLength(27);
    expect([...new Set(view.permissions.map((p) => p.group))]).toEqual(['Работа', 'Руководство', 'Администрирование']);
    expect(view.permissions.find((p) => p.code === 'legalTables.manage')).toEqual({
      code: 'legalTables.manage',
      group: 'Администрирование',
      label: 'правовые таблицы (ставки, мораторий)',
    });
  });
});

describe("roles.save: one role's permissions replaced", () => {
  it('replaces the set, answers the new view and journals before/after with the acting user', () => {
    const view = saveRolePermissions(db, ADMIN, NOW, {
      role: 'operator',
      permissions: ['calls.own', 'registry.view', 'registry.view'],
    });
    expect(view.roles.find((r) => r.role === 'operator')?.permissions).toEqual(['registry.view', 'calls.own']);
    expect(rolesView(db.db).roles.find((r) => r.role === 'operator')?.permissions).toEqual([
      'registry.view',
      'calls.own',
    ]);

    const rows = journal();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      kind: 'role.updated',
      measure: null,
      actionDate: '2026-12-06',
      atMs: NOW,
      userId: 7,
      userName: 'Орлова Нина Павловна',
      accountId: null,
      objectType: 'role',
      objectId: 'operator',
      summary: 'Права роли «оператор»: добавлено «просмотр реестра и карточек лицевых счетов».',
    });
    expect(JSON.parse(rows[0]?.beforeJson ?? 'null')).toEqual(['calls.own']);
    expect(JSON.parse(rows[0]?.afterJson ?? 'null')).toEqual(['registry.view', 'calls.own']);
  });

  it('names both what was added and what was taken away', () => {
    saveRolePermissions(db, ADMIN, NOW, {
      role: 'lawyer',
      permissions: [
        'court.work',
        'reports.view',
        'restriction.work',
        'agreements.work',
        'eviction.work',
        'media.work',
        'meetings.work',
      ],
    });
    expect(journal()[0]?.summary).toBe(
      'Права роли «юрист»: добавлено «отчёты и журнал действий»; снято «просмотр реестра и карточек лицевых счетов», «работа с ФССП».',
    );
  });

  it('an unchanged set writes no journal entry', () => {
    saveRolePermissions(db, ADMIN, NOW, { role: 'operator', permissions: ['calls.own'] });
    expect(journal()).toEqual([]);
  });

  it('a role may be left with nothing (deny by default)', () => {
    saveRolePermissions(db, ADMIN, NOW, { role: 'operator', permissions: [] });
    expect(rolesView(db.db).roles.find((r) => r.role === 'operator')?.permissions).toEqual([]);
    expect(JSON.parse(journal()[0]?.afterJson ?? 'null')).toEqual([]);
  });

  it('refuses to take «пользователи и пароли» or «права ролей» from the administrator, changing nothing', () => {
    const before = rolesView(db.db).roles.find((r) => r.role === 'admin')?.permissions;
    let error: unknown;
    try {
      saveRolePermissions(db, ADMIN, NOW, { role: 'admin', permissions: ['registry.view', 'users.manage'] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('CONFLICT');
    expect((error as AppError).message).toBe(
      'У роли «администратор» нельзя снять право «права ролей»: иначе никто не сможет управлять пользователями и правами.',
    );
    expect(rolesView(db.db).roles.find((r) => r.role === 'admin')?.permissions).toEqual(before);
    expect(journal()).toEqual([]);
  });

  it('the administrator role may lose anything else', () => {
    saveRolePermissions(db, ADMIN, NOW, { role: 'admin', permissions: ['users.manage', 'roles.manage'] });
    expect(rolesView(db.db).roles.find((r) => r.role === 'admin')?.permissions).toEqual([
      'users.manage',
      'roles.manage',
    ]);
  });
});

describe('roles.save through dispatch', () => {
  it('journals the signed-in administrator, takes effect at the next call of that role, and refuses the operator', async () => {
    const core = openCore({
      dataDir: makeTempDir(),
      host: 'browser',
      migrationsFolder: SOURCE_MIGRATIONS_FOLDER,
      clock: () => NOW,
    });
    try {
      const insert = (login: string, fullName: string, role: 'admin' | 'operator') =>
        core.ctx.db.insert(users).values({ login, fullName, role, createdAtMs: NOW }).returning({ id: users.id }).get()
          .id;
      const adminId = insert('orlova', 'Орлова Нина Павловна', 'admin');
      const operatorId = insert('ivanova.m', 'Иванова Мария Петровна', 'operator');
      const asAdmin = { kind: 'session' as const, token: core.ctx.sessions.create(adminId, NOW) };
      const asOperator = { kind: 'session' as const, token: core.ctx.sessions.create(operatorId, NOW) };

      const before = await core.dispatch('registry.query', {}, asOperator);
      expect(before).toMatchObject({ ok: false, error: { code: 'AUTH.PERMISSION_DENIED' } });
      const refused = await core.dispatch(
        'roles.save',
        { role: 'operator', permissions: ['calls.own', 'registry.view'] },
        asOperator,
      );
      expect(refused).toMatchObject({ ok: false, error: { code: 'AUTH.PERMISSION_DENIED' } });

      const saved = await core.dispatch(
        'roles.save',
        { role: 'operator', permissions: ['calls.own', 'registry.view'] },
        asAdmin,
      );
      expect(saved).toMatchObject({ ok: true });
      expect(await core.dispatch('registry.query', {}, asOperator)).toMatchObject({ ok: true });

      const rows = core.ctx.db
        .select()
        .from(actions)
        .all()
        .filter((r) => r.kind === 'role.updated');
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        userId: adminId,
        userName: 'Орлова Нина Павловна',
        objectType: 'role',
        objectId: 'operator',
      });

      const conflict = await core.dispatch('roles.save', { role: 'admin', permissions: ['roles.manage'] }, asAdmin);
      expect(conflict).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', message: expect.stringContaining('нельзя снять право «пользователи и пароли»') },
      });
    } finally {
      await core.close();
    }
  });
});
