/**
 * @file Benchmark: a claim batch of 1,000 accounts (measure 5; aim ≤ 60 s and ≤ 600 MB). A 15,000-account demo
 * district with two years of history is built once into bench/out; the batch takes the 1,000 first accounts (in
 * delivery order) of the bracket with the most debtors, with the real penalty engine, QR codes, per-account
 * copies and the joined print file. The batch runs as the application runs it, a job in a worker thread; peak memory is the whole process's resident
 * set (main thread and worker) sampled every 50 ms during the batch.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importFiles } from '../electron/core/billing/import-files';
import { createClaimBatch } from '../electron/core/claims/claim-batch';
import { writeDemoDistrict } from '../electron/core/demo/write-demo-district';
import { openCore } from '../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../electron/core/default-paths';
import { seconds, type BenchLine } from './bench-format';

const NOW = Date.UTC(2026, 10, 26, 9);

export async function claimsBench(workDir: string, accounts = 15000, claims = 1000): Promise<BenchLine[]> {
  const lines: BenchLine[] = [];
  const dataDir = path.join(workDir, `claims-${accounts}`);
  if (!fs.existsSync(path.join(dataDir, 'ready'))) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    const filesDir = path.join(workDir, `claims-files-${accounts}`);
    const t0 = performance.now();
    await writeDemoDistrict({
      accounts,
      seed: 'bench-claims',
      months: 24,
      endPeriod: '2026-09',
      outDir: filesDir,
      formats: ['csv'],
    });
    const core = openCore({ dataDir, host: 'cli', migrationsFolder: SOURCE_MIGRATIONS_FOLDER });
    await importFiles({
      sqlite: core.ctx.sqlite,
      dataDir,
      by: { userId: null, name: 'bench' },
      nowMs: NOW,
      files: ['uk.csv', 'accounts.csv', 'charges.csv', 'payments.csv'].map((f) => ({
        path: path.join(filesDir, f),
        fileName: f,
      })),
    });
    await core.close();
    fs.rmSync(filesDir, { recursive: true, force: true });
    fs.writeFileSync(path.join(dataDir, 'ready'), '');
    lines.push({ name: `district ${accounts} accounts × 24 months built`, value: seconds(performance.now() - t0) });
  }
  for (const threads of [2, 1]) lines.push(...(await runOnce(dataDir, claims, threads)));
  return lines;
}

async function runOnce(dataDir: string, claims: number, threads: number): Promise<BenchLine[]> {
  const core = openCore({ dataDir, host: 'cli', migrationsFolder: SOURCE_MIGRATIONS_FOLDER });
  const { sqlite } = core.ctx;
  // Every run starts from no claims (the cooldown would otherwise leave nothing to send).
  sqlite.exec(`DELETE FROM mail_items; DELETE FROM notice_postings; DELETE FROM generated_documents; DELETE FROM document_batches;
    DELETE FROM actions WHERE kind LIKE 'claim%';`);
  fs.rmSync(path.join(dataDir, 'documents', 'claims'), { recursive: true, force: true });
  const bracket = sqlite
    .prepare(
      `SELECT bracket, count(*) AS n FROM account_summaries WHERE debt_kopecks > 0 AND status = 'open' AND bracket <> 'below_5k' GROUP BY bracket ORDER BY n DESC LIMIT 1`,
    )
    .get() as { bracket: string; n: number };
  const created = createClaimBatch(
    sqlite,
    { bracket: bracket.bracket, companyId: null, asOfDate: '2026-11-26', issuedDate: '2026-11-26', limit: claims },
    { userId: null, name: 'bench' },
    NOW,
  );
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const t = performance.now();
  const cpu0 = process.cpuUsage();
  // As the application runs it: a job in a worker thread (with the claim batch's heap cap), this thread polling.
  const job = core.ctx.jobs.start(
    'documents',
    created.title,
    { task: 'claim-batch', batchId: created.batchId, threads },
    { userId: null, name: 'bench' },
  );
  const status = await core.ctx.jobs.wait(job.id);
  const ms = performance.now() - t;
  // CPU time of the whole process (all threads): the figure that does not depend on what else the machine runs.
  const cpu = process.cpuUsage(cpu0);
  if (status.state !== 'done') throw new Error(status.error?.message ?? status.state);
  const summary = status.summary ?? '';
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const letters = (
    sqlite.prepare('SELECT count(*) AS n FROM mail_items WHERE batch_id = ?').get(created.batchId) as { n: number }
  ).n;
  const print = sqlite
    .prepare(`SELECT file_path AS f, pages FROM generated_documents WHERE batch_id = ? AND kind = 'claims_print'`)
    .get(created.batchId) as { f: string; pages: number };
  const size = fs.statSync(path.join(dataDir, print.f)).size;
  await core.close();
  return [
    {
      name: `${threads} render thread(s): ${created.accounts} accounts, ${letters} letters (bracket ${bracket.bracket})`,
      value: seconds(ms),
    },
    { name: 'per account', value: `${(ms / created.accounts).toFixed(1)} ms` },
    { name: 'CPU time (user + system, all threads)', value: seconds((cpu.user + cpu.system) / 1000) },
    { name: 'load average (1 min) at the end', value: os.loadavg()[0]?.toFixed(2) ?? '' },
    {
      name: 'peak RSS during the batch (process: main + job + render threads)',
      value: `${Math.round(peak / 2 ** 20)} MB (${Math.round(before / 2 ** 20)} MB before)`,
    },
    { name: 'print file', value: `${print.pages} pages, ${(size / 2 ** 20).toFixed(1)} MB` },
    { name: 'summary', value: summary },
  ];
}
