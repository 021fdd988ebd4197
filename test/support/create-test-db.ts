/**
 * @file An in-memory database through the real migrations (drizzle's own test pattern; Actual's emptyDatabase()).
 */
import { prepareDatabase, type PreparedDatabase } from '../../electron/core/db/prepare-database';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';

export function createTestDb(): PreparedDatabase {
  return prepareDatabase({ databasePath: ':memory:', migrationsFolder: SOURCE_MIGRATIONS_FOLDER });
}
