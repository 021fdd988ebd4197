/**
 * @file Writes an administrator's row into the legal tables (`legal_table_rows`): the row, its journal entry
 * (measure 4 — penalty depends on it) and the answer which monthly penalty runs it makes stale, in one transaction.
 */
import type Database from 'better-sqlite3';
import type { StaleRun } from '../../../shared/legal/legal-table-types';
import { isoDateInZone } from '../../../shared/dates/iso-date';
import type { LegalTableName } from './penalty-tables-repo';
import { writeJournal } from '../journal/journal-writer';
import type { JournalActor } from '../auth/actor';
import type { JournalKind } from '../../../shared/journal/journal-kinds';

export interface NewLegalRow {
  tableName: LegalTableName;
  /** The first day the row can change a penalty: runs calculated on or after it are stale. */
  validFrom: string;
  row: unknown;
  note: string;
  /** One Russian line for the journal. */
  summary: string;
  kind: Extract<JournalKind, `legal.${string}`>;
  by: JournalActor;
  nowMs: number;
}

export function insertLegalRow(sqlite: Database.Database, r: NewLegalRow): StaleRun[] {
  return sqlite.transaction(() => {
    sqlite
      .prepare(
        `INSERT INTO legal_table_rows (table_name, valid_from_date, row_json, note, added_at_ms, added_by)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(r.tableName, r.validFrom, JSON.stringify(r.row), r.note, r.nowMs, r.by.name);
    // A legal table only grows: before = nothing in force from that date by this row, after = the row.
    writeJournal(sqlite, r.by, r.nowMs, {
      kind: r.kind,
      actionDate: isoDateInZone(r.nowMs),
      summary: r.summary,
      object: { type: 'table', id: r.tableName },
      before: null,
      after: r.row,
    });
    return sqlite
      .prepare(
        `SELECT r.id, r.period, c.name AS companyName FROM penalty_runs r
           JOIN management_companies c ON c.id = r.management_company_id
          WHERE r.status = 'current' AND r.calculation_date >= ? ORDER BY r.period, c.name`,
      )
      .all(r.validFrom) as StaleRun[];
  })();
}
