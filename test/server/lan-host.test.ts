/**
 * The office server (`npm run serve -- --lan`) started as documented, on port 0 with a temporary data folder, and
 * reached ONLY at https://127.0.0.1 with its certificate pinned by fingerprint: the certificate generated once and
 * reused, the CSRF double submit, the Host/Origin checks, sign-in required, the Secure session cookie, the
 * office's own certificate. The loopback host without --lan is covered unchanged by test/api/http-host.test.ts.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from 'selfsigned';
import { spawnServe, type ServedApp } from '../support/spawn-serve';
import { cookiesSet, httpsLoopback, type HttpsCall } from '../support/https-loopback';
import { makeTempDir } from '../support/temp-dir';

const CSRF_REFUSAL =
  'Запрос отклонён: нет защитного ключа страницы (CSRF). Обновите страницу (F5) и повторите действие — ничего не изменено.';

function portOf(served: ServedApp): number {
  return Number(new URL(served.firstLine).port);
}

/** The fingerprint the server printed for colleagues (stdout, after the first line). */
async function printedFingerprint(served: ServedApp): Promise<string> {
  const printed = /Отпечаток сертификата \(SHA-256\): ([0-9A-F:]{95})/;
  for (let i = 0; i < 100 && !printed.test(served.stdout()); i++) await new Promise((r) => setTimeout(r, 50));
  return printed.exec(served.stdout())?.[1] ?? '';
}

