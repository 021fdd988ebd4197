/**
 * @file Benchmark: the debt position of a whole district (shared/debt/account-debt.ts) — every summary recomputed
 * from the charges as an import does, the next day's recount from `debt_months` (no charges read), and one
 * account's position for the card. On the registry district (150,000 accounts × 12 months), on a copy.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openCore } from '../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../electron/core/default-paths';
import { recomputeSummaries } from '../electron/core/billing/recompute-summaries';
import { refreshDebt } from '../electron/core/debt/refresh-debt';
import { readAccountDebt } from '../electron/core/debt/account-debt-repo';
import { ensureRegistryDistrict } from './registry-bench';
import { seconds, type BenchLine } from './bench-format';

const NOW = Date.parse('2026-12-06T08:00:00Z');

export async function debtBench(workDir: string, sourceDir?: string): Promise<BenchLine[]> {
  const { dataDir: source, lines } = sourceDir
    ? { dataDir: sourceDir, lines: [] as BenchLine[] }
    : await ensureRegistryDistrict(workDir);
  const dataDir = path.join(workDir, 'debt-copy');
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  fs.copyFileSync(path.join(source, 'zhku.sqlite'), path.join(dataDir, 'zhku.sqlite'));
  const core = openCore({ dataDir, host: 'cli', migrationsFolder: SOURCE_MIGRATIONS_FOLDER, clock: () => NOW });
  const sqlite = core.ctx.sqlite;
  const { n: charges } = sqlite.prepare('SELECT count(*) AS n FROM charges').get() as { n: number };

  let started = performance.now();
  const accounts = sqlite.transaction(() => recomputeSummaries(sqlite, 'all', NOW))();
  const recomputeMs = performance.now() - started;
  lines.push({
    name: `summaries recomputed from ${charges.toLocaleString('ru-RU')} charges (as an import does)`,
    value: `${accounts.toLocaleString('ru-RU')} л/с, ${seconds(recomputeMs)}`,
  });

  started = performance.now();
  const changed = refreshDebt(sqlite, '2026-12-16', NOW + 10 * 86_400_000);
  lines.push({
    name: 'next-day recount from debt_months (16.12.2026: the November bill falls due)',
    value: `${changed.toLocaleString('ru-RU')} л/с, ${seconds(performance.now() - started)}`,
  });
  const { debtors } = sqlite
    .prepare('SELECT count(*) AS debtors FROM account_summaries WHERE debt_kopecks > 0')
    .get() as { debtors: number };
  lines.push({ name: 'debtors with overdue debt on 16.12.2026', value: debtors.toLocaleString('ru-RU') });

  const top = sqlite
    .prepare('SELECT account_id AS id FROM account_summaries ORDER BY debt_kopecks DESC LIMIT 1')
    .get() as { id: number };
  started = performance.now();
  for (let i = 0; i < 20; i++) readAccountDebt(sqlite, top.id, '2026-12-06');
  lines.push({
    name: "one account's position for the card (largest debt), mean of 20",
    value: `${((performance.now() - started) / 20).toFixed(1)} ms`,
  });
  await core.close();
  return lines;
}
