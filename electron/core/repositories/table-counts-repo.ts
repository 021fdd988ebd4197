/**
 * @file Row counts for `info` and the status line.
 *
 * Counting tens of millions of charges takes most of a second, and the status line asks often; the counts are
 * cached until the database changes: `PRAGMA data_version` moves when another connection (an import worker)
 * commits, `total_changes()` when this connection writes.
 */
import { count } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import {
  accountPersons,
  accounts,
  actions,
  buildings,
  charges,
  imports,
  managementCompanies,
  payments,
  persons,
  premises,
} from '../../../shared/db/schema';
import type { TableCounts } from '../../../shared/api/contract';
import type { OpenedDatabase } from '../db/connection';
import { drizzleOf } from '../db/drizzle-of';

const TABLES: Record<keyof TableCounts, SQLiteTable> = {
  managementCompanies,
  buildings,
  premises,
  accounts,
  persons,
  accountPersons,
  charges,
  payments,
  imports,
  actions,
};

const cache = new WeakMap<OpenedDatabase['sqlite'], { key: string; counts: TableCounts }>();

export function readTableCounts(sqlite: OpenedDatabase['sqlite']): TableCounts {
  const key = `${String(sqlite.pragma('data_version', { simple: true }))}|${String(
    sqlite.prepare('SELECT total_changes()').pluck().get(),
  )}`;
  const cached = cache.get(sqlite);
  if (cached?.key === key) return { ...cached.counts };
  const db = drizzleOf(sqlite);
  const entries = Object.entries(TABLES).map(([name, table]) => [
    name,
    db.select({ n: count() }).from(table).get()?.n ?? 0,
  ]);
  const counts = Object.fromEntries(entries) as TableCounts;
  cache.set(sqlite, { key, counts });
  return { ...counts };
}

/** Whether the database holds any account (the demo district goes only into an empty one): one row, not a count. */
export function hasAnyAccount(sqlite: OpenedDatabase['sqlite']): boolean {
  return drizzleOf(sqlite).select({ id: accounts.id }).from(accounts).limit(1).get() !== undefined;
}
