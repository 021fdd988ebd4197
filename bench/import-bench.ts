/**
 * @file Benchmark: import of a 1,000,000-row charges file through the real import (hash, parse, validate, keep
 * the original, upsert, summaries, journal — one transaction), against a bare prepared-statement insert of the
 * same rows into a table of the same shape. Prints figures; asserts nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { importFiles } from '../electron/core/billing/import-files';
import { parseBillingFile } from '../electron/core/import/parse-billing-file';
import { writeDemoDistrict } from '../electron/core/demo/write-demo-district';
import { openCore } from '../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../electron/core/default-paths';
import { seconds, type BenchLine } from './bench-format';

export async function importBench(workDir: string): Promise<BenchLine[]> {
  const filesDir = path.join(workDir, 'import-files');
  // 2,300 accounts × 60 months × ~7.3 services ≈ 1,000,000 charge rows.
  if (!fs.existsSync(path.join(filesDir, 'charges.csv'))) {
    await writeDemoDistrict({
      accounts: 2300,
      seed: 'bench',
      months: 60,
      endPeriod: '2026-09',
      outDir: filesDir,
      formats: ['csv'],
    });
  }
  const chargesFile = path.join(filesDir, 'charges.csv');
  const dataDir = path.join(workDir, 'import-db');
  fs.rmSync(dataDir, { recursive: true, force: true });
  const core = openCore({ dataDir, host: 'cli', migrationsFolder: SOURCE_MIGRATIONS_FOLDER });
  const nowMs = Date.UTC(2026, 10, 26, 9);
  const base = { sqlite: core.ctx.sqlite, dataDir, by: { userId: null, name: 'bench' }, nowMs };
  await importFiles({
    ...base,
    files: ['uk.csv', 'accounts.csv'].map((f) => ({ path: path.join(filesDir, f), fileName: f })),
  });

  const t0 = performance.now();
  const c0 = process.cpuUsage();
  await importFiles({ ...base, files: [{ path: chargesFile, fileName: 'charges.csv' }] });
  const importMs = performance.now() - t0;
  const importCpuMs = cpuMs(c0);
  const rows = (core.ctx.sqlite.prepare('SELECT count(*) AS n FROM charges').get() as { n: number }).n;
  await core.close();

  // The same rows, parsed once outside the clock, then a bare prepared insert in one transaction.
  const t1 = performance.now();
  const parsed = await parseBillingFile(chargesFile);
  const parseMs = performance.now() - t1;
  const bareFile = path.join(workDir, 'bare.sqlite');
  fs.rmSync(bareFile, { force: true });
  const bare = new Database(bareFile);
  bare.pragma('journal_mode = WAL');
  bare.pragma('synchronous = NORMAL');
  bare.exec(
    'CREATE TABLE charges (id INTEGER PRIMARY KEY, account_number TEXT NOT NULL, period TEXT NOT NULL, service TEXT NOT NULL, amount_kopecks INTEGER NOT NULL)',
  );
  const insert = bare.prepare(
    'INSERT INTO charges (account_number, period, service, amount_kopecks) VALUES (?, ?, ?, ?)',
  );
  const t2 = performance.now();
  const c2 = process.cpuUsage();
  bare.transaction(() => {
    for (const r of parsed.records)
      insert.run(r.values.accountNumber, r.values.period, r.values.service, r.values.amountKopecks);
  })();
  const bareMs = performance.now() - t2;
  const bareCpuMs = cpuMs(c2);
  bare.close();

  return [
    {
      name: `import of charges.csv (${rows.toLocaleString('ru-RU')} rows, ${(fs.statSync(chargesFile).size / 1e6).toFixed(0)} MB, whole path)`,
      value: seconds(importMs),
    },
    { name: 'parse + validate 1 M rows (aim < 2 s; measured separately, records kept)', value: seconds(parseMs) },
    { name: 'bare prepared-statement insert of the same rows (1 transaction)', value: seconds(bareMs) },
    { name: 'ratio import / bare insert (aim ≤ 4×)', value: `${(importMs / bareMs).toFixed(1)}×` },
    { name: 'ratio import / (parse + bare insert)', value: `${(importMs / (parseMs + bareMs)).toFixed(1)}×` },
    // on a machine shared with other work the wall clock waits for a core; processor time does not
    {
      name: 'processor time: import / bare insert',
      value: `${seconds(importCpuMs)} / ${seconds(bareCpuMs)} = ${(importCpuMs / bareCpuMs).toFixed(1)}×`,
    },
  ];
}

/** Processor time (user + system, all threads) since `start`, in ms. */
function cpuMs(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
