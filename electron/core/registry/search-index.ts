/**
 * @file The registry's search as SQL: every word of the folded query must be a substring of the account's
 * `account_summaries.search_text` (account number, address with the flat, names of everyone on the account). Words
 * of three characters or more are found through `account_search`, the FTS5 trigram index over that column
 * (migration 0014_search_index: external content kept exact by triggers), as quoted phrases — a trigram phrase
 * matches exactly the substrings instr() matched, and quoting makes `"`, `*`, `AND`, `(` plain text. Shorter words
 * cannot use a trigram index and stay instr() over the rows the index found.
 *
 * When the index would return a large part of the district (a town's name, «кв.»), walking its matches costs more
 * than scanning the summaries, so the index is read for at most {@link PROBE_LIMIT} ids and a query reaching that
 * takes the scan, like one with only one- and two-letter words.
 */
import type Database from 'better-sqlite3';
import { foldForSearch } from '../../../shared/text/fold-for-search';

/** Above this many index matches the scan of account_summaries is cheaper (measured at 150,000 accounts). */
export const PROBE_LIMIT = 20_000;

export interface SearchFilter {
  /** SQL conditions on account_summaries, to be joined with AND. */
  clauses: string[];
  params: unknown[];
  /** How the words are found: through the trigram index, or by scanning (for the bench and tests). */
  path: 'none' | 'index' | 'scan';
}

/** A word as an FTS5 phrase: in double quotes, inner quotes doubled, so nothing in it is query syntax. */
export function ftsPhrase(word: string): string {
  return `"${word.replace(/"/g, '""')}"`;
}

/** The words of a typed search, folded as search_text was (lower case, «ё» → «е»), split on spaces. */
export function searchWords(search: string): string[] {
  return foldForSearch(search).split(' ').filter(Boolean);
}

/** A trigram index finds a substring of at least three characters (code points, not UTF-16 units). */
function isIndexable(word: string): boolean {
  return [...word].length >= 3;
}

/** @param probeLimit the matches above which the scan is taken (tests lower it to walk both paths on a small district) */
export function searchFilter(sqlite: Database.Database, search: string, probeLimit = PROBE_LIMIT): SearchFilter {
  const words = searchWords(search);
  if (words.length === 0) return { clauses: [], params: [], path: 'none' };
  const long = words.filter(isIndexable);
  const short = words.filter((w) => !isIndexable(w));
  const byScan = (): SearchFilter => ({
    clauses: words.map(() => 'instr(search_text, ?) > 0'),
    params: words,
    path: 'scan',
  });
  if (long.length === 0) return byScan();
  const match = long.map(ftsPhrase).join(' ');
  // The registry window's hot path: raw SQL on the FTS5 table (drizzle does not model virtual tables). The index is
  // read once; the count and the window then look the accounts up by id.
  const ids = sqlite
    .prepare<[string, number], number>('SELECT rowid FROM account_search WHERE account_search MATCH ? LIMIT ?')
    .pluck()
    .all(match, probeLimit);
  if (ids.length >= probeLimit) return byScan();
  return {
    clauses: [
      ids.length === 0 ? '0' : 'account_id IN (SELECT value FROM json_each(?))',
      ...short.map(() => 'instr(search_text, ?) > 0'),
    ],
    params: [...(ids.length === 0 ? [] : [JSON.stringify(ids)]), ...short],
    path: 'index',
  };
}

/** FTS5's own check that the index matches account_summaries exactly; throws (SQLITE_CORRUPT_VTAB) when it does not. */
export function checkSearchIndex(sqlite: Database.Database): void {
  sqlite.prepare("INSERT INTO account_search (account_search, rank) VALUES ('integrity-check', 1)").run();
}
