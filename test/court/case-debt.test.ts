/**
 * @file What a court case demands of an account (electron/core/court/case-debt.ts), through the real migrations:
 * only the months within the limitation unless the clerk includes the others, the payments as allocated, and the
 * debtors' parts adding up to the account's sum. Expected values by hand.
 *
 * The account: 2023-06 charged 1 000,00 (due 10.07.2023 → the three years ended 10.07.2026: time-barred on
 * 06.12.2026), 2024-06 charged 2 000,00, 2024-07 charged 3 000,00; one payment of 500,00 on 05.08.2024 naming no
 * month → the oldest due, 2023-06 (500,00 left open there).
 */
import { describe, expect, it } from 'vitest';
import { createTestDb } from '../support/create-test-db';
import { caseDebt, debtorParts } from '../../electron/core/court/case-debt';

function seed() {
  const { sqlite } = createTestDb();
  sqlite.exec(`
    INSERT INTO management_companies (id, name, inn, created_at_ms) VALUES (1, 'ООО «УК Тест»', '5024000001', 0);
    INSERT INTO buildings (id, management_company_id, address, address_search, created_at_ms)
      VALUES (1, 1, 'г. Красногорск, ул. Ленина, д. 5', 'г. красногорск, ул. ленина, д. 5', 0);
    INSERT INTO accounts (id, number, management_company_id, tenure, created_at_ms) VALUES (1, '1000001', 1, 'owner', 0);
    INSERT INTO imports (id, kind, file_name, file_sha256, size_bytes, stored_path, row_count, result_json, user_name, at_ms)
      VALUES (1, 'charges', 'c.csv', 'x', 1, 'c.csv', 3, '{}', 'тест', 0);
    INSERT INTO charges (account_id, period, service, amount_kopecks, import_id) VALUES
      (1, '2023-06', 'Содержание жилого помещения', 100000, 1),
      (1, '2024-06', 'Содержание жилого помещения', 200000, 1),
      (1, '2024-07', 'Содержание жилого помещения', 300000, 1);
    INSERT INTO payments (account_id, payment_date, amount_kopecks, payment_key, import_id) VALUES (1, '2024-08-05', 50000, 'p1', 1);
  `);
  return sqlite;
}

describe('caseDebt', () => {
  it('leaves the time-barred month out by default and lists the payment against the month it paid', () => {
    const d = caseDebt(seed(), 1, '2026-12-06', { includeTimeBarred: false });
    expect(d.months.map((m) => [m.period, m.openKopecks, m.timeBarred, m.included])).toEqual([
      ['2023-06', 50000, true, false],
      ['2024-06', 200000, false, true],
      ['2024-07', 300000, false, true],
    ]);
    expect(d.accountPrincipalKopecks).toBe(500000);
    expect(d.includedPeriods).toEqual(['2024-06', '2024-07']);
    expect(d.timeBarredPeriods).toEqual(['2023-06']);
    expect(d.payments).toEqual([{ date: '2024-08-05', kopecks: 50000, period: '2023-06' }]);
    expect(d.penaltyLines.every((l) => l.period !== '2023-06')).toBe(true);
    expect(d.accountPenaltyKopecks).toBe(d.penaltyLines.reduce((a, l) => a + l.penaltyKopecks, 0));
  });

  it('includes the time-barred month when the clerk says so', () => {
    const d = caseDebt(seed(), 1, '2026-12-06', { includeTimeBarred: true });
    expect(d.accountPrincipalKopecks).toBe(550000);
    expect(d.penaltyLines.some((l) => l.period === '2023-06')).toBe(true);
  });

  it('splits a sum among co-owners 1/2, 1/4, 1/4 so that the parts add up', () => {
    const parts = debtorParts(500001, [
      { share: { num: 1, den: 2 } },
      { share: { num: 1, den: 4 } },
      { share: { num: 1, den: 4 } },
    ]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(500001);
    expect(parts[0]).toBeGreaterThanOrEqual(250000);
    expect(parts[0]).toBeLessThanOrEqual(250001);
  });
});
