/**
 * @file THE method × role test (issue 11): every API method called by a signed-in user of each of the five roles,
 * with the default permissions, against a table written by hand in method-role-expectations.ts.
 *
 * The table is deliberately NOT computed from METHOD_ACCESS or DEFAULT_ROLE_PERMISSIONS: it is the office's policy
 * as the issue states it (operator — own queue and calls; claims clerk — claims, notices, mailing, SMS; lawyer —
 * court and bailiffs; head — all work and reports, approvals; administrator — users, roles, legal tables, rules,
 * gateways, settings, backups), so a wrong line in either table, or a dispatch that stops checking, fails here. A
 * method added to the contract fails the test until someone decides here who may call it.
 *
 * Every call goes through the core's dispatch with an empty input `{}`: the permission is checked before the input
 * is read, so a refused role gets 'AUTH.PERMISSION_DENIED' (403) and an allowed one anything else (a validation
 * error is fine). Each call gets a fresh session, so `auth.signOut` ends only its own.
 *
 * Also here: without a session every method but the public ones answers 'AUTH.SIGN_IN_REQUIRED' (401), and no
 * input schema carries the caller's identity (actingUserId / userId as «who is acting»).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { openCore, type Core } from '../../electron/core/open-core';
import { clockFromEnv } from '../../electron/core/contacts/clock-from-env';
import { users } from '../../shared/db/schema-work';
import { apiInputs } from '../../shared/api/contract';
import { httpStatusOf } from '../../shared/api/error-codes';
import type { UserRole } from '../../shared/auth/roles';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { makeTempDir } from '../support/temp-dir';
import { EXPECTED, FIVE } from './method-role-expectations';

/**
 * Methods whose `{}` is a valid input and would start long work in a worker: called last, after every other call,
 * so a running job does not compete with the rest of the walk (the core's close stops it).
 */
const CALLED_LAST = new Set(['demo.load']);

const METHODS = Object.keys(apiInputs);

let core: Core;
const userIds = new Map<UserRole, number>();
/** method → role → error code ('' for success). */
const outcomes = new Map<string, Map<UserRole, string>>();
const anonymous = new Map<string, string>();

async function callAs(role: UserRole | null, method: string): Promise<string> {
  const token = role === null ? null : core.ctx.sessions.create(userIds.get(role) as number, core.ctx.clock());
  const result = await core.dispatch(method, {}, { kind: 'session', token });
  return result.ok ? '' : result.error.code;
}

describe('every API method × every role, with the default permissions', () => {
  beforeAll(async () => {
    core = openCore({
      dataDir: makeTempDir(),
      host: 'browser',
      migrationsFolder: SOURCE_MIGRATIONS_FOLDER,
      clock: clockFromEnv('2026-12-06T09:00:00+03:00'),
    });
    const now = core.ctx.clock();
    for (const role of FIVE) {
      const row = core.ctx.db
        .insert(users)
        .values({ login: `matrix.${role}`, fullName: `Проверка ${role}`, role, dailyQuota: 0, createdAtMs: now })
        .returning({ id: users.id })
        .get();
      userIds.set(role, row.id);
    }
    const ordered = [...METHODS.filter((m) => !CALLED_LAST.has(m)), ...METHODS.filter((m) => CALLED_LAST.has(m))];
    for (const method of ordered) {
      anonymous.set(method, await callAs(null, method));
      const byRole = new Map<UserRole, string>();
      for (const role of FIVE) byRole.set(role, await callAs(role, method));
      outcomes.set(method, byRole);
    }
  }, 300_000);

  afterAll(async () => {
    await core?.close();
  });

  it('the table decides every method of the contract, and names no method the contract lacks', () => {
    expect(METHODS.filter((m) => !(m in EXPECTED))).toEqual([]);
    expect(Object.keys(EXPECTED).filter((m) => !METHODS.includes(m))).toEqual([]);
  });

  it('a refused role gets 403 AUTH.PERMISSION_DENIED; an allowed one is never refused for permission', () => {
    const wrong: string[] = [];
    for (const method of METHODS) {
      const expected = EXPECTED[method];
      if (expected === undefined) continue;
      for (const role of FIVE) {
        const code = outcomes.get(method)?.get(role) ?? '(not called)';
        const allowed = expected === 'public' || expected.includes(role);
        const denied = code === 'AUTH.PERMISSION_DENIED';
        if (allowed && (denied || code === 'AUTH.SIGN_IN_REQUIRED'))
          wrong.push(`${method} × ${role}: refused (${code}), should be allowed`);
        if (!allowed && !denied) wrong.push(`${method} × ${role}: ${code || 'ok'}, should be AUTH.PERMISSION_DENIED`);
      }
    }
    expect(wrong).toEqual([]);
    expect(httpStatusOf('AUTH.PERMISSION_DENIED')).toBe(403);
  });

  it('the walk really exercised both sides: every role is refused somewhere and allowed somewhere', () => {
    for (const role of FIVE) {
      const codes = METHODS.map((m) => outcomes.get(m)?.get(role));
      expect(codes, role).toContain('AUTH.PERMISSION_DENIED');
      expect(codes.filter((c) => c !== 'AUTH.PERMISSION_DENIED').length, role).toBeGreaterThan(9);
    }
  });

  it('no allowed call crashes: an empty input is refused as input or served, never INTERNAL', () => {
    const crashed = METHODS.flatMap((method) =>
      FIVE.filter((role) => outcomes.get(method)?.get(role) === 'INTERNAL').map((role) => `${method} × ${role}`),
    );
    expect(crashed).toEqual([]);
  });

  it('without a session every method but sign-in answers 401 AUTH.SIGN_IN_REQUIRED', () => {
    const wrong: string[] = [];
    for (const method of METHODS) {
      const code = anonymous.get(method) ?? '(not called)';
      if (EXPECTED[method] === 'public') {
        if (code === 'AUTH.SIGN_IN_REQUIRED' || code === 'AUTH.PERMISSION_DENIED')
          wrong.push(`${method}: ${code} for a public method`);
      } else if (code !== 'AUTH.SIGN_IN_REQUIRED') {
        wrong.push(`${method}: ${code || 'ok'} without a session`);
      }
    }
    expect(wrong).toEqual([]);
    expect(httpStatusOf('AUTH.SIGN_IN_REQUIRED')).toBe(401);
  });
});

