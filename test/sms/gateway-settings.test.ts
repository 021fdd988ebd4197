/**
 * The SMS gateway's settings at rest: only an `https:` address is saved (plain http for a gateway on this computer
 * only; no file:, ftp:, data:, no login in the address), the key is sealed with the host's secret box when there is
 * one — the stored value is not the key — and never comes back to the page; an older plain key still works and is
 * sealed on the next save; a key sealed elsewhere is refused with a Russian message. The real key reaching the
 * gateway is checked in ./http-gateway.test.ts with the same kind of fake box.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import type { SecretBox } from '../../electron/core/secret-box';
import { gatewayConfigForSending } from '../../electron/core/sms/gateway-settings';
import type { SmsGatewayStatus } from '../../shared/api/contract-work';
import { callCore, callCoreError } from '../support/api-calls';
import { makeTempDir } from '../support/temp-dir';
import { FAKE_BOX } from '../support/fake-secret-box';

const TOKEN = 'secret-key-4242';
let core: Core | null = null;

function open(secrets?: SecretBox): Core {
  core = openCore({
    dataDir: makeTempDir('zhku-sms-gw-'),
    host: 'browser',
    migrationsFolder: SOURCE_MIGRATIONS_FOLDER,
    ...(secrets ? { secrets } : {}),
  });
  return core;
}

function storedJson(c: Core): string {
  return (
    c.ctx.sqlite.prepare(`SELECT value_json AS v FROM app_settings WHERE key = 'sms.gateway'`).get() as { v: string }
  ).v;
}

afterEach(async () => {
  await core?.close();
  core = null;
});

describe('SMS gateway address', () => {
  it('refuses anything but https (http only for this computer) and logins in the address, saving nothing', async () => {
    const c = open();
    const refused: Array<[string, RegExp]> = [
      ['file:///etc/passwd', /должен начинаться с https:\/\/, «file:» не подходит\. Шлюз не сохранён\.$/],
      ['ftp://sms.example.ru/send', /«ftp:» не подходит/],
      ['data:text/plain,hello', /«data:» не подходит/],
      ['javascript:alert(1)', /«javascript:» не подходит/],
      ['http://sms.example.ru/send', /открытым текстом.*Шлюз не сохранён\.$/],
      ['http://10.0.0.5/send', /открытым текстом/],
      ['http://127.0.0.2/send', /открытым текстом/],
      ['https://user:pass@sms.example.ru/send', /Не указывайте логин и пароль в адресе шлюза/],
      ['https://user@sms.example.ru/send', /Не указывайте логин и пароль/],
      ['sms.example.ru/send', /полный URL/],
    ];
    for (const [url, message] of refused) {
      const error = await callCoreError(c, 'sms.gateway.set', { url, token: TOKEN });
      expect(error.code, url).toBe('VALIDATION');
      expect(error.message, url).toMatch(message);
    }
    expect((await callCore<SmsGatewayStatus>(c, 'sms.gateway.get', {})).configured).toBe(false);

    for (const url of [
      'https://sms.example.ru/api/send',
      'http://127.0.0.1:8080/send',
      'http://[::1]:8080/send',
      'http://localhost/send',
    ]) {
      const saved = await callCore<SmsGatewayStatus>(c, 'sms.gateway.set', { url, token: TOKEN });
      expect(saved.url, url).toBe(url);
    }
  });

  it('refuses to send through an address saved before the https rule', async () => {
    const c = open();
    c.ctx.sqlite
      .prepare(`INSERT INTO app_settings (key, value_json, updated_at_ms) VALUES ('sms.gateway', ?, 0)`)
      .run(JSON.stringify({ url: 'file:///tmp/x', token: TOKEN }));
    expect(() => gatewayConfigForSending(c.ctx.sqlite, undefined)).toThrow(
      /«file:» не подходит\. Сохраните адрес шлюза заново\. Ничего не отправлено\./,
    );
  });
});

describe('SMS gateway key at rest', () => {
  it('is sealed with the secret box: the stored value is not the key, the page sees a mask, sending gets the key', async () => {
    const c = open(FAKE_BOX);
    const saved = await callCore<SmsGatewayStatus>(c, 'sms.gateway.set', {
      url: 'https://sms.example.ru/send',
      token: TOKEN,
    });
    expect(saved).toEqual({
      configured: true,
      url: 'https://sms.example.ru/send',
      tokenMask: '••••••••',
      tokenEncrypted: true,
      encryptionAvailable: true,
    });
    const stored = JSON.parse(storedJson(c)) as Record<string, unknown>;
    expect(Object.keys(stored).sort()).toEqual(['tokenSealed', 'url']);
    expect(stored.tokenSealed).toMatch(/^v1:[A-Za-z0-9+/]+=*$/);
    expect(storedJson(c)).not.toContain(TOKEN);
    const got = await callCore<SmsGatewayStatus>(c, 'sms.gateway.get', {});
    expect(JSON.stringify(got)).not.toContain(TOKEN);
    expect(got.tokenMask).toBe('••••••••');
    // The journal keeps neither the key nor its sealed form.
    const journal = c.ctx.sqlite.prepare(`SELECT * FROM actions WHERE kind = 'sms.gateway_updated'`).all();
    expect(journal).toHaveLength(1);
    expect(JSON.stringify(journal)).not.toContain(TOKEN);
    expect(JSON.stringify(journal)).not.toContain(String(stored.tokenSealed).slice(3));
    expect(gatewayConfigForSending(c.ctx.sqlite, FAKE_BOX)).toEqual({
      url: 'https://sms.example.ru/send',
      token: TOKEN,
    });
  });

  it('without a box (browser host, CLI) keeps the key plain with a flag, and the page is told', async () => {
    const c = open();
    const before = await callCore<SmsGatewayStatus>(c, 'sms.gateway.get', {});
    expect(before).toEqual({
      configured: false,
      url: null,
      tokenMask: null,
      tokenEncrypted: false,
      encryptionAvailable: false,
    });
    const saved = await callCore<SmsGatewayStatus>(c, 'sms.gateway.set', {
      url: 'https://sms.example.ru/send',
      token: TOKEN,
    });
    expect(saved.tokenEncrypted).toBe(false);
    expect(saved.tokenMask).toBe('••••••••');
    expect(JSON.parse(storedJson(c))).toEqual({ url: 'https://sms.example.ru/send', token: TOKEN, tokenPlain: true });
    expect(JSON.stringify(await callCore<SmsGatewayStatus>(c, 'sms.gateway.get', {}))).not.toContain(TOKEN);
  });

  it('reads an older plain setting, seals it on the next save, and refuses a key it cannot open', async () => {
    const c = open(FAKE_BOX);
    c.ctx.sqlite
      .prepare(`INSERT INTO app_settings (key, value_json, updated_at_ms) VALUES ('sms.gateway', ?, 0)`)
      .run(JSON.stringify({ url: 'https://sms.example.ru/send', token: 'old-key' }));
    const old = await callCore<SmsGatewayStatus>(c, 'sms.gateway.get', {});
    expect(old).toMatchObject({
      configured: true,
      tokenEncrypted: false,
      tokenMask: '••••••••',
      encryptionAvailable: true,
    });
    expect(gatewayConfigForSending(c.ctx.sqlite, FAKE_BOX)?.token).toBe('old-key');

    await callCore(c, 'sms.gateway.set', { url: 'https://sms.example.ru/send', token: 'old-key' });
    expect(storedJson(c)).not.toContain('old-key');
    expect(gatewayConfigForSending(c.ctx.sqlite, FAKE_BOX)?.token).toBe('old-key');

    // The same database opened by a host without the box (the browser host) or on another computer.
    expect(() => gatewayConfigForSending(c.ctx.sqlite, undefined)).toThrow(
      /зашифрован средствами приложения для Windows.*Ничего не отправлено\./,
    );
    const otherPc: SecretBox = {
      ...FAKE_BOX,
      decrypt: () => {
        throw new Error('DPAPI');
      },
    };
    expect(() => gatewayConfigForSending(c.ctx.sqlite, otherPc)).toThrow(
      /на другом компьютере или другим пользователем Windows/,
    );
  });
});
