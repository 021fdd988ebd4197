/**
 * @file The administrator's «Роли и права»: what each role may do (the role_permissions table, deny by default) and
 * how many active users hold it, and the one way to change a role's permissions.
 *
 * A change replaces the role's whole set in one transaction with its journal entry (before and after), so the
 * journal always explains the table. The administrator role never loses ADMIN_KEEPS: without «пользователи и
 * пароли» and «права ролей» nobody could repair the table, and the office would be locked out of administration.
 */
import { count, eq } from 'drizzle-orm';
import { users } from '../../../shared/db/schema-work';
import { ADMIN_KEEPS, PERMISSIONS, PERMISSION_CODES, type Permission } from '../../../shared/auth/permissions';
import { ROLES, ROLE_LABELS, type UserRole } from '../../../shared/auth/roles';
import type { RolesView } from '../../../shared/api/contract-auth';
import type { AppDb } from '../db/connection';
import type Database from 'better-sqlite3';
import { AppError } from '../app-error';
import type { JournalActor } from './actor';
import { permissionsOf, replacePermissions } from './role-permissions-repo';
import { writeJournal } from '../journal/journal-writer';

export interface RolesDeps {
  db: AppDb;
  sqlite: Database.Database;
}

/** Permissions in the catalogue's order (groups together), so the page and the journal list them the same way. */
function inCatalogueOrder(permissions: Iterable<Permission>): Permission[] {
  const set = new Set(permissions);
  return PERMISSION_CODES.filter((code) => set.has(code));
}

export function rolesView(db: AppDb): RolesView {
  const counts = new Map<string, number>(
    db
      .select({ role: users.role, n: count() })
      .from(users)
      .where(eq(users.active, 1))
      .groupBy(users.role)
      .all()
      .map((r) => [r.role, r.n]),
  );
  return {
    roles: ROLES.map((role) => ({
      role,
      label: ROLE_LABELS[role],
      permissions: inCatalogueOrder(permissionsOf(db, role)),
      users: counts.get(role) ?? 0,
    })),
    permissions: PERMISSION_CODES.map((code) => ({
      code,
      group: PERMISSIONS[code].group,
      label: PERMISSIONS[code].label,
    })),
  };
}

const labelList = (codes: readonly Permission[]): string => codes.map((c) => `«${PERMISSIONS[c].label}»`).join(', ');

/**
 * Replaces one role's permissions. Refused (CONFLICT) when it would take ADMIN_KEEPS from the administrator role;
 * journaled as 'role.updated' with the lists before and after; an unchanged set writes nothing.
 */
export function saveRolePermissions(
  deps: RolesDeps,
  by: JournalActor,
  nowMs: number,
  input: { role: UserRole; permissions: readonly Permission[] },
): RolesView {
  const after = inCatalogueOrder(input.permissions);
  if (input.role === 'admin') {
    const missing = ADMIN_KEEPS.filter((p) => !after.includes(p));
    if (missing.length > 0) {
      throw new AppError(
        'CONFLICT',
        `У роли «${ROLE_LABELS.admin}» нельзя снять ${missing.length === 1 ? 'право' : 'права'} ${labelList(missing)}: иначе никто не сможет управлять пользователями и правами.`,
        { missing },
      );
    }
  }
  deps.sqlite.transaction(() => {
    const before = inCatalogueOrder(permissionsOf(deps.db, input.role));
    const added = after.filter((p) => !before.includes(p));
    const removed = before.filter((p) => !after.includes(p));
    if (added.length === 0 && removed.length === 0) return;
    replacePermissions(deps.db, input.role, after);
    const changes = [
      added.length > 0 ? `добавлено ${labelList(added)}` : null,
      removed.length > 0 ? `снято ${labelList(removed)}` : null,
    ].filter((s) => s !== null);
    writeJournal(deps.sqlite, by, nowMs, {
      kind: 'role.updated',
      summary: `Права роли «${ROLE_LABELS[input.role]}»: ${changes.join('; ')}.`,
      object: { type: 'role', id: input.role },
      before,
      after,
    });
  })();
  return rolesView(deps.db);
}
