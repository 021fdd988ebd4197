/**
 * @file A small demo district imported into a fresh core with a frozen clock, for the monthly run and ЕПД tests.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore, type Core } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { importFiles } from '../../electron/core/billing/import-files';
import { writeSmallDistrict } from '../support/demo-files';

/** 26.11.2026, after the demo's last billing month (2026-09) was due. */
export const NOW = Date.UTC(2026, 10, 26, 9);

/**
 * The core lives for a whole test file (support/temp-dir removes its folders after each test, and the run's worker
 * threads open the database file by name), so this folder is removed by `closeDistrictCore`.
 */
export async function openDistrictCore(accounts = 150, months = 24): Promise<Core> {
  const district = await writeSmallDistrict(accounts, ['csv'], months);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-penalty-'));
  const core = openCore({
    dataDir,
    host: 'cli',
    migrationsFolder: SOURCE_MIGRATIONS_FOLDER,
    clock: () => NOW,
  });
  await importFiles({
    sqlite: core.ctx.sqlite,
    dataDir: core.ctx.dataDir,
    by: { userId: null, name: 'тест' },
    nowMs: NOW,
    files: district.files.filter((f) => f.endsWith('.csv')).map((f) => ({ path: f, fileName: path.basename(f) })),
  });
  fs.rmSync(district.dir, { recursive: true, force: true });
  // A district this small has all its accounts in one УК; spread them over every УК so that excluding one leaves others.
  core.ctx.sqlite.exec(`
    CREATE TEMP TABLE uk AS SELECT id, name, row_number() OVER (ORDER BY id) - 1 AS k, count(*) OVER () AS n FROM management_companies;
    UPDATE accounts SET management_company_id = (SELECT id FROM temp.uk WHERE k = accounts.id % n);
    UPDATE account_summaries SET management_company_id = (SELECT management_company_id FROM accounts WHERE id = account_id),
      company_name = (SELECT c.name FROM accounts a JOIN management_companies c ON c.id = a.management_company_id WHERE a.id = account_id);
    DROP TABLE temp.uk;`);
  return core;
}

export function count(core: Core, sql: string, ...params: unknown[]): number {
  return (core.ctx.sqlite.prepare(sql).get(...params) as { n: number }).n;
}

export async function closeDistrictCore(core: Core): Promise<void> {
  await core.close();
  fs.rmSync(core.ctx.dataDir, { recursive: true, force: true });
}
