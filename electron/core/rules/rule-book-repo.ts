/**
 * @file The rule book in force: the newest version an administrator stored (rule_book_versions), else the seeded
 * one (shared/rules/eligibility/default-rule-book.ts). A change is appended as a new version and journaled.
 */
import type Database from 'better-sqlite3';
import { DEFAULT_RULE_BOOK } from '../../../shared/rules/eligibility/default-rule-book';
import type { RuleBook } from '../../../shared/rules/eligibility/rule-book';
import { isoDateInZone } from '../../../shared/dates/iso-date';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';

export interface RuleBookVersionView {
  id: number;
  version: string;
  validFrom: string;
  note: string;
  addedBy: string;
  addedAtMs: number;
}

export function currentRuleBook(sqlite: Database.Database): RuleBook {
  const row = sqlite
    .prepare('SELECT id, book_json AS bookJson FROM rule_book_versions ORDER BY id DESC LIMIT 1')
    .get() as { id: number; bookJson: string } | undefined;
  if (!row) return DEFAULT_RULE_BOOK;
  return JSON.parse(row.bookJson) as RuleBook;
}

export function listRuleBookVersions(sqlite: Database.Database): RuleBookVersionView[] {
  const rows = sqlite
    .prepare(
      `SELECT id, valid_from_date AS validFrom, book_json AS bookJson, note, added_by AS addedBy, added_at_ms AS addedAtMs
         FROM rule_book_versions ORDER BY id DESC`,
    )
    .all() as Array<RuleBookVersionView & { bookJson: string }>;
  return rows.map(({ bookJson, ...r }) => ({ ...r, version: (JSON.parse(bookJson) as RuleBook).version }));
}

/** Stores the book as a new version; the caller has checked the administrator's role. */
export function saveRuleBook(
  sqlite: Database.Database,
  book: Omit<RuleBook, 'version' | 'validFrom'>,
  note: string,
  by: JournalActor,
  nowMs: number,
): RuleBook {
  const today = isoDateInZone(nowMs);
  return sqlite.transaction(() => {
    const before = currentRuleBook(sqlite);
    const next =
      ((sqlite.prepare('SELECT max(id) AS id FROM rule_book_versions').get() as { id: number | null }).id ?? 0) + 1;
    const stored: RuleBook = { ...book, version: `${today}/${next}`, validFrom: today };
    sqlite
      .prepare(
        `INSERT INTO rule_book_versions (id, valid_from_date, book_json, note, added_by, added_at_ms) VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(next, today, JSON.stringify(stored), note, by.name, nowMs);
    writeJournal(sqlite, by, nowMs, {
      kind: 'rules.updated',
      actionDate: today,
      summary: `Правила мероприятий: новая версия ${stored.version} — ${note}`,
      object: { type: 'rules', id: stored.version },
      before,
      after: stored,
      details: { version: stored.version, note },
    });
    return stored;
  })();
}
