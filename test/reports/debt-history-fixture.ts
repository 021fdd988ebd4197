/**
 * @file Hand-made accounts for the debt-history tests (through the real migrations), today 06.12.2026.
 *
 * Due dates (seed table): months from 2026-02 are due on the 15th of the next month, no contract day; earlier
 * months on the 10th, or the management contract's day (УК 2: the 25th).
 *
 * УК 1 (no contract day):
 * - Account 1: housing 3 000,00 for 2026-08, 09, 10, 11; capital repair 500,00 for 2026-10. Paid 20.09.2026
 *   3 000,00 and 20.11.2026 2 500,00 (no month named).
 *     31.08: nothing due yet (2026-08 due 15.09) → 0.
 *     30.09: due 3 000 (2026-08) − paid 3 000 → 0.
 *     31.10: due 6 000 (08, 09) − paid 3 000 → 3 000,00.
 *     30.11: due 6 000 + 3 000 + 500 (10 both kinds, due 15.11) = 9 500 − paid 5 500 → 4 000,00.
 *     06.12: 2026-11 is due 15.12 → still 4 000,00.
 * - Account 3: 1 000,00 for 2026-10 and 2026-11; paid 05.10.2026 3 000,00, reversed 25.11.2026 (−3 000,00).
 *     31.10: due 0 − paid 3 000 → none. 30.11: due 1 000 (2026-10) − 0 → 1 000,00. 06.12: 1 000,00.
 * - Account 4: 1 000,00 for 2026-09 and 2026-10; paid 01.11.2026 1 000,00 NAMING 2026-10.
 *     31.10: due 1 000 (2026-09) → 1 000,00. 10.11: due 1 000 − paid 1 000 → 0 here; the engine puts the money on
 *     2026-10 (named, not yet due) and keeps 2026-09 overdue: 1 000,00 — the documented difference.
 *     30.11: due 2 000 − 1 000 → 1 000,00 (both agree).
 * - Account 5: housing 60 000,00 for 2026-09, never paid: from 16.10.2026 60 000,00 (bracket 50–100 тыс.).
 * УК 2 (contract day 25):
 * - Account 2: housing 2 000,00 for 2025-11, 2025-12, 2026-01, never paid. Due 25.12.2025, 25.01.2026,
 *   25.02.2026 (months before 2026-02 keep the contract day).
 *     31.12.2025 → 2 000,00; 20.01.2026 → 2 000,00; 31.01.2026 → 4 000,00; 28.02.2026 → 6 000,00.
 */
import type Database from 'better-sqlite3';
import { createTestDb } from '../support/create-test-db';
import { recomputeSummaries } from '../../electron/core/billing/recompute-summaries';

export const NOW = Date.parse('2026-12-06T09:00:00+03:00');
export const TODAY = '2026-12-06';

export function debtHistoryDb(): Database.Database {
  const { sqlite } = createTestDb();
  fillDebtHistory(sqlite);
  return sqlite;
}

/** The accounts above written into `sqlite` (a test database or a core's), summaries recounted. */
export function fillDebtHistory(sqlite: Database.Database): void {
  const housing = (acc: number, period: string, kopecks: number) =>
    `(${acc}, '${period}', 'Содержание жилого помещения', ${kopecks}, 1)`;
  sqlite.exec(`
    INSERT INTO management_companies (id, name, inn, created_at_ms) VALUES (1, 'ООО «УК Первая»', '5024000001', 0);
    INSERT INTO management_companies (id, name, inn, contract_due_day, created_at_ms)
      VALUES (2, 'ООО «УК Вторая»', '5024000002', 25, 0);
    INSERT INTO buildings (id, management_company_id, address, address_search, created_at_ms) VALUES
      (1, 1, 'г. Красногорск, ул. Ленина, д. 5', 'г. красногорск, ул. ленина, д. 5', 0),
      (2, 2, 'г. Красногорск, ул. Мира, д. 1', 'г. красногорск, ул. мира, д. 1', 0);
    INSERT INTO premises (id, building_id, apartment, ownership_form, created_at_ms) VALUES
      (1, 1, '1', 'private', 0), (2, 2, '1', 'private', 0), (3, 1, '3', 'private', 0), (4, 1, '4', 'private', 0),
      (5, 1, '5', 'private', 0);
    INSERT INTO accounts (id, number, management_company_id, tenure, premises_id, created_at_ms) VALUES
      (1, '1000001', 1, 'owner', 1, 0), (2, '1000002', 2, 'owner', 2, 0), (3, '1000003', 1, 'owner', 3, 0),
      (4, '1000004', 1, 'owner', 4, 0), (5, '1000005', 1, 'owner', 5, 0);
    INSERT INTO imports (id, kind, file_name, file_sha256, size_bytes, stored_path, row_count, result_json, user_name, at_ms)
      VALUES (1, 'charges', 'c.csv', 'x', 1, 'c.csv', 3, '{}', 'тест', 0);
    INSERT INTO charges (account_id, period, service, amount_kopecks, import_id) VALUES
      ${['2026-08', '2026-09', '2026-10', '2026-11'].map((p) => housing(1, p, 300000)).join(',')},
      (1, '2026-10', 'Взнос на капитальный ремонт', 50000, 1),
      ${['2025-11', '2025-12', '2026-01'].map((p) => housing(2, p, 200000)).join(',')},
      ${housing(3, '2026-10', 100000)}, ${housing(3, '2026-11', 100000)},
      ${housing(4, '2026-09', 100000)}, ${housing(4, '2026-10', 100000)},
      ${housing(5, '2026-09', 6000000)};
    INSERT INTO payments (account_id, payment_date, amount_kopecks, period, payment_key, import_id) VALUES
      (1, '2026-09-20', 300000, NULL, 'p1', 1),
      (1, '2026-11-20', 250000, NULL, 'p2', 1),
      (3, '2026-10-05', 300000, NULL, 'p3', 1),
      (3, '2026-11-25', -300000, NULL, 'p4', 1),
      (4, '2026-11-01', 100000, '2026-10', 'p5', 1);
  `);
  recomputeSummaries(sqlite, 'all', NOW);
}
