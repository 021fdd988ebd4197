/**
 * @file The engine's inputs for a range of accounts, read the way the monthly run needs them fast.
 *
 * Same result as `penaltyInputsForAccounts` (./account-penalty-input — the reference, which reads `charges`
 * itself; a test compares them), but the charges come from `charge_months`: the import keeps there one row per
 * account and month with capital repair apart, so five years of a district are read as 9 M rows instead of 66 M.
 */
import type Database from 'better-sqlite3';
import type { PenaltyCharge, PenaltyInput, PenaltyPayment } from '../../../shared/rules/penalty/penalty-types';

type MutableInput = PenaltyInput & { charges: PenaltyCharge[]; payments: PenaltyPayment[] };

// Hot path (the monthly run over the district): raw statements, prepared once per connection, rows as arrays.
/** [account_id, period, housing_kopecks, capital_repair_kopecks] */
type ChargeMonthRow = [accountId: number, period: string, housing: number | null, capital: number | null];
/** [account_id, payment_date, amount_kopecks, period] */
type PaymentRow = [accountId: number, date: string, kopecks: number, period: string | null];
/** [account id, the УК's contract due day] */
type DueDayRow = [accountId: number, dueDay: number];

function prepare(sqlite: Database.Database) {
  return {
    charges: sqlite
      .prepare<{ fromId: number; toId: number; lastPeriod: string }, ChargeMonthRow>(
        `SELECT account_id, period, housing_kopecks, capital_repair_kopecks
           FROM charge_months WHERE account_id BETWEEN @fromId AND @toId AND period <= @lastPeriod
          ORDER BY account_id, period`,
      )
      .raw(),
    payments: sqlite
      .prepare<{ fromId: number; toId: number; calculationDate: string }, PaymentRow>(
        `SELECT account_id, payment_date, amount_kopecks, period FROM payments
          WHERE account_id BETWEEN @fromId AND @toId AND payment_date <= @calculationDate AND amount_kopecks > 0
          ORDER BY account_id, payment_date`,
      )
      .raw(),
    dueDays: sqlite
      .prepare<[fromId: number, toId: number], DueDayRow>(
        `SELECT a.id, c.contract_due_day FROM accounts a JOIN management_companies c ON c.id = a.management_company_id
          WHERE a.id BETWEEN ? AND ? AND c.contract_due_day IS NOT NULL`,
      )
      .raw(),
  };
}

const statements = new WeakMap<Database.Database, ReturnType<typeof prepare>>();

function prepared(sqlite: Database.Database) {
  let s = statements.get(sqlite);
  if (!s) {
    s = prepare(sqlite);
    statements.set(sqlite, s);
  }
  return s;
}

/** Inputs for the accounts with ids in [fromId, toId] that have charges or payments, as of `calculationDate`. */
export function readPenaltyInputs(
  sqlite: Database.Database,
  fromId: number,
  toId: number,
  calculationDate: string,
): Map<number, PenaltyInput> {
  const s = prepared(sqlite);
  const dueDays = new Map(s.dueDays.all(fromId, toId));
  const inputs = new Map<number, MutableInput>();
  const inputOf = (accountId: number): MutableInput => {
    let input = inputs.get(accountId);
    if (!input) {
      const dueDay = dueDays.get(accountId);
      input = {
        calculationDate,
        charges: [],
        payments: [],
        ...(dueDay !== undefined ? { contractDueDay: dueDay } : {}),
      };
      inputs.set(accountId, input);
    }
    return input;
  };
  const charges = s.charges.all({ fromId, toId, lastPeriod: calculationDate.slice(0, 7) });
  for (const [accountId, period, housing, capital] of charges) {
    const input = inputOf(accountId);
    // A month made negative by recalculations is no obligation (see ./account-penalty-input).
    if (housing !== null) input.charges.push({ period, amountKopecks: Math.max(0, housing), kind: 'housing' });
    if (capital !== null) input.charges.push({ period, amountKopecks: Math.max(0, capital), kind: 'capital_repair' });
  }
  const payments = s.payments.all({ fromId, toId, calculationDate });
  for (const [accountId, date, kopecks, period] of payments) {
    inputOf(accountId).payments.push({ date, amountKopecks: kopecks, ...(period ? { period } : {}) });
  }
  return inputs;
}
