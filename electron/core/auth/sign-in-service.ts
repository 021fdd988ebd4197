/**
 * @file Sign-in and passwords: the first administrator, signing in and out, the lockout after wrong passwords,
 * a user's own password change and the administrator's reset, the security settings.
 *
 * The session token is the core's (session-store.ts): a successful sign-in puts it into the caller's Connection,
 * and the host keeps it (the browser host's HttpOnly cookie, the Electron window). Five wrong passwords in a row
 * lock the login for 15 minutes; an unknown login is answered with the same words and after the same scrypt time
 * as a wrong password, so neither tells which logins exist. Every attempt is journaled; a password never is.
 */
import { eq } from 'drizzle-orm';
import { users } from '../../../shared/db/schema-work';
import type { SessionUser, AuthStatus, SecuritySettings } from '../../../shared/api/contract-auth';
import { ROLE_LABELS } from '../../../shared/auth/roles';
import type { Permission } from '../../../shared/auth/permissions';
import { localMoment } from '../../../shared/rules/contact/local-time';
import { AppError } from '../app-error';
import type { CoreContext } from '../core-context';
import { writeJournal } from '../journal/journal-writer';
import { journalActor, type Actor, type Call, type Connection, type JournalActor, type PublicCall } from './actor';
import { hashPassword, spendVerifyTime, verifyPassword } from './passwords';
import {
  clearFailedAttempts,
  credentialsById,
  credentialsByLogin,
  recordFailedAttempt,
  signInAdminCount,
  storePassword,
  type Credentials,
} from './credentials-repo';
import { permissionsOf } from './role-permissions-repo';
import { readSecurity, writeSecurity } from './security-settings-repo';

export const MAX_FAILED_ATTEMPTS = 5;
export const LOCK_MINUTES = 15;

const BAD_CREDENTIALS = 'Неверный логин или пароль.';

export type AuthContext = Pick<CoreContext, 'db' | 'sqlite' | 'sessions' | 'clock'>;

