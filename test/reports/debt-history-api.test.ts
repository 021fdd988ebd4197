/**
 * @file `debtHistory.series` through the core's dispatch: the days of a period (month-ends, Sundays, today), the
 * totals per bracket and per УК on the hand-made accounts of debt-history-fixture.ts, the refusals, and who may
 * ask (reports.view: head and admin).
 */
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { seriesDays } from '../../electron/core/reports/debt-series';
import type { DebtSeries } from '../../shared/api/contract-debt-history';
import { callCore, callCoreAsError, callCoreError } from '../support/api-calls';
import { makeTempDir } from '../support/temp-dir';
import { fillDebtHistory, NOW, TODAY } from './debt-history-fixture';

const dataDir = makeTempDir();
const core = openCore({ dataDir, host: 'cli', migrationsFolder: SOURCE_MIGRATIONS_FOLDER, clock: () => NOW });
fillDebtHistory(core.ctx.sqlite);
afterAll(async () => {
  await core.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('the days of a series', () => {
  it('takes month-ends, Sundays, and today when the period reaches it', () => {
    expect(seriesDays('2026-09-15', '2026-12-31', 'month', TODAY)).toEqual([
      '2026-09-30',
      '2026-10-31',
      '2026-11-30',
      '2026-12-06',
    ]);
    expect(seriesDays('2026-09-01', '2026-11-15', 'month', TODAY)).toEqual(['2026-09-30', '2026-10-31']);
    // 06.12.2026 is a Sunday: it is the last week's point and today at once.
    expect(seriesDays('2026-11-17', '2026-12-06', 'week', TODAY)).toEqual(['2026-11-22', '2026-11-29', '2026-12-06']);
  });
});

describe('debtHistory.series', () => {
  it('gives the district, its brackets and its УК per day (figures in the fixture)', async () => {
    const s = await callCore<DebtSeries>(core, 'debtHistory.series', { from: '2026-10-01', to: TODAY, step: 'month' });
    expect(s.points.map((p) => [p.date, p.accounts, p.debtKopecks, p.collectedKopecks])).toEqual([
      // 31.10: 60 000 + 3 000 + 1 000 (УК 1) + 6 000 (УК 2) = 70 000,00; October's payments 3 000,00.
      ['2026-10-31', 4, 7000000, 300000],
      // 30.11: 60 000 + 4 000 + 1 000 + 1 000 + 6 000 = 72 000,00; November's 500,00.
      ['2026-11-30', 5, 7200000, 50000],
      // 06.12: the same debts (2026-11 due 15.12); nothing paid in December.
      ['2026-12-06', 5, 7200000, 0],
    ]);
    const nov = s.points[1];
    expect(nov?.byBracket.filter((b) => b.accounts > 0).map((b) => [b.code, b.accounts, b.debtKopecks])).toEqual([
      ['from_50k', 1, 6000000],
      ['from_5k', 1, 600000],
      ['below_5k', 3, 600000],
    ]);
    expect(nov?.byCompany).toEqual([
      { id: 2, name: 'ООО «УК Вторая»', accounts: 1, debtKopecks: 600000, collectedKopecks: 0 },
      { id: 1, name: 'ООО «УК Первая»', accounts: 4, debtKopecks: 6600000, collectedKopecks: 50000 },
    ]);
  });

  it('refuses a reversed period and more than 36 points, and clerks', async () => {
    expect((await callCoreError(core, 'debtHistory.series', { from: '2026-12-01', to: '2026-11-01' })).code).toBe(
      'REPORT.BAD_PERIOD',
    );
    expect((await callCoreError(core, 'debtHistory.series', { from: '2023-01-01', to: TODAY })).code).toBe(
      'REPORT.TOO_LONG',
    );
    // 36 month-ends is the most: 2023-12 … 2026-11 = 36, plus today = 37 — too long; from 2024-01: 35 + today.
    const longest = await callCore<DebtSeries>(core, 'debtHistory.series', { from: '2024-01-01', to: TODAY });
    expect(longest.points).toHaveLength(36);
    const refused = await callCoreAsError(
      core,
      'clerk1',
      'debtHistory.series',
      { from: '2026-10-01', to: TODAY },
      'claims_clerk',
    );
    expect(refused.code).toBe('AUTH.PERMISSION_DENIED');
  });
});
