/**
 * @file Measure 12's facts for many accounts at once: months in a row without payment (ЖК ст.90: «не вносят плату
 * более шести месяцев») and whether an eviction case is under way. Set-based over the ids of one chunk of
 * account-facts.ts (≤ 5000 ids): three index seeks per account, a few rows more only for accounts that stopped paying.
 *
 * [Note: months without payment]
 * - The run ends with the LAST OVERDUE MONTH: the latest billing month with something unpaid whose due date has
 *   passed (debt_months). No overdue debt → 0.
 * - It counts the billing months before it, one by one back, that had a charge (housing + capital repair > 0) and in
 *   which NO PAYMENT WAS MADE; it stops at the first month with a payment or without a charge.
 * - A payment counts for the calendar month of its DATE, not for the month the payer named: ЖК ст.90 speaks of the
 *   tenant's conduct — «не вносят плату» — so what matters is whether money came in during the month; the named month
 *   is often absent, and a payment for an old bill made in June still shows the tenant paying in June.
 * - A payment made after the last overdue month (up to today) also ends the run: the tenant pays again, and eviction
 *   is not offered to someone who has just paid (the run is then 0).
 * - A reversal (negative amount) is not a payment; a month whose payments are all reversed (net ≤ 0) counts as a
 *   month without payment.
 * - Owners get the number too (the card shows it); the rule book refuses them by tenure.
 *
 * `open`: a case not closed and not relocated. A relocated case is finished — the household lives elsewhere under a
 * new tenancy — so it no longer keeps measure 12 closed; a case at any earlier stage does.
 */
import type Database from 'better-sqlite3';
import { previousPeriod } from '../../../shared/dates/billing-period';

export interface EvictionFacts {
  monthsWithoutPayment: number;
  open: boolean;
}

interface BaseRow {
  accountId: number;
  lastOverdue: string | null;
  lastPaid: string | null;
  open: number;
}

interface ChargeRow {
  accountId: number;
  period: string;
  charged: number;
}

const statements = new WeakMap<Database.Database, ReturnType<typeof prepare>>();

function prepare(sqlite: Database.Database) {
  return {
    // The last paid day is looked up only for accounts with overdue debt (a quarter of a district or less): the
    // CTE is materialised so its subquery runs once per account, and CASE skips the seek for the others.
    base: sqlite.prepare<{ ids: string; today: string }, BaseRow>(
      `WITH b AS MATERIALIZED (
         SELECT i.value AS accountId,
                (SELECT max(d.period) FROM debt_months d
                  WHERE d.account_id = i.value AND d.due_date < @today AND d.open_kopecks > 0) AS lastOverdue
           FROM json_each(@ids) i)
       SELECT b.accountId, b.lastOverdue,
              CASE WHEN b.lastOverdue IS NOT NULL THEN
                (SELECT p.payment_date FROM payments p
                  WHERE p.account_id = b.accountId AND p.payment_date <= @today AND p.amount_kopecks > 0
                  ORDER BY p.payment_date DESC LIMIT 1) END AS lastPaid,
              EXISTS (SELECT 1 FROM eviction_cases e
                       WHERE e.account_id = b.accountId AND e.status NOT IN ('closed', 'relocated')) AS open
         FROM b`,
    ),
    /** The net of the payments made in one calendar month (up to today). */
    monthNet: sqlite.prepare<[number, string, string], { net: number | null }>(
      `SELECT sum(amount_kopecks) AS net FROM payments WHERE account_id = ? AND payment_date >= ? AND payment_date <= ?`,
    ),
    /** The latest positive payment before a day. */
    paidBefore: sqlite.prepare<[number, string], { date: string }>(
      `SELECT payment_date AS date FROM payments WHERE account_id = ? AND payment_date < ? AND amount_kopecks > 0
        ORDER BY payment_date DESC LIMIT 1`,
    ),
    /** Charged months after the last paid month up to the last overdue one: spans [{id, from, to}]. */
    charges: sqlite.prepare<{ spans: string }, ChargeRow>(
      `SELECT c.account_id AS accountId, c.period,
              coalesce(c.housing_kopecks, 0) + coalesce(c.capital_repair_kopecks, 0) AS charged
         FROM json_each(@spans) j
         JOIN charge_months c ON c.account_id = json_extract(j.value, '$.id')
          AND c.period > json_extract(j.value, '$.from') AND c.period <= json_extract(j.value, '$.to')
        ORDER BY c.account_id, c.period DESC`,
    ),
  };
}

function statementsOf(sqlite: Database.Database): ReturnType<typeof prepare> {
  let s = statements.get(sqlite);
  if (!s) statements.set(sqlite, (s = prepare(sqlite)));
  return s;
}

/**
 * The month ('YYYY-MM') of the latest payment up to today whose month's payments are a net payment (reversals taken
 * off), starting from the latest positive payment's date; null when the account never paid.
 */
function lastPaidMonth(
  s: ReturnType<typeof prepare>,
  accountId: number,
  lastPaid: string | null,
  today: string,
): string | null {
  let date = lastPaid;
  while (date !== null) {
    const month = date.slice(0, 7);
    const end = `${month}-31` < today ? `${month}-31` : today;
    const net = s.monthNet.get(accountId, `${month}-01`, end)?.net ?? 0;
    if (net > 0) return month;
    date = s.paidBefore.get(accountId, `${month}-01`)?.date ?? null;
  }
  return null;
}

export function readEvictionFacts(
  sqlite: Database.Database,
  accountIds: readonly number[],
  today: string,
): Map<number, EvictionFacts> {
  const out = new Map<number, EvictionFacts>();
  if (accountIds.length === 0) return out;
  const s = statementsOf(sqlite);
  const spans: Array<{ id: number; from: string; to: string }> = [];
  for (const row of s.base.all({ ids: JSON.stringify(accountIds), today })) {
    out.set(row.accountId, { monthsWithoutPayment: 0, open: row.open === 1 });
    if (row.lastOverdue === null) continue;
    const paidMonth = lastPaidMonth(s, row.accountId, row.lastPaid, today);
    // Paid in the last overdue month or since: the tenant pays, the run is 0.
    if (paidMonth !== null && paidMonth >= row.lastOverdue) continue;
    spans.push({ id: row.accountId, from: paidMonth ?? '0000-00', to: row.lastOverdue });
  }
  if (spans.length === 0) return out;
  const to = new Map(spans.map((x) => [x.id, x.to]));
  // Rows come per account, latest month first: count back from the last overdue month while months are charged and
  // follow one another without a gap.
  const state = new Map<number, { expected: string; count: number; stopped: boolean }>();
  for (const c of s.charges.all({ spans: JSON.stringify(spans) })) {
    let st = state.get(c.accountId);
    if (!st) state.set(c.accountId, (st = { expected: to.get(c.accountId) ?? c.period, count: 0, stopped: false }));
    if (st.stopped) continue;
    if (c.period !== st.expected || c.charged <= 0) {
      st.stopped = true;
      continue;
    }
    st.count += 1;
    st.expected = previousPeriod(st.expected);
  }
  for (const [accountId, st] of state) {
    const facts = out.get(accountId);
    if (facts) facts.monthsWithoutPayment = st.count;
  }
  return out;
}
