/**
 * The core's list of jobs (`jobs.list`), on real SQLite through the real migrations and real worker threads: a
 * screen reloaded mid-way finds its running job there, and a job that has just ended with its outcome; a claim
 * batch's job carries the batch, ends «cancelled» when the clerk cancels it, and a batch whose worker died — or
 * whose application was closed — is marked failed in the database instead of «формируется» for ever.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/open-core';
import { openCore } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { createClaimBatch } from '../../electron/core/claims/claim-batch';
import type { JobStatus } from '../../shared/jobs/job-types';
import type { DocumentBatchView } from '../../shared/api/contract-documents';
import type { PenaltyRunList } from '../../shared/api/contract-epd';
import { callCore as call } from '../support/api-calls';
import { closeCockpitCore, LAST_ENDED_PERIOD, NOW, openCockpitCore, TODAY } from '../cockpit/cockpit-district';

let core: Core;
let clock: { now: number };

beforeEach(async () => {
  clock = { now: NOW };
  core = await openCockpitCore(clock);
});
afterEach(async () => {
  await closeCockpitCore(core);
});

const list = () => call<JobStatus[]>(core, 'jobs.list', {});
const batchRow = (batchId: number) =>
  core.ctx.sqlite
    .prepare('SELECT status, done_items AS done, total_items AS total, summary FROM document_batches WHERE id = ?')
    .get(batchId) as { status: string; done: number; total: number; summary: string | null };

describe('jobs.list', () => {
  it('lists a running job at once, then the same job ended with its summary; after 15 minutes it is gone', async () => {
    expect(await list()).toEqual([]);
    const { jobId } = await call<{ jobId: string }>(core, 'penaltyRun.start', {
      period: LAST_ENDED_PERIOD,
      companyId: null,
    });
    const running = await list();
    expect(running).toHaveLength(1);
    expect(running[0]).toMatchObject({
      id: jobId,
      kind: 'penalty-run',
      state: 'running',
      batchId: null,
      finishedAtMs: null,
    });
    expect(running[0]?.title).toBe('Начисление пени за октябрь 2026: все УК');

    await core.ctx.jobs.wait(jobId);
    const ended = await list();
    expect(ended).toHaveLength(1);
    expect(ended[0]).toMatchObject({ id: jobId, state: 'done', fraction: 1, error: null });
    expect(ended[0]?.summary).toMatch(/\S/);

    clock.now = NOW + 14 * 60_000;
    expect((await list()).map((j) => j.id)).toEqual([jobId]);
    clock.now = NOW + 16 * 60_000;
    expect(await list()).toEqual([]);
    // jobs.get still answers for it: a page that polled it gets its outcome.
    expect((await call<JobStatus>(core, 'jobs.get', { jobId })).state).toBe('done');
  }, 60_000);

  it('a claim batch’s job names its batch; when it ends, the batch row says done with its counts', async () => {
    const started = await call<{ batchId: number; jobId: string; accounts: number }>(core, 'claims.start', {
      bracket: 'over_100k',
    });
    const [job] = await list();
    expect(job).toMatchObject({ id: started.jobId, kind: 'documents', state: 'running', batchId: started.batchId });
    await core.ctx.jobs.wait(started.jobId);
    expect((await list())[0]).toMatchObject({ state: 'done', batchId: started.batchId });
    const batches = await call<DocumentBatchView[]>(core, 'documents.batches', { kind: 'claims' });
    expect(batches.find((b) => b.id === started.batchId)).toMatchObject({
      status: 'done',
      doneItems: 2,
      totalItems: 2,
    });
  }, 120_000);

  it('a cancelled claim batch ends «cancelled» — in the job and in the batch row', async () => {
    const started = await call<{ batchId: number; jobId: string }>(core, 'claims.start', { bracket: 'over_100k' });
    // Asked before the worker reaches its first chunk: nothing is made.
    await call(core, 'documents.cancel', { batchId: started.batchId });
    const status = await core.ctx.jobs.wait(started.jobId);
    expect(status.state).toBe('cancelled');
    expect(status.summary).toBe('Отменено: подготовлены претензии по 0 из 2 л/с (0 писем).');
    expect(batchRow(started.batchId)).toMatchObject({ status: 'cancelled', done: 0, total: 2 });
  }, 120_000);

  it('a claim batch whose worker dies is marked failed, not «формируется»', async () => {
    const started = await call<{ batchId: number; jobId: string }>(core, 'claims.start', { bracket: 'over_100k' });
    const ended = core.ctx.jobs.wait(started.jobId);
    await core.ctx.jobs.close(); // terminates the worker, as a crash or the application quitting would
    const status = await ended;
    expect(status.state).toBe('failed');
    expect(status.error?.message).toBe(
      'Задание прервано. Готовые претензии сохранены; пакет отмечен как незавершённый.',
    );
    const row = batchRow(started.batchId);
    expect(row.status).toBe('failed');
    expect(row.summary).toBe('Задание прервано. Готовые претензии сохранены; пакет отмечен как незавершённый.');
  }, 120_000);

  it('a batch left «running» by a closed application is marked failed when the application starts again', async () => {
    const created = createClaimBatch(
      core.ctx.sqlite,
      { bracket: 'over_100k', companyId: null, asOfDate: TODAY, issuedDate: TODAY, limit: 0 },
      { userId: null, name: 'Тестовый сотрудник' },
      NOW,
    );
    expect(batchRow(created.batchId).status).toBe('running');
    // The command line does not touch it: an application may be making it right now.
    await openCore({ dataDir: core.ctx.dataDir, host: 'cli', migrationsFolder: SOURCE_MIGRATIONS_FOLDER }).close();
    expect(batchRow(created.batchId).status).toBe('running');
    const restarted = openCore({
      dataDir: core.ctx.dataDir,
      host: 'browser',
      migrationsFolder: SOURCE_MIGRATIONS_FOLDER,
    });
    await restarted.close();
    expect(batchRow(created.batchId)).toEqual({
      status: 'failed',
      done: 0,
      total: 2,
      summary:
        'Прервано: приложение было закрыто во время формирования. Готово 0 из 2 л/с; сформируйте пакет для остальных заново.',
    });
  });

  it('recalculates several months as one job, each month replacing its run', async () => {
    for (const period of ['2026-09', '2026-10']) {
      const { jobId } = await call<{ jobId: string }>(core, 'penaltyRun.start', { period, companyId: null });
      await core.ctx.jobs.wait(jobId);
    }
    const { jobId } = await call<{ jobId: string }>(core, 'penaltyRun.recalculate', {
      periods: ['2026-10', '2026-09'],
    });
    const [job] = await list();
    expect(job).toMatchObject({
      id: jobId,
      kind: 'penalty-recalculation',
      title: 'Пересчёт пени за сентябрь 2026, октябрь 2026: все УК',
    });
    expect((await core.ctx.jobs.wait(jobId)).state).toBe('done');
    const runs = await call<PenaltyRunList>(core, 'penaltyRun.list', { period: null });
    // Two УК charge penalty (the third's contract excludes it): 2 months × 2 УК current, the first 4 replaced.
    expect(runs.runs.filter((r) => r.status === 'current')).toHaveLength(4);
    expect(runs.runs.filter((r) => r.status === 'replaced')).toHaveLength(4);
  }, 120_000);
});
