/**
 * Sending a batch through an HTTP SMS gateway, tested against a fake gateway on loopback: transient failures
 * (503, a dropped connection) are retried, a message the gateway keeps refusing is reported and stays prepared,
 * only accepted messages become contacts and journal entries, and the rest can still be exported. The key is
 * stored sealed (a fake secret box) and the gateway receives the real one.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SmsBatchView } from '../../shared/api/contract-work';
import { sendBatchOverHttp } from '../../electron/core/sms/http-gateway';
import { setGatewayConfig } from '../../electron/core/sms/gateway-settings';
import { call, openDemoCore, type DemoCore } from '../calls/demo-district';
import { sessionFor } from '../support/api-calls';
import { FAKE_BOX } from '../support/fake-secret-box';

describe('HTTP SMS gateway', () => {
  let demo: DemoCore;
  let server: http.Server;
  let url: string;
  const received: Array<{ phone: string; text: string; auth: string | undefined }> = [];
  const attempts = new Map<string, number>();
  let flaky = '';
  let broken = '';

  beforeAll(async () => {
    demo = await openDemoCore(600);
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        const msg = JSON.parse(body) as { phone: string; text: string };
        const n = (attempts.get(msg.phone) ?? 0) + 1;
        attempts.set(msg.phone, n);
        if (msg.phone === flaky && n === 1) {
          res.writeHead(503).end();
          return;
        }
        if (msg.phone === flaky && n === 2) {
          req.socket.destroy();
          return;
        }
        if (msg.phone === broken) {
          res.writeHead(500).end();
          return;
        }
        received.push({ ...msg, auth: req.headers.authorization });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"accepted"}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/send`;
  }, 240_000);

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await demo?.close();
  });

  it('retries transient failures, reports the refused message and journals only what was accepted', async () => {
    const sqlite = demo.core.ctx.sqlite;
    const batch = await call<SmsBatchView>(demo.core, 'sms.createBatch', {
      template: 'Долг {сумма} руб. по л/с {счёт}.',
      limit: 5,
    });
    const phones = (
      sqlite.prepare('SELECT phone FROM sms_messages WHERE batch_id = ? ORDER BY id').all(batch.id) as Array<{
        phone: string;
      }>
    ).map((p) => p.phone);
    [flaky, broken] = [phones[0] as string, phones[1] as string];
    expect(
      (await demo.core.dispatch('sms.sendBatch', { batchId: batch.id }, sessionFor(demo.core, 'sms.sendBatch'))).ok,
    ).toBe(false); // not configured yet
    // The key is sealed at rest (a fake of Electron's safeStorage); the gateway still receives the real key.
    setGatewayConfig(sqlite, { url, token: 'key-42' }, { userId: null, name: 'тест' }, demo.clock.now, FAKE_BOX);
    const stored = sqlite.prepare(`SELECT value_json AS v FROM app_settings WHERE key = 'sms.gateway'`).get() as {
      v: string;
    };
    expect(stored.v).not.toContain('key-42');

    const result = await sendBatchOverHttp(sqlite, batch.id, { userId: null, name: 'тест' }, demo.clock.now, {
      retries: 2,
      backoffMs: 5,
      secrets: FAKE_BOX,
    });
    expect(result.sent).toBe(batch.recipients - 1);
    expect(result.failed).toEqual([{ phone: broken, reason: 'шлюз ответил 500' }]);
    expect(attempts.get(flaky)).toBe(3);
    expect(attempts.get(broken)).toBe(3);
    expect(received.every((r) => r.auth === 'Bearer key-42')).toBe(true);
    expect(received.find((r) => r.phone === flaky)?.text).toMatch(/^Долг [\d ]+(,\d\d)? руб\. по л\/с \d{10}\.$/);

    const journaled = sqlite.prepare(`SELECT count(*) AS n FROM actions WHERE kind = 'sms.sent'`).get() as {
      n: number;
    };
    expect(journaled.n).toBe(batch.recipients - 1);
    const contacts = sqlite.prepare(`SELECT count(*) AS n FROM contacts WHERE channel = 'sms'`).get() as { n: number };
    expect(contacts.n).toBe(batch.recipients - 1);
    const left = sqlite
      .prepare(`SELECT phone FROM sms_messages WHERE batch_id = ? AND status = 'prepared'`)
      .all(batch.id);
    expect(left).toEqual([{ phone: broken }]);

    // The one left can still go out as a file; the batch is then complete.
    const file = await call<{ rows: number }>(demo.core, 'sms.exportBatch', { batchId: batch.id });
    expect(file.rows).toBe(1);
  });
});
