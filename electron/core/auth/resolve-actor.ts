/**
 * @file Connection → Actor: the only place the core decides who is calling.
 *
 * A session connection is looked up in the session store and its user re-read from the database on every call, so
 * a role changed or a user deactivated by the administrator takes effect at once. The command line acts as
 * «Командная строка (<OS user>)» with the role the administrator set for it (administrator by default: it runs on
 * the PC that holds the data).
 */
import { eq } from 'drizzle-orm';
import { users } from '../../../shared/db/schema-work';
import type { ErrorCode } from '../../../shared/api/error-codes';
import type { AppDb } from '../db/connection';
import type { Actor, Connection } from './actor';
import { permissionsOf } from './role-permissions-repo';
import { readSecurity } from './security-settings-repo';
import type { SessionStore } from './session-store';

export type ActorLookup = { actor: Actor } | { actor: null; refusal: ErrorCode };

export interface ResolveActorDeps {
  db: AppDb;
  sessions: SessionStore;
  clock: () => number;
}

export function resolveActor(deps: ResolveActorDeps, connection: Connection, touch: boolean): ActorLookup {
  const security = readSecurity(deps.db);
  if (connection.kind === 'cli') {
    return {
      actor: {
        userId: null,
        login: `cli:${connection.osUser}`,
        name: `Командная строка (${connection.osUser})`,
        role: security.cliRole,
        permissions: permissionsOf(deps.db, security.cliRole),
        mustChangePassword: false,
      },
    };
  }
  if (connection.token === null) return { actor: null, refusal: 'AUTH.SIGN_IN_REQUIRED' };
  const found = deps.sessions.lookup(connection.token, deps.clock(), security.idleMinutes * 60_000, touch);
  if (found === null) return { actor: null, refusal: 'AUTH.SIGN_IN_REQUIRED' };
  if ('expired' in found) return { actor: null, refusal: 'AUTH.SESSION_EXPIRED' };
  const user = deps.db
    .select({
      id: users.id,
      login: users.login,
      fullName: users.fullName,
      role: users.role,
      active: users.active,
      mustChangePassword: users.mustChangePassword,
    })
    .from(users)
    .where(eq(users.id, found.userId))
    .get();
  if (!user || user.active !== 1) {
    deps.sessions.destroy(connection.token);
    return { actor: null, refusal: 'AUTH.SIGN_IN_REQUIRED' };
  }
  return {
    actor: {
      userId: user.id,
      login: user.login,
      name: user.fullName,
      role: user.role,
      permissions: permissionsOf(deps.db, user.role),
      mustChangePassword: user.mustChangePassword === 1,
    },
  };
}
