/**
 * @file Row counts for `info` and the status line.
 *
 * Counting tens of millions of charges takes most of a second, and the status line asks often; the counts are
 * cached until the database changes: `PRAGMA data_version` moves when another connection (an import worker)
 * commits, `total_changes()` when this connection writes.
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

const cache = new WeakMap<OpenedDatabase['sqlite'], { key: string; counts: TableCounts }>();

export function readTableCounts(sqlite: OpenedDatabase['sqlite']): TableCounts {
  const key = `${String(sqlite.pragma('data_version', { simple: true }))}|${String(
    sqlite.prepare('SELECT total_changes()').pluck().get(),
  )}`;
  const cached = cache.get(sqlite);
  if (cached?.key === key) return { ...cached.counts };
  const entries = Object.entries(TABLES).map(([name, table]) => [
    name,
    (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
  ]);
  const counts = Object.fromEntries(entries) as TableCounts;
  cache.set(sqlite, { key, counts });
  return { ...counts };
}
