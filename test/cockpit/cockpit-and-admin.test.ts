/**
 * The plan cockpit on a fresh database (13 measures, targets seeded from the plan, no data yet), the seeded users
 * with roles, and administrator-only changes: plan targets and the rule book (a new version each time, journaled).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import type { Cockpit, RulesView, UserView } from '../../shared/api/contract-work';
import { call, callError } from '../calls/demo-district';

describe('cockpit and administrator changes', () => {
  let core: Core;
  let dataDir: string;
  let users: UserView[];
  const byRole = (role: string) => users.find((u) => u.role === role) as UserView;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-cockpit-'));
    core = openCore({
      dataDir,
      host: 'cli',
      migrationsFolder: SOURCE_MIGRATIONS_FOLDER,
      clock: () => Date.parse('2026-11-25T08:00:00Z'),
    });
    users = await call<UserView[]>(core, 'users.list', {});
  });
  afterAll(async () => {
    await core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('seeds users with the five roles, three of them operators', () => {
    expect(new Set(users.map((u) => u.role))).toEqual(new Set(['operator', 'claims_clerk', 'lawyer', 'head', 'admin']));
    expect(users.filter((u) => u.role === 'operator')).toHaveLength(3);
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

  it('only an administrator edits a target and its executor', async () => {
    const refused = await callError(core, 'cockpit.setTarget', {
      actingUserId: byRole('operator').id,
      measure: 5,
      targetCount: 300,
      period: 'month',
      executor: 'Петрова А. В.',
    });
    expect(refused.code).toBe('FORBIDDEN');
    const cockpit = await call<Cockpit>(core, 'cockpit.setTarget', {
      actingUserId: byRole('admin').id,
      measure: 5,
      targetCount: 300,
      period: 'month',
      executor: 'Петрова А. В.',
    });
    expect(cockpit.measures[4]).toMatchObject({ targetCount: 300, executor: 'Петрова А. В.' });
    const journal = core.ctx.sqlite
      .prepare(`SELECT count(*) AS n FROM actions WHERE kind = 'plan.target_updated'`)
      .get() as { n: number };
    expect(journal.n).toBe(1);
  });

  it('only an administrator changes the rule book; each change is a new version', async () => {
    const view = await call<RulesView>(core, 'rules.get', {});
    expect(view.book.version).toBe('2026-01-01/0');
    const { version: _v, validFrom: _f, ...book } = view.book;
    const changed = { ...book, contactLimits: { ...book.contactLimits, call: { perDay: 1, perWeek: 1, perMonth: 4 } } };
    const refused = await callError(core, 'rules.save', {
      actingUserId: byRole('head').id,
      book: changed,
      note: 'строже',
    });
    expect(refused.message).toContain('только администратор');
    const saved = await call<RulesView>(core, 'rules.save', {
      actingUserId: byRole('admin').id,
      book: changed,
      note: 'Решение начальника отдела',
    });
    expect(saved.book.version).toBe('2026-11-25/1');
    expect(saved.book.contactLimits.call.perWeek).toBe(1);
    expect(saved.versions).toHaveLength(1);
    const bad = await callError(core, 'rules.save', {
      actingUserId: byRole('admin').id,
      book: { ...changed, commonConditions: [{ fact: 'нет такого', op: 'eq', value: true }] },
      note: 'опечатка',
    });
    expect(bad.message).toContain('Неизвестный факт');
  });

  it('only an administrator adds a user; a taken login is refused in Russian', async () => {
    const user = { id: null, login: 'novikova', fullName: 'Новикова Дарья Ильинична', role: 'operator', dailyQuota: 120, active: true };
    expect((await callError(core, 'users.save', { actingUserId: byRole('operator').id, user })).code).toBe('FORBIDDEN');
    const saved = await call<UserView>(core, 'users.save', { actingUserId: byRole('admin').id, user });
    expect(saved).toMatchObject({ login: 'novikova', role: 'operator', dailyQuota: 120, active: true });
    const again = await callError(core, 'users.save', { actingUserId: byRole('admin').id, user });
    expect(again.message).toBe('Логин «novikova» уже занят.');
  });
});
