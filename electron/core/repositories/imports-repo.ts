/**
 * @file The history of imported files.
 */
import type Database from 'better-sqlite3';
import type { ImportHistoryItem } from '../../../shared/import/import-types';

export function listImports(sqlite: Database.Database, limit: number): ImportHistoryItem[] {
  const rows = sqlite
    .prepare(
      `SELECT id, kind, file_name AS fileName, row_count AS rowCount, at_ms AS atMs, user_name AS userName,
              result_json AS resultJson
         FROM imports ORDER BY at_ms DESC, id DESC LIMIT ?`,
    )
    .all(limit) as Array<Omit<ImportHistoryItem, 'summary'> & { resultJson: string }>;
  return rows.map(({ resultJson, ...row }) => ({
    ...row,
    summary: (JSON.parse(resultJson) as { summary?: string }).summary ?? '',
  }));
}
