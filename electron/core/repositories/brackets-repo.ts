/**
 * @file The debt brackets table (seeded by migration 0001, editable later by an administrator).
 */
import type Database from 'better-sqlite3';
import { debtBrackets } from '../../../shared/db/schema';
import { drizzleOf } from '../db/drizzle-of';
import type { BracketCode, DebtBracket } from '../../../shared/registry/brackets';

export function readBrackets(sqlite: Database.Database): DebtBracket[] {
  const b = debtBrackets;
  return drizzleOf(sqlite)
    .select({ code: b.code, label: b.label, minKopecks: b.minKopecks, maxKopecks: b.maxKopecks, rank: b.rank })
    .from(b)
    .orderBy(b.rank)
    .all()
    .map((r) => ({ ...r, code: r.code as BracketCode })); // the migration seeds the codes of shared/registry/brackets.ts
}