describe('office server on the LAN (HTTPS on loopback in tests)', () => {
  let dataDir: string;
  let served: ServedApp;
  let port: number;
  let fingerprint: string;
  let csrf: string;

  const call = (c: HttpsCall) => httpsLoopback(port, c, fingerprint);
  const api = (method: string, body: unknown, headers: Record<string, string> = {}) =>
    call({
      path: `/api/${method}`,
      headers: { 'content-type': 'application/json', cookie: `zhku_csrf=${csrf}`, 'x-csrf-token': csrf, ...headers },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-lan-'));
    served = await spawnServe(dataDir, ['--lan']);
    port = portOf(served);
    fingerprint = await printedFingerprint(served);
    const page = await call({ method: 'GET', path: '/' });
    csrf = cookiesSet(page).get('zhku_csrf')?.value ?? '';
  }, 240_000);

  afterAll(async () => {
    await served.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints its own https loopback address first, then the fingerprint of the certificate it generated', () => {
    expect(served.firstLine).toBe(`https://127.0.0.1:${port}/`);
    expect(served.token).toBe('');
    const certFile = path.join(dataDir, 'tls', 'cert.pem');
    expect(new crypto.X509Certificate(fs.readFileSync(certFile)).fingerprint256).toBe(fingerprint);
    expect(fs.statSync(path.join(dataDir, 'tls', 'key.pem')).mode & 0o777).toBe(0o600);
  });

  it('hands the page a CSRF cookie the page can read, Secure and SameSite=Strict', async () => {
    const page = await call({ method: 'GET', path: '/' });
    const cookie = cookiesSet(page).get('zhku_csrf');
    expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(cookie?.attributes).toBe('SameSite=Strict; Secure; Path=/');
    // A browser that has it already keeps it.
    const again = await call({ method: 'GET', path: '/', headers: { cookie: `zhku_csrf=${csrf}` } });
    expect(cookiesSet(again).has('zhku_csrf')).toBe(false);
  });

  it('refuses a POST without the CSRF header or with another value (403, in Russian)', async () => {
    const without = await call({
      path: '/api/auth.status',
      headers: { 'content-type': 'application/json', cookie: `zhku_csrf=${csrf}` },
      body: '{}',
    });
    expect(without.status).toBe(403);
    expect(JSON.parse(without.body)).toEqual({ ok: false, error: { code: 'API.FORBIDDEN', message: CSRF_REFUSAL } });
    const other = await api('auth.status', {}, { 'x-csrf-token': 'A'.repeat(32) });
    expect(other.status).toBe(403);
    const noCookie = await call({
      path: '/api/auth.status',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
      body: '{}',
    });
    expect(noCookie.status).toBe(403);
    const upload = await call({
      path: '/upload',
      headers: { 'content-type': 'application/octet-stream', cookie: `zhku_csrf=${csrf}`, 'x-file-name': 'a.csv' },
      body: 'a;b',
    });
    expect(upload.status).toBe(403);
  });

  it('passes with the cookie and the same header; no per-run token is needed', async () => {
    const reply = await api('auth.status', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { needsSetup: true, user: null } });
  });

  it('refuses a foreign Origin, an http origin and a Host of another name (403)', async () => {
    expect((await api('auth.status', {}, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await api('auth.status', {}, { origin: `http://127.0.0.1:${port}` })).status).toBe(403);
    expect((await api('auth.status', {}, { host: `evil.example:${port}` })).status).toBe(403);
    expect((await api('auth.status', {}, { host: `127.0.0.1:${port + 1}` })).status).toBe(403);
    expect((await api('auth.status', {}, { origin: `https://127.0.0.1:${port}` })).status).toBe(200);
    expect(
      (await api('auth.status', {}, { origin: `https://localhost:${port}`, host: `localhost:${port}` })).status,
    ).toBe(200);
  });

  it('requires sign-in for everything but auth.* (401); the session cookie is Secure', async () => {
    const signedOut = await api('app.info', {});
    expect(signedOut.status).toBe(401);
    expect(JSON.parse(signedOut.body)).toMatchObject({ ok: false, error: { code: 'AUTH.SIGN_IN_REQUIRED' } });

    // The first administrator is created on the server PC itself (this request comes from 127.0.0.1).
    const setup = await api('auth.setupAdmin', {
      login: 'admin',
      fullName: 'Орлова Татьяна Ивановна',
      password: 'Admin-pass-1',
    });
    expect(setup.status).toBe(200);
    const session = cookiesSet(setup).get('zhku_session');
    expect(session?.attributes).toBe('HttpOnly; SameSite=Strict; Secure; Path=/');
    const cookie = `zhku_csrf=${csrf}; zhku_session=${session?.value ?? ''}`;

    const info = await api('app.info', {}, { cookie });
    expect(info.status).toBe(200);
    const lan = await api('lan.get', {}, { cookie });
    expect(JSON.parse(lan.body)).toMatchObject({
      ok: true,
      value: { enabled: false, fingerprint, running: { port, fingerprint, certificate: 'generated' } },
    });
    // Signed in, yet without the CSRF header: still refused.
    expect((await api('app.info', {}, { cookie, 'x-csrf-token': '' })).status).toBe(403);
  });

  it('reuses the generated certificate at the next start (same fingerprint)', async () => {
    await served.stop();
    served = await spawnServe(dataDir, ['--lan']);
    port = portOf(served);
    expect(await printedFingerprint(served)).toBe(fingerprint);
    const reply = await call({ method: 'GET', path: '/' });
    expect(reply.fingerprint).toBe(fingerprint);
  }, 120_000);

  it("serves the office's own certificate given with --cert/--key", async () => {
    const own = await generate([{ name: 'commonName', value: 'server.office.local' }], {
      keyType: 'ec',
      algorithm: 'sha256',
    });
    const certFile = path.join(dataDir, 'office-cert.pem');
    const keyFile = path.join(dataDir, 'office-key.pem');
    fs.writeFileSync(certFile, own.cert);
    fs.writeFileSync(keyFile, own.private);
    const ownFingerprint = new crypto.X509Certificate(own.cert).fingerprint256;
    const second = await spawnServe(makeTempDir('zhku-lan-own-'), ['--lan', '--cert', certFile, '--key', keyFile]);
    try {
      expect(await printedFingerprint(second)).toBe(ownFingerprint);
      const reply = await httpsLoopback(portOf(second), { method: 'GET', path: '/' }, ownFingerprint);
      expect(reply.status).toBe(200);
    } finally {
      await second.stop();
    }
  }, 120_000);
});
