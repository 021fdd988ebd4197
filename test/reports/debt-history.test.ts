/**
 * @file The overdue debt on past days (electron/core/reports/debt-history.ts) on the hand-made accounts of
 * debt-history-fixture.ts (the arithmetic is written there): per account against the debt engine's position on
 * the same day, the snapshots per УК and bracket with the month-to-date payments, their keeping until new data,
 * a building's series and the payments per УК.
 */
import { describe, expect, it } from 'vitest';
import { accountDebt, type DebtCharge, type DebtPayment } from '../../shared/debt/account-debt';
import { loadDebtTables } from '../../electron/core/debt/debt-tables-repo';
import {
  accountDebtsOn,
  buildingDebtSeries,
  collectedBetween,
  debtSnapshots,
} from '../../electron/core/reports/debt-history';
import { recomputeSummaries } from '../../electron/core/billing/recompute-summaries';
import { CAPITAL_REPAIR_SERVICE } from '../../electron/core/penalty/account-penalty-input';
import { debtHistoryDb, NOW } from './debt-history-fixture';
import type Database from 'better-sqlite3';

/** The debt engine's overdue on `asOf` from the same charges (per month and kind) and payments. */
function engineOverdue(sqlite: Database.Database, accountId: number, asOf: string): number {
  const charges: DebtCharge[] = [];
  const months = sqlite
    .prepare<[number], { period: string; h: number | null; c: number | null }>(
      'SELECT period, housing_kopecks AS h, capital_repair_kopecks AS c FROM charge_months WHERE account_id = ?',
    )
    .all(accountId);
  for (const m of months) {
    if (m.h !== null) charges.push({ period: m.period, service: '', kopecks: m.h });
    if (m.c !== null) charges.push({ period: m.period, service: CAPITAL_REPAIR_SERVICE, kopecks: m.c });
  }
  const payments = sqlite
    .prepare<[number], DebtPayment>(
      'SELECT payment_date AS date, amount_kopecks AS kopecks, period FROM payments WHERE account_id = ?',
    )
    .all(accountId);
  const contract = sqlite
    .prepare<[number], { day: number | null }>(
      'SELECT c.contract_due_day AS day FROM accounts a JOIN management_companies c ON c.id = a.management_company_id WHERE a.id = ?',
    )
    .get(accountId);
  return accountDebt(
    { asOf, charges, payments, ...(contract?.day ? { contractDueDay: contract.day } : {}) },
    loadDebtTables(sqlite),
  ).overdueKopecks;
}

describe('the debt of an account on a past day', () => {
  const sqlite = debtHistoryDb();
  const on = (id: number, date: string) => accountDebtsOn(sqlite, [id], date).get(id) ?? 0;

  it('counts charges due by the day minus payments by the day (figures by hand)', () => {
    expect([
      on(1, '2026-08-31'),
      on(1, '2026-09-30'),
      on(1, '2026-10-31'),
      on(1, '2026-11-30'),
      on(1, '2026-12-06'),
    ]).toEqual([0, 0, 300000, 400000, 400000]);
    // The contract's 25th for months before 2026-02.
    expect([on(2, '2025-12-31'), on(2, '2026-01-20'), on(2, '2026-01-31'), on(2, '2026-02-28')]).toEqual([
      200000, 200000, 400000, 600000,
    ]);
    // An overpayment, then its reversal.
    expect([on(3, '2026-10-31'), on(3, '2026-11-30'), on(3, '2026-12-06')]).toEqual([0, 100000, 100000]);
    expect([on(4, '2026-10-31'), on(4, '2026-11-10'), on(4, '2026-11-30')]).toEqual([100000, 0, 100000]);
    expect([on(5, '2026-10-15'), on(5, '2026-10-16')]).toEqual([0, 6000000]);
  });

  it('agrees with the debt engine to the kopeck, except a payment naming a month not yet due', () => {
    const days = ['2025-12-31', '2026-01-20', '2026-01-31', '2026-02-28', '2026-08-31', '2026-09-15', '2026-09-16'];
    days.push(
      '2026-09-30',
      '2026-10-15',
      '2026-10-16',
      '2026-10-31',
      '2026-11-15',
      '2026-11-16',
      '2026-11-30',
      '2026-12-06',
    );
    for (const id of [1, 2, 3, 4, 5])
      for (const d of days) {
        if (id === 4 && d >= '2026-11-01' && d <= '2026-11-15') continue;
        expect(on(id, d), `account ${id} on ${d}`).toBe(engineOverdue(sqlite, id, d));
      }
    // The documented difference: 1 000,00 named for 2026-10 leaves 2026-09 overdue for the engine.
    expect(engineOverdue(sqlite, 4, '2026-11-10')).toBe(100000);
    expect(on(4, '2026-11-10')).toBe(0);
  });

  it('reads every account at once, leaving out the ones without debt', () => {
    expect(accountDebtsOn(sqlite, 'all', '2026-10-31')).toEqual(
      new Map([
        [1, 300000],
        [2, 600000],
        [4, 100000],
        [5, 6000000],
      ]),
    );
    expect(accountDebtsOn(sqlite, [], '2026-10-31')).toEqual(new Map());
  });
});

