/**
 * @file What every applier of a billing file gets and gives back. Appliers run inside the import job's single
 * transaction: they check the rows against the database (unknown account, unknown УК …), write, and report
 * row errors in the same Russian form as the parser. Any error makes the job roll back.
 */
import type Database from 'better-sqlite3';
import { count } from 'drizzle-orm';
import { charges, payments } from '../../../shared/db/schema';
import { drizzleOf } from '../db/drizzle-of';
import type { ParsedRecord, RowError } from '../import/parse-billing-file';
import { formatCellError, rowError } from '../import/errors';

/** What an applier of one file gets. */
export interface ApplierContext {
  sqlite: Database.Database;
  importId: number;
  /** fieldKey → header as written in the file, to name columns in errors. */
  mapping: Record<string, string>;
  nowMs: number;
  /** Today's calendar date in the office's zone, 'YYYY-MM-DD'. */
  today: string;
}

/**
 * Applies one file batch by batch as the parser streams it. `write` is false once any error was found anywhere
 * in the job: checking goes on (to report every bad row) but nothing more is written — the job rolls back.
 */
export interface BatchApplier {
  add(batch: ParsedRecord[], write: boolean): void;
  /** Work that needs the whole file (small files apply here), and the outcome. */
  finish(write: boolean): ApplyOutcome;
  /** Errors found so far by this applier. */
  readonly errorCount: number;
}

/** For small files (companies, accounts) whose checks need all rows at once: collect, then apply in finish(). */
export function wholeFileApplier(ctx: ApplierContext, apply: (input: ApplyInput) => ApplyOutcome): BatchApplier {
  const records: ParsedRecord[] = [];
  let outcome: ApplyOutcome | null = null;
  return {
    add: (batch) => {
      for (const r of batch) records.push(r);
    },
    finish: (write) => {
      if (!write) return { errors: [], errorCount: 0, touchedAccountIds: new Set(), summary: '', counts: {} };
      outcome = apply({ ...ctx, records });
      return outcome;
    },
    get errorCount() {
      return outcome?.errorCount ?? 0;
    },
  };
}

export interface ApplyInput {
  sqlite: Database.Database;
  importId: number;
  records: ParsedRecord[];
  /** fieldKey → header as written in the file, to name columns in errors. */
  mapping: Record<string, string>;
  nowMs: number;
  /** Today's calendar date in the office's zone, 'YYYY-MM-DD'. */
  today: string;
  onProgress?: (done: number, total: number) => void;
}

export interface ApplyOutcome {
  errors: RowError[];
  errorCount: number;
  /** Accounts whose summary must be recomputed. */
  touchedAccountIds: Set<number>;
  /** Russian one-liner of what was done, e.g. «лицевых счетов: добавлено 120, обновлено 3». */
  summary: string;
  counts: Record<string, number>;
}

/** Collects row errors for an applier (first 1 000 kept, all counted). */
export class ErrorList {
  readonly errors: RowError[] = [];
  count = 0;
  constructor(private readonly mapping: Record<string, string>) {}

  add(record: ParsedRecord, field: string, reason: string, value?: unknown): void {
    this.count += 1;
    if (this.errors.length >= 1000) return;
    const column = this.mapping[field] ?? field;
    this.errors.push(
      rowError(record.line, record.sheet, column, formatCellError(record.line, record.sheet, column, value, reason)),
    );
  }
}

export function text(record: ParsedRecord, key: string): string | null {
  const value = record.values[key];
  return typeof value === 'string' && value.length > 0 ? value : null;
}

export function num(record: ParsedRecord, key: string): number | null {
  const value = record.values[key];
  return typeof value === 'number' ? value : null;
}

/** Loads account number → id for the whole district (150,000 entries is a few MB). */
export function accountIdsByNumber(sqlite: Database.Database): Map<string, number> {
  const map = new Map<string, number>();
  for (const row of sqlite.prepare<[], { id: number; number: string }>('SELECT id, number FROM accounts').iterate()) {
    map.set(row.number, row.id);
  }
  return map;
}

/** «добавлено 5, обновлено 2» style counts in Russian. */
export function ruCount(n: number): string {
  return new Intl.NumberFormat('ru-RU').format(n);
}

/**
 * The end of a streamed table (charges, payments): how many rows are new and how many replaced earlier ones,
 * from the table's size before the file and now.
 * @param noun the Russian genitive plural, «начислений» / «оплат»
 */
export function upsertOutcome(
  sqlite: Database.Database,
  table: 'charges' | 'payments',
  before: number,
  rows: number,
  errors: ErrorList,
  touchedAccountIds: Set<number>,
  noun: string,
): ApplyOutcome {
  const added = tableSize(sqlite, table) - before;
  const key = table === 'charges' ? 'charges' : 'payments';
  return {
    errors: errors.errors,
    errorCount: errors.count,
    touchedAccountIds,
    summary: `${noun}: добавлено ${ruCount(added)}, заменено ${ruCount(rows - added)}`,
    counts: { [`${key}Added`]: added, [`${key}Replaced`]: rows - added },
  };
}

export function tableSize(sqlite: Database.Database, table: 'charges' | 'payments'): number {
  return (
    drizzleOf(sqlite)
      .select({ n: count() })
      .from(table === 'charges' ? charges : payments)
      .get()?.n ?? 0
  );
}
