/**
 * @file Reading the actions journal: the journal page's filters (period, user or the command line, measure, kind,
 * account number) → one page newest first with the total for the pager, and the same filter walked in chunks for
 * the XLSX export (journal-xlsx.ts). The account card's timeline reads its own query (registry/account-card.ts).
 *
 * Fast on a journal of a million rows: every filter lands on an index of `actions` (at_ms; user_id, at_ms; kind,
 * at_ms; account_id, at_ms; measure, action_date; action_date), the account number is resolved to its id first, and
 * the export walks the order by keyset (at_ms, id) instead of ever-growing offsets. Figures: bench/journal-bench.ts.
 */
import { and, count, desc, eq, gte, inArray, isNull, like, lt, lte, or, type SQL, type SQLWrapper } from 'drizzle-orm';
import { accounts, actions } from '../../../shared/db/schema';
import type { JournalFilterSchema, JournalPage, JournalRow } from '../../../shared/api/contract-auth';
import { journalKindLabel } from '../../../shared/journal/journal-labels';
import type { AppDb } from '../db/connection';
import type { z } from 'zod';

export type JournalFilter = z.output<typeof JournalFilterSchema>;

/** How the command line signs its entries (electron/core/auth/resolve-actor.ts): «Командная строка (ivan)». */
export const CLI_NAME_PREFIX = 'Командная строка';

/**
 * The WHERE of a filter; `null` when nothing can match (an account number that does not exist), so the caller
 * answers an empty page without touching the journal.
 */
export function journalWhere(db: AppDb, filter: JournalFilter): SQL | undefined | null {
  const conditions: Array<SQL | undefined> = [];
  if (filter.from !== null) conditions.push(gte(actions.actionDate, filter.from));
  if (filter.to !== null) conditions.push(lte(actions.actionDate, filter.to));
  if (filter.user === 'cli') {
    conditions.push(isNull(actions.userId), like(actions.userName, `${CLI_NAME_PREFIX}%`));
  } else if (filter.user !== null) {
    conditions.push(eq(actions.userId, filter.user));
  }
  if (filter.measure === 0) conditions.push(isNull(actions.measure));
  else if (filter.measure !== null) conditions.push(eq(actions.measure, filter.measure));
  if (filter.kind !== null) conditions.push(eq(actions.kind, filter.kind));
  const number = filter.accountNumber?.trim() ?? '';
  if (number !== '') {
    const account = db.select({ id: accounts.id }).from(accounts).where(eq(accounts.number, number)).get();
    if (!account) return null;
    conditions.push(eq(actions.accountId, account.id));
  }
  return conditions.length === 0 ? undefined : and(...conditions);
}

const rowColumns = {
  id: actions.id,
  atMs: actions.atMs,
  actionDate: actions.actionDate,
  userId: actions.userId,
  userName: actions.userName,
  measure: actions.measure,
  kind: actions.kind,
  accountId: actions.accountId,
  accountNumber: accounts.number,
  objectType: actions.objectType,
  objectId: actions.objectId,
  summary: actions.summary,
  beforeJson: actions.beforeJson,
  afterJson: actions.afterJson,
};

type SelectedRow = Omit<JournalRow, 'kindLabel'>;

function toRow(r: SelectedRow): JournalRow {
  return { ...r, kindLabel: journalKindLabel(r.kind) };
}

/** The rows of the given ids (at most a page or a chunk), newest first, with the account number. */
function selectRows(db: AppDb, ids: SQLWrapper) {
  return db
    .select(rowColumns)
    .from(actions)
    .leftJoin(accounts, eq(accounts.id, actions.accountId))
    .where(inArray(actions.id, ids))
    .orderBy(desc(actions.atMs), desc(actions.id))
    .all();
}

/**
 * The ids of a page in the journal's order. Only (at_ms, id) are read here, from the index that serves the filter,
 * so a deep offset or a wide filter never drags whole rows through the sort; the page's rows are read afterwards.
 */
function pageIds(db: AppDb, where: SQL | undefined, limit: number, offset = 0) {
  return db
    .select({ id: actions.id })
    .from(actions)
    .where(where)
    .orderBy(desc(actions.atMs), desc(actions.id))
    .limit(limit)
    .offset(offset);
}

/** One page newest first (at_ms, then id: entries of one instant keep the order they were written in). */
export function searchJournal(db: AppDb, filter: JournalFilter, page: { offset: number; limit: number }): JournalPage {
  const where = journalWhere(db, filter);
  if (where === null) return { total: 0, rows: [] };
  const total = db.select({ n: count() }).from(actions).where(where).get()?.n ?? 0;
  if (page.offset >= total) return { total, rows: [] };
  const rows = selectRows(db, pageIds(db, where, page.limit, page.offset));
  return { total, rows: rows.map(toRow) };
}

/**
 * Every entry that matches, newest first, read `chunk` rows at a time: each chunk continues after the last row of
 * the previous one by (at_ms, id), so the millionth row costs what the first did and memory stays one chunk.
 */
export function* walkJournal(db: AppDb, filter: JournalFilter, chunk = 5000): Generator<JournalRow> {
  const where = journalWhere(db, filter);
  if (where === null) return;
  let after: { atMs: number; id: number } | null = null;
  for (;;) {
    // at_ms ≤ x is a range on the index; the few entries of that very millisecond already read drop out by id.
    const keyset = after
      ? and(lte(actions.atMs, after.atMs), or(lt(actions.atMs, after.atMs), lt(actions.id, after.id)))
      : undefined;
    const rows = selectRows(db, pageIds(db, and(where, keyset), chunk));
    for (const r of rows) yield toRow(r);
    const last = rows[rows.length - 1];
    if (!last || rows.length < chunk) return;
    after = { atMs: last.atMs, id: last.id };
  }
}
