/**
 * @file Writes an administrator's row into the legal tables (`legal_table_rows`): the row, its journal entry
 * (measure 4 — penalty depends on it) and the answer which monthly penalty runs it makes stale, in one transaction.
 */
import type Database from 'better-sqlite3';
import { and, eq, gte } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { legalTableRows, managementCompanies, penaltyRuns } from '../../../shared/db/schema';
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
    const db = drizzleOf(sqlite);
    db.insert(legalTableRows)
      .values({
        tableName: r.tableName,
        validFromDate: r.validFrom,
        rowJson: JSON.stringify(r.row),
        note: r.note,
        addedAtMs: r.nowMs,
        addedBy: r.by.name,
      })
      .run();
    // A legal table only grows: before = nothing in force from that date by this row, after = the row.
    writeJournal(sqlite, r.by, r.nowMs, {
      kind: r.kind,
      actionDate: isoDateInZone(r.nowMs),
      summary: r.summary,
      object: { type: 'table', id: r.tableName },
      before: null,
      after: r.row,
    });
    const stale: StaleRun[] = db
      .select({ id: penaltyRuns.id, period: penaltyRuns.period, companyName: managementCompanies.name })
      .from(penaltyRuns)
      .innerJoin(managementCompanies, eq(managementCompanies.id, penaltyRuns.managementCompanyId))
      .where(and(eq(penaltyRuns.status, 'current'), gte(penaltyRuns.calculationDate, r.validFrom)))
      .orderBy(penaltyRuns.period, managementCompanies.name)
      .all();
    return stale;
  })();
}
