/**
 * @file Benchmark: registry answers at 150,000 accounts (budget ≤ 200 ms each). The district is loaded once
 * through the real import (demo files, a short history: the registry reads the per-account summaries, so the
 * number of months does not change these figures) and kept in bench/out for later runs. Searches by account number,
 * address and name aim at ≤ 50 ms (the trigram index, electron/core/registry/search-index.ts); each line says
 * whether the index or the scan answered.
 */
import fs from 'node:fs';
import path from 'node:path';
import { importFiles } from '../electron/core/billing/import-files';
import { writeDemoDistrict } from '../electron/core/demo/write-demo-district';
import { openCore, type Core } from '../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../electron/core/default-paths';
import { queryRegistry } from '../electron/core/registry/registry-query';
import { searchFilter } from '../electron/core/registry/search-index';
import { apiInputs, type ApiInput } from '../shared/api/contract';
import { median, seconds, type BenchLine } from './bench-format';

export const REGISTRY_ACCOUNTS = 150_000;
const MONTHS = 3;

export async function ensureRegistryDistrict(workDir: string): Promise<{ dataDir: string; lines: BenchLine[] }> {
  const dataDir = path.join(workDir, `registry-${REGISTRY_ACCOUNTS}`);
  const lines: BenchLine[] = [];
  if (fs.existsSync(path.join(dataDir, 'ready'))) return { dataDir, lines };
  fs.rmSync(dataDir, { recursive: true, force: true });
  const filesDir = path.join(workDir, `registry-files-${REGISTRY_ACCOUNTS}`);
  const t0 = performance.now();
  if (!fs.existsSync(path.join(filesDir, 'payments.csv'))) {
    await writeDemoDistrict({
      accounts: REGISTRY_ACCOUNTS,
      seed: 'bench',
      months: MONTHS,
      endPeriod: '2026-09',
      outDir: filesDir,
      formats: ['csv'],
    });
  }
  lines.push({
    name: `demo files for ${REGISTRY_ACCOUNTS.toLocaleString('ru-RU')} accounts × ${MONTHS} months written`,
    value: seconds(performance.now() - t0),
  });
  const core = openCore({ dataDir, host: 'cli', migrationsFolder: SOURCE_MIGRATIONS_FOLDER });
  const t1 = performance.now();
  await importFiles({
    sqlite: core.ctx.sqlite,
    dataDir,
    by: { userId: null, name: 'bench' },
    nowMs: Date.UTC(2026, 10, 26, 9),
    files: ['uk.csv', 'accounts.csv', 'charges.csv', 'payments.csv'].map((f) => ({
      path: path.join(filesDir, f),
      fileName: f,
    })),
  });
  lines.push({
    name: 'imported (companies, accounts, charges, payments; one transaction)',
    value: seconds(performance.now() - t1),
  });
  await core.close();
  fs.writeFileSync(path.join(dataDir, 'ready'), '');
  return { dataDir, lines };
}

export async function registryBench(workDir: string): Promise<BenchLine[]> {
  const { dataDir, lines } = await ensureRegistryDistrict(workDir);
  const core: Core = openCore({ dataDir, host: 'cli', migrationsFolder: SOURCE_MIGRATIONS_FOLDER });
  const sqlite = core.ctx.sqlite;
  const total = (sqlite.prepare('SELECT count(*) AS n FROM account_summaries').get() as { n: number }).n;
  const company = sqlite.prepare('SELECT id FROM management_companies LIMIT 1').get() as { id: number };
  const building = sqlite
    .prepare('SELECT building_id AS id FROM account_summaries WHERE building_id IS NOT NULL LIMIT 1')
    .get() as { id: number };
  const sample = sqlite
    .prepare(
      'SELECT number, main_person AS person FROM account_summaries WHERE main_person IS NOT NULL LIMIT 1 OFFSET 777',
    )
    .get() as {
    number: string;
    person: string;
  };
  const surname = sample.person.split(' ')[0] ?? '';

  const cases: Array<[string, ApiInput<'registry.query'>]> = [
    ['first window, by debt (default)', {}],
    ['window at offset 140 000', { offset: 140_000 }],
    ['bracket > 100 000 ₽', { brackets: ['over_100k'] }],
    ['one УК, by debt', { companyIds: [company.id] }],
    ['one building', { buildingId: building.id }],
    [
      'debt ≥ 30 000 ₽ and ≥ 3 months, social tenants',
      { minDebtKopecks: 3_000_000, minMonthsInArrears: 3, tenure: 'social_tenant' },
    ],
    ['sort by address', { sort: { field: 'address', dir: 'asc' } }],
    ['sort by months in arrears', { sort: { field: 'months', dir: 'desc' } }],
    ['sort by last payment', { sort: { field: 'lastPayment', dir: 'asc' } }],
    ['search by account number fragment', { search: sample.number.slice(2, 8) }],
    [`search by surname «${surname.toUpperCase()}»`, { search: surname.toUpperCase() }],
    ['search by street and house', { search: 'ленина 5' }],
    ['search by street, house and flat', { search: 'ленина, д. 5, кв. 12' }],
    ['search by two characters «12» (no trigram: the scan)', { search: '12' }],
    [
      'search + bracket + sort by address',
      { search: 'красногорск', brackets: ['from_10k'], sort: { field: 'address', dir: 'asc' } },
    ],
  ];
  lines.push({ name: `accounts in the registry`, value: total.toLocaleString('ru-RU') });
  for (const [name, input] of cases) {
    const query = apiInputs['registry.query'].parse(input);
    const times: number[] = [];
    let found = 0;
    const runs = query.search ? 7 : 5;
    for (let i = 0; i < runs; i += 1) {
      const t = performance.now();
      found = queryRegistry(sqlite, query).total;
      times.push(performance.now() - t);
    }
    const ms = median(times);
    const budget = query.search ? 50 : 200;
    const how = query.search ? `, ${searchFilter(sqlite, query.search).path}` : '';
    lines.push({
      name: `${name} (${found.toLocaleString('ru-RU')} found${how})`,
      value: `${seconds(ms)}${ms > budget ? `  ⚠ over ${budget} ms` : ''}`,
    });
  }
  await core.close();
  return lines;
}
