/**
 * The administrator's side: users journaled with before/after (never a hash), new users without a password until
 * the administrator sets one, the reset → must-change → own password flow, sessions closed on reset and change,
 * the last administrator who can sign in kept, and users.save refused to an operator.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../shared/api/contract-auth';
import type { UserView } from '../../shared/api/contract-work';
import type { Connection } from '../../electron/core/auth/actor';
import { openAuthCore, type AuthCore } from './auth-core';

const ADMIN = { login: 'admin', fullName: 'Орлова Татьяна Ивановна', password: 'Admin-pass-1' };
const PETROVA = {
  id: null,
  login: 'petrova',
  fullName: 'Петрова Анна Викторовна',
  role: 'claims_clerk',
  dailyQuota: 0,
  active: true,
};

let t: AuthCore;
let admin: Connection;
let adminId: number;
beforeEach(async () => {
  t = openAuthCore();
  admin = t.connection();
  adminId = (await t.value<SessionUser>(admin, 'auth.setupAdmin', ADMIN)).id;
});
afterEach(async () => {
  await t.core.close();
});

const signIn = async (login: string, password: string): Promise<Connection> => {
  const window = t.connection();
  await t.value(window, 'auth.signIn', { login, password });
  return window;
};

describe('users', () => {
  it('a new user has no password (cannot sign in) until the administrator sets one; both journaled', async () => {
    const petrova = await t.value<UserView>(admin, 'users.save', { user: PETROVA });
    expect(petrova).toEqual({ ...PETROVA, id: petrova.id, hasPassword: false });
    const refused = await t.error(t.connection(), 'auth.signIn', { login: 'petrova', password: 'anything-1' });
    expect(refused).toMatchObject({ code: 'AUTH.BAD_CREDENTIALS', message: 'Неверный логин или пароль.' });

    expect(await t.value(admin, 'users.resetPassword', { userId: petrova.id, newPassword: 'Temp-2026-x' })).toEqual({
      userId: petrova.id,
    });
    const user = await t.value<SessionUser>(t.connection(), 'auth.signIn', {
      login: 'petrova',
      password: 'Temp-2026-x',
    });
    expect(user.mustChangePassword).toBe(true);

    const created = t.journal('user.created');
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({
      user_id: adminId,
      user_name: ADMIN.fullName,
      object_type: 'user',
      object_id: String(petrova.id),
      before_json: null,
    });
    expect(JSON.parse(created[0]?.after_json ?? '')).toEqual({
      login: 'petrova',
      fullName: 'Петрова Анна Викторовна',
      role: 'claims_clerk',
      dailyQuota: 0,
      active: true,
      hasPassword: false,
    });
    const reset = t.journal('user.passwordReset');
    expect(reset).toEqual([
      expect.objectContaining({ user_id: adminId, object_type: 'user', object_id: String(petrova.id) }),
    ]);
    const everything = JSON.stringify(t.journal());
    expect(everything).not.toContain('Temp-2026-x');
    expect(everything).not.toContain('scrypt$');
  });

  it('journals a change with the row before and after', async () => {
    const petrova = await t.value<UserView>(admin, 'users.save', { user: PETROVA });
    await t.value(admin, 'users.save', { user: { ...PETROVA, id: petrova.id, role: 'lawyer', active: false } });
    const [updated] = t.journal('user.updated');
    expect(updated?.summary).toBe(
      'Изменён пользователь «petrova» (Петрова Анна Викторовна, юрист): роль специалист по претензиям → юрист, отключён',
    );
    expect(JSON.parse(updated?.before_json ?? '')).toMatchObject({ role: 'claims_clerk', active: true });
    expect(JSON.parse(updated?.after_json ?? '')).toMatchObject({ role: 'lawyer', active: false });
  });

  it('refuses a login already taken', async () => {
    await t.value(admin, 'users.save', { user: PETROVA });
    const again = await t.error(admin, 'users.save', { user: { ...PETROVA, fullName: 'Другая Петрова' } });
    expect(again).toMatchObject({ code: 'CONFLICT', message: 'Логин «petrova» уже занят.' });
  });

  it('accepts a first password with the new user, to be changed at the first sign-in', async () => {
    const user = await t.value<UserView>(admin, 'users.save', { user: { ...PETROVA, password: 'First-pass-9' } });
    expect(user.hasPassword).toBe(true);
    const me = await t.value<SessionUser>(t.connection(), 'auth.signIn', {
      login: 'petrova',
      password: 'First-pass-9',
    });
    expect(me.mustChangePassword).toBe(true);
  });

  it('an operator may not change users (403, checked before the handler)', async () => {
    await t.value(admin, 'users.save', {
      user: { ...PETROVA, login: 'ivanova', role: 'operator', password: 'Oper-pass-1' },
    });
    const ivanova = await signIn('ivanova', 'Oper-pass-1');
    await t.value(ivanova, 'auth.changePassword', { currentPassword: 'Oper-pass-1', newPassword: 'Oper-pass-2' });
    const refused = await t.error(ivanova, 'users.save', {
      user: { id: null, login: 'x1', fullName: 'Самозванец Икс', role: 'admin', dailyQuota: 0, active: true },
    });
    expect(refused.code).toBe('AUTH.PERMISSION_DENIED');
    expect(refused.message).toMatch(/^Недостаточно прав/);
    expect((await t.error(ivanova, 'users.resetPassword', { userId: adminId, newPassword: 'Taken-over-1' })).code).toBe(
      'AUTH.PERMISSION_DENIED',
    );
  });
});

describe('passwords', () => {
  let petrovaId: number;
  beforeEach(async () => {
    petrovaId = (await t.value<UserView>(admin, 'users.save', { user: PETROVA })).id;
    await t.value(admin, 'users.resetPassword', { userId: petrovaId, newPassword: 'Temp-2026-x' });
  });

  it('a reset user may do nothing but change the password; afterwards works normally', async () => {
    const window = await signIn('petrova', 'Temp-2026-x');
    expect(await t.error(window, 'registry.query', {})).toEqual(
      expect.objectContaining({
        code: 'AUTH.PASSWORD_CHANGE_REQUIRED',
        message: 'Смените пароль, выданный администратором.',
      }),
    );
    const wrong = await t.error(window, 'auth.changePassword', {
      currentPassword: 'not-it',
      newPassword: 'Mine-2026-y',
    });
    expect(wrong).toMatchObject({ code: 'AUTH.BAD_CREDENTIALS', message: 'Текущий пароль указан неверно.' });
    const same = await t.error(window, 'auth.changePassword', {
      currentPassword: 'Temp-2026-x',
      newPassword: 'Temp-2026-x',
    });
    expect(same).toMatchObject({ code: 'VALIDATION', message: 'Новый пароль должен отличаться от текущего.' });

    const me = await t.value<SessionUser>(window, 'auth.changePassword', {
      currentPassword: 'Temp-2026-x',
      newPassword: 'Mine-2026-y',
    });
    expect(me.mustChangePassword).toBe(false);
    expect(await t.call(window, 'registry.query', {})).toMatchObject({ ok: true });
    // The old password is gone, the new one works.
    expect((await t.error(t.connection(), 'auth.signIn', { login: 'petrova', password: 'Temp-2026-x' })).code).toBe(
      'AUTH.BAD_CREDENTIALS',
    );
    await signIn('petrova', 'Mine-2026-y');
    expect(t.journal('user.passwordChanged')).toEqual([
      expect.objectContaining({ user_id: petrovaId, object_id: String(petrovaId) }),
    ]);
    expect(JSON.stringify(t.journal())).not.toContain('Mine-2026-y');
  });

  it('wrong current passwords count toward the lockout', async () => {
    const window = await signIn('petrova', 'Temp-2026-x');
    for (let i = 0; i < 4; i += 1) {
      expect(
        (await t.error(window, 'auth.changePassword', { currentPassword: `no-${i}`, newPassword: 'Mine-2026-y' })).code,
      ).toBe('AUTH.BAD_CREDENTIALS');
    }
    expect(
      (await t.error(window, 'auth.changePassword', { currentPassword: 'no-5', newPassword: 'Mine-2026-y' })).code,
    ).toBe('AUTH.LOCKED');
    expect((await t.error(t.connection(), 'auth.signIn', { login: 'petrova', password: 'Temp-2026-x' })).code).toBe(
      'AUTH.LOCKED',
    );
  });

  it('changing the password closes the user’s other sessions, not the one that changed it', async () => {
    const first = await signIn('petrova', 'Temp-2026-x');
    const second = await signIn('petrova', 'Temp-2026-x');
    await t.value(first, 'auth.changePassword', { currentPassword: 'Temp-2026-x', newPassword: 'Mine-2026-y' });
    expect(await t.call(first, 'registry.query', {})).toMatchObject({ ok: true });
    expect((await t.error(second, 'registry.query', {})).code).toBe('AUTH.SIGN_IN_REQUIRED');
  });

  it('a reset unlocks a locked login and closes the user’s sessions', async () => {
    const window = await signIn('petrova', 'Temp-2026-x');
    for (let i = 0; i < 5; i += 1)
      await t.error(t.connection(), 'auth.signIn', { login: 'petrova', password: 'wrong' });
    expect((await t.error(t.connection(), 'auth.signIn', { login: 'petrova', password: 'Temp-2026-x' })).code).toBe(
      'AUTH.LOCKED',
    );

    await t.value(admin, 'users.resetPassword', { userId: petrovaId, newPassword: 'Again-2026-z' });
    expect((await t.error(window, 'registry.query', {})).code).toBe('AUTH.SIGN_IN_REQUIRED');
    const me = await t.value<SessionUser>(t.connection(), 'auth.signIn', {
      login: 'petrova',
      password: 'Again-2026-z',
    });
    expect(me.mustChangePassword).toBe(true);
  });

  it('a switched-off user cannot sign in, with the same words as a wrong password', async () => {
    await t.value(admin, 'users.save', { user: { ...PETROVA, id: petrovaId, active: false } });
    const refused = await t.error(t.connection(), 'auth.signIn', { login: 'petrova', password: 'Temp-2026-x' });
    expect(refused).toMatchObject({ code: 'AUTH.BAD_CREDENTIALS', message: 'Неверный логин или пароль.' });
  });
});

describe('the last administrator', () => {
  const self = () => ({
    id: adminId,
    login: 'admin',
    fullName: ADMIN.fullName,
    role: 'admin',
    dailyQuota: 0,
    active: true,
  });

  it('cannot be demoted or switched off while no other administrator can sign in', async () => {
    for (const change of [{ role: 'head' }, { active: false }]) {
      const refused = await t.error(admin, 'users.save', { user: { ...self(), ...change } });
      expect(refused.code).toBe('CONFLICT');
      expect(refused.message).toMatch(/^Нельзя убрать последнего администратора/);
    }
    // An administrator without a password does not count: nobody could sign in as them.
    await t.value(admin, 'users.save', {
      user: { id: null, login: 'deputy', fullName: 'Заместитель Пётр', role: 'admin', dailyQuota: 0, active: true },
    });
    expect((await t.error(admin, 'users.save', { user: { ...self(), role: 'head' } })).code).toBe('CONFLICT');
    expect(t.journal('user.updated')).toHaveLength(0);
    expect(t.core.ctx.sqlite.prepare('SELECT role, active FROM users WHERE id = ?').get(adminId)).toEqual({
      role: 'admin',
      active: 1,
    });
  });

  it('can step down once another administrator has a password', async () => {
    await t.value(admin, 'users.save', {
      user: {
        id: null,
        login: 'deputy',
        fullName: 'Заместитель Пётр',
        role: 'admin',
        dailyQuota: 0,
        active: true,
        password: 'Deputy-pass-1',
      },
    });
    const me = await t.value<UserView>(admin, 'users.save', { user: { ...self(), role: 'head' } });
    expect(me.role).toBe('head');
    // The role is re-read on each call: the former administrator loses users.manage at once.
    expect((await t.error(admin, 'users.list')).code).toBe('AUTH.PERMISSION_DENIED');
    expect(
      (
        await t.error(t.connection(), 'auth.setupAdmin', {
          login: 'grab',
          fullName: 'Захватов Иван',
          password: 'Grab-pass-1',
        })
      ).code,
    ).toBe('CONFLICT');
  });
});
