/**
 * @file The judged scenario of issue 11 over raw HTTP: the real browser host (`npm run serve`), the run's VALID
 * token, an operator signed in with her own password — and she still cannot add a moratorium, make herself
 * administrator, change the rules or send an SMS batch. Each call answers 403 «Недостаточно прав: …», and the
 * database is unchanged (moratoria, her role, the rule book's versions, the SMS batch's status).
 *
 * Everybody gets in the way a new office does: the first administrator through auth.setupAdmin, the operator
 * created by him (users.save) with a temporary password (users.resetPassword), changed at her first sign-in. The
 * session travels as the host's HttpOnly cookie `zhku_session`, beside the token.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { openDatabase, type OpenedDatabase } from '../../electron/core/db/connection';
import { DATABASE_FILE_NAME } from '../../electron/core/open-core';
import { legalTableRows } from '../../shared/db/schema';
import { ruleBookVersions, smsBatches, users } from '../../shared/db/schema-work';
import { makeTempDir } from '../support/temp-dir';
import { spawnServe, type ServedApp } from '../support/spawn-serve';
import path from 'node:path';

const CLOCK_START = '2026-12-06T09:00:00+03:00';

interface Envelope {
  ok: boolean;
  value?: unknown;
  error?: { code: string; message: string };
}

interface Reply {
  status: number;
  body: Envelope;
  setCookie: string | null;
}

let served: ServedApp;
let dataDir: string;

/** POST /api/<method> with the run's token and, when given, the session cookie. */
async function post(method: string, input: unknown, session: string | null): Promise<Reply> {
  const reply = await fetch(`${served.origin}/api/${method}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${served.token}`,
      ...(session ? { cookie: `zhku_session=${session}` } : {}),
    },
    body: JSON.stringify(input),
  });
  return { status: reply.status, body: (await reply.json()) as Envelope, setCookie: reply.headers.get('set-cookie') };
}

/** The session token of a sign-in answer's cookie. */
function sessionOf(reply: Reply): string {
  expect(reply.body.error ?? null).toBeNull();
  const match = /zhku_session=([^;]+)/.exec(reply.setCookie ?? '');
  expect(match, `no zhku_session cookie in ${String(reply.setCookie)}`).not.toBeNull();
  return match?.[1] ?? '';
}

async function ok<T>(method: string, input: unknown, session: string): Promise<T> {
  const reply = await post(method, input, session);
  expect(reply.body.error ?? null, method).toBeNull();
  expect(reply.status, method).toBe(200);
  return reply.body.value as T;
}

