/**
 * The import as the UI drives it, over real HTTP against the browser host: upload raw bytes, preview, start the
 * job (a worker thread), poll it, then read the registry and an account card; a bad file's job fails with row
 * errors and changes nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { saveUpload } from '../../electron/core/billing/upload-store';
import { startBrowserHost, type BrowserHost } from '../../electron/server/http-host';
import type { ApiResult } from '../../shared/api/result';
import type { JobStatus } from '../../shared/jobs/job-types';
import type { AccountCard, RegistryPage } from '../../shared/registry/registry-types';
import type { ImportPreview, UploadInfo } from '../../shared/import/import-types';
import { writeSmallDistrict } from '../support/demo-files';
import { sessionOf } from '../support/api-calls';

type District = Awaited<ReturnType<typeof writeSmallDistrict>>;

describe('import through the browser host', () => {
  let district: District;
  let dataDir: string;
  let core: Core;
  let host: BrowserHost;

  beforeAll(async () => {
    district = await writeSmallDistrict(80, ['csv', 'xlsx'], 12);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-flow-'));
    core = openCore({ dataDir, host: 'browser', migrationsFolder: SOURCE_MIGRATIONS_FOLDER });
    host = await startBrowserHost({
      dispatch: core.dispatch,
      identify: core.identify,
      upload: (name, body) => saveUpload(dataDir, name, body),
      rendererDir: dataDir,
      logger: core.ctx.logger,
      port: 0,
    });
  });
  afterAll(async () => {
    await host.close();
    await core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(district.dir, { recursive: true, force: true });
  });

  // Signed in as the administrator (imports, the demo); the session travels in the host's cookie.
  const headers = () => {
    const session = sessionOf(core, 'test.admin', 'admin');
    return {
      authorization: `Bearer ${host.token}`,
      cookie: `zhku_session=${session.kind === 'session' ? session.token : ''}`,
    };
  };

  async function call<T>(method: string, input: unknown): Promise<ApiResult<T>> {
    const response = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
      method: 'POST',
      headers: { ...headers(), 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
    return (await response.json()) as ApiResult<T>;
  }

  async function upload(file: string): Promise<UploadInfo> {
    const response = await fetch(`http://127.0.0.1:${host.port}/upload`, {
      method: 'POST',
      headers: {
        ...headers(),
        'content-type': 'application/octet-stream',
        'x-file-name': encodeURIComponent(path.basename(file)),
      },
      body: fs.readFileSync(file),
    });
    const result = (await response.json()) as ApiResult<UploadInfo>;
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  }

  async function waitForJob(jobId: string): Promise<JobStatus> {
    for (let i = 0; i < 600; i += 1) {
      const status = await call<JobStatus>('jobs.get', { jobId });
      if (!status.ok) throw new Error(status.error.message);
      if (status.value.state !== 'running') return status.value;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('job did not finish');
  }

  it('refuses an upload without the token', async () => {
    const response = await fetch(`http://127.0.0.1:${host.port}/upload`, { method: 'POST', body: 'x' });
    expect(response.status).toBe(401);
  });

  it('previews, imports in a worker, and the registry and card show the result', async () => {
    const uploads = await Promise.all(
      ['uk.csv', 'accounts.xlsx', 'charges.csv', 'payments.xlsx'].map((f) => upload(district.file(f))),
    );
    const preview = await call<ImportPreview>('import.preview', { uploadId: uploads[2]!.uploadId });
    expect(preview).toMatchObject({
      ok: true,
      value: { kind: 'charges', encoding: 'windows-1251', fileError: null, missingRequired: [], alreadyImported: null },
    });
    if (!preview.ok) return;
    expect(preview.value.headers).toEqual(['Лицевой счёт', 'Период', 'Услуга', 'Начислено, руб.']);
    expect(preview.value.sampleRows).toHaveLength(20);

    const started = await call<{ jobId: string }>('import.start', {
      files: uploads.map((u) => ({ uploadId: u.uploadId })),
    });
    if (!started.ok) throw new Error(started.error.message);
    const job = await waitForJob(started.value.jobId);
    expect(job.error).toBeNull();
    expect(job).toMatchObject({ state: 'done', fraction: 1 });
    expect(job.summary).toContain('Загружено файлов: 4');

    const page = await call<RegistryPage>('registry.query', { sort: { field: 'debt', dir: 'desc' }, limit: 10 });
    if (!page.ok) throw new Error(page.error.message);
    expect(page.value.total).toBe(district.counts.accounts);
    expect(page.value.rows).toHaveLength(10);
    const debts = page.value.rows.map((r) => r.debtKopecks);
    expect([...debts].sort((a, b) => b - a)).toEqual(debts);

    const top = page.value.rows[0]!;
    const card = await call<AccountCard>('account.card', { accountId: top.accountId });
    if (!card.ok) throw new Error(card.error.message);
    expect(card.value.number).toBe(top.number);
    expect(card.value.totals.debtKopecks).toBe(top.debtKopecks);
    // The overdue months' unpaid parts add up to the debt; the not-yet-due ones to the rest of the balance.
    const open = (status: string) =>
      card.value.ledger.filter((m) => m.status === status).reduce((sum, m) => sum + Math.max(0, m.openKopecks), 0);
    expect(open('overdue') + open('time_barred')).toBe(top.debtKopecks);
    expect(open('not_yet_due')).toBe(card.value.totals.notYetDueKopecks);

    // Search by a fragment of the top debtor's name, in another case and with «е» for «ё».
    const surname = (top.mainPerson ?? '').split(' ')[0]!.toUpperCase().replace(/Ё/g, 'Е');
    const found = await call<RegistryPage>('registry.query', { search: surname });
    if (!found.ok) throw new Error(found.error.message);
    expect(found.value.rows.map((r) => r.accountId)).toContain(top.accountId);

    // The imported uploads are purged from incoming/ (their originals are kept under imports/).
    const gone = await call<ImportPreview>('import.preview', { uploadId: uploads[2]!.uploadId });
    expect(gone.ok ? null : gone.error.code).toBe('NOT_FOUND');
    expect(fs.existsSync(path.join(dataDir, 'incoming', uploads[2]!.uploadId))).toBe(false);
    const reupload = await upload(district.file('charges.csv'));
    const again = await call<ImportPreview>('import.preview', { uploadId: reupload.uploadId });
    expect(again.ok && again.value.alreadyImported).toBeTruthy();
  });

  it('a job with a bad file fails with row errors and writes nothing', async () => {
    const before = await call<{ counts: Record<string, number> }>('app.info', {});
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-badflow-'));
    const bad = path.join(dir, 'начисления-ноябрь.csv');
    fs.writeFileSync(bad, 'Лицевой счёт;Период;Услуга;Начислено, руб.\r\n0000000001;13.2026;Отопление;12,00\r\n');
    const u = await upload(bad);
    const started = await call<{ jobId: string }>('import.start', { files: [{ uploadId: u.uploadId }] });
    if (!started.ok) throw new Error(started.error.message);
    const job = await waitForJob(started.value.jobId);
    expect(job.state).toBe('failed');
    expect(job.error?.errorCount).toBe(1);
    expect(job.error?.rowErrors[0]).toMatchObject({ file: 'начисления-ноябрь.csv', line: 2, column: 'Период' });
    const after = await call<{ counts: Record<string, number> }>('app.info', {});
    expect(after).toEqual(before);
  });
});
