/**
 * @file Calling the API from tests: through a core's dispatch as a signed-in user (unwrapping the envelope, or
 * expecting a refusal), and over HTTP through a served browser host with its token.
 *
 * `callCore` signs in as a user whose role holds the method's permission (the head for the work, the administrator
 * for administration): tests of a feature are not tests of the permission table — test/auth/ walks that.
 * `callCoreAs` calls as a named user, for what is a person's own (an operator's queue, who recorded a call).
 * Each call opens its own session, as tests move the clock by hours and days.
 */
import { eq } from 'drizzle-orm';
import type { Core } from '../../electron/core/open-core';
import type { Connection } from '../../electron/core/auth/actor';
import { permissionsOf } from '../../electron/core/auth/role-permissions-repo';
import { users } from '../../shared/db/schema-work';
import { METHOD_ACCESS } from '../../shared/api/method-access';
import { isApiMethod } from '../../shared/api/contract';
import { ROLE_LABELS, type UserRole } from '../../shared/auth/roles';
import type { ServedApp } from './spawn-serve';

const ROLE_ORDER: UserRole[] = ['head', 'admin', 'claims_clerk', 'lawyer', 'operator'];
const userIds = new WeakMap<Core, Map<string, number>>();

/** A signed-in session of `login`, creating the user with `role` if the database has none by that login. */
export function sessionOf(core: Core, login: string, role: UserRole = 'head'): Connection {
  let byLogin = userIds.get(core);
  if (!byLogin) userIds.set(core, (byLogin = new Map()));
  let userId = byLogin.get(login);
  if (userId === undefined) {
    const db = core.ctx.db;
    userId =
      db.select({ id: users.id }).from(users).where(eq(users.login, login)).get()?.id ??
      db
        .insert(users)
        .values({
          login,
          fullName: `Проверка (${ROLE_LABELS[role]})`,
          role,
          dailyQuota: role === 'operator' ? 150 : 0,
          active: 1,
          createdAtMs: core.ctx.clock(),
        })
        .returning({ id: users.id })
        .get().id;
    byLogin.set(login, userId);
  }
  // A new session per call: tests move the clock by days, which would lock a kept one.
  return { kind: 'session', token: core.ctx.sessions.create(userId, core.ctx.clock()) };
}

/** A session of a test user whose role has the permission `method` needs. */
export function sessionFor(core: Core, method: string): Connection {
  const access = isApiMethod(method) ? METHOD_ACCESS[method] : 'signedIn';
  const role =
    access === 'public' || access === 'signedIn'
      ? 'head'
      : (ROLE_ORDER.find((r) => permissionsOf(core.ctx.db, r).has(access)) ?? 'admin');
  return sessionOf(core, `test.${role}`, role);
}

/** The value of a successful call; a refusal fails the test with its code and message. */
export async function callCore<T>(core: Core, method: string, input: unknown): Promise<T> {
  return unwrap<T>(method, await core.dispatch(method, input, sessionFor(core, method)));
}

/** The value of a call made by the user `login` (created with `role` if missing). */
export async function callCoreAs<T>(
  core: Core,
  login: string,
  method: string,
  input: unknown,
  role: UserRole = 'operator',
): Promise<T> {
  return unwrap<T>(method, await core.dispatch(method, input, sessionOf(core, login, role)));
}

/** The error of a call by the user `login` (created with `role` if missing) that must be refused. */
export async function callCoreAsError(
  core: Core,
  login: string,
  method: string,
  input: unknown,
  role: UserRole = 'operator',
): Promise<{ code: string; message: string }> {
  const result = await core.dispatch(method, input, sessionOf(core, login, role));
  if (result.ok) throw new Error(`${method} succeeded but should have been refused`);
  return result.error;
}

/** The value of a call made by the existing user with this id (an operator picked from the queue's summary). */
export async function callCoreAsUser<T>(core: Core, userId: number, method: string, input: unknown): Promise<T> {
  const connection: Connection = { kind: 'session', token: core.ctx.sessions.create(userId, core.ctx.clock()) };
  return unwrap<T>(method, await core.dispatch(method, input, connection));
}

/** The error of a call by the user with this id that must be refused. */
export async function callCoreAsUserError(
  core: Core,
  userId: number,
  method: string,
  input: unknown,
): Promise<{ code: string; message: string }> {
  const connection: Connection = { kind: 'session', token: core.ctx.sessions.create(userId, core.ctx.clock()) };
  const result = await core.dispatch(method, input, connection);
  if (result.ok) throw new Error(`${method} succeeded but should have been refused`);
  return result.error;
}

function unwrap<T>(method: string, result: Awaited<ReturnType<Core['dispatch']>>): T {
  if (!result.ok)
    throw Object.assign(new Error(`${method}: ${result.error.code} ${result.error.message}`), {
      code: result.error.code,
    });
  return result.value as T;
}

/** The error of a call that must be refused; success fails the test. */
export async function callCoreError(
  core: Core,
  method: string,
  input: unknown,
): Promise<{ code: string; message: string }> {
  const result = await core.dispatch(method, input, sessionFor(core, method));
  if (result.ok) throw new Error(`${method} succeeded but should have been refused`);
  return result.error;
}

/** POST /api/<method> to a served browser host with its token; the value, or the refusal as a thrown error. */
export async function callHttp<T>(served: ServedApp, method: string, input: unknown, cookie?: string): Promise<T> {
  const reply = await fetch(`${served.origin}/api/${method}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${served.token}`,
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify(input),
  });
  const body = (await reply.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message ?? 'ошибка'}`);
  return body.value;
}
