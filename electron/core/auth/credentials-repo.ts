/**
 * @file The sign-in side of a users row: its password hash, the count of wrong passwords in a row and the lock
 * they set, the flag an administrator's reset raises. Only the sign-in service reads and writes these columns;
 * the users list (electron/core/users/users-repo.ts) never returns them.
 */
import { and, count, eq, isNotNull, ne, type SQL } from 'drizzle-orm';
import { users } from '../../../shared/db/schema-work';
import type { UserRole } from '../../../shared/auth/roles';
import type { AppDb } from '../db/connection';

export interface Credentials {
  id: number;
  login: string;
  fullName: string;
  role: UserRole;
  active: boolean;
  passwordHash: string | null;
  mustChangePassword: boolean;
  failedAttempts: number;
  lockedUntilMs: number | null;
}

const columns = {
  id: users.id,
  login: users.login,
  fullName: users.fullName,
  role: users.role,
  active: users.active,
  passwordHash: users.passwordHash,
  mustChangePassword: users.mustChangePassword,
  failedAttempts: users.failedAttempts,
  lockedUntilMs: users.lockedUntilMs,
};

function selectOne(db: AppDb, where: SQL): Credentials | null {
  const row = db.select(columns).from(users).where(where).get();
  return row ? { ...row, active: row.active === 1, mustChangePassword: row.mustChangePassword === 1 } : null;
}

export function credentialsByLogin(db: AppDb, login: string): Credentials | null {
  return selectOne(db, eq(users.login, login));
}

export function credentialsById(db: AppDb, userId: number): Credentials | null {
  return selectOne(db, eq(users.id, userId));
}

/** Active administrators who can sign in (a password is set), optionally not counting one user. */
export function signInAdminCount(db: AppDb, exceptUserId?: number): number {
  const row = db
    .select({ n: count() })
    .from(users)
    .where(
      and(
        eq(users.role, 'admin'),
        eq(users.active, 1),
        isNotNull(users.passwordHash),
        exceptUserId === undefined ? undefined : ne(users.id, exceptUserId),
      ),
    )
    .get();
  return row?.n ?? 0;
}

/** Records one more wrong password; sets the lock (and starts the count again) when it reaches `maxAttempts`. */
export function recordFailedAttempt(
  db: AppDb,
  userId: number,
  maxAttempts: number,
  lockUntilMs: number,
): { attempts: number; locked: boolean } {
  const row = db.select({ failedAttempts: users.failedAttempts }).from(users).where(eq(users.id, userId)).get();
  const attempts = (row?.failedAttempts ?? 0) + 1;
  const locked = attempts >= maxAttempts;
  db.update(users)
    .set(locked ? { failedAttempts: 0, lockedUntilMs: lockUntilMs } : { failedAttempts: attempts })
    .where(eq(users.id, userId))
    .run();
  return { attempts, locked };
}

export function clearFailedAttempts(db: AppDb, userId: number): void {
  db.update(users).set({ failedAttempts: 0, lockedUntilMs: null }).where(eq(users.id, userId)).run();
}

/**
 * Sets a new password. `mustChange` = the administrator set it (the user picks their own at the next sign-in);
 * either way the login is unlocked.
 */
export function storePassword(
  db: AppDb,
  userId: number,
  passwordHash: string,
  mustChange: boolean,
  nowMs: number,
): void {
  db.update(users)
    .set({
      passwordHash,
      mustChangePassword: mustChange ? 1 : 0,
      failedAttempts: 0,
      lockedUntilMs: null,
      passwordChangedAtMs: nowMs,
    })
    .where(eq(users.id, userId))
    .run();
}
