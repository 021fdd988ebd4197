/**
 * The plan cockpit on a fresh database (13 measures, targets seeded from the plan, no data yet, no users until the
 * administrator is created) and changes only some roles may make: plan targets (the head), the rule book and users
 * (the administrator) — a new version each time, journaled with who made it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import type { Cockpit, RulesView, UserView } from '../../shared/api/contract-work';
import { call } from '../calls/demo-district';
import { callCoreAs, callCoreAsError } from '../support/api-calls';
import type { UserRole } from '../../shared/auth/roles';

describe('cockpit and administrator changes', () => {
  let core: Core;
  let dataDir: string;
  const as = <T>(role: UserRole, method: string, input: unknown) =>
    callCoreAs<T>(core, `test.${role}`, method, input, role);
  const refusedAs = (role: UserRole, method: string, input: unknown) =>
    callCoreAsError(core, `test.${role}`, method, input, role);

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-cockpit-'));
    core = openCore({
      dataDir,
      host: 'cli',
      migrationsFolder: SOURCE_MIGRATIONS_FOLDER,
      clock: () => Date.parse('2026-11-25T08:00:00Z'),
    });
  });
  afterAll(async () => {
    await core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts with nobody: the first start asks to create the administrator', async () => {
    expect(core.ctx.sqlite.prepare('SELECT count(*) AS n FROM users').get()).toEqual({ n: 0 });
    const status = await core.dispatch('auth.status', {}, { kind: 'session', token: null });
    expect(status).toMatchObject({ ok: true, value: { needsSetup: true, user: null } });
  });

  it('lists the 13 measures with the plan’s targets and says no data yet', async () => {
    const cockpit = await call<Cockpit>(core, 'cockpit.get', {});
    expect(cockpit.measures).toHaveLength(13);
    expect(cockpit.measures[1]).toMatchObject({
      measure: 2,
      targetCount: 400,
      period: 'day',
      hasData: false,
      today: 0,
    });
    expect(cockpit.measures[0]).toMatchObject({ measure: 1, targetCount: 100, period: 'month' });
    expect(cockpit.measures[0]?.history).toHaveLength(6);
  });

  it('the head edits a target and its executor; an operator may not', async () => {
    const refused = await refusedAs('operator', 'cockpit.setTarget', {
      measure: 5,
      targetCount: 300,
      period: 'month',
      executor: 'Петрова А. В.',
    });
    expect(refused.code).toBe('AUTH.PERMISSION_DENIED');
    expect(refused.message).toContain('Недостаточно прав: плановые показатели мероприятий');
    const cockpit = await as<Cockpit>('head', 'cockpit.setTarget', {
      measure: 5,
      targetCount: 300,
      period: 'month',
      executor: 'Петрова А. В.',
    });
    expect(cockpit.measures[4]).toMatchObject({ targetCount: 300, executor: 'Петрова А. В.' });
    const journal = core.ctx.sqlite
      .prepare(
        `SELECT user_name AS who, before_json AS b, after_json AS a FROM actions WHERE kind = 'plan.target_updated'`,
      )
      .all() as Array<{ who: string; b: string; a: string }>;
    expect(journal).toHaveLength(1);
    expect(journal[0]?.who).toBe('Проверка (начальник отдела)');
    expect(JSON.parse(journal[0]?.b ?? 'null')).toMatchObject({ measure: 5, targetCount: null });
    expect(JSON.parse(journal[0]?.a ?? 'null')).toMatchObject({
      measure: 5,
      targetCount: 300,
      executor: 'Петрова А. В.',
    });
  });

  it('only an administrator changes the rule book; each change is a new version', async () => {
    const view = await call<RulesView>(core, 'rules.get', {});
    expect(view.book.version).toBe('2026-01-01/0');
    const { version: _v, validFrom: _f, ...book } = view.book;
    const changed = { ...book, contactLimits: { ...book.contactLimits, call: { perDay: 1, perWeek: 1, perMonth: 4 } } };
    const refused = await refusedAs('head', 'rules.save', { book: changed, note: 'строже' });
    expect(refused.message).toContain('Недостаточно прав: правила мероприятий');
    const saved = await as<RulesView>('admin', 'rules.save', {
      book: changed,
      note: 'Решение начальника отдела',
    });
    expect(saved.book.version).toBe('2026-11-25/1');
    expect(saved.book.contactLimits.call.perWeek).toBe(1);
    expect(saved.versions).toHaveLength(1);
    const bad = await refusedAs('admin', 'rules.save', {
      book: { ...changed, commonConditions: [{ fact: 'нет такого', op: 'eq', value: true }] },
      note: 'опечатка',
    });
    expect(bad.message).toContain('Неизвестный факт');
  });

  it('only an administrator adds a user; a taken login is refused in Russian', async () => {
    const user = {
      id: null,
      login: 'novikova',
      fullName: 'Новикова Дарья Ильинична',
      role: 'operator',
      dailyQuota: 120,
      active: true,
    };
    expect((await refusedAs('operator', 'users.save', { user })).code).toBe('AUTH.PERMISSION_DENIED');
    const saved = await as<UserView>('admin', 'users.save', { user });
    expect(saved).toMatchObject({ login: 'novikova', role: 'operator', dailyQuota: 120, active: true });
    const again = await refusedAs('admin', 'users.save', { user });
    expect(again.message).toBe('Логин «novikova» уже занят.');
  });
});
