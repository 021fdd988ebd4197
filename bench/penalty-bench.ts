/**
 * @file Benchmark: the monthly penalty run (measure 4; goal ≤ 30 s on 2 cores) and the ЕПД export (measure 3) at
 * 150 000 accounts × 12 months (`npm run bench -- penalty`) and × 60 months, the five years
 * (`npm run bench -- penalty60`). The registry district (bench/registry-bench.ts) has 3 months only — too short
 * for penalty — so these are built alike through the real import and kept in bench/out (12 months: ~3 GB, ~6 min
 * the first time; 60 months: ~15 GB, ~40 min the first time).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importFiles } from '../electron/core/billing/import-files';
import { writeDemoDistrict } from '../electron/core/demo/write-demo-district';
import { openCore } from '../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../electron/core/default-paths';
import { runMonthlyPenalty } from '../electron/core/penalty/monthly-penalty-run';
import { computeAccrualsForRange, monthWindow } from '../electron/core/penalty/monthly-penalty-compute';
import { loadPenaltyTables } from '../electron/core/penalty/penalty-tables-repo';
import { exportEpd } from '../electron/core/epd/epd-export';
import { seconds, type BenchLine } from './bench-format';

const ACCOUNTS = 150_000;
const PERIOD = '2026-09';
const NOW = Date.UTC(2026, 10, 26, 9);

export async function ensurePenaltyDistrict(
  workDir: string,
  months: number,
): Promise<{ dataDir: string; lines: BenchLine[] }> {
  const dataDir = path.join(workDir, `penalty-${ACCOUNTS}-${months}`);
  const lines: BenchLine[] = [];
  if (fs.existsSync(path.join(dataDir, 'ready'))) return { dataDir, lines };
  fs.rmSync(dataDir, { recursive: true, force: true });
  const filesDir = path.join(workDir, `penalty-files-${ACCOUNTS}-${months}`);
  const t0 = performance.now();
  if (!fs.existsSync(path.join(filesDir, 'payments.csv'))) {
    await writeDemoDistrict({
      accounts: ACCOUNTS,
      seed: 'bench',
      months,
      endPeriod: PERIOD,
      outDir: filesDir,
      formats: ['csv'],
    });
  }
  lines.push({
    name: `demo files, ${ACCOUNTS.toLocaleString('ru-RU')} accounts × ${months} months`,
    value: seconds(performance.now() - t0),
  });
  const core = openCore({ dataDir, host: 'cli', migrationsFolder: SOURCE_MIGRATIONS_FOLDER });
  const t1 = performance.now();
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
  lines.push({ name: 'imported', value: seconds(performance.now() - t1) });
  await core.close();
  fs.writeFileSync(path.join(dataDir, 'ready'), '');
  return { dataDir, lines };
}

export async function penaltyBench(workDir: string, months: number): Promise<BenchLine[]> {
  const { dataDir, lines } = await ensurePenaltyDistrict(workDir, months);
  const core = openCore({
    dataDir,
    host: 'cli',
    migrationsFolder: SOURCE_MIGRATIONS_FOLDER,
    clock: () => NOW,
  });
  const sqlite = core.ctx.sqlite;
  const charges = (sqlite.prepare('SELECT count(*) AS n FROM charges').get() as { n: number }).n;
  lines.push({ name: 'charges in the district', value: charges.toLocaleString('ru-RU') });
  lines.push({ name: 'cores', value: String(os.availableParallelism()) });

  // The engine alone on a sample, one thread: one pass (the run's way) against computing both month ends.
  const tables = loadPenaltyTables(sqlite);
  const companyIds = new Set(
    (sqlite.prepare('SELECT id FROM management_companies').all() as Array<{ id: number }>).map((r) => r.id),
  );
  const sample = { window: monthWindow(PERIOD), fromId: 1, toId: 10_000, companyIds };
  let t = performance.now();
  computeAccrualsForRange(sqlite, tables, { ...sample, onePass: true });
  lines.push({
    name: '10 000 accounts, 1 thread, one engine pass (reads + engine)',
    value: seconds(performance.now() - t),
  });
  t = performance.now();
  computeAccrualsForRange(sqlite, tables, { ...sample, onePass: false });
  lines.push({
    name: '10 000 accounts, 1 thread, two passes (both month ends)',
    value: seconds(performance.now() - t),
  });

  for (const [label, threads] of [
    ['full run, all УК, 2 threads', 2],
    ['re-run (replaces), 2 threads', 2],
  ] as const) {
    t = performance.now();
    const r = await runMonthlyPenalty({
      sqlite,
      dataDir,
      period: PERIOD,
      companyId: null,
      by: { userId: null, name: 'bench' },
      nowMs: NOW,
      threads,
    });
    const total = performance.now() - t;
    lines.push({
      name: `${label}: ${r.accountsCount.toLocaleString('ru-RU')} accounts, ${r.companies.length} УК`,
      value: `${seconds(total)} (compute ${seconds(r.timings.computeMs)}, write ${seconds(r.timings.writeMs)}, registers ${seconds(r.timings.registersMs)})`,
    });
  }
  for (const [format, encoding] of [
    ['csv', 'windows-1251'],
    ['xlsx', 'utf-8'],
  ] as const) {
    t = performance.now();
    const e = await exportEpd({
      sqlite,
      dataDir,
      period: PERIOD,
      format,
      encoding,
      by: { userId: null, name: 'bench' },
      nowMs: NOW,
    });
    lines.push({
      name: `ЕПД export ${format}: ${e.rows.toLocaleString('ru-RU')} rows, ${(fs.statSync(e.savedPath).size / 2 ** 20).toFixed(1)} MiB`,
      value: `${seconds(performance.now() - t)} (coverage ${e.coverage.coveragePercent} % of ${e.coverage.debtorAccounts.toLocaleString('ru-RU')} debtors)`,
    });
  }
  await core.close();
  return lines;
}
