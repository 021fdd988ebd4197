/**
 * @file Maintains `account_summaries`: each account's debt position (shared/registry/debt-position.ts) plus the
 * denormalised fields the registry filters, sorts and searches on.
 *
 * Called inside the import's transaction for the accounts the import touched, or for all accounts. Reads are
 * streamed in account order through the unique (account, period, service) index, so memory stays flat at
 * 150,000 accounts.
 */
import type Database from 'better-sqlite3';
import { bracketOf } from '../../../shared/registry/brackets';
import {
  debtPosition,
  type DebtPosition,
  type MonthCharge,
  type PaymentFact,
} from '../../../shared/registry/debt-position';
import { foldForSearch } from '../../../shared/text/fold-for-search';
import { readBrackets } from '../repositories/brackets-repo';

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

  const accounts = sqlite
    .prepare(
      `SELECT a.id AS accountId, a.number, a.management_company_id AS companyId, c.name AS companyName,
              a.tenure, a.status, p.building_id AS buildingId, b.address AS buildingAddress, p.apartment
         FROM recompute_ids r
         JOIN accounts a ON a.id = r.account_id
         JOIN management_companies c ON c.id = a.management_company_id
         LEFT JOIN premises p ON p.id = a.premises_id
         LEFT JOIN buildings b ON b.id = p.building_id
        ORDER BY a.id`,
    )
    .all() as AccountRow[];

  const paymentsByAccount = groupBy(
    sqlite
      .prepare(
        `SELECT pm.account_id AS accountId, pm.payment_date AS date, pm.amount_kopecks AS kopecks, pm.period
           FROM payments pm JOIN recompute_ids r ON r.account_id = pm.account_id
          ORDER BY pm.account_id`,
      )
      .all() as Array<{ accountId: number } & PaymentFact>,
  );
  const personsByAccount = groupBy(
    sqlite
      .prepare(
        `SELECT ap.account_id AS accountId, ps.full_name AS fullName, ap.role
           FROM account_persons ap JOIN recompute_ids r ON r.account_id = ap.account_id
           JOIN persons ps ON ps.id = ap.person_id
          ORDER BY ap.account_id, ap.position`,
      )
      .all() as Array<{ accountId: number; fullName: string; role: string }>,
  );

  // Charges are the largest table: stream them in account order and keep only each account's result. (No other
  // statement may run on the connection while the iterator is open, hence the writes come afterwards.)
  const positions = new Map<number, DebtPosition>();
  let currentId = -1;
  let months: MonthCharge[] = [];
  const flush = (): void => {
    if (currentId >= 0) positions.set(currentId, debtPosition(months, paymentsByAccount.get(currentId) ?? []));
  };
  const monthRows = sqlite
    .prepare(
      `SELECT ch.account_id AS accountId, ch.period, sum(ch.amount_kopecks) AS kopecks
         FROM charges ch JOIN recompute_ids r ON r.account_id = ch.account_id
        GROUP BY ch.account_id, ch.period
        ORDER BY ch.account_id, ch.period`,
    )
    .iterate() as IterableIterator<{ accountId: number; period: string; kopecks: number }>;
  for (const row of monthRows) {
    if (row.accountId !== currentId) {
      flush();
      currentId = row.accountId;
      months = [];
    }
    months.push({ period: row.period, kopecks: row.kopecks });
  }
  flush();

  const upsert = sqlite.prepare(
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
  );

  for (const a of accounts) {
    const position = positions.get(a.accountId) ?? debtPosition([], paymentsByAccount.get(a.accountId) ?? []);
    const people = personsByAccount.get(a.accountId) ?? [];
    const main = people.find((p) => p.role === 'owner' || p.role === 'tenant') ?? people[0];
    const address = a.buildingAddress
      ? a.apartment
        ? `${a.buildingAddress}, кв. ${a.apartment}`
        : a.buildingAddress
      : 'адрес не указан';
    upsert.run({
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
  sqlite.exec('DELETE FROM recompute_ids');
  return accounts.length;
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

