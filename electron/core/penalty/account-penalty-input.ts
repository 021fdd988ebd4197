/**
 * @file The penalty engine's input for one account, read from the database as of a calculation date.
 *
 * Charges of a billing month are summed per kind: «Взнос на капитальный ремонт» is ч.14.1 (capital_repair),
 * everything else ч.14 (housing). A month whose recalculations make it negative counts as 0 — a credit is not an
 * obligation (the money it frees shows in the debt, not in the penalty). Payments after the calculation date and
 * reversals (negative amounts) are left out. Batch callers read many accounts at once with
 * `penaltyInputsForAccounts` instead.
 */
import type Database from 'better-sqlite3';
import type { PenaltyInput } from '../../../shared/rules/penalty/penalty-types';

export const CAPITAL_REPAIR_SERVICE = 'Взнос на капитальный ремонт';

interface ChargeRow {
  accountId: number;
  period: string;
  capital: number;
  kopecks: number;
}
interface PaymentRow {
  accountId: number;
  date: string;
  kopecks: number;
  period: string | null;
}

/**
 * Inputs for the accounts with ids in [fromId, toId] (one query per table — the monthly run and the ЕПД export
 * walk the district in such ranges). Accounts with no charges are absent from the map.
 */
export function penaltyInputsForAccounts(
  sqlite: Database.Database,
  fromId: number,
  toId: number,
  calculationDate: string,
): Map<number, PenaltyInput> {
  const charges = sqlite
    .prepare(
      `SELECT account_id AS accountId, period, (service = @capital) AS capital, sum(amount_kopecks) AS kopecks
         FROM charges WHERE account_id BETWEEN @fromId AND @toId AND period <= @lastPeriod
        GROUP BY account_id, period, capital ORDER BY account_id, period`,
    )
    .all({ capital: CAPITAL_REPAIR_SERVICE, fromId, toId, lastPeriod: calculationDate.slice(0, 7) }) as ChargeRow[];
  const payments = sqlite
    .prepare(
      `SELECT account_id AS accountId, payment_date AS date, amount_kopecks AS kopecks, period
         FROM payments WHERE account_id BETWEEN @fromId AND @toId AND payment_date <= @calculationDate AND amount_kopecks > 0
        ORDER BY account_id, payment_date`,
    )
    .all({ fromId, toId, calculationDate }) as PaymentRow[];
  const dueDays = new Map(
    (
      sqlite
        .prepare(
          `SELECT a.id AS accountId, c.contract_due_day AS dueDay FROM accounts a
             JOIN management_companies c ON c.id = a.management_company_id
            WHERE a.id BETWEEN ? AND ? AND c.contract_due_day IS NOT NULL`,
        )
        .all(fromId, toId) as Array<{ accountId: number; dueDay: number }>
    ).map((r) => [r.accountId, r.dueDay]),
  );

  const inputs = new Map<number, PenaltyInput & { charges: PenaltyInput['charges'][number][]; payments: PenaltyInput['payments'][number][] }>();
  const inputOf = (accountId: number) => {
    let input = inputs.get(accountId);
    if (!input) {
      const dueDay = dueDays.get(accountId);
      input = { calculationDate, charges: [], payments: [], ...(dueDay !== undefined ? { contractDueDay: dueDay } : {}) };
      inputs.set(accountId, input);
    }
    return input;
  };
  for (const c of charges) {
    inputOf(c.accountId).charges.push({
      period: c.period,
      amountKopecks: Math.max(0, c.kopecks),
      kind: c.capital ? 'capital_repair' : 'housing',
    });
  }
  for (const p of payments) {
    inputOf(p.accountId).payments.push({ date: p.date, amountKopecks: p.kopecks, ...(p.period ? { period: p.period } : {}) });
  }
  return inputs;
}

export function penaltyInputForAccount(sqlite: Database.Database, accountId: number, calculationDate: string): PenaltyInput {
  return penaltyInputsForAccounts(sqlite, accountId, accountId, calculationDate).get(accountId) ?? { calculationDate, charges: [], payments: [] };
}
