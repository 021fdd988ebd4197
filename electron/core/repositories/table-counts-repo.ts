/**
 * @file Row counts for `info` and the status line.
 */
import type { TableCounts } from '../../../shared/api/contract';
import type { OpenedDatabase } from '../db/connection';

export function readTableCounts(sqlite: OpenedDatabase['sqlite']): TableCounts {
  const count = (table: string): number =>
    (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    managementCompanies: count('management_companies'),
    buildings: count('buildings'),
    accounts: count('accounts'),
    actions: count('actions'),
  };
}