/**
 * Keys that name someone else (not the caller) and so may stay in an input: method → key → why.
 * The caller's own identity never travels in an input.
 */
const TARGET_USER_KEYS: Record<string, Record<string, string>> = {
  'users.resetPassword': { userId: 'the user whose password the administrator resets' },
};

/** Every object key of a zod schema, with its path, through wrappers, arrays, unions and pipes. */
function keysOf(
  schema: z.ZodType,
  path: string,
  out: Array<{ path: string; key: string }>,
  seen = new Set<unknown>(),
): void {
  if (seen.has(schema)) return;
  seen.add(schema);
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  const walk = (child: unknown, at: string): void => {
    if (child && typeof child === 'object' && '_zod' in child) keysOf(child as z.ZodType, at, out, seen);
  };
  switch (def.type) {
    case 'object':
      for (const [key, child] of Object.entries(def.shape as Record<string, unknown>)) {
        out.push({ path: `${path}.${key}`, key });
        walk(child, `${path}.${key}`);
      }
      walk(def.catchall, `${path}.*`);
      break;
    case 'array':
      walk(def.element, `${path}[]`);
      break;
    case 'union':
      for (const option of def.options as unknown[]) walk(option, path);
      break;
    case 'intersection':
      walk(def.left, path);
      walk(def.right, path);
      break;
    case 'record':
    case 'map':
      walk(def.valueType, `${path}{}`);
      break;
    case 'tuple':
      for (const item of def.items as unknown[]) walk(item, `${path}[]`);
      walk(def.rest, `${path}[]`);
      break;
    case 'pipe':
      walk(def.in, path);
      walk(def.out, path);
      break;
    case 'lazy':
      walk((def.getter as () => unknown)(), path);
      break;
    default:
      // optional, nullable, default, prefault, readonly, catch, nonoptional, promise: one inner type.
      walk(def.innerType, path);
  }
}

describe('identity never travels in an API input', () => {
  it('no input schema has actingUserId, and userId only where it names another user', () => {
    const found: string[] = [];
    let objectKeys = 0;
    for (const [method, schema] of Object.entries(apiInputs)) {
      const keys: Array<{ path: string; key: string }> = [];
      keysOf(schema as z.ZodType, method, keys);
      objectKeys += keys.length;
      for (const { path, key } of keys) {
        if (/^acting/i.test(key) || key === 'userName') found.push(path);
        if (key === 'userId' && TARGET_USER_KEYS[method]?.[key] === undefined) found.push(path);
      }
    }
    expect(found).toEqual([]);
    // The walk reached into the schemas (nested ones included): a broken walker cannot pass by finding nothing.
    expect(objectKeys).toBeGreaterThan(150);
  });

  it('the walker finds a key nested inside wrappers, arrays and unions', async () => {
    const { z } = await import('zod');
    const probe = z
      .object({
        files: z.array(z.object({ who: z.union([z.object({ actingUserId: z.number() }), z.null()]) }).optional()),
      })
      .strict();
    const keys: Array<{ path: string; key: string }> = [];
    keysOf(probe, 'probe', keys);
    expect(keys.map((k) => k.path)).toContain('probe.files[].who.actingUserId');
  });
});