describe('snapshots per day, УК and bracket', () => {
  it('aggregates the district and puts the month-to-date payments on one row per УК', () => {
    const sqlite = debtHistoryDb();
    const rows = debtSnapshots(sqlite, ['2026-11-30', '2026-10-31'], NOW);
    const strip = rows.map(({ asOfDate, managementCompanyId, bracket, accounts, debtKopecks, collectedKopecks }) => ({
      asOfDate,
      managementCompanyId,
      bracket,
      accounts,
      debtKopecks,
      collectedKopecks,
    }));
    expect(strip).toEqual([
      // 31.10: УК 1 — account 5 60 000,00; accounts 1 (3 000,00) and 4 (1 000,00); paid in October: 3 000,00
      // (account 3, 05.10). УК 2 — account 2 6 000,00; nothing paid.
      {
        asOfDate: '2026-10-31',
        managementCompanyId: 1,
        bracket: 'from_50k',
        accounts: 1,
        debtKopecks: 6000000,
        collectedKopecks: 300000,
      },
      {
        asOfDate: '2026-10-31',
        managementCompanyId: 1,
        bracket: 'below_5k',
        accounts: 2,
        debtKopecks: 400000,
        collectedKopecks: 0,
      },
      {
        asOfDate: '2026-10-31',
        managementCompanyId: 2,
        bracket: 'from_5k',
        accounts: 1,
        debtKopecks: 600000,
        collectedKopecks: 0,
      },
      // 30.11: accounts 1 (4 000), 3 (1 000), 4 (1 000) = 6 000,00; November's payments 2 500 − 3 000 + 1 000 = 500,00.
      {
        asOfDate: '2026-11-30',
        managementCompanyId: 1,
        bracket: 'from_50k',
        accounts: 1,
        debtKopecks: 6000000,
        collectedKopecks: 50000,
      },
      {
        asOfDate: '2026-11-30',
        managementCompanyId: 1,
        bracket: 'below_5k',
        accounts: 3,
        debtKopecks: 600000,
        collectedKopecks: 0,
      },
      {
        asOfDate: '2026-11-30',
        managementCompanyId: 2,
        bracket: 'from_5k',
        accounts: 1,
        debtKopecks: 600000,
        collectedKopecks: 0,
      },
    ]);
  });

  it('keeps the rows until an import changes the data, and recounts today with a new day', () => {
    const sqlite = debtHistoryDb();
    debtSnapshots(sqlite, ['2026-11-30', '2026-12-06'], NOW);
    // A tampered kept row is returned as it is: the rows are read, not recounted.
    sqlite.exec("UPDATE debt_snapshots SET debt_kopecks = 1 WHERE as_of_date = '2026-11-30' AND bracket = 'from_50k'");
    const cached = debtSnapshots(sqlite, ['2026-11-30'], NOW + 60_000);
    expect(cached.find((r) => r.bracket === 'from_50k')?.debtKopecks).toBe(1);

    // A new payments file: account 5 pays 60 000,00 on 28.11.2026.
    sqlite.exec(`
      INSERT INTO imports (id, kind, file_name, file_sha256, size_bytes, stored_path, row_count, result_json, user_name, at_ms)
        VALUES (2, 'payments', 'p.csv', 'y', 1, 'p.csv', 1, '{}', 'тест', 0);
      INSERT INTO payments (account_id, payment_date, amount_kopecks, period, payment_key, import_id)
        VALUES (5, '2026-11-28', 6000000, NULL, 'p6', 2);
    `);
    recomputeSummaries(sqlite, [5], NOW);
    const after = debtSnapshots(sqlite, ['2026-11-30'], NOW);
    // Account 5 is gone from the 50–100 тыс. bracket; November's payments 500,00 + 60 000,00 sit on УК 1's first row.
    expect(after.filter((r) => r.managementCompanyId === 1)).toEqual([
      expect.objectContaining({ bracket: 'below_5k', accounts: 3, debtKopecks: 600000, collectedKopecks: 6050000 }),
    ]);

    // Today's rows are stamped with today: tomorrow they are counted again.
    const before = sqlite
      .prepare<[], { at: number }>(
        "SELECT max(computed_at_ms) AS at FROM debt_snapshots WHERE as_of_date = '2026-12-06'",
      )
      .get()?.at;
    debtSnapshots(sqlite, ['2026-12-06'], NOW + 1000);
    expect(
      sqlite
        .prepare<[], { at: number }>(
          "SELECT max(computed_at_ms) AS at FROM debt_snapshots WHERE as_of_date = '2026-12-06'",
        )
        .get()?.at,
    ).toBe(NOW + 1000);
    expect(before).toBe(NOW);
    debtSnapshots(sqlite, ['2026-12-06'], NOW + 2000);
    expect(
      sqlite
        .prepare<[], { at: number }>(
          "SELECT max(computed_at_ms) AS at FROM debt_snapshots WHERE as_of_date = '2026-12-06'",
        )
        .get()?.at,
    ).toBe(NOW + 1000);
  });

  it('puts a УК without debtors but with payments on a row of its own', () => {
    const sqlite = debtHistoryDb();
    // 30.09: in УК 1 only account 1 paid (3 000,00 on 20.09) and nobody owes yet (2026-08 paid, 2026-09 due
    // 15.10); УК 2's account 2 owes 6 000,00.
    expect(debtSnapshots(sqlite, ['2026-09-30'], NOW)).toEqual([
      expect.objectContaining({
        managementCompanyId: 1,
        bracket: 'none',
        accounts: 0,
        debtKopecks: 0,
        collectedKopecks: 300000,
      }),
      expect.objectContaining({ managementCompanyId: 2, bracket: 'from_5k', accounts: 1, debtKopecks: 600000 }),
    ]);
  });
});

describe('a building and the payments per УК', () => {
  const sqlite = debtHistoryDb();

  it('gives a building its debtors by bracket on each day', () => {
    // Building 1 (УК 1): accounts 1, 3, 4, 5.
    expect(buildingDebtSeries(sqlite, 1, ['2026-11-30', '2026-09-30'])).toEqual([
      {
        asOfDate: '2026-11-30',
        accounts: 4,
        debtKopecks: 6600000,
        byBracket: { from_50k: { accounts: 1, debtKopecks: 6000000 }, below_5k: { accounts: 3, debtKopecks: 600000 } },
      },
      { asOfDate: '2026-09-30', accounts: 0, debtKopecks: 0, byBracket: {} },
    ]);
  });

  it('sums the payments of a span per УК, reversals included', () => {
    // 20.09 3 000 + 05.10 3 000 + 01.11 1 000 + 20.11 2 500 − 25.11 3 000 = 6 500,00.
    expect(collectedBetween(sqlite, '2026-09-01', '2026-11-30')).toEqual(new Map([[1, 650000]]));
    expect(collectedBetween(sqlite, '2026-12-01', '2026-12-06')).toEqual(new Map());
  });
});
