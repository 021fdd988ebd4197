/**
 * @file The role → permissions table (deny by default): read one role's set, replace it.
 */
import { eq } from 'drizzle-orm';
import { rolePermissions } from '../../../shared/db/schema-work';
import { isPermission, type Permission } from '../../../shared/auth/permissions';
import type { UserRole } from '../../../shared/auth/roles';
import type { AppDb } from '../db/connection';

export function permissionsOf(db: AppDb, role: UserRole): Set<Permission> {
  const rows = db
    .select({ permission: rolePermissions.permission })
    .from(rolePermissions)
    .where(eq(rolePermissions.role, role))
    .all();
  // A permission a newer build removed is ignored rather than trusted.
  return new Set(rows.map((r) => r.permission).filter(isPermission));
}

export function replacePermissions(db: AppDb, role: UserRole, permissions: readonly Permission[]): void {
  db.delete(rolePermissions).where(eq(rolePermissions.role, role)).run();
  if (permissions.length > 0) {
    db.insert(rolePermissions)
      .values([...new Set(permissions)].map((permission) => ({ role, permission })))
      .run();
  }
}
