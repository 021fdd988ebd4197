/**
 * @file Maintains `account_summaries`: each account's debt position as of today (shared/debt/account-debt.ts:
 * overdue, not yet due, time-barred) plus the denormalised fields the registry filters, sorts and searches on;
 * `debt_months`, the unpaid part of each month with its due date and limitation, from which the daily refresh
 * (electron/core/debt/refresh-debt.ts) recounts the next day; and `charge_months`, the charges per month with capital
 * repair apart, which the monthly penalty run reads — all from one read of the charges.
 *
 * Called inside the import's transaction for the accounts the import touched, or for all accounts. Works in chunks
 * of 2,000 accounts (ranges of the account id, read through the (account, …) indexes), so memory stays flat even
 * with five years of charges for 150,000 accounts. `charge_months` is filled by one INSERT … SELECT per chunk and
 * `debt_months` 100 rows per statement (db/batch-insert.ts).
 */
import type Database from 'better-sqlite3';
import { bracketOf } from '../../../shared/registry/brackets';
import { accountDebt, type DebtCharge, type DebtPayment, type DebtTables } from '../../../shared/debt/account-debt';
import { isoDateInZone } from '../../../shared/dates/iso-date';
import { loadDebtTables } from '../debt/debt-tables-repo';
import { foldForSearch } from '../../../shared/text/fold-for-search';
import { readBrackets } from '../repositories/brackets-repo';
import { CAPITAL_REPAIR_SERVICE } from '../penalty/account-penalty-input';
import { BatchInsert } from '../db/batch-insert';

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
  contractDueDay: number | null;
}

/** Charges of one account and month, housing and capital repair apart (NULL = none of that kind). */
interface MonthRow {
  accountId: number;
  period: string;
  housing: number | null;
  capital: number | null;
}

/** A chunk: account ids from `lo` to `hi` that are in recompute_ids. */
interface Range {
  lo: number;
  hi: number;
}

/**
 * @param accountIds the accounts to recompute, or 'all'
 * @returns how many summaries were written
 */
export function recomputeSummaries(
  sqlite: Database.Database,
  accountIds: Iterable<number> | 'all',
  nowMs: number,
): number {
  const brackets = readBrackets(sqlite);
  const tables = loadDebtTables(sqlite);
  const today = isoDateInZone(nowMs);
  sqlite.exec('CREATE TEMP TABLE IF NOT EXISTS recompute_ids (account_id INTEGER PRIMARY KEY)');
  sqlite.exec('DELETE FROM recompute_ids');
  if (accountIds === 'all') {
    sqlite.exec('INSERT INTO recompute_ids SELECT id FROM accounts');
  } else {
    const insert = sqlite.prepare<[accountId: number]>('INSERT OR IGNORE INTO recompute_ids (account_id) VALUES (?)');
    for (const id of accountIds) insert.run(id);
  }
  const ids = sqlite
    .prepare<[], { id: number }>('SELECT account_id AS id FROM recompute_ids ORDER BY account_id')
    .all()
    .map((r) => r.id);
  const statements = prepareStatements(sqlite);
  // In chunks of accounts, so a district with five years of history never has all its charges in memory.
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    recomputeChunk(statements, chunk[0] as number, chunk[chunk.length - 1] as number, {
      brackets,
      tables,
      today,
      nowMs,
    });
  }
  sqlite.exec('DELETE FROM recompute_ids');
  return ids.length;
}

const CHUNK = 2000;
const IN_CHUNK = 'BETWEEN @lo AND @hi AND account_id IN (SELECT account_id FROM recompute_ids)';

