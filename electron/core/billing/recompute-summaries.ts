/**
 * @file Maintains `account_summaries`: each account's debt position (shared/registry/debt-position.ts) plus the
 * denormalised fields the registry filters, sorts and searches on; and `charge_months`, the charges per month with
 * capital repair apart, which the monthly penalty run reads — both from one read of the charges.
 *
 * Called inside the import's transaction for the accounts the import touched, or for all accounts. Works in chunks
 * of 2,000 accounts (ranges of the account id, read through the (account, …) indexes), so memory stays flat even
 * with five years of charges for 150,000 accounts.
 */
import type Database from 'better-sqlite3';
import { bracketOf } from '../../../shared/registry/brackets';
import { debtPosition, type MonthCharge, type PaymentFact } from '../../../shared/registry/debt-position';
import { foldForSearch } from '../../../shared/text/fold-for-search';
import { readBrackets } from '../repositories/brackets-repo';
import { CAPITAL_REPAIR_SERVICE } from '../penalty/account-penalty-input';

interface AccountRow {
  accountId: number;
  number: string;
  companyId: number;
  companyName: string;
  tenure: string;
  status: string;
  buildingId: number | null;
  buildingAddress: string | null;
  apartment: string | null;
}

/**
 * @param accountIds the accounts to recompute, or 'all'
 * @returns how many summaries were written
 */
export function recomputeSummaries(sqlite: Database.Database, accountIds: Iterable<number> | 'all', nowMs: number): number {
  const brackets = readBrackets(sqlite);
  sqlite.exec('CREATE TEMP TABLE IF NOT EXISTS recompute_ids (account_id INTEGER PRIMARY KEY)');
  sqlite.exec('DELETE FROM recompute_ids');
  if (accountIds === 'all') {
    sqlite.exec('INSERT INTO recompute_ids SELECT id FROM accounts');
  } else {
    const insert = sqlite.prepare('INSERT OR IGNORE INTO recompute_ids (account_id) VALUES (?)');
    for (const id of accountIds) insert.run(id);
  }
  const ids = (sqlite.prepare('SELECT account_id AS id FROM recompute_ids ORDER BY account_id').all() as Array<{ id: number }>).map(
    (r) => r.id,
  );
  const statements = prepareStatements(sqlite);
  // In chunks of accounts, so a district with five years of history never has all its charges in memory.
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    recomputeChunk(statements, chunk[0] as number, chunk[chunk.length - 1] as number, brackets, nowMs);
  }
  sqlite.exec('DELETE FROM recompute_ids');
  return ids.length;
}

const CHUNK = 2000;
const IN_CHUNK = 'BETWEEN @lo AND @hi AND account_id IN (SELECT account_id FROM recompute_ids)';

function prepareStatements(sqlite: Database.Database) {
  return {
    accounts: sqlite.prepare(
      `SELECT a.id AS accountId, a.number, a.management_company_id AS companyId, c.name AS companyName,
              a.tenure, a.status, p.building_id AS buildingId, b.address AS buildingAddress, p.apartment
         FROM accounts a
         JOIN management_companies c ON c.id = a.management_company_id
         LEFT JOIN premises p ON p.id = a.premises_id
         LEFT JOIN buildings b ON b.id = p.building_id
        WHERE a.id BETWEEN @lo AND @hi AND a.id IN (SELECT account_id FROM recompute_ids)
        ORDER BY a.id`,
    ),
    months: sqlite.prepare(
      `SELECT account_id AS accountId, period,
              sum(CASE WHEN service <> @capital THEN amount_kopecks END) AS housing,
              sum(CASE WHEN service = @capital THEN amount_kopecks END) AS capital
         FROM charges
        WHERE account_id ${IN_CHUNK} GROUP BY account_id, period ORDER BY account_id, period`,
    ),
    clearMonths: sqlite.prepare(`DELETE FROM charge_months WHERE account_id ${IN_CHUNK}`),
    insertMonth: sqlite.prepare(
      `INSERT INTO charge_months (account_id, period, housing_kopecks, capital_repair_kopecks)
       VALUES (@accountId, @period, @housing, @capital)`,
    ),
    payments: sqlite.prepare(
      `SELECT account_id AS accountId, payment_date AS date, amount_kopecks AS kopecks, period FROM payments
        WHERE account_id ${IN_CHUNK} ORDER BY account_id`,
    ),
    persons: sqlite.prepare(
      `SELECT ap.account_id AS accountId, ps.full_name AS fullName, ap.role
         FROM account_persons ap JOIN persons ps ON ps.id = ap.person_id
        WHERE ap.account_id ${IN_CHUNK} ORDER BY ap.account_id, ap.position`,
    ),
    upsert: sqlite.prepare(
      `INSERT INTO account_summaries (account_id, number, address, address_sort, management_company_id, company_name,
          building_id, tenure, status, main_person, charged_kopecks, paid_kopecks, debt_kopecks, months_in_arrears,
          debt_since_period, last_payment_date, last_payment_kopecks, bracket, search_text, updated_at_ms)
       VALUES (@accountId, @number, @address, @addressSort, @companyId, @companyName, @buildingId, @tenure, @status,
          @mainPerson, @charged, @paid, @debt, @months, @debtSince, @lastDate, @lastKopecks, @bracket, @searchText, @now)
       ON CONFLICT (account_id) DO UPDATE SET number = excluded.number, address = excluded.address,
          address_sort = excluded.address_sort, management_company_id = excluded.management_company_id,
          company_name = excluded.company_name, building_id = excluded.building_id, tenure = excluded.tenure,
          status = excluded.status, main_person = excluded.main_person, charged_kopecks = excluded.charged_kopecks,
          paid_kopecks = excluded.paid_kopecks, debt_kopecks = excluded.debt_kopecks,
          months_in_arrears = excluded.months_in_arrears, debt_since_period = excluded.debt_since_period,
          last_payment_date = excluded.last_payment_date, last_payment_kopecks = excluded.last_payment_kopecks,
          bracket = excluded.bracket, search_text = excluded.search_text, updated_at_ms = excluded.updated_at_ms`,
    ),
  };
}

