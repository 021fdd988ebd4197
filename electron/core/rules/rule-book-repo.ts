/**
 * @file The rule book in force: the newest version an administrator stored (rule_book_versions), else the seeded
 * one (shared/rules/eligibility/default-rule-book.ts). A change is appended as a new version and journaled.
 */
import type Database from 'better-sqlite3';
import { ruleVersionWords } from '../../../shared/rules/eligibility/rule-version-words';
import { desc, max } from 'drizzle-orm';
import { ruleBookVersions } from '../../../shared/db/schema-work';
import { drizzleOf } from '../db/drizzle-of';
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
  const row = drizzleOf(sqlite)
    .select({ id: ruleBookVersions.id, bookJson: ruleBookVersions.bookJson })
    .from(ruleBookVersions)
    .orderBy(desc(ruleBookVersions.id))
    .limit(1)
    .get();
  if (!row) return DEFAULT_RULE_BOOK;
  return JSON.parse(row.bookJson) as RuleBook;
}

export function listRuleBookVersions(sqlite: Database.Database): RuleBookVersionView[] {
  const v = ruleBookVersions;
  const rows = drizzleOf(sqlite)
    .select({
      id: v.id,
      validFrom: v.validFromDate,
      bookJson: v.bookJson,
      note: v.note,
      addedBy: v.addedBy,
      addedAtMs: v.addedAtMs,
    })
    .from(v)
    .orderBy(desc(v.id))
    .all();
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
  const db = drizzleOf(sqlite);
  return sqlite.transaction(() => {
    const before = currentRuleBook(sqlite);
    const next =
      (db
        .select({ id: max(ruleBookVersions.id) })
        .from(ruleBookVersions)
        .get()?.id ?? 0) + 1;
    const stored: RuleBook = { ...book, version: `${today}/${next}`, validFrom: today };
    db.insert(ruleBookVersions)
      .values({
        id: next,
        validFromDate: today,
        bookJson: JSON.stringify(stored),
        note,
        addedBy: by.name,
        addedAtMs: nowMs,
      })
      .run();
    writeJournal(sqlite, by, nowMs, {
      kind: 'rules.updated',
      actionDate: today,
      summary: `Правила мероприятий изменены: действуют правила ${ruleVersionWords(stored.version)} — ${note}`,
      object: { type: 'rules', id: stored.version },
      before,
      after: stored,
      details: { version: stored.version, note },
    });
    return stored;
  })();
}