function prepareStatements(sqlite: Database.Database) {
  return {
    // The import's hot path (150 000 accounts in chunks): raw statements prepared once, rows typed here.
    accounts: sqlite.prepare<Range, AccountRow>(
      `SELECT a.id AS accountId, a.number, a.management_company_id AS companyId, c.name AS companyName,
              a.tenure, a.status, p.building_id AS buildingId, b.address AS buildingAddress, p.apartment,
              c.contract_due_day AS contractDueDay
         FROM accounts a
         JOIN management_companies c ON c.id = a.management_company_id
         LEFT JOIN premises p ON p.id = a.premises_id
         LEFT JOIN buildings b ON b.id = p.building_id
        WHERE a.id BETWEEN @lo AND @hi AND a.id IN (SELECT account_id FROM recompute_ids)
        ORDER BY a.id`,
    ),
    // charge_months is filled by one set-based statement, then read back (a tenth of the charges' rows)
    fillMonths: sqlite.prepare<Range & { capital: string }>(
      `INSERT INTO charge_months (account_id, period, housing_kopecks, capital_repair_kopecks)
       SELECT account_id, period,
              sum(CASE WHEN service <> @capital THEN amount_kopecks END),
              sum(CASE WHEN service = @capital THEN amount_kopecks END)
         FROM charges
        WHERE account_id ${IN_CHUNK} GROUP BY account_id, period ORDER BY account_id, period`,
    ),
    months: sqlite.prepare<Range, MonthRow>(
      `SELECT account_id AS accountId, period, housing_kopecks AS housing, capital_repair_kopecks AS capital
         FROM charge_months WHERE account_id ${IN_CHUNK} ORDER BY account_id, period`,
    ),
    clearMonths: sqlite.prepare<Range>(`DELETE FROM charge_months WHERE account_id ${IN_CHUNK}`),
    clearDebtMonths: sqlite.prepare<Range>(`DELETE FROM debt_months WHERE account_id ${IN_CHUNK}`),
    insertDebtMonths: new BatchInsert(
      sqlite,
      'INSERT INTO debt_months (account_id, period, kind, due_date, limitation_expires_on, open_kopecks)',
      6,
    ),
    payments: sqlite.prepare<Range, { accountId: number } & DebtPayment>(
      `SELECT account_id AS accountId, payment_date AS date, amount_kopecks AS kopecks, period FROM payments
        WHERE account_id ${IN_CHUNK} ORDER BY account_id`,
    ),
    // Court-order applications stop the limitation (ГК ст.204; as readCourtOrderEpisodes in account-debt-repo.ts).
    courtOrders: sqlite.prepare<
      Range,
      { accountId: number; filed: string; cancelled: string | null; periodsJson: string }
    >(
      `SELECT account_id AS accountId, filed_date AS filed, cancelled_date AS cancelled, periods_json AS periodsJson
         FROM court_cases
        WHERE account_id ${IN_CHUNK} AND kind = 'court_order' AND filed_date IS NOT NULL AND status <> 'returned'
        ORDER BY account_id, filed_date, id`,
    ),
    persons: sqlite.prepare<Range, { accountId: number; fullName: string; role: string }>(
      `SELECT ap.account_id AS accountId, ps.full_name AS fullName, ap.role
         FROM account_persons ap JOIN persons ps ON ps.id = ap.person_id
        WHERE ap.account_id ${IN_CHUNK} ORDER BY ap.account_id, ap.position`,
    ),
    upsert: sqlite.prepare(
      `INSERT INTO account_summaries (account_id, number, address, address_sort, management_company_id, company_name,
          building_id, tenure, status, main_person, charged_kopecks, paid_kopecks, debt_kopecks, not_yet_due_kopecks,
          time_barred_kopecks, balance_kopecks, as_of_date, months_in_arrears,
          debt_since_period, last_payment_date, last_payment_kopecks, bracket, search_text, updated_at_ms)
       VALUES (@accountId, @number, @address, @addressSort, @companyId, @companyName, @buildingId, @tenure, @status,
          @mainPerson, @charged, @paid, @debt, @notYetDue, @timeBarred, @balance, @asOf, @months, @debtSince, @lastDate,
          @lastKopecks, @bracket, @searchText, @now)
       ON CONFLICT (account_id) DO UPDATE SET number = excluded.number, address = excluded.address,
          address_sort = excluded.address_sort, management_company_id = excluded.management_company_id,
          company_name = excluded.company_name, building_id = excluded.building_id, tenure = excluded.tenure,
          status = excluded.status, main_person = excluded.main_person, charged_kopecks = excluded.charged_kopecks,
          paid_kopecks = excluded.paid_kopecks, debt_kopecks = excluded.debt_kopecks,
          not_yet_due_kopecks = excluded.not_yet_due_kopecks, time_barred_kopecks = excluded.time_barred_kopecks,
          balance_kopecks = excluded.balance_kopecks, as_of_date = excluded.as_of_date,
          months_in_arrears = excluded.months_in_arrears, debt_since_period = excluded.debt_since_period,
          last_payment_date = excluded.last_payment_date, last_payment_kopecks = excluded.last_payment_kopecks,
          bracket = excluded.bracket, search_text = excluded.search_text, updated_at_ms = excluded.updated_at_ms`,
    ),
  };
}

