/**
 * @file The penalty engine's legal tables as the office uses them: the seeded rows from code plus the rows an
 * administrator added (table `legal_table_rows`). Adding a row is journaled; the tables' version changes with
 * every addition, and every stored calculation names the version it used.
 */
import type Database from 'better-sqlite3';
import type { PenaltyTables } from '../../../shared/rules/penalty/legal-tables';
import { SEED_PENALTY_TABLES } from '../../../shared/rules/penalty/seed/index';

export type LegalTableName = 'keyRates' | 'rateRegimes' | 'moratoria' | 'dueDays' | 'scales';

interface AddedRow {
  id: number;
  tableName: LegalTableName;
  validFromDate: string;
  rowJson: string;
}

/** Seed + administrator rows, each table ordered by `validFrom`. */
export function loadPenaltyTables(sqlite: Database.Database): PenaltyTables {
  const added = sqlite
    .prepare(
      `SELECT id, table_name AS tableName, valid_from_date AS validFromDate, row_json AS rowJson
         FROM legal_table_rows ORDER BY valid_from_date, id`,
    )
    .all() as AddedRow[];
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
    (tables[name] as unknown as Array<{ validFrom: string }>).sort((a, b) => (a.validFrom < b.validFrom ? -1 : a.validFrom > b.validFrom ? 1 : 0));
  }
  const newest = added.reduce((max, r) => (r.validFromDate > max ? r.validFromDate : max), SEED_PENALTY_TABLES.asOf);
  const lastId = Math.max(...added.map((r) => r.id));
  return { ...tables, version: `${SEED_PENALTY_TABLES.version}+${lastId}`, asOf: newest };
}
