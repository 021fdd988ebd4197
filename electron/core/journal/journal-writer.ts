/**
 * @file The one writer of the actions journal: no other code inserts into `actions`.
 *
 * Every entry names who acted (the session's user, or «Командная строка (…)»), its kind from the typed list in
 * shared/journal/journal-kinds.ts (which also fixes the plan's measure, so the cockpit's counts and the journal
 * agree), the object it is about, a Russian line that names the account number where there is an account, and
 * for changes of users, roles, settings, legal tables and rules the state before and after.
 *
 * Batches (an SMS batch journals every message, a claim batch every letter) write through the same prepared
 * statement inside the caller's transaction: a failed job leaves no entry behind.
 */
import type Database from 'better-sqlite3';
import { JOURNAL_KINDS, type JournalKind, type JournalObjectType } from '../../../shared/journal/journal-kinds';
import { isoDateInZone } from '../../../shared/dates/iso-date';
import type { JournalActor } from '../auth/actor';

export interface JournalEntryInput {
  kind: JournalKind;
  /** One line in Russian; the account number is put in front when the line does not name it. */
  summary: string;
  accountId?: number | null;
  object?: { type: JournalObjectType; id: string | number } | null;
  details?: unknown;
  /** For changes: the state before and after (users, roles, settings, legal tables, rules). */
  before?: unknown;
  after?: unknown;
  /** The day the action counts for; the office's day of `nowMs` when omitted. */
  actionDate?: string;
  /**
   * The account's overdue debt at the action (the effectiveness report's base); read from account_summaries when
   * omitted. Only a writer of past actions (the demo's history) passes it.
   */
  debtKopecks?: number | null;
}

export interface JournalWriter {
  write(by: JournalActor, nowMs: number, entry: JournalEntryInput): number;
}

interface Statements {
  insert: Database.Statement<
    [
      number | null,
      number | null,
      string,
      string,
      number,
      number | null,
      string,
      string,
      string | null,
      string | null,
      string | null,
      string | null,
      string | null,
      number | null,
    ]
  >;
  accountNumber: Database.Statement<[number], { number: string; debt: number | null }>;
}

const statements = new WeakMap<Database.Database, Statements>();

function statementsOf(sqlite: Database.Database): Statements {
  let s = statements.get(sqlite);
  if (!s) {
    s = {
      insert: sqlite.prepare(
        `INSERT INTO actions (account_id, measure, kind, action_date, at_ms, user_id, user_name, summary, details_json,
                              object_type, object_id, before_json, after_json, debt_kopecks)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      accountNumber: sqlite.prepare(
        `SELECT a.number AS number, s.debt_kopecks AS debt
           FROM accounts a LEFT JOIN account_summaries s ON s.account_id = a.id WHERE a.id = ?`,
      ),
    };
    statements.set(sqlite, s);
  }
  return s;
}

const json = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));

export function journalWriter(sqlite: Database.Database): JournalWriter {
  const s = statementsOf(sqlite);
  return {
    write(by, nowMs, entry) {
      const accountId = entry.accountId ?? null;
      let summary = entry.summary;
      let debt: number | null = null;
      if (accountId !== null) {
        const row = s.accountNumber.get(accountId);
        const number = row?.number;
        if (number !== undefined && !summary.includes(number)) summary = `Л/с ${number}: ${summary}`;
        debt = entry.debtKopecks !== undefined ? entry.debtKopecks : (row?.debt ?? null);
      }
      const info = s.insert.run(
        accountId,
        JOURNAL_KINDS[entry.kind].measure,
        entry.kind,
        entry.actionDate ?? isoDateInZone(nowMs),
        nowMs,
        by.userId,
        by.name,
        summary,
        json(entry.details),
        entry.object?.type ?? (accountId !== null ? 'account' : null),
        entry.object ? String(entry.object.id) : accountId !== null ? String(accountId) : null,
        json(entry.before),
        json(entry.after),
        debt,
      );
      return Number(info.lastInsertRowid);
    },
  };
}

/** One entry (for many, take a journalWriter once and call write in the loop). */
export function writeJournal(
  sqlite: Database.Database,
  by: JournalActor,
  nowMs: number,
  entry: JournalEntryInput,
): number {
  return journalWriter(sqlite).write(by, nowMs, entry);
}
