/**
 * @file Benchmark: the overdue debt over time (electron/core/reports/debt-history.ts) at district scale — 12 points
 * (11 month-ends and today) for 150,000 accounts, counted cold and then read from the kept snapshots, plus one
 * building's 12-month series and every account's debt on one past day. On a copy of the prepared district
 * (bench/out/registry-150000, made by `npm run bench -- registry`; REGISTRY_DB names another database).
 * Run: `npm run bench -- debthistory` or `npx tsx bench/debt-history-bench.ts`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCore } from '../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../electron/core/default-paths';
import { accountDebtsOn, buildingDebtSeries, debtSnapshots } from '../electron/core/reports/debt-history';
import { seconds, type BenchLine } from './bench-format';
import { ensureRegistryDistrict } from './registry-bench';

const NOW = Date.parse('2026-11-25T08:00:00Z');
const DAYS = [
  '2025-12-31',
  '2026-01-31',
  '2026-02-28',
  '2026-03-31',
  '2026-04-30',
  '2026-05-31',
  '2026-06-30',
  '2026-07-31',
  '2026-08-31',
  '2026-09-30',
  '2026-10-31',
  '2026-11-25',
];

export async function debtHistoryBench(workDir: string): Promise<BenchLine[]> {
  let source = process.env.REGISTRY_DB;
  const lines: BenchLine[] = [];
  if (!source) {
    const prepared = await ensureRegistryDistrict(workDir);
    lines.push(...prepared.lines);
    source = path.join(prepared.dataDir, 'zhku.sqlite');
  }
  const dataDir = path.join(workDir, 'debthistory-150000');
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  fs.copyFileSync(source, path.join(dataDir, 'zhku.sqlite'));
  const core = openCore({ dataDir, host: 'cli', migrationsFolder: SOURCE_MIGRATIONS_FOLDER, clock: () => NOW });
  const sqlite = core.ctx.sqlite;
  const counts = sqlite
    .prepare<[], { a: number; m: number; p: number }>(
      'SELECT (SELECT count(*) FROM accounts) AS a, (SELECT count(*) FROM charge_months) AS m, (SELECT count(*) FROM payments) AS p',
    )
    .get();
  sqlite.exec('DELETE FROM debt_snapshots');
  let t = performance.now();
  const rows = debtSnapshots(sqlite, DAYS, NOW);
  lines.push({
    name: `debtSnapshots, 12 days, cold: ${counts?.a} accounts, ${counts?.m} account-months, ${counts?.p} payments → ${rows.length} rows (goal ≤ 10 s)`,
    value: seconds(performance.now() - t),
  });
  t = performance.now();
  debtSnapshots(sqlite, DAYS, NOW);
  lines.push({ name: 'debtSnapshots, 12 days, kept (goal ≤ 50 ms)', value: seconds(performance.now() - t) });
  const building = sqlite
    .prepare<[], { id: number }>(
      'SELECT building_id AS id FROM account_summaries WHERE building_id IS NOT NULL GROUP BY building_id ORDER BY count(*) DESC LIMIT 1',
    )
    .get();
  if (building) {
    t = performance.now();
    buildingDebtSeries(sqlite, building.id, DAYS);
    lines.push({ name: 'buildingDebtSeries, the largest building, 12 days', value: seconds(performance.now() - t) });
  }
  t = performance.now();
  const debts = accountDebtsOn(sqlite, 'all', '2026-10-31');
  lines.push({
    name: `accountDebtsOn('all', 31.10.2026): ${debts.size} debtors`,
    value: seconds(performance.now() - t),
  });
  await core.close();
  return lines;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { printLines } = await import('./bench-format');
  const workDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'out');
  printLines('Долг по месяцам: 150 000 л/с × 12 точек (issue 16)', await debtHistoryBench(workDir));
}
