/**
 * The demo district brings its staff (six fictional clerks, password demo2026, no change asked), keeps a login the
 * office already has, says so in the job's summary, and is refused once the database holds accounts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runJobTask } from '../../electron/core/jobs/run-job-task';
import type { SessionUser } from '../../shared/api/contract-auth';
import type { UserView } from '../../shared/api/contract-work';
import type { Connection } from '../../electron/core/auth/actor';
import { openAuthCore, START_MS, type AuthCore } from './auth-core';

let t: AuthCore;
let admin: Connection;
beforeEach(async () => {
  t = openAuthCore();
  admin = t.connection();
  await t.value(admin, 'auth.setupAdmin', {
    login: 'admin',
    fullName: 'Орлова Татьяна Ивановна',
    password: 'Admin-pass-1',
  });
});
afterEach(async () => {
  await t.core.close();
});

describe('demo staff', () => {
  it('adds the six clerks with the demo password, skipping a login that exists, and names them in the summary', async () => {
    // The office already has its own «sokolov»: the demo keeps him as he is.
    const own = await t.value<UserView>(admin, 'users.save', {
      user: {
        id: null,
        login: 'sokolov',
        fullName: 'Соколов Пётр (настоящий)',
        role: 'head',
        dailyQuota: 0,
        active: true,
      },
    });
    const outcome = await runJobTask(
      { task: 'demo', accounts: 10, seed: 'auth-test', months: 2 },
      {
        sqlite: t.core.ctx.sqlite,
        dataDir: t.core.ctx.dataDir,
        by: { userId: 1, name: 'Орлова Татьяна Ивановна' },
        nowMs: START_MS,
        onProgress: () => {},
      },
    );
    expect(outcome.summary).toContain(
      'Добавлены демонстрационные сотрудники (ivanova, smirnov, kuznetsova, petrova, morozova) с паролем «demo2026».',
    );
    const users = await t.value<UserView[]>(admin, 'users.list');
    expect(users.map((u) => [u.login, u.fullName, u.role, u.dailyQuota, u.hasPassword])).toEqual([
      ['admin', 'Орлова Татьяна Ивановна', 'admin', 0, true],
      ['sokolov', 'Соколов Пётр (настоящий)', 'head', 0, false],
      ['ivanova', 'Иванова Мария Петровна', 'operator', 150, true],
      ['smirnov', 'Смирнов Алексей Игоревич', 'operator', 150, true],
      ['kuznetsova', 'Кузнецова Ольга Сергеевна', 'operator', 150, true],
      ['petrova', 'Петрова Анна Викторовна', 'claims_clerk', 0, true],
      ['morozova', 'Морозова Елена Николаевна', 'head', 0, true],
    ]);
    expect(users.find((u) => u.login === 'sokolov')?.id).toBe(own.id);
    const ivanova = await t.value<SessionUser>(t.connection(), 'auth.signIn', {
      login: 'ivanova',
      password: 'demo2026',
    });
    expect(ivanova).toMatchObject({ fullName: 'Иванова Мария Петровна', role: 'operator', mustChangePassword: false });
    expect(
      t.journal('user.created').filter((e) => e.summary.startsWith('Добавлен демонстрационный пользователь')),
    ).toHaveLength(5);
    expect(JSON.stringify(t.journal())).not.toContain('demo2026');

    const again = await t.error(admin, 'demo.load', { accounts: 10 });
    expect(again).toEqual(
      expect.objectContaining({
        code: 'CONFLICT',
        message: 'Демонстрационный район загружается только в пустую базу.',
      }),
    );
  }, 120_000);
});
