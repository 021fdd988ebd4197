/**
 * @file The bailiffs' department (ОСП) that enforces against a building's debtors (229-ФЗ ст.33: by the debtor's
 * residence), as the building map holds it (by the territory ranges or set by hand). The applications, the raids
 * and the reconciliation ask here; an inactive department counts as none.
 */
import type Database from 'better-sqlite3';
import { and, eq } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { bailiffDepartments, buildingDepartments } from '../../../shared/db/schema-fssp';

export type DepartmentRow = typeof bailiffDepartments.$inferSelect;

export function departmentForBuilding(sqlite: Database.Database, buildingId: number): DepartmentRow | null {
  const row = drizzleOf(sqlite)
    .select({ department: bailiffDepartments })
    .from(buildingDepartments)
    .innerJoin(bailiffDepartments, eq(bailiffDepartments.id, buildingDepartments.departmentId))
    .where(and(eq(buildingDepartments.buildingId, buildingId), eq(bailiffDepartments.active, 1)))
    .get();
  return row?.department ?? null;
}
