/**
 * @file The judged scenario of issue 11 over raw HTTP: the browser host (startBrowserHost, the same host
 * `npm run serve` starts) with the run's VALID token and an operator's session in the host's HttpOnly cookie
 * `zhku_session` — and she still cannot add a moratorium, make herself administrator, change the rules or send an
 * SMS batch. Each call answers 403 «Недостаточно прав: …», and the database is unchanged (moratoria, her role, the
 * rule book's versions, the SMS batch's status). The administrator's session on the same host may do it, so the
 * refusals are about the role and not a malformed call.
 *
 * The sessions are opened by the core's session store (what auth.signIn does after checking the password); the
 * sign-in itself is tested with the sign-in service.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { openCore, type Core } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { clockFromEnv } from '../../electron/core/contacts/clock-from-env';
import { startBrowserHost, type BrowserHost } from '../../electron/server/http-host';
import { legalTableRows } from '../../shared/db/schema';
import { ruleBookVersions, smsBatches, users } from '../../shared/db/schema-work';
import { makeTempDir } from '../support/temp-dir';

interface Envelope {
  ok: boolean;
  value?: unknown;
  error?: { code: string; message: string };
}

const MORATORIUM = {
  validFrom: '2020-01-01',
  validTo: '2026-12-31',
  periodsBefore: null,
  source: 'постановление Правительства РФ от 01.01.2020 № 1',
};

describe('an operator over raw HTTP with a valid token', () => {
  let core: Core;
  let host: BrowserHost;
  let admin: string;
  let operator: string;
  let operatorId: number;
  let batchId: number;

  /** POST /api/<method> with the run's token and, when given, the session cookie. */
  async function post(
    method: string,
    input: unknown,
    session: string | null,
  ): Promise<{ status: number; body: Envelope }> {
    const reply = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${host.token}`,
        ...(session ? { cookie: `zhku_session=${session}` } : {}),
      },
      body: JSON.stringify(input),
    });
    return { status: reply.status, body: (await reply.json()) as Envelope };
  }

  async function ok<T>(method: string, input: unknown, session: string): Promise<T> {
    const reply = await post(method, input, session);
    expect(reply.body.error ?? null, method).toBeNull();
    expect(reply.status, method).toBe(200);
    return reply.body.value as T;
  }

  /** The rule book as rules.get shows it to anyone, with fewer calls a week: a valid rules.save input. */
  async function stricterBook(session: string): Promise<unknown> {
    const view = await ok<{ book: { version: string; validFrom: string; contactLimits: { call: object } } }>(
      'rules.get',
      {},
      session,
    );
    const { version: _version, validFrom: _validFrom, ...book } = view.book;
    return { ...book, contactLimits: { ...book.contactLimits, call: { perDay: 1, perWeek: 1, perMonth: 4 } } };
  }

  const snapshot = () => ({
    moratoria: core.ctx.db
      .select({ n: sql<number>`count(*)` })
      .from(legalTableRows)
      .where(eq(legalTableRows.tableName, 'moratoria'))
      .get()?.n,
    operatorRole: core.ctx.db.select({ role: users.role }).from(users).where(eq(users.id, operatorId)).get()?.role,
    ruleBookVersions: core.ctx.db
      .select({ n: sql<number>`count(*)` })
      .from(ruleBookVersions)
      .get()?.n,
    batchStatus: core.ctx.db
      .select({ status: smsBatches.status })
      .from(smsBatches)
      .where(eq(smsBatches.id, batchId))
      .get()?.status,
  });

  beforeAll(async () => {
    const dataDir = makeTempDir('zhku-i11-http-');
    const rendererDir = path.join(dataDir, 'renderer');
    fs.mkdirSync(rendererDir, { recursive: true });
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>АРМ</title>');
    core = openCore({
      dataDir,
      host: 'browser',
      migrationsFolder: SOURCE_MIGRATIONS_FOLDER,
      clock: clockFromEnv('2026-12-06T09:00:00+03:00'),
    });
    host = await startBrowserHost({
      dispatch: core.dispatch,
      identify: core.identify,
      rendererDir,
      logger: core.ctx.logger,
      port: 0,
    });

    const now = core.ctx.clock();
    const person = (login: string, fullName: string, role: 'operator' | 'admin') =>
      core.ctx.db
        .insert(users)
        .values({ login, fullName, role, dailyQuota: role === 'operator' ? 150 : 0, createdAtMs: now })
        .returning({ id: users.id })
        .get().id;
    const adminId = person('orlova', 'Орлова Нина Павловна', 'admin');
    operatorId = person('ivanova.m', 'Иванова Мария Петровна', 'operator');
    admin = core.ctx.sessions.create(adminId, now);
    operator = core.ctx.sessions.create(operatorId, now);

    // An SMS batch a claims clerk made and exported yesterday: the operator must not send it.
    batchId = core.ctx.db
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
  });

  afterAll(async () => {
    await host?.close();
    await core?.close();
  });

  it('the operator is signed in on this host: what every user may read works for her', async () => {
    const rules = await ok<{ book: { version: string } }>('rules.get', {}, operator);
    expect(rules.book.version).toEqual(expect.any(String));
    expect(snapshot()).toMatchObject({ moratoria: 0, operatorRole: 'operator', batchStatus: 'exported' });
  });

  it('a moratorium for 01.01.2020–31.12.2026, herself an administrator, new rules, an SMS batch: 403 each, nothing changed', async () => {
    const before = snapshot();
    const book = await stricterBook(operator);
    const attempts: Array<[string, unknown]> = [
      ['legalTables.addMoratorium', MORATORIUM],
      [
        'users.save',
        {
          user: {
            id: operatorId,
            login: 'ivanova.m',
            fullName: 'Иванова Мария Петровна',
            role: 'admin',
            dailyQuota: 150,
            active: true,
          },
        },
      ],
      ['rules.save', { book, note: 'Звонки реже' }],
      ['sms.sendBatch', { batchId }],
    ];
    for (const [method, input] of attempts) {
      const reply = await post(method, input, operator);
      expect({ method, status: reply.status, code: reply.body.error?.code }).toEqual({
        method,
        status: 403,
        code: 'AUTH.PERMISSION_DENIED',
      });
      expect(reply.body.error?.message, method).toMatch(/^Недостаточно прав: /);
      expect(reply.body.error?.message, method).toContain('Иванова Мария Петровна — оператор');
    }
    expect(snapshot()).toEqual(before);
    expect(before).toMatchObject({ moratoria: 0, operatorRole: 'operator', batchStatus: 'exported' });
  });

  it('an identity sent in the input is refused as input, not believed', async () => {
    const reply = await post('legalTables.addMoratorium', { ...MORATORIUM, actingUserId: 1 }, operator);
    expect([reply.status, reply.body.error?.code]).toEqual([403, 'AUTH.PERMISSION_DENIED']);
    const asAdmin = await post('legalTables.addMoratorium', { ...MORATORIUM, actingUserId: operatorId }, admin);
    expect([asAdmin.status, asAdmin.body.error?.code]).toEqual([400, 'VALIDATION']);
    expect(snapshot().moratoria).toBe(0);
  });

  it('the token without a session is not enough (401); a forged session cookie neither', async () => {
    const anonymous = await post('legalTables.addMoratorium', MORATORIUM, null);
    expect([anonymous.status, anonymous.body.error?.code]).toEqual([401, 'AUTH.SIGN_IN_REQUIRED']);
    const forged = await post('legalTables.addMoratorium', MORATORIUM, 'x'.repeat(43));
    expect([forged.status, forged.body.error?.code]).toEqual([401, 'AUTH.SIGN_IN_REQUIRED']);
    expect(snapshot().moratoria).toBe(0);
  });

  it('the administrator on the same host may do the same calls: the refusals were about the role', async () => {
    const before = snapshot();
    const book = await stricterBook(admin);
    await ok('legalTables.addMoratorium', MORATORIUM, admin);
    await ok('rules.save', { book, note: 'Звонки реже' }, admin);
    await ok(
      'users.save',
      {
        user: {
          id: operatorId,
          login: 'ivanova.m',
          fullName: 'Иванова Мария Петровна',
          role: 'admin',
          dailyQuota: 150,
          active: true,
        },
      },
      admin,
    );
    expect(snapshot()).toEqual({
      moratoria: 1,
      operatorRole: 'admin',
      ruleBookVersions: (before.ruleBookVersions ?? 0) + 1,
      batchStatus: 'exported',
    });
  });
});
