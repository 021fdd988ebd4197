/**
 * @file The court that hears a building's debtors: its magistrate plot or its district court, as the building map
 * holds it (by the territory ranges or set by hand). The queue, the cases and the packages ask here; an inactive
 * court counts as none.
 */
import type Database from 'better-sqlite3';
import { and, eq } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { buildingCourts, courts } from '../../../shared/db/schema-court';

export type CourtRow = typeof courts.$inferSelect;

export function courtForBuilding(
  sqlite: Database.Database,
  buildingId: number,
  kind: 'magistrate' | 'district',
): CourtRow | null {
  const row = drizzleOf(sqlite)
    .select({ court: courts })
    .from(buildingCourts)
    .innerJoin(courts, eq(courts.id, buildingCourts.courtId))
    .where(and(eq(buildingCourts.buildingId, buildingId), eq(buildingCourts.courtKind, kind), eq(courts.active, 1)))
    .get();
  return row?.court ?? null;
}
