/**
 * @file The penalty engine's legal tables as the office uses them: the seeded rows from code plus the rows an
 * administrator added (table `legal_table_rows`). Adding a row is journaled; the tables' version changes with
 * every addition, and every stored calculation names the version it used.
 */
import type Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { legalTableRows } from '../../../shared/db/schema';
import type { PenaltyTables } from '../../../shared/rules/penalty/legal-tables';
import { SEED_PENALTY_TABLES } from '../../../shared/rules/penalty/seed/index';

export type LegalTableName = 'keyRates' | 'rateRegimes' | 'moratoria' | 'dueDays' | 'scales';

/** Seed + administrator rows, each table ordered by `validFrom`. */
export function loadPenaltyTables(sqlite: Database.Database): PenaltyTables {
  const t = legalTableRows;
  const added = drizzleOf(sqlite)
    .select({
      id: t.id,
      // The column holds only the five names insertLegalRow writes.
      tableName: sql<LegalTableName>`${t.tableName}`,
      validFromDate: t.validFromDate,
      rowJson: t.rowJson,
    })
    .from(t)
    .orderBy(t.validFromDate, t.id)
    .all();
  if (added.length === 0) return SEED_PENALTY_TABLES;
  const tables: PenaltyTables = {
    ...SEED_PENALTY_TABLES,
    keyRates: [...SEED_PENALTY_TABLES.keyRates],
    rateRegimes: [...SEED_PENALTY_TABLES.rateRegimes],
    moratoria: [...SEED_PENALTY_TABLES.moratoria],
    dueDays: [...SEED_PENALTY_TABLES.dueDays],
    scales: [...SEED_PENALTY_TABLES.scales],
  };
  for (const row of added) {
    const list = tables[row.tableName] as unknown[];
    list.push(JSON.parse(row.rowJson));
  }
  for (const name of ['keyRates', 'rateRegimes', 'moratoria', 'dueDays', 'scales'] as const) {
    (tables[name] as unknown as Array<{ validFrom: string }>).sort((a, b) =>
      a.validFrom < b.validFrom ? -1 : a.validFrom > b.validFrom ? 1 : 0,
    );
  }
  const newest = added.reduce((max, r) => (r.validFromDate > max ? r.validFromDate : max), SEED_PENALTY_TABLES.asOf);
  const lastId = Math.max(...added.map((r) => r.id));
  return { ...tables, version: `${SEED_PENALTY_TABLES.version}+${lastId}`, asOf: newest };
}
