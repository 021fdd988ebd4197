/**
 * Sign-in through dispatch as a host calls it: the first administrator, the lockout after 5 wrong passwords and
 * its end 15 minutes later (the clock injected), the same answer for an unknown login, the journal of attempts
 * (never a password), sign-out, and the idle lock that a job's progress polling does not hold off.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuthStatus, SessionUser } from '../../shared/api/contract-auth';
import { openAuthCore, START_MS, type AuthCore } from './auth-core';

const ADMIN = { login: 'admin', fullName: 'Орлова Татьяна Ивановна', password: 'Admin-pass-1' };

let t: AuthCore;
beforeEach(() => {
  t = openAuthCore();
});
afterEach(async () => {
  await t.core.close();
});

describe('first start', () => {
  it('a fresh database has no users and asks for the administrator', async () => {
    const status = await t.value<AuthStatus>(t.connection(), 'auth.status');
    expect(status).toEqual({ needsSetup: true, user: null, idleMinutes: 15, nowMs: START_MS });
    expect(t.core.ctx.sqlite.prepare('SELECT count(*) AS n FROM users').get()).toEqual({ n: 0 });
  });

  it('setupAdmin creates the administrator, signs in on that connection, and is refused afterwards', async () => {
    const window = t.connection();
    const user = await t.value<SessionUser>(window, 'auth.setupAdmin', ADMIN);
    expect(user).toMatchObject({
      login: 'admin',
      fullName: ADMIN.fullName,
      role: 'admin',
      roleLabel: 'администратор',
      mustChangePassword: false,
    });
    expect(user.permissions).toContain('users.manage');
    expect(window.kind === 'session' && window.token).toBeTruthy();

    const status = await t.value<AuthStatus>(window, 'auth.status');
    expect(status.needsSetup).toBe(false);
    expect(status.user?.login).toBe('admin');
    // A second window is not signed in by the first one's setup.
    expect((await t.value<AuthStatus>(t.connection(), 'auth.status')).user).toBeNull();

    const again = await t.error(t.connection(), 'auth.setupAdmin', {
      login: 'boss',
      fullName: 'Захватов Иван',
      password: 'Another-pass-2',
    });
    expect(again.code).toBe('CONFLICT');
    expect(again.message).toMatch(/^Администратор уже создан/);
    expect(t.core.ctx.sqlite.prepare('SELECT login FROM users').all()).toEqual([{ login: 'admin' }]);

    const created = t.journal('auth.adminCreated');
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ user_name: ADMIN.fullName, object_type: 'user', object_id: String(user.id) });
    expect(JSON.stringify(t.journal())).not.toContain(ADMIN.password);
  });
});

describe('signing in', () => {
  beforeEach(async () => {
    await t.value(t.connection(), 'auth.setupAdmin', ADMIN);
  });

  it('signs in with the right password and journals it', async () => {
    const window = t.connection();
    const user = await t.value<SessionUser>(window, 'auth.signIn', { login: 'admin', password: ADMIN.password });
    expect(user.login).toBe('admin');
    expect((await t.value<AuthStatus>(window, 'auth.status')).user?.id).toBe(user.id);
    expect(t.journal('auth.signedIn')).toEqual([
      expect.objectContaining({ user_id: user.id, user_name: ADMIN.fullName, object_type: 'user' }),
    ]);
  });

  it('answers a wrong password and an unknown login with the same words, and journals both without the password', async () => {
    const wrong = await t.error(t.connection(), 'auth.signIn', { login: 'admin', password: 'guess-one' });
    const unknown = await t.error(t.connection(), 'auth.signIn', { login: 'nobody', password: 'guess-two' });
    expect(wrong).toMatchObject({ code: 'AUTH.BAD_CREDENTIALS', message: 'Неверный логин или пароль.' });
    expect(unknown).toMatchObject({ code: 'AUTH.BAD_CREDENTIALS', message: 'Неверный логин или пароль.' });

    const failed = t.journal('auth.signInFailed');
    expect(failed).toHaveLength(2);
    expect(failed[0]).toMatchObject({ user_name: ADMIN.fullName, object_type: 'user' });
    expect(failed[0]?.user_id).toBeGreaterThan(0);
    expect(failed[1]).toMatchObject({ user_id: null, user_name: 'неизвестный логин «nobody»' });
    const all = JSON.stringify(t.journal());
    expect(all).not.toContain('guess-one');
    expect(all).not.toContain('guess-two');
  });

  it('locks the login after 5 wrong passwords: even the right one is refused until 15 minutes pass', async () => {
    for (let i = 1; i <= 4; i += 1) {
      t.advance(10_000);
      expect((await t.error(t.connection(), 'auth.signIn', { login: 'admin', password: `wrong-${i}` })).code).toBe(
        'AUTH.BAD_CREDENTIALS',
      );
    }
    t.advance(20_000); // 09:01:00 Moscow time: the lock runs to 09:16
    const fifth = await t.error(t.connection(), 'auth.signIn', { login: 'admin', password: 'wrong-5' });
    expect(fifth.code).toBe('AUTH.LOCKED');
    expect(fifth.message).toMatch(/^Вход заблокирован до 09:16 после 5 неудачных попыток\./);

    t.advance(60_000);
    const sixth = await t.error(t.connection(), 'auth.signIn', { login: 'admin', password: ADMIN.password });
    expect(sixth).toMatchObject({ code: 'AUTH.LOCKED' });
    expect(sixth.message).toContain('до 09:16');

    t.advance(14 * 60_000 - 1); // 09:15:59.999: still locked
    expect((await t.error(t.connection(), 'auth.signIn', { login: 'admin', password: ADMIN.password })).code).toBe(
      'AUTH.LOCKED',
    );
    t.advance(1); // 09:16:00
    const user = await t.value<SessionUser>(t.connection(), 'auth.signIn', {
      login: 'admin',
      password: ADMIN.password,
    });
    expect(user.login).toBe('admin');

    const locked = t.journal('auth.locked');
    expect(locked).toHaveLength(1);
    expect(locked[0]?.summary).toContain('09:16');
    expect(locked[0]?.user_id).toBe(user.id);
    expect(t.core.ctx.sqlite.prepare('SELECT failed_attempts AS n, locked_until_ms AS until FROM users').get()).toEqual(
      { n: 0, until: null },
    );
  });

  it('counts wrong passwords in a row: a success starts the count again', async () => {
    for (let i = 0; i < 4; i += 1) await t.error(t.connection(), 'auth.signIn', { login: 'admin', password: 'wrong' });
    await t.value(t.connection(), 'auth.signIn', { login: 'admin', password: ADMIN.password });
    for (let i = 0; i < 4; i += 1) {
      expect((await t.error(t.connection(), 'auth.signIn', { login: 'admin', password: 'wrong' })).code).toBe(
        'AUTH.BAD_CREDENTIALS',
      );
    }
    await t.value(t.connection(), 'auth.signIn', { login: 'admin', password: ADMIN.password });
  });

  it('an unknown login never locks (nothing to lock) and keeps answering bad credentials', async () => {
    for (let i = 0; i < 6; i += 1) {
      expect((await t.error(t.connection(), 'auth.signIn', { login: 'ghost', password: 'x' })).code).toBe(
        'AUTH.BAD_CREDENTIALS',
      );
    }
    expect(t.journal('auth.locked')).toHaveLength(0);
  });

  it('signs out: the session is closed and the next call needs a sign-in', async () => {
    const window = t.connection();
    await t.value(window, 'auth.signIn', { login: 'admin', password: ADMIN.password });
    const token = window.kind === 'session' ? window.token : null;
    expect(await t.value(window, 'auth.signOut')).toEqual({ signedOut: true });
    expect(window.kind === 'session' && window.token).toBeNull();
    expect((await t.error(window, 'users.list')).code).toBe('AUTH.SIGN_IN_REQUIRED');
    // The old token is dead in the core, not only forgotten by the host.
    expect((await t.error({ kind: 'session', token }, 'users.list')).code).toBe('AUTH.SIGN_IN_REQUIRED');
    expect(t.journal('auth.signedOut')).toEqual([expect.objectContaining({ user_name: ADMIN.fullName })]);
  });
});

describe('idle lock', () => {
  let window: ReturnType<AuthCore['connection']>;
  beforeEach(async () => {
    window = t.connection();
    await t.value(window, 'auth.setupAdmin', ADMIN);
  });

  it('ends a session unused for longer than the administrator’s idle minutes', async () => {
    t.advance(16 * 60_000);
    expect(await t.error(window, 'users.list')).toEqual(
      expect.objectContaining({
        code: 'AUTH.SESSION_EXPIRED',
        message: 'Сеанс завершён после простоя. Войдите снова.',
      }),
    );
    // Once expired the session is gone: the next call is simply signed out.
    expect((await t.error(window, 'users.list')).code).toBe('AUTH.SIGN_IN_REQUIRED');
  });

  it('is held off by work but not by a job’s progress polling', async () => {
    t.advance(10 * 60_000);
    await t.value(window, 'users.list'); // work at 09:10
    t.advance(10 * 60_000);
    await t.value(window, 'users.list'); // 09:20: 10 minutes after the last work, alive
    for (let minute = 1; minute <= 15; minute += 1) {
      t.advance(60_000);
      // A progress bar polls every minute up to 09:35: the session is still there, but not kept awake.
      expect(await t.value(window, 'jobs.list')).toEqual([]);
      expect((await t.error(window, 'jobs.get', { jobId: 'none' })).code).not.toMatch(/^AUTH\./);
    }
    t.advance(60_000); // 09:36: 16 minutes after the last work
    expect((await t.error(window, 'users.list')).code).toBe('AUTH.SESSION_EXPIRED');
  });

  it('follows the idle minutes the administrator saves (journaled with before and after)', async () => {
    const saved = await t.value(window, 'security.save', { idleMinutes: 5, cliRole: 'head' });
    expect(saved).toEqual({ idleMinutes: 5, cliRole: 'head' });
    expect(await t.value(window, 'security.get')).toEqual({ idleMinutes: 5, cliRole: 'head' });
    const entry = t.journal('security.updated')[0];
    expect(JSON.parse(entry?.before_json ?? 'null')).toEqual({ idleMinutes: 15, cliRole: 'admin' });
    expect(JSON.parse(entry?.after_json ?? 'null')).toEqual({ idleMinutes: 5, cliRole: 'head' });
    t.advance(6 * 60_000);
    expect((await t.error(window, 'users.list')).code).toBe('AUTH.SESSION_EXPIRED');
  });
});
