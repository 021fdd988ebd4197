/**
 * @file Row counts for `info` and the status line.
 */
import type { TableCounts } from '../../../shared/api/contract';
import type { OpenedDatabase } from '../db/connection';

const TABLES: Record<keyof TableCounts, string> = {
  managementCompanies: 'management_companies',
  buildings: 'buildings',
  premises: 'premises',
  accounts: 'accounts',
  persons: 'persons',
  accountPersons: 'account_persons',
  charges: 'charges',
  payments: 'payments',
  imports: 'imports',
  actions: 'actions',
};

export function readTableCounts(sqlite: OpenedDatabase['sqlite']): TableCounts {
  const entries = Object.entries(TABLES).map(([key, table]) => [
    key,
    (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
  ]);
  return Object.fromEntries(entries) as TableCounts;
}