interface RecomputeContext {
  brackets: ReturnType<typeof readBrackets>;
  tables: DebtTables;
  /** The day the debt is counted for. */
  today: string;
  nowMs: number;
}

/** Charges of a month by kind only (enough for the totals: services matter for statements, read per account). */
const HOUSING_LINE = '';

function recomputeChunk(st: ReturnType<typeof prepareStatements>, lo: number, hi: number, rc: RecomputeContext): void {
  const { brackets, tables, today, nowMs } = rc;
  const range = { lo, hi };
  const accounts = st.accounts.all(range);
  st.clearMonths.run(range);
  st.fillMonths.run({ ...range, capital: CAPITAL_REPAIR_SERVICE });
  const monthRows = st.months.all(range);
  const chargesByAccount = new Map<number, DebtCharge[]>();
  for (const m of monthRows) {
    let list = chargesByAccount.get(m.accountId);
    if (!list) chargesByAccount.set(m.accountId, (list = []));
    if (m.housing !== null) list.push({ period: m.period, service: HOUSING_LINE, kopecks: m.housing });
    if (m.capital !== null) list.push({ period: m.period, service: CAPITAL_REPAIR_SERVICE, kopecks: m.capital });
  }
  st.clearDebtMonths.run(range);
  const paymentsByAccount = groupBy(st.payments.all(range));
  const personsByAccount = groupBy(st.persons.all(range));
  const ordersByAccount = groupBy(st.courtOrders.all(range));
  for (const a of accounts) {
    const orders = ordersByAccount.get(a.accountId) ?? [];
    const position = accountDebt(
      {
        asOf: today,
        charges: chargesByAccount.get(a.accountId) ?? [],
        payments: paymentsByAccount.get(a.accountId) ?? [],
        ...(a.contractDueDay !== null ? { contractDueDay: a.contractDueDay } : {}),
        ...(orders.length > 0
          ? {
              courtOrders: orders.map((o) => ({
                filed: o.filed,
                cancelled: o.cancelled,
                periods: JSON.parse(o.periodsJson) as string[],
              })),
            }
          : {}),
      },
      tables,
    );
    for (const m of position.months) {
      // Per kind: the month's lines are housing first, then capital repair (services here are the kinds).
      for (const line of m.services) {
        if (line.openKopecks <= 0) continue;
        const kind = line.service === CAPITAL_REPAIR_SERVICE ? 'capital_repair' : 'housing';
        st.insertDebtMonths.add(a.accountId, m.period, kind, m.dueDate, m.limitationExpiresOn, line.openKopecks);
      }
    }
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
      debt: position.overdueKopecks,
      notYetDue: position.notYetDueKopecks,
      timeBarred: position.timeBarredKopecks,
      balance: position.balanceKopecks,
      asOf: today,
      months: position.monthsInArrears,
      debtSince: position.debtSincePeriod,
      lastDate: position.lastPaymentDate,
      lastKopecks: position.lastPaymentKopecks,
      bracket: bracketOf(position.overdueKopecks, brackets),
      searchText: [a.number, foldForSearch(address), ...people.map((p) => foldForSearch(p.fullName))].join(' | '),
      now: nowMs,
    });
  }
  st.insertDebtMonths.flush();
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
