/**
 * @file Opens the application's SQLite database. Plain Node; used by every host and by the tests.
 *
 * It takes the path and never reads app paths or the clock itself, so tests can open
 * ':memory:' or a temp file through exactly the same code.
 */
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from '../../../shared/db/schema';
import { foldForSearch } from '../../../shared/text/fold-for-search';

export type AppDb = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export interface OpenedDatabase {
  /** drizzle over the connection, for typed queries. */
  db: AppDb;
  /** The raw better-sqlite3 connection, for prepared bulk statements and pragmas. */
  sqlite: Database.Database;
  close(): void;
}

/**
 * Opens (creating if needed) the database file at `filePath` with WAL, foreign keys and a busy timeout.
 * Registers `fold_search(text)`: SQLite's LOWER() is ASCII-only and debtor names are Cyrillic.
 */
export function openDatabase(filePath: string, options: { readonly?: boolean } = {}): OpenedDatabase {
  const sqlite = new Database(filePath, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
  });
  if (filePath !== ':memory:' && !options.readonly) sqlite.pragma('journal_mode = WAL');
  // NORMAL is durable across application crashes in WAL mode; only a power loss may lose the last commit.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.function('fold_search', { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? foldForSearch(value) : null,
  );
  const db = drizzle(sqlite, { schema }) as AppDb;
  return {
    db,
    sqlite,
    close: () => {
      if (sqlite.open) sqlite.close();
    },
  };
}
