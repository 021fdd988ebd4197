/**
 * The office server's setting through the core's API (lan.get / lan.save, administrator only): defaults, the
 * journal's before/after, the office's own certificate checked against its key before it is stored, and the
 * running state the desktop application's screen shows.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generate } from 'selfsigned';
import { openAuthCore, type AuthCore } from '../auth/auth-core';
import type { Connection } from '../../electron/core/auth/actor';
import type { LanView } from '../../shared/api/contract-lan';
import { markLanRunning } from '../../electron/core/lan/lan-status';
import { readLanSettings } from '../../electron/core/lan/lan-settings';

describe('lan.get / lan.save', () => {
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
    markLanRunning(t.core.ctx.dataDir, null);
    await t.core.close();
  });

  it('starts switched off on port 5443, with no certificate until the first start', async () => {
    const view = await t.value<LanView>(admin, 'lan.get');
    expect(view).toMatchObject({
      enabled: false,
      port: 5443,
      bindAddress: '0.0.0.0',
      certFile: null,
      keyFile: null,
      fingerprint: null,
      running: null,
    });
    for (const url of view.urls) expect(url).toMatch(/^https:\/\/\d+\.\d+\.\d+\.\d+:5443\/$/);
  });

  it('saves the switch and the port, journaled with before and after', async () => {
    const view = await t.value<LanView>(admin, 'lan.save', { enabled: true, port: 8443 });
    expect(view).toMatchObject({ enabled: true, port: 8443, bindAddress: '0.0.0.0' });
    expect(readLanSettings(t.core.ctx.sqlite)).toEqual({
      enabled: true,
      port: 8443,
      bindAddress: '0.0.0.0',
      certFile: null,
      keyFile: null,
    });
    const [entry] = t.journal('lan.settings');
    expect(entry?.summary).toBe('Сервер офиса в локальной сети включён: порт 8443');
    expect(entry?.user_name).toBe('Орлова Татьяна Ивановна');
    expect(JSON.parse(entry?.before_json ?? 'null')).toMatchObject({ enabled: false, port: 5443 });
    expect(JSON.parse(entry?.after_json ?? 'null')).toMatchObject({ enabled: true, port: 8443 });
  });

  it('refuses a port below 1024, a lone certificate, and a key that does not match it — nothing stored', async () => {
    expect((await t.error(admin, 'lan.save', { enabled: true, port: 80 })).message).toContain(
      'Порт: от 1024 до 65535.',
    );
    const dir = t.core.ctx.dataDir;
    const one = await generate([{ name: 'commonName', value: 'one' }], { keyType: 'ec', algorithm: 'sha256' });
    const two = await generate([{ name: 'commonName', value: 'two' }], { keyType: 'ec', algorithm: 'sha256' });
    fs.writeFileSync(path.join(dir, 'one.pem'), one.cert);
    fs.writeFileSync(path.join(dir, 'two-key.pem'), two.private);
    const lone = await t.error(admin, 'lan.save', { enabled: true, port: 5443, certFile: path.join(dir, 'one.pem') });
    expect(lone.message).toContain('Укажите и сертификат, и ключ офиса');
    const mismatch = await t.error(admin, 'lan.save', {
      enabled: true,
      port: 5443,
      certFile: path.join(dir, 'one.pem'),
      keyFile: path.join(dir, 'two-key.pem'),
    });
    expect(mismatch.message).toBe(
      `Ключ ${path.join(dir, 'two-key.pem')} не подходит к сертификату ${path.join(dir, 'one.pem')}. Сервер не запущен.`,
    );
    expect(readLanSettings(t.core.ctx.sqlite).enabled).toBe(false);
    expect(t.journal('lan.settings')).toHaveLength(0);
  });

  it("stores the office's own certificate and shows its fingerprint", async () => {
    const dir = t.core.ctx.dataDir;
    const own = await generate([{ name: 'commonName', value: 'office' }], { keyType: 'ec', algorithm: 'sha256' });
    fs.writeFileSync(path.join(dir, 'c.pem'), own.cert);
    fs.writeFileSync(path.join(dir, 'k.pem'), own.private);
    const view = await t.value<LanView>(admin, 'lan.save', {
      enabled: true,
      port: 5443,
      certFile: path.join(dir, 'c.pem'),
      keyFile: path.join(dir, 'k.pem'),
    });
    expect(view.fingerprint).toBe(new crypto.X509Certificate(own.cert).fingerprint256);
  });

  it('says where the server runs in this application', async () => {
    markLanRunning(t.core.ctx.dataDir, {
      port: 5443,
      urls: ['https://192.0.2.7:5443/'],
      fingerprint: 'AB:CD',
      certificate: 'generated',
    });
    expect((await t.value<LanView>(admin, 'lan.get')).running).toEqual({
      port: 5443,
      urls: ['https://192.0.2.7:5443/'],
      fingerprint: 'AB:CD',
      certificate: 'generated',
    });
  });

  // Administrator only: test/auth/method-role-matrix.test.ts walks every role.
});