function recomputeChunk(
  st: ReturnType<typeof prepareStatements>,
  lo: number,
  hi: number,
  brackets: ReturnType<typeof readBrackets>,
  nowMs: number,
): void {
  const range = { lo, hi };
  const accounts = st.accounts.all(range) as AccountRow[];
  const monthRows = st.months.all({ ...range, capital: CAPITAL_REPAIR_SERVICE }) as Array<{
    accountId: number;
    period: string;
    housing: number | null;
    capital: number | null;
  }>;
  st.clearMonths.run(range);
  for (const m of monthRows) st.insertMonth.run(m);
  const monthsByAccount = groupBy(
    monthRows.map((m): { accountId: number } & MonthCharge => ({
      accountId: m.accountId,
      period: m.period,
      kopecks: (m.housing ?? 0) + (m.capital ?? 0),
    })),
  );
  const paymentsByAccount = groupBy(st.payments.all(range) as Array<{ accountId: number } & PaymentFact>);
  const personsByAccount = groupBy(st.persons.all(range) as Array<{ accountId: number; fullName: string; role: string }>);
  for (const a of accounts) {
    const position = debtPosition(monthsByAccount.get(a.accountId) ?? [], paymentsByAccount.get(a.accountId) ?? []);
    const people = personsByAccount.get(a.accountId) ?? [];
    const main = people.find((p) => p.role === 'owner' || p.role === 'tenant') ?? people[0];
    const address = a.buildingAddress
      ? a.apartment
        ? `${a.buildingAddress}, кв. ${a.apartment}`
        : a.buildingAddress
      : 'адрес не указан';
    st.upsert.run({
      accountId: a.accountId,
      number: a.number,
      address,
      addressSort: addressSortKey(a.buildingAddress ?? '', a.apartment ?? ''),
      companyId: a.companyId,
      companyName: a.companyName,
      buildingId: a.buildingId,
      tenure: a.tenure,
      status: a.status,
      mainPerson: main?.fullName ?? null,
      charged: position.chargedKopecks,
      paid: position.paidKopecks,
      debt: position.debtKopecks,
      months: position.monthsInArrears,
      debtSince: position.debtSincePeriod,
      lastDate: position.lastPaymentDate,
      lastKopecks: position.lastPaymentKopecks,
      bracket: bracketOf(position.debtKopecks, brackets),
      searchText: [a.number, foldForSearch(address), ...people.map((p) => foldForSearch(p.fullName))].join(' | '),
      now: nowMs,
    });
  }
}

/** Folded address with house and flat numbers zero-padded, so «д. 5» sorts before «д. 12» and «кв. 9» before «кв. 10». */
export function addressSortKey(buildingAddress: string, apartment: string): string {
  const pad = (text: string) => text.replace(/\d+/g, (digits) => digits.padStart(6, '0'));
  return `${pad(foldForSearch(buildingAddress))} #${pad(foldForSearch(apartment))}`;
}

function groupBy<T extends { accountId: number }>(rows: T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const list = map.get(row.accountId);
    if (list) list.push(row);
    else map.set(row.accountId, [row]);
  }
  return map;
}

