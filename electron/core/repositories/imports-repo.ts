/**
 * @file The history of imported files.
 */
import type Database from 'better-sqlite3';
import { desc } from 'drizzle-orm';
import { imports } from '../../../shared/db/schema';
import { drizzleOf } from '../db/drizzle-of';
import type { ImportHistoryItem } from '../../../shared/import/import-types';

export function listImports(sqlite: Database.Database, limit: number): ImportHistoryItem[] {
  const rows = drizzleOf(sqlite)
    .select({
      id: imports.id,
      kind: imports.kind,
      fileName: imports.fileName,
      rowCount: imports.rowCount,
      atMs: imports.atMs,
      userName: imports.userName,
      resultJson: imports.resultJson,
    })
    .from(imports)
    .orderBy(desc(imports.atMs), desc(imports.id))
    .limit(limit)
    .all();
  return rows.map(({ resultJson, ...row }) => ({
    ...row,
    summary: (JSON.parse(resultJson) as { summary?: string }).summary ?? '',
  }));
}
