/**
 * The browser host over raw HTTP: the per-run token still guards the port, the session lives in an HttpOnly
 * cookie the core sets at sign-in and removes at sign-out, a call or an upload without it is 401, and an
 * operator's valid cookie cannot add a moratorium (403 «Недостаточно прав»).
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { saveUpload } from '../../electron/core/billing/upload-store';
import { startBrowserHost, type BrowserHost } from '../../electron/server/http-host';
import { makeTempDir } from '../support/temp-dir';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

interface Reply {
  status: number;
  setCookie: string[];
  body: { ok: boolean; value?: unknown; error?: { code: string; message: string } };
}

let core: Core;
let host: BrowserHost;
let dataDir: string;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-auth-http-'));
  core = openCore({ dataDir, host: 'browser', migrationsFolder: SOURCE_MIGRATIONS_FOLDER });
  host = await startBrowserHost({
    dispatch: core.dispatch,
    identify: core.identify,
    upload: (name, body) => saveUpload(dataDir, name, body),
    rendererDir: makeTempDir(),
    logger: core.ctx.logger,
    port: 0,
  });
});

afterAll(async () => {
  await host.close();
  await core.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function post(pathName: string, body: string | Buffer, headers: Record<string, string>): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: 'POST',
        path: pathName,
        headers: { host: `127.0.0.1:${host.port}`, ...headers },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            setCookie: res.headers['set-cookie'] ?? [],
            body: JSON.parse(text) as Reply['body'],
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const api = (method: string, input: unknown, cookie?: string, token: string | null = host.token) =>
  post(`/api/${method}`, JSON.stringify(input), {
    'content-type': 'application/json',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
    ...(cookie ? { cookie } : {}),
  });

/** `zhku_session=<token>` from a Set-Cookie header. */
const cookieOf = (reply: Reply): string => {
  const header = reply.setCookie.find((c) => c.startsWith('zhku_session='));
  if (!header) throw new Error('no session cookie');
  return header.split(';')[0] as string;
};

describe('browser host sessions', () => {
  let adminCookie: string;
  let operatorCookie: string;

  it('sets an HttpOnly, SameSite=Strict session cookie when the administrator is created; the body has no token', async () => {
    const reply = await api('auth.setupAdmin', {
      login: 'admin',
      fullName: 'Орлова Татьяна Ивановна',
      password: 'Admin-pass-1',
    });
    expect(reply.status).toBe(200);
    expect(reply.setCookie).toHaveLength(1);
    expect(reply.setCookie[0]).toMatch(/^zhku_session=[A-Za-z0-9_-]{40,}; HttpOnly; SameSite=Strict; Path=\/$/);
    adminCookie = cookieOf(reply);
    expect(JSON.stringify(reply.body)).not.toContain(adminCookie.split('=')[1]);
    const status = await api('auth.status', {}, adminCookie);
    expect(status.body.value).toMatchObject({ needsSetup: false, user: { login: 'admin' } });
    // A call that does not change the session sends no cookie.
    expect(status.setCookie).toEqual([]);
  });

  it('refuses a call without the cookie with 401, and a cookie without the port token with 401', async () => {
    const noCookie = await api('users.list', {});
    expect(noCookie.status).toBe(401);
    expect(noCookie.body.error).toEqual({ code: 'AUTH.SIGN_IN_REQUIRED', message: 'Войдите в программу.' });
    const forged = await api('users.list', {}, 'zhku_session=made-up-token');
    expect(forged.status).toBe(401);
    // The browser is told to forget a cookie the core does not know.
    expect(forged.setCookie[0]).toMatch(/^zhku_session=; HttpOnly; SameSite=Strict; Path=\/; Max-Age=0$/);
    const noToken = await api('users.list', {}, adminCookie, null);
    expect(noToken.status).toBe(401);
    expect(noToken.body.error?.code).toBe('API.UNAUTHORIZED');
    expect((await api('users.list', {}, adminCookie)).status).toBe(200);
  });

  it('answers a wrong password with 401', async () => {
    const wrong = await api('auth.signIn', { login: 'admin', password: 'wrong' });
    expect(wrong.status).toBe(401);
    expect(wrong.setCookie).toEqual([]);
    expect(wrong.body.error).toEqual({ code: 'AUTH.BAD_CREDENTIALS', message: 'Неверный логин или пароль.' });
  });

  it('an operator signed in by cookie cannot add a moratorium: 403 «Недостаточно прав», nothing added', async () => {
    const created = await api(
      'users.save',
      {
        user: {
          id: null,
          login: 'ivanova',
          fullName: 'Иванова Мария Петровна',
          role: 'operator',
          dailyQuota: 150,
          active: true,
          password: 'Temp-pass-1',
        },
      },
      adminCookie,
    );
    expect(created.status).toBe(200);
    const signIn = await api('auth.signIn', { login: 'ivanova', password: 'Temp-pass-1' });
    expect(signIn.status).toBe(200);
    operatorCookie = cookieOf(signIn);
    expect(
      (await api('auth.changePassword', { currentPassword: 'Temp-pass-1', newPassword: 'Own-pass-22' }, operatorCookie))
        .status,
    ).toBe(200);

    const before = core.ctx.sqlite.prepare('SELECT count(*) AS n FROM legal_table_rows').get();
    const refused = await api(
      'legalTables.addMoratorium',
      {
        validFrom: '2020-01-01',
        validTo: '2026-12-31',
        periodsBefore: null,
        source: 'постановление Правительства РФ от 01.01.2020 № 1',
      },
      operatorCookie,
    );
    expect(refused.status).toBe(403);
    expect(refused.body.error?.code).toBe('AUTH.PERMISSION_DENIED');
    expect(refused.body.error?.message).toMatch(/^Недостаточно прав: .*Иванова Мария Петровна — оператор/);
    expect(core.ctx.sqlite.prepare('SELECT count(*) AS n FROM legal_table_rows').get()).toEqual(before);
    // Nor make herself administrator.
    const selfPromotion = await api(
      'users.save',
      {
        user: {
          id: 2,
          login: 'ivanova',
          fullName: 'Иванова Мария Петровна',
          role: 'admin',
          dailyQuota: 0,
          active: true,
        },
      },
      operatorCookie,
    );
    expect(selfPromotion.status).toBe(403);
  });

  it('takes an upload only with a signed-in session', async () => {
    const upload = (cookie?: string) =>
      post('/upload', Buffer.from('a;b\r\n1;2\r\n'), {
        authorization: `Bearer ${host.token}`,
        'content-type': 'application/octet-stream',
        'x-file-name': 'file.csv',
        ...(cookie ? { cookie } : {}),
      });
    const anonymous = await upload();
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error?.code).toBe('AUTH.SIGN_IN_REQUIRED');
    const signedIn = await upload(adminCookie);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.ok).toBe(true);
  });

  it('signs out: the cookie is removed and the old value no longer works', async () => {
    const out = await api('auth.signOut', {}, operatorCookie);
    expect(out.status).toBe(200);
    expect(out.setCookie).toEqual(['zhku_session=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0']);
    expect((await api('jobs.list', {}, operatorCookie)).status).toBe(401);
  });
});
