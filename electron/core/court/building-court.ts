/**
 * @file STUB of the court directory helper's file (branch i12-dir): which court hears a building's debtors. The lead
 * keeps the directory's version on merge; this one has the same signature so the queue compiles and tests until then.
 */
import type Database from 'better-sqlite3';
import { and, eq } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { buildingCourts, courts } from '../../../shared/db/schema-court';

export function courtForBuilding(
  sqlite: Database.Database,
  buildingId: number,
  kind: 'magistrate' | 'district',
): { id: number; name: string } | null {
  const row = drizzleOf(sqlite)
    .select({ id: courts.id, name: courts.name })
    .from(buildingCourts)
    .innerJoin(courts, eq(courts.id, buildingCourts.courtId))
    .where(and(eq(buildingCourts.buildingId, buildingId), eq(buildingCourts.courtKind, kind), eq(courts.active, 1)))
    .get();
  return row ?? null;
}
