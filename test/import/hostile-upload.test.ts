/**
 * Uploads over the size limit: the browser host answers 413 with the Russian message as soon as the headers
 * announce too much (a 2.3 GB Content-Length — no body is sent), and cuts a body that grows past the limit while
 * streaming, deleting the partial file; Electron's bytes are refused by the core the same way; the limit is the
 * administrator's setting `uploadLimits.save`, kept in the journal.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { receiveUpload, saveUpload } from '../../electron/core/billing/upload-store';
import { startBrowserHost, type BrowserHost } from '../../electron/server/http-host';
import type { Actor } from '../../electron/core/auth/actor';
import { makeTempDir } from '../support/temp-dir';
import { sessionFor } from '../support/api-calls';

const TEST_LIMIT = 64 * 1024;
const CLERK: Actor = {
  userId: 1,
  login: 'clerk',
  name: 'Клерк',
  role: 'operator',
  permissions: new Set(),
  mustChangePassword: false,
};

interface Reply {
  status: number;
  body: { ok: boolean; error?: { code: string; message: string } };
}

let dataDir: string;
let host: BrowserHost;

beforeAll(async () => {
  dataDir = makeTempDir();
  host = await startBrowserHost({
    dispatch: () => Promise.reject(new Error('not used')),
    identify: () => ({ actor: CLERK }),
    upload: (name, body, declared) =>
      saveUpload(dataDir, name, body, { maxBytes: TEST_LIMIT, declaredBytes: declared }),
    rendererDir: makeTempDir(),
    logger: { info: () => undefined, warn: () => undefined, error: () => undefined } as never,
    port: 0,
  });
});

afterAll(async () => {
  await host.close();
});

/** Sends the headers, then `body` chunk by chunk unless the answer came first; resolves with the answer. */
function upload(headers: Record<string, string>, body: Buffer[]): Promise<Reply> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: 'POST',
        path: '/upload',
        headers: {
          host: `127.0.0.1:${host.port}`,
          authorization: `Bearer ${host.token}`,
          'content-type': 'application/octet-stream',
          'x-file-name': encodeURIComponent('начисления.csv'),
          ...headers,
        },
      },
      (res) => {
        answered = true;
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          req.destroy();
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as Reply['body'] });
        });
      },
    );
    req.on('error', (error) => (answered ? undefined : reject(error)));
    req.flushHeaders();
    const send = (i: number): void => {
      if (answered) return;
      if (i >= body.length) {
        if (!headers['content-length']) req.end();
        return;
      }
      req.write(body[i], () => setTimeout(() => send(i + 1), 5));
    };
    send(0);
  });
}

const incoming = (): string[] =>
  fs.existsSync(path.join(dataDir, 'incoming')) ? fs.readdirSync(path.join(dataDir, 'incoming')) : [];

describe('upload size limit over HTTP', () => {
  it('answers 413 in Russian to a Content-Length of 2.3 GB before any body is sent', async () => {
    const reply = await upload({ 'content-length': String(2_300_000_000) }, []);
    expect(reply.status).toBe(413);
    expect(reply.body.error).toEqual({
      code: 'UPLOAD.TOO_LARGE',
      message:
        'Файл больше допустимого размера (64 КБ) и не принят; ничего не сохранено. ' +
        'Разделите файл на части или попросите администратора увеличить предел в настройках.',
    });
    expect(incoming()).toEqual([]);
  });

  it('cuts a streamed body (no Content-Length) that grows past the limit and deletes the partial file', async () => {
    const chunks = Array.from({ length: 40 }, () => Buffer.alloc(8 * 1024, 0x41)); // 320 KB in 8 KB chunks
    const reply = await upload({ 'transfer-encoding': 'chunked' }, chunks);
    expect(reply.status).toBe(413);
    expect(reply.body.error?.code).toBe('UPLOAD.TOO_LARGE');
    expect(incoming()).toEqual([]);
  });

  it('takes a body within the limit', async () => {
    const reply = await upload({ 'transfer-encoding': 'chunked' }, [Buffer.from('Лицевой счёт;Период\r\n', 'utf8')]);
    expect(reply.status).toBe(200);
    expect(incoming()).toHaveLength(1);
  });
});

describe('upload size limit in the core', () => {
  let core: Core;
  beforeAll(() => {
    core = openCore({
      dataDir: path.join(makeTempDir(), 'data'),
      host: 'cli',
      migrationsFolder: SOURCE_MIGRATIONS_FOLDER,
    });
  });
  afterAll(async () => {
    await core.close();
  });

  it('refuses Electron bytes over the administrator limit and keeps the change in the journal', async () => {
    const call = (method: string, input: unknown) => core.dispatch(method, input, sessionFor(core, method));
    const initial = await call('uploadLimits.get', {});
    expect(initial).toMatchObject({
      ok: true,
      value: { maxUploadMb: 300, maxXlsxUncompressedMb: 1000, maxSharedStrings: 2_000_000 },
    });
    const saved = await call('uploadLimits.save', {
      maxUploadMb: 1,
      maxXlsxUncompressedMb: 100,
      maxSharedStrings: 100_000,
    });
    expect(saved).toMatchObject({ ok: true, value: { maxUploadMb: 1, defaults: { maxUploadMb: 300 } } });
    const refused = await receiveUpload(core.ctx, 'big.csv', Buffer.alloc(1024 * 1024 + 1, 0x41)).catch(
      (e: unknown) => e,
    );
    expect(refused).toMatchObject({
      code: 'UPLOAD.TOO_LARGE',
      message: expect.stringMatching(/^Файл больше допустимого размера \(1 МБ\)/),
    });
    expect((await receiveUpload(core.ctx, 'ok.csv', Buffer.alloc(1024 * 1024, 0x41))).sizeBytes).toBe(1024 * 1024);
    const entry = core.ctx.sqlite.prepare("SELECT summary FROM actions WHERE kind = 'upload.limits'").get() as
      { summary: string } | undefined;
    expect(entry?.summary).toBe(
      'Пределы для файлов: загрузка до 1 МБ, XLSX в распакованном виде до 100 МБ, строк в таблице строк XLSX до 100000',
    );
    const bad = await call('uploadLimits.save', {
      maxUploadMb: 5000,
      maxXlsxUncompressedMb: 100,
      maxSharedStrings: 100_000,
    });
    expect(bad.ok ? null : bad.error.code).toBe('VALIDATION');
  });
});
