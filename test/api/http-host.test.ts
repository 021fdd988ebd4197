/**
 * The browser host over real HTTP: token and Host/Origin checks, the envelope, static files. The last test
 * starts it exactly as documented (`npm run serve -- --data-dir DIR --port 0`).
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { startBrowserHost, type BrowserHost } from '../../electron/server/http-host';
import { makeTempDir } from '../support/temp-dir';
import { spawnServe } from '../support/spawn-serve';
import { sessionOf } from '../support/api-calls';
import fsp from 'node:fs/promises';
import os from 'node:os';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** Raw request, so tests can send any Host/Origin header (fetch forbids setting Host). */
function request(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: options.method ?? 'POST', path: options.path, headers: options.headers ?? {} },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

describe('browser host', () => {
  let core: Core;
  let host: BrowserHost;
  let dataDir: string;
  let rendererDir: string;

  beforeAll(async () => {
    dataDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'zhku-http-'));
    rendererDir = path.join(dataDir, 'renderer');
    fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>АРМ</title>');
    fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    core = openCore({ dataDir, host: 'browser', migrationsFolder: SOURCE_MIGRATIONS_FOLDER });
    host = await startBrowserHost({
      dispatch: core.dispatch,
      identify: core.identify,
      rendererDir,
      logger: core.ctx.logger,
      port: 0,
    });
  });

  const adminCookie = () => {
    const session = sessionOf(core, 'test.admin', 'admin');
    return `zhku_session=${session.kind === 'session' ? session.token : ''}`;
  };

  afterAll(async () => {
    await host.close();
    await core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** Signed in as the administrator: the port's token and the session cookie (test/auth/ covers their absence). */
  const api = (method: string, body: unknown, headers: Record<string, string> = {}) =>
    request(host.port, {
      path: `/api/${method}`,
      headers: {
        host: `127.0.0.1:${host.port}`,
        'content-type': 'application/json',
        authorization: `Bearer ${host.token}`,
        cookie: adminCookie(),
        ...headers,
      },
      body: JSON.stringify(body),
    });

  it('listens on loopback and prints a URL with the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('refuses an API call without the token or with a wrong one (401)', async () => {
    const missing = await request(host.port, {
      path: '/api/app.info',
      headers: { host: `127.0.0.1:${host.port}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(missing.status).toBe(401);
    expect(JSON.parse(missing.body)).toMatchObject({ ok: false, error: { code: 'API.UNAUTHORIZED' } });
    const wrong = await api('app.info', {}, { authorization: 'Bearer not-the-token' });
    expect(wrong.status).toBe(401);
    // The token is checked before anything else: an unknown method without it is still 401.
    const unknown = await request(host.port, { path: '/api/whatever', headers: { host: `127.0.0.1:${host.port}` } });
    expect(unknown.status).toBe(401);
  });

  it('refuses a foreign Host or Origin even with the token (403)', async () => {
    expect((await api('app.info', {}, { host: `evil.example:${host.port}` })).status).toBe(403);
    expect((await api('app.info', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('app.info', {}, { origin: 'null' })).status).toBe(403);
    expect((await api('app.info', {}, { origin: `http://localhost:${host.port}` })).status).toBe(200);
  });

  it('answers with the token: the envelope with the database facts', async () => {
    const reply = await api('app.info', {});
    expect(reply.status).toBe(200);
    const body = JSON.parse(reply.body) as {
      ok: boolean;
      value: { databasePath: string; schemaVersion: number; host: string };
    };
    expect(body.ok).toBe(true);
    expect(body.value.databasePath).toBe(path.join(dataDir, 'zhku.sqlite'));
    expect(body.value.schemaVersion).toBeGreaterThanOrEqual(1);
    expect(body.value.host).toBe('browser');
  });

  it('returns a validation error as an error envelope (400), never a stack', async () => {
    const reply = await api('settings.update', {
      organisationName: '',
      districtName: 'ГО Красногорск',
      responsiblePerson: '',
    });
    expect(reply.status).toBe(400);
    const body = JSON.parse(reply.body) as { ok: boolean; error: { code: string; message: string } };
    expect(body).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(body.error.message).toContain('Укажите наименование организации.');
    expect(reply.body).not.toMatch(/at .*\.ts:\d+/);
  });

  it('answers 404 for an unknown method, 400 for broken JSON, 415 for a non-JSON body, 405 for GET', async () => {
    expect((await api('no.such', {})).status).toBe(404);
    const broken = await request(host.port, {
      path: '/api/app.info',
      headers: {
        host: `127.0.0.1:${host.port}`,
        authorization: `Bearer ${host.token}`,
        'content-type': 'application/json',
      },
      body: '{oops',
    });
    expect(broken.status).toBe(400);
    const form = await request(host.port, {
      path: '/api/app.info',
      headers: {
        host: `127.0.0.1:${host.port}`,
        authorization: `Bearer ${host.token}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'a=1',
    });
    expect(form.status).toBe(415);
    const get = await request(host.port, {
      method: 'GET',
      path: '/api/app.info',
      headers: { host: `127.0.0.1:${host.port}`, authorization: `Bearer ${host.token}` },
    });
    expect(get.status).toBe(405);
  });

  it('serves the renderer with a CSP, falls back to index.html, and never leaves its folder', async () => {
    const page = await request(host.port, { method: 'GET', path: '/', headers: { host: `127.0.0.1:${host.port}` } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>АРМ</title>');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    const asset = await request(host.port, {
      method: 'GET',
      path: '/assets/app.js',
      headers: { host: `127.0.0.1:${host.port}` },
    });
    expect(asset.headers['content-type']).toContain('text/javascript');
    const escape = await request(host.port, {
      method: 'GET',
      path: '/..%2f..%2fzhku.sqlite',
      headers: { host: `127.0.0.1:${host.port}` },
    });
    expect(escape.body).not.toContain('SQLite format');
  });
});

describe('npm run serve', () => {
  it('prints the full URL with the token as the first line of stdout and guards the API', async () => {
    const served = await spawnServe(makeTempDir());
    try {
      expect(served.firstLine).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32,}$/);
      const page = await fetch(served.url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
      const refused = await fetch(`${served.origin}/api/app.info`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(refused.status).toBe(401);
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${served.token}` };
      // With the token but nobody signed in: the first start asks for the administrator.
      const status = await fetch(`${served.origin}/api/auth.status`, { method: 'POST', headers, body: '{}' });
      expect(status.status).toBe(200);
      expect(((await status.json()) as { value: { needsSetup: boolean } }).value.needsSetup).toBe(true);
      expect((await fetch(`${served.origin}/api/app.info`, { method: 'POST', headers, body: '{}' })).status).toBe(401);
      const setup = await fetch(`${served.origin}/api/auth.setupAdmin`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ login: 'admin', fullName: 'Орлова Татьяна Ивановна', password: 'Admin-pass-1' }),
      });
      const cookie = (setup.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      expect(cookie).toMatch(/^zhku_session=./);
      const accepted = await fetch(`${served.origin}/api/app.info`, {
        method: 'POST',
        headers: { ...headers, cookie },
        body: '{}',
      });
      expect(accepted.status).toBe(200);
    } finally {
      await served.stop();
    }
  });
});
