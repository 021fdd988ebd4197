/**
 * The monthly penalty run (measure 4) on a small imported district: accrued = total(month end) − total(previous
 * month end) for every account (checked against the engine run twice on the reference reader), a re-run
 * replaces and journals, a УК whose contract excludes penalty gets nothing and is named, and a failed run leaves
 * the database as it was.
 */
import fs from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/open-core';
import { runMonthlyPenalty } from '../../electron/core/penalty/monthly-penalty-run';
import { computeAccrualsForRange, monthWindow } from '../../electron/core/penalty/monthly-penalty-compute';
import { penaltyInputForAccount, penaltyInputsForAccounts } from '../../electron/core/penalty/account-penalty-input';
import { readPenaltyInputs } from '../../electron/core/penalty/monthly-penalty-inputs';
import { loadPenaltyTables } from '../../electron/core/penalty/penalty-tables-repo';
import { calculatePenalty } from '../../shared/rules/penalty/calculate-penalty';
import { NOW, closeDistrictCore, count, openDistrictCore } from './penalty-district';
import { sessionFor } from '../support/api-calls';
import { HAND_INN, openMonthlyRunHandDistrict, type HandDistrict } from '../support/monthly-run-hand-district';

let core: Core;
// Chunks of 40 ids: even this small district goes through two worker threads, as the full district does.
const run = (period: string, companyId: number | null = null, threads = 2) =>
  runMonthlyPenalty({
    sqlite: core.ctx.sqlite,
    dataDir: core.ctx.dataDir,
    period,
    companyId,
    by: { userId: null, name: 'Тестовый сотрудник' },
    nowMs: NOW,
    threads,
    chunkAccounts: 40,
  });

beforeAll(async () => {
  core = await openDistrictCore(150);
});
afterAll(async () => {
  await closeDistrictCore(core);
});

