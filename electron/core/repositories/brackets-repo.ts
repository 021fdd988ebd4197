/**
 * @file The debt brackets table (seeded by migration 0001, editable later by an administrator).
 */
import type Database from 'better-sqlite3';
import type { BracketCode, DebtBracket } from '../../../shared/registry/brackets';

export function readBrackets(sqlite: Database.Database): DebtBracket[] {
  const rows = sqlite
    .prepare('SELECT code, label, min_kopecks AS minKopecks, max_kopecks AS maxKopecks, rank FROM debt_brackets ORDER BY rank')
    .all() as Array<{ code: BracketCode; label: string; minKopecks: number; maxKopecks: number | null; rank: number }>;
  return rows;
}