/** «12:45» in Moscow time. */
function hhmm(atMs: number): string {
  const minute = localMoment(atMs).minute;
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

function lockedError(lockedUntilMs: number): AppError {
  return new AppError(
    'AUTH.LOCKED',
    `Вход заблокирован до ${hhmm(lockedUntilMs)} после ${MAX_FAILED_ATTEMPTS} неудачных попыток. Подождите или обратитесь к администратору.`,
    { lockedUntilMs },
  );
}

const userActor = (c: Pick<Credentials, 'id' | 'fullName'>): JournalActor => ({ userId: c.id, name: c.fullName });

function sessionUserOf(ctx: AuthContext, userId: number): SessionUser {
  const c = credentialsById(ctx.db, userId);
  if (!c) throw new AppError('NOT_FOUND', 'Такого пользователя нет.');
  return {
    id: c.id,
    login: c.login,
    fullName: c.fullName,
    role: c.role,
    roleLabel: ROLE_LABELS[c.role],
    permissions: [...permissionsOf(ctx.db, c.role)].sort() as Permission[],
    mustChangePassword: c.mustChangePassword,
  };
}

/** The session user of a resolved actor (null for the command line: it has no account). */
export function sessionUserOfActor(ctx: AuthContext, actor: Actor | null): SessionUser | null {
  return actor && actor.userId !== null ? sessionUserOf(ctx, actor.userId) : null;
}

/** Whether the office still has no administrator who can sign in. */
export function needsSetup(ctx: AuthContext): boolean {
  return signInAdminCount(ctx.db) === 0;
}

export function authStatus(ctx: AuthContext, call: PublicCall): AuthStatus {
  return {
    needsSetup: needsSetup(ctx),
    user: sessionUserOfActor(ctx, call.actor),
    idleMinutes: readSecurity(ctx.db).idleMinutes,
    nowMs: ctx.clock(),
  };
}

/** Opens a session for the user on this connection (closing the one it held). */
function openSession(ctx: AuthContext, connection: Connection, userId: number): void {
  if (connection.kind !== 'session') return;
  if (connection.token !== null) ctx.sessions.destroy(connection.token);
  connection.token = ctx.sessions.create(userId, ctx.clock());
}

/** First start: the administrator (or an existing login without a password, made administrator) and a session. */
export async function setupAdmin(
  ctx: AuthContext,
  input: { login: string; fullName: string; password: string },
  connection: Connection,
): Promise<SessionUser> {
  const refused = () =>
    new AppError(
      'CONFLICT',
      'Администратор уже создан. Войдите с его логином и паролем или попросите его добавить вас.',
    );
  if (!needsSetup(ctx)) throw refused();
  const passwordHash = await hashPassword(input.password);
  const nowMs = ctx.clock();
  const userId = ctx.sqlite.transaction((): number => {
    // Checked again: another window may have finished the setup while the hash was computed.
    if (!needsSetup(ctx)) throw refused();
    const existing = credentialsByLogin(ctx.db, input.login);
    if (existing && existing.passwordHash !== null) throw new AppError('CONFLICT', `Логин «${input.login}» уже занят.`);
    let id: number;
    if (existing) {
      id = existing.id;
      ctx.db.update(users).set({ fullName: input.fullName, role: 'admin', active: 1 }).where(eq(users.id, id)).run();
    } else {
      id = ctx.db
        .insert(users)
        .values({
          login: input.login,
          fullName: input.fullName,
          role: 'admin',
          dailyQuota: 0,
          active: 1,
          createdAtMs: nowMs,
        })
        .returning({ id: users.id })
        .get().id;
    }
    storePassword(ctx.db, id, passwordHash, false, nowMs);
    writeJournal(ctx.sqlite, { userId: id, name: input.fullName }, nowMs, {
      kind: 'auth.adminCreated',
      summary: `Создан администратор «${input.login}» (${input.fullName}) при первом запуске`,
      object: { type: 'user', id },
      after: { login: input.login, fullName: input.fullName, role: 'admin', active: true },
    });
    return id;
  })();
  openSession(ctx, connection, userId);
  return sessionUserOf(ctx, userId);
}

/**
 * Counts a wrong password for a real user (journaled) and answers the error to throw: the lock once the count
 * reaches MAX_FAILED_ATTEMPTS, else `otherwise`.
 */
function failedAttempt(ctx: AuthContext, c: Credentials, nowMs: number, what: string, otherwise: AppError): AppError {
  return ctx.sqlite.transaction((): AppError => {
    const lockUntilMs = nowMs + LOCK_MINUTES * 60_000;
    const { attempts, locked } = recordFailedAttempt(ctx.db, c.id, MAX_FAILED_ATTEMPTS, lockUntilMs);
    writeJournal(ctx.sqlite, userActor(c), nowMs, {
      kind: 'auth.signInFailed',
      summary: `${what} для «${c.login}»: неверный пароль (попытка ${attempts} из ${MAX_FAILED_ATTEMPTS})`,
      object: { type: 'user', id: c.id },
    });
    if (!locked) return otherwise;
    writeJournal(ctx.sqlite, userActor(c), nowMs, {
      kind: 'auth.locked',
      summary: `Вход «${c.login}» заблокирован до ${hhmm(lockUntilMs)} после ${MAX_FAILED_ATTEMPTS} неудачных попыток`,
      object: { type: 'user', id: c.id },
    });
    return lockedError(lockUntilMs);
  })();
}

export async function signIn(
  ctx: AuthContext,
  input: { login: string; password: string },
  connection: Connection,
): Promise<SessionUser> {
  const nowMs = ctx.clock();
  const found = credentialsByLogin(ctx.db, input.login);
  if (!found) {
    await spendVerifyTime(input.password);
    writeJournal(ctx.sqlite, { userId: null, name: `неизвестный логин «${input.login}»` }, nowMs, {
      kind: 'auth.signInFailed',
      summary: `Неудачная попытка входа: логина «${input.login}» нет`,
    });
    throw new AppError('AUTH.BAD_CREDENTIALS', BAD_CREDENTIALS);
  }
  if (found.lockedUntilMs !== null && found.lockedUntilMs > nowMs) {
    writeJournal(ctx.sqlite, userActor(found), nowMs, {
      kind: 'auth.signInFailed',
      summary: `Попытка входа «${found.login}» при блокировке (до ${hhmm(found.lockedUntilMs)})`,
      object: { type: 'user', id: found.id },
    });
    throw lockedError(found.lockedUntilMs);
  }
  const valid =
    found.passwordHash === null
      ? await spendVerifyTime(input.password)
      : await verifyPassword(input.password, found.passwordHash);
  if (!found.active || found.passwordHash === null) {
    writeJournal(ctx.sqlite, userActor(found), nowMs, {
      kind: 'auth.signInFailed',
      summary: `Неудачная попытка входа «${found.login}»: ${found.active ? 'пароль ещё не задан администратором' : 'пользователь отключён'}`,
      object: { type: 'user', id: found.id },
    });
    throw new AppError('AUTH.BAD_CREDENTIALS', BAD_CREDENTIALS);
  }
  if (!valid) {
    throw failedAttempt(
      ctx,
      found,
      nowMs,
      'Неудачная попытка входа',
      new AppError('AUTH.BAD_CREDENTIALS', BAD_CREDENTIALS),
    );
  }
  // Another attempt may have locked the login while this one computed its hash.
  const now = credentialsById(ctx.db, found.id);
  if (now?.lockedUntilMs != null && now.lockedUntilMs > nowMs) throw lockedError(now.lockedUntilMs);
  ctx.sqlite.transaction(() => {
    clearFailedAttempts(ctx.db, found.id);
    writeJournal(ctx.sqlite, userActor(found), nowMs, {
      kind: 'auth.signedIn',
      summary: `Вход в программу: ${found.fullName} («${found.login}», ${ROLE_LABELS[found.role]})`,
      object: { type: 'user', id: found.id },
    });
  })();
  openSession(ctx, connection, found.id);
  return sessionUserOf(ctx, found.id);
}

export function signOut(ctx: AuthContext, call: Call): { signedOut: true } {
  const { connection, actor } = call;
  if (connection.kind === 'session' && connection.token !== null) {
    ctx.sessions.destroy(connection.token);
    connection.token = null;
  }
  writeJournal(ctx.sqlite, journalActor(actor), ctx.clock(), {
    kind: 'auth.signedOut',
    summary: `Выход из программы: ${actor.name}`,
    ...(actor.userId !== null ? { object: { type: 'user' as const, id: actor.userId } } : {}),
  });
  return { signedOut: true };
}

/** The signed-in user's own password: the current one asked again; other sessions of the user are closed. */
export async function changePassword(
  ctx: AuthContext,
  input: { currentPassword: string; newPassword: string },
  call: Call,
): Promise<SessionUser> {
  const userId = call.actor.userId;
  if (userId === null)
    throw new AppError('CONFLICT', 'У командной строки нет пароля: его меняют пользователи программы.');
  const nowMs = ctx.clock();
  const c = credentialsById(ctx.db, userId);
  if (!c) throw new AppError('NOT_FOUND', 'Такого пользователя нет.');
  if (c.lockedUntilMs !== null && c.lockedUntilMs > nowMs) throw lockedError(c.lockedUntilMs);
  const valid =
    c.passwordHash === null
      ? await spendVerifyTime(input.currentPassword)
      : await verifyPassword(input.currentPassword, c.passwordHash);
  if (!valid) {
    throw failedAttempt(
      ctx,
      c,
      nowMs,
      'Смена пароля',
      new AppError('AUTH.BAD_CREDENTIALS', 'Текущий пароль указан неверно.'),
    );
  }
  if (input.newPassword === input.currentPassword) {
    throw new AppError('VALIDATION', 'Новый пароль должен отличаться от текущего.');
  }
  const passwordHash = await hashPassword(input.newPassword);
  ctx.sqlite.transaction(() => {
    storePassword(ctx.db, userId, passwordHash, false, nowMs);
    writeJournal(ctx.sqlite, journalActor(call.actor), nowMs, {
      kind: 'user.passwordChanged',
      summary: `${c.fullName} («${c.login}») сменил(а) свой пароль`,
      object: { type: 'user', id: userId },
    });
  })();
  const keep = call.connection.kind === 'session' ? (call.connection.token ?? undefined) : undefined;
  ctx.sessions.destroyForUser(userId, keep);
  return sessionUserOf(ctx, userId);
}

/** The administrator sets another user's password: unlocked, to be changed at the next sign-in, sessions closed. */
export async function resetPassword(
  ctx: AuthContext,
  input: { userId: number; newPassword: string },
  call: Call,
): Promise<{ userId: number }> {
  const target = credentialsById(ctx.db, input.userId);
  if (!target) throw new AppError('NOT_FOUND', 'Такого пользователя нет.');
  const passwordHash = await hashPassword(input.newPassword);
  const nowMs = ctx.clock();
  ctx.sqlite.transaction(() => {
    storePassword(ctx.db, target.id, passwordHash, true, nowMs);
    writeJournal(ctx.sqlite, journalActor(call.actor), nowMs, {
      kind: 'user.passwordReset',
      summary: `Пароль пользователя «${target.login}» (${target.fullName}) задан администратором; при входе его нужно сменить${
        target.lockedUntilMs !== null && target.lockedUntilMs > nowMs ? '; блокировка входа снята' : ''
      }`,
      object: { type: 'user', id: target.id },
    });
  })();
  // The administrator resetting their own password keeps the window they are working in.
  const keep =
    target.id === call.actor.userId && call.connection.kind === 'session'
      ? (call.connection.token ?? undefined)
      : undefined;
  ctx.sessions.destroyForUser(target.id, keep);
  return { userId: target.id };
}

export function saveSecurity(ctx: AuthContext, settings: SecuritySettings, call: Call): SecuritySettings {
  const nowMs = ctx.clock();
  ctx.sqlite.transaction(() => {
    const before = readSecurity(ctx.db);
    writeSecurity(ctx.db, settings, nowMs);
    writeJournal(ctx.sqlite, journalActor(call.actor), nowMs, {
      kind: 'security.updated',
      summary: `Настройки безопасности: блокировка после ${settings.idleMinutes} мин простоя, командная строка — ${ROLE_LABELS[settings.cliRole]}`,
      object: { type: 'settings', id: 'security' },
      before,
      after: settings,
    });
  })();
  return readSecurity(ctx.db);
}