describe('monthly penalty run', () => {
  it('reads the same engine inputs as the reference reader', () => {
    const fast = readPenaltyInputs(core.ctx.sqlite, 1, 1_000_000, '2026-09-30');
    const reference = penaltyInputsForAccounts(core.ctx.sqlite, 1, 1_000_000, '2026-09-30');
    const tables = loadPenaltyTables(core.ctx.sqlite);
    expect([...fast.keys()].sort()).toEqual([...reference.keys()].sort());
    for (const [id, input] of reference) {
      expect(calculatePenalty(fast.get(id)!, tables).totalKopecks).toBe(calculatePenalty(input, tables).totalKopecks);
    }
  });

  it('one engine pass gives what two passes give', () => {
    const tables = loadPenaltyTables(core.ctx.sqlite);
    const companyIds = new Set(
      (core.ctx.sqlite.prepare('SELECT id FROM management_companies').all() as Array<{ id: number }>).map((r) => r.id),
    );
    for (const period of ['2025-03', '2026-01', '2026-09']) {
      const options = { window: monthWindow(period), fromId: 1, toId: 1_000_000, companyIds };
      const one = computeAccrualsForRange(core.ctx.sqlite, tables, { ...options, onePass: true });
      const two = computeAccrualsForRange(core.ctx.sqlite, tables, { ...options, onePass: false });
      expect(one.map((a) => [a.accountId, a.accruedKopecks, a.totalKopecks])).toEqual(
        two.map((a) => [a.accountId, a.accruedKopecks, a.totalKopecks]),
      );
      // In one pass the month's lines add up to the accrual exactly.
      for (const a of one.filter((x) => x.passes === 1)) {
        expect(
          (JSON.parse(a.linesJson) as Array<{ penaltyKopecks: number }>).reduce((s, l) => s + l.penaltyKopecks, 0),
        ).toBe(a.accruedKopecks);
      }
    }
  });

  it('stores accruals equal to the difference of totals, per УК, with registers', async () => {
    const result = await run('2026-09');
    const companies = count(core, 'SELECT count(*) AS n FROM management_companies');
    expect(result.companies).toHaveLength(companies);
    expect(result.exceptions).toEqual([]);
    expect(count(core, `SELECT count(*) AS n FROM penalty_runs WHERE period = '2026-09' AND status = 'current'`)).toBe(
      companies,
    );
    // September's current runs only: another test may have run August on the same district.
    const september = `SELECT a.account_id AS id, a.accrued_kopecks AS accrued, a.total_penalty_kopecks AS total
         FROM penalty_accruals a JOIN penalty_runs r ON r.id = a.run_id WHERE r.period = '2026-09' AND r.status = 'current'`;
    expect(count(core, `SELECT count(*) AS n FROM (${september})`)).toBe(
      count(core, `SELECT count(*) AS n FROM accounts WHERE status = 'open'`),
    );
    expect(result.accruedKopecks).toBeGreaterThan(0);
    // The run's own sum is checked against hand-worked figures in «a run on three hand-worked accounts» below.

    const tables = loadPenaltyTables(core.ctx.sqlite);
    const rows = core.ctx.sqlite.prepare(september).all() as Array<{
      id: number;
      accrued: number;
      total: number;
    }>;
    for (const r of rows) {
      const end = calculatePenalty(penaltyInputForAccount(core.ctx.sqlite, r.id, '2026-09-30'), tables).totalKopecks;
      const prev = calculatePenalty(penaltyInputForAccount(core.ctx.sqlite, r.id, '2026-08-31'), tables).totalKopecks;
      expect([r.id, r.total, r.accrued]).toEqual([r.id, end, end - prev]);
    }
    expect(result.registerFiles).toHaveLength(companies);
    for (const file of result.registerFiles) expect(fs.statSync(file).size).toBeGreaterThan(1000);
  });

  it('sums of a month equal the difference of the totals of two monthly runs', async () => {
    await run('2026-09');
    await run('2026-08', null, 1);
    const totals = (period: string) =>
      count(
        core,
        `SELECT sum(a.total_penalty_kopecks) AS n FROM penalty_accruals a JOIN penalty_runs r ON r.id = a.run_id WHERE r.period = ? AND r.status = 'current'`,
        period,
      );
    const accrued = count(
      core,
      `SELECT sum(accrued_kopecks) AS n FROM penalty_runs WHERE period = '2026-09' AND status = 'current'`,
    );
    expect(accrued).toBe(totals('2026-09') - totals('2026-08'));
  });

  it('re-running a УК and month replaces the run and journals the recalculation', async () => {
    await run('2026-09');
    const company = core.ctx.sqlite
      .prepare(
        `SELECT r.id AS runId, c.id, c.name FROM penalty_runs r JOIN management_companies c ON c.id = r.management_company_id WHERE r.period = '2026-09' AND r.status = 'current' LIMIT 1`,
      )
      .get() as {
      runId: number;
      id: number;
      name: string;
    };
    const before = count(core, 'SELECT count(*) AS n FROM penalty_accruals WHERE run_id = ?', company.runId);
    const again = await run('2026-09', company.id);
    expect(again.companies).toHaveLength(1);
    expect(again.companies[0]).toMatchObject({ replacedRunId: company.runId, accountsCount: before });
    expect(core.ctx.sqlite.prepare('SELECT status FROM penalty_runs WHERE id = ?').get(company.runId)).toEqual({
      status: 'replaced',
    });
    expect(count(core, 'SELECT count(*) AS n FROM penalty_accruals WHERE run_id = ?', company.runId)).toBe(0);
    expect(
      count(
        core,
        `SELECT count(*) AS n FROM penalty_runs WHERE management_company_id = ? AND period = '2026-09' AND status = 'current'`,
        company.id,
      ),
    ).toBe(1);
    const journal = core.ctx.sqlite
      .prepare(`SELECT measure, summary FROM actions WHERE kind = 'penalty.rerun' ORDER BY id DESC LIMIT 1`)
      .get() as { measure: number; summary: string };
    expect(journal.measure).toBe(4);
    expect(journal.summary).toContain(`Перерасчёт пени за сентябрь 2026 по УК «${company.name}»`);
  });

  it('gives no accruals to a УК whose contract excludes penalty and names it as an exception', async () => {
    const company = core.ctx.sqlite.prepare('SELECT id, name FROM management_companies ORDER BY id LIMIT 1').get() as {
      id: number;
      name: string;
    };
    expect(
      count(core, `SELECT count(*) AS n FROM accounts WHERE management_company_id = ? AND status = 'open'`, company.id),
    ).toBeGreaterThan(0);
    // Every УК has its September run before the contract of the first one changes.
    await run('2026-09');
    const othersBefore = count(
      core,
      `SELECT count(*) AS n FROM penalty_runs WHERE period = '2026-09' AND status = 'current' AND management_company_id <> ?`,
      company.id,
    );
    core.ctx.sqlite.prepare('UPDATE management_companies SET penalty_charged = 0 WHERE id = ?').run(company.id);
    try {
      const result = await run('2026-09');
      expect(result.exceptions).toEqual([
        { companyId: company.id, companyName: company.name, reason: expect.stringContaining('не предусматривает') },
      ]);
      expect(result.summary).toContain(company.name);
      expect(
        count(
          core,
          `SELECT count(*) AS n FROM penalty_runs WHERE management_company_id = ? AND period = '2026-09' AND status = 'current'`,
          company.id,
        ),
      ).toBe(0);
      const accounts = count(
        core,
        'SELECT count(*) AS n FROM penalty_accruals a JOIN accounts x ON x.id = a.account_id JOIN penalty_runs r ON r.id = a.run_id WHERE x.management_company_id = ? AND r.period = ?',
        company.id,
        '2026-09',
      );
      expect(accounts).toBe(0);
      expect(
        count(
          core,
          `SELECT count(*) AS n FROM penalty_runs WHERE period = '2026-09' AND status = 'current' AND management_company_id <> ?`,
          company.id,
        ),
      ).toBe(othersBefore);
      expect(count(core, 'SELECT count(*) AS n FROM penalty_accruals')).toBeGreaterThan(0);
    } finally {
      // The contract back as it was, and September run again for every УК, so no other test sees the exception.
      core.ctx.sqlite.prepare('UPDATE management_companies SET penalty_charged = 1 WHERE id = ?').run(company.id);
      await run('2026-09');
    }
  });

  it('a failed run leaves the database as it was', async () => {
    const snapshot = () =>
      core.ctx.sqlite
        .prepare(
          'SELECT (SELECT count(*) FROM penalty_runs) AS runs, (SELECT count(*) FROM penalty_accruals) AS accruals, (SELECT count(*) FROM actions) AS actions, (SELECT group_concat(status) FROM penalty_runs) AS statuses',
        )
        .get();
    const before = snapshot();
    const victim = count(core, 'SELECT max(id) AS n FROM accounts');
    core.ctx.sqlite.exec(
      `CREATE TEMP TRIGGER fail_accrual BEFORE INSERT ON penalty_accruals WHEN NEW.account_id = ${victim} BEGIN SELECT RAISE(ABORT, 'сбой для теста'); END`,
    );
    await expect(run('2026-09')).rejects.toThrow('сбой для теста');
    core.ctx.sqlite.exec('DROP TRIGGER fail_accrual');
    expect(snapshot()).toEqual(before);
  });

  it('runs as a job through the API and lists the runs', async () => {
    const started = await core.dispatch(
      'penaltyRun.start',
      { period: '2026-09' },
      sessionFor(core, 'penaltyRun.start'),
    );
    expect(started.ok).toBe(true);
    const status = await core.ctx.jobs.wait((started as { ok: true; value: { jobId: string } }).value.jobId);
    expect(status).toMatchObject({
      state: 'done',
      summary: expect.stringContaining('Пени за сентябрь 2026 начислены'),
    });
    const list = await core.dispatch('penaltyRun.list', { period: '2026-09' }, sessionFor(core, 'penaltyRun.list'));
    expect(list.ok).toBe(true);
    const runs = (list as { ok: true; value: { runs: Array<{ status: string; accountsCount: number }> } }).value.runs;
    expect(runs.filter((r) => r.status === 'current').reduce((s, r) => s + r.accountsCount, 0)).toBe(
      count(
        core,
        `SELECT count(*) AS n FROM penalty_accruals a JOIN penalty_runs r ON r.id = a.run_id WHERE r.period = '2026-09'`,
      ),
    );
    expect(
      await core.dispatch('penaltyRun.start', { period: '2099-01' }, sessionFor(core, 'penaltyRun.start')),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  it('refuses a month that has not begun and an unknown УК', async () => {
    await expect(run('2027-01')).rejects.toThrow('ещё не наступил');
    await expect(run('2026-09', 999_999)).rejects.toThrow('не найдена');
  });
});

describe('a run on three hand-worked accounts (test/support/monthly-run-hand-district.ts)', () => {
  let hand: HandDistrict;
  beforeEach(async () => {
    hand = await openMonthlyRunHandDistrict();
  });
  afterEach(async () => {
    await hand?.close();
  });
  const handRun = (period: string) =>
    runMonthlyPenalty({
      sqlite: hand.core.ctx.sqlite,
      dataDir: hand.core.ctx.dataDir,
      period,
      companyId: null,
      by: { userId: null, name: 'Тестовый сотрудник' },
      nowMs: NOW,
      threads: 1,
    });
  const accruals = (period: string) =>
    hand.core.ctx.sqlite
      .prepare(
        `SELECT x.number, a.accrued_kopecks AS accrued, a.total_penalty_kopecks AS total FROM penalty_accruals a
           JOIN penalty_runs r ON r.id = a.run_id JOIN accounts x ON x.id = a.account_id
          WHERE r.period = ? AND r.status = 'current' ORDER BY x.number`,
      )
      .all(period);

  it('charges each account its hand-worked September penalty, and the run’s sum is theirs', async () => {
    const result = await handRun('2026-09');
    expect(accruals('2026-09')).toEqual([
      { number: '7200000001', accrued: 5722, total: 10187 }, // 12,35 + 37,27 + 7,60; by 30.09 101,87
      { number: '7200000002', accrued: 950, total: 1488 }, // 1 000 × 30 × 0,095 / 300; 47 days 14,88
      { number: '7200000003', accrued: 4385, total: 15200 }, // 2 000 × 30 × 0,095 / 130; 38,00 + 114,00
    ]);
    // 57,22 + 9,50 + 43,85 = 110,57.
    expect(result.accruedKopecks).toBe(11_057);
    const byCompany = hand.core.ctx.sqlite
      .prepare(
        `SELECT c.inn, r.accrued_kopecks AS accrued, r.accounts_count AS accounts FROM penalty_runs r
           JOIN management_companies c ON c.id = r.management_company_id
          WHERE r.period = '2026-09' AND r.status = 'current' ORDER BY c.inn`,
      )
      .all();
    expect(byCompany).toEqual([
      { inn: HAND_INN.a, accrued: 6672, accounts: 2 }, // 57,22 + 9,50
      { inn: HAND_INN.b, accrued: 4385, accounts: 1 },
    ]);
  });

  it('August’s run gives the totals by 31.08, and September adds exactly the month', async () => {
    await handRun('2026-08');
    expect(accruals('2026-08').map((r) => [(r as { number: string }).number, (r as { total: number }).total])).toEqual([
      ['7200000001', 4465], // 3 000 × 47 × 0,095 / 300
      ['7200000002', 538], // 1 000 × 17 × 0,095 / 300 = 5,383…
      ['7200000003', 10815], // 38,00 + 2 000 × 48 × 0,095 / 130 = 38,00 + 70,15
    ]);
    await handRun('2026-09');
    // 268,75 − 158,18 = 110,57, the month's sum worked by hand above.
    const sum = (period: string, column: 'accrued' | 'total') =>
      (accruals(period) as Array<Record<'accrued' | 'total', number>>).reduce((s, r) => s + r[column], 0);
    expect(sum('2026-09', 'total')).toBe(26_875);
    expect(sum('2026-08', 'total')).toBe(15_818);
    expect(sum('2026-09', 'accrued')).toBe(11_057);
  });
});