describe('an operator over raw HTTP with a valid token', () => {
  let admin: string;
  let operator: string;
  let operatorId: number;
  let batchId: number;
  let db: OpenedDatabase;

  beforeAll(async () => {
    dataDir = makeTempDir('zhku-i11-http-');
    process.env.ZHKU_CLOCK_START = CLOCK_START;
    try {
      served = await spawnServe(dataDir);
    } finally {
      delete process.env.ZHKU_CLOCK_START;
    }

    admin = sessionOf(
      await post('auth.setupAdmin', { login: 'orlova', fullName: 'Орлова Нина Павловна', password: 'Adm1n-pass-2026' }, null),
    );
    const created = await ok<{ id: number }>(
      'users.save',
      { user: { id: null, login: 'ivanova.m', fullName: 'Иванова Мария Петровна', role: 'operator', dailyQuota: 150, active: true } },
      admin,
    );
    operatorId = created.id;
    await ok('users.resetPassword', { userId: operatorId, newPassword: 'Temp-pass-0001' }, admin);
    operator = sessionOf(await post('auth.signIn', { login: 'ivanova.m', password: 'Temp-pass-0001' }, null));
    await ok('auth.changePassword', { currentPassword: 'Temp-pass-0001', newPassword: 'Ivanova-own-pass' }, operator);

    // An SMS batch made and exported by a claims clerk earlier: the operator must not send it.
    db = openDatabase(path.join(dataDir, DATABASE_FILE_NAME));
    batchId = db.db
      .insert(smsBatches)
      .values({
        createdDate: '2026-12-05',
        template: 'Задолженность по ЖКУ по л/с {номер}: {сумма}. Оплатите, пожалуйста.',
        recipients: 0,
        status: 'exported',
        userName: 'Петрова Анна Викторовна',
        atMs: Date.parse('2026-12-05T10:00:00+03:00'),
      })
      .returning({ id: smsBatches.id })
      .get().id;
  }, 180_000);

  afterAll(async () => {
    db?.close();
    await served?.stop();
  });

  const snapshot = () => ({
    moratoria: db.db.select({ n: sql<number>`count(*)` }).from(legalTableRows).where(eq(legalTableRows.tableName, 'moratoria')).get()?.n,
    operatorRole: db.db.select({ role: users.role }).from(users).where(eq(users.id, operatorId)).get()?.role,
    ruleBookVersions: db.db.select({ n: sql<number>`count(*)` }).from(ruleBookVersions).get()?.n,
    batchStatus: db.db.select({ status: smsBatches.status }).from(smsBatches).where(eq(smsBatches.id, batchId)).get()?.status,
  });

  it('the operator is signed in: her own calls work', async () => {
    const status = await ok<{ user: { login: string; role: string } | null }>('auth.status', {}, operator);
    expect(status.user).toMatchObject({ login: 'ivanova.m', role: 'operator' });
    expect(snapshot()).toEqual({ moratoria: 0, operatorRole: 'operator', ruleBookVersions: expect.any(Number), batchStatus: 'exported' });
  });

  it('a moratorium for 01.01.2020–31.12.2026, herself an administrator, new rules, an SMS batch: 403 each, nothing changed', async () => {
    const rules = await ok<{ book: unknown }>('rules.get', {}, operator);
    const before = snapshot();
    const attempts: Array<[string, unknown]> = [
      [
        'legalTables.addMoratorium',
        { validFrom: '2020-01-01', validTo: '2026-12-31', periodsBefore: null, source: 'постановление Правительства РФ от 01.01.2020 № 1' },
      ],
      [
        'users.save',
        { user: { id: operatorId, login: 'ivanova.m', fullName: 'Иванова Мария Петровна', role: 'admin', dailyQuota: 150, active: true } },
      ],
      ['rules.save', { book: rules.book, note: 'Порог СМС снижен' }],
      ['sms.sendBatch', { batchId }],
    ];
    for (const [method, input] of attempts) {
      const reply = await post(method, input, operator);
      expect({ method, status: reply.status, code: reply.body.error?.code }).toEqual({
        method,
        status: 403,
        code: 'AUTH.PERMISSION_DENIED',
      });
      expect(reply.body.error?.message, method).toMatch(/^Недостаточно прав: .+\.( |$)/);
      expect(reply.body.error?.message, method).toContain('Иванова Мария Петровна — оператор');
    }
    expect(snapshot()).toEqual(before);
    expect(before).toMatchObject({ moratoria: 0, operatorRole: 'operator', batchStatus: 'exported' });
  });

  it('the same token without her session is not enough (401), and the administrator may do what she may not', async () => {
    const anonymous = await post('legalTables.addMoratorium', {
      validFrom: '2020-01-01',
      validTo: '2026-12-31',
      periodsBefore: null,
      source: 'постановление Правительства РФ от 01.01.2020 № 1',
    }, null);
    expect([anonymous.status, anonymous.body.error?.code]).toEqual([401, 'AUTH.SIGN_IN_REQUIRED']);

    // The refusals above were about the role, not a malformed call: the same moratorium from the administrator is taken.
    await ok('legalTables.addMoratorium', {
      validFrom: '2020-01-01',
      validTo: '2026-12-31',
      periodsBefore: null,
      source: 'постановление Правительства РФ от 01.01.2020 № 1',
    }, admin);
    expect(snapshot().moratoria).toBe(1);
  });
});
