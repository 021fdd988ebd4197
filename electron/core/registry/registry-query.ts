/**
 * @file `registry.query`: one window of the debtor registry from `account_summaries`, the table kept for exactly
 * this (filters and sorts on indexed columns; search as folded substrings of one prepared text column, found
 * through its trigram index: search-index.ts). Budget: ≤ 200 ms at 150,000 accounts, ≤ 50 ms for a search by
 * account number, address or name (bench/registry-bench.ts measures it).
 */
import type Database from 'better-sqlite3';
import type { ApiParsedInput } from '../../../shared/api/contract';
import type { RegistryPage, RegistryRow } from '../../../shared/registry/registry-types';
import { searchFilter } from './search-index';

type Query = ApiParsedInput<'registry.query'>;

const SORT_COLUMNS: Record<Query['sort']['field'], string> = {
  debt: 'debt_kopecks',
  number: 'number',
  address: 'address_sort',
  months: 'months_in_arrears',
  lastPayment: 'last_payment_date',
  company: 'company_name',
};

export function buildRegistryWhere(sqlite: Database.Database, q: Query): { where: string; params: unknown[] } {
  const search = searchFilter(sqlite, q.search);
  const clauses: string[] = [...search.clauses];
  const params: unknown[] = [...search.params];
  if (q.brackets.length > 0) {
    clauses.push(`bracket IN (${q.brackets.map(() => '?').join(', ')})`);
    params.push(...q.brackets);
  }
  if (q.companyIds.length > 0) {
    clauses.push(`management_company_id IN (${q.companyIds.map(() => '?').join(', ')})`);
    params.push(...q.companyIds);
  }
  if (q.buildingId !== null) {
    clauses.push('building_id = ?');
    params.push(q.buildingId);
  }
  if (q.minDebtKopecks !== null) {
    clauses.push('debt_kopecks >= ?');
    params.push(q.minDebtKopecks);
  }
  if (q.minMonthsInArrears !== null) {
    clauses.push('months_in_arrears >= ?');
    params.push(q.minMonthsInArrears);
  }
  if (q.tenure !== null) {
    clauses.push('tenure = ?');
    params.push(q.tenure);
  }
  if (q.status !== 'all') {
    clauses.push('status = ?');
    params.push(q.status);
  }
  return { where: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

export function queryRegistry(sqlite: Database.Database, q: Query): RegistryPage {
  const started = performance.now();
  const { where, params } = buildRegistryWhere(sqlite, q);
  // The registry window (hot path, 150 000 accounts, a query per keystroke): raw SQL built from the filters.
  const totals = sqlite
    .prepare<unknown[], { total: number; debt: number }>(
      `SELECT count(*) AS total, coalesce(sum(max(debt_kopecks, 0)), 0) AS debt FROM account_summaries ${where}`,
    )
    .get(...params)!; // an aggregate without GROUP BY always yields one row
  const column = SORT_COLUMNS[q.sort.field];
  const dir = q.sort.dir === 'asc' ? 'ASC' : 'DESC';
  // Accounts without a payment go last whichever way the dates are sorted.
  const nulls = q.sort.field === 'lastPayment' ? `${column} IS NULL, ` : '';
  const rows = sqlite
    .prepare<unknown[], RegistryRow>(
      `SELECT account_id AS accountId, number, address, company_name AS companyName, debt_kopecks AS debtKopecks,
              months_in_arrears AS monthsInArrears, debt_since_period AS debtSincePeriod, bracket,
              last_payment_date AS lastPaymentDate, last_payment_kopecks AS lastPaymentKopecks, tenure, status,
              main_person AS mainPerson
         FROM account_summaries ${where}
        ORDER BY ${nulls}${column} ${dir}, account_id ${dir}
        LIMIT ? OFFSET ?`,
    )
    .all(...params, q.limit, q.offset);
  return { total: totals.total, totalDebtKopecks: totals.debt, rows, tookMs: Math.round(performance.now() - started) };
}
