/**
 * @file The people who use the workstation, with roles: the administrator's list and its changes.
 *
 * A fresh database has nobody: the first start creates the administrator (electron/core/auth/sign-in-service.ts),
 * who then adds the staff. Every change is journaled with the row before and after (never a password hash), and
 * the last administrator who can sign in cannot be demoted or deactivated, or nobody could administer the office.
 * The demo district adds its fictional staff (addDemoStaff) so its call queue can be split at once.
 */
import { asc, eq } from 'drizzle-orm';
import { users } from '../../../shared/db/schema-work';
import { ROLE_LABELS, type UserRole } from '../../../shared/auth/roles';
import type { UserView } from '../../../shared/api/contract-work';
import { AppError } from '../app-error';
import type { AppDb } from '../db/connection';
import type { JournalActor } from '../auth/actor';
import { journalWriter, writeJournal } from '../journal/journal-writer';
import { hashPassword } from '../auth/passwords';
import { signInAdminCount, storePassword } from '../auth/credentials-repo';

export type { UserView };

/** The demo district's staff (fictional people); they sign in with DEMO_PASSWORD. */
export const DEMO_USERS: ReadonlyArray<{ login: string; fullName: string; role: UserRole; dailyQuota: number }> = [
  { login: 'ivanova', fullName: 'Иванова Мария Петровна', role: 'operator', dailyQuota: 150 },
  { login: 'smirnov', fullName: 'Смирнов Алексей Игоревич', role: 'operator', dailyQuota: 150 },
  { login: 'kuznetsova', fullName: 'Кузнецова Ольга Сергеевна', role: 'operator', dailyQuota: 150 },
  { login: 'petrova', fullName: 'Петрова Анна Викторовна', role: 'claims_clerk', dailyQuota: 0 },
  { login: 'sokolov', fullName: 'Соколов Дмитрий Андреевич', role: 'lawyer', dailyQuota: 0 },
  { login: 'morozova', fullName: 'Морозова Елена Николаевна', role: 'head', dailyQuota: 0 },
];

export const DEMO_PASSWORD = 'demo2026';

export interface UserInput {
  id: number | null;
  login: string;
  fullName: string;
  role: UserRole;
  dailyQuota: number;
  active: boolean;
  /** A first password the administrator hands over; the user must change it at the first sign-in. */
  password?: string | undefined;
}

const columns = {
  id: users.id,
  login: users.login,
  fullName: users.fullName,
  role: users.role,
  dailyQuota: users.dailyQuota,
  active: users.active,
  passwordHash: users.passwordHash,
};

function toView(row: {
  id: number;
  login: string;
  fullName: string;
  role: UserRole;
  dailyQuota: number;
  active: number;
  passwordHash: string | null;
}): UserView {
  return {
    id: row.id,
    login: row.login,
    fullName: row.fullName,
    role: row.role,
    dailyQuota: row.dailyQuota,
    active: row.active === 1,
    hasPassword: row.passwordHash !== null,
  };
}

export function listUsers(db: AppDb): UserView[] {
  return db.select(columns).from(users).orderBy(asc(users.id)).all().map(toView);
}

export function findUser(db: AppDb, userId: number): UserView | null {
  const row = db.select(columns).from(users).where(eq(users.id, userId)).get();
  return row ? toView(row) : null;
}

export function getUser(db: AppDb, userId: number): UserView {
  const user = findUser(db, userId);
  if (!user) throw new AppError('NOT_FOUND', 'Такого пользователя нет.');
  return user;
}

export function findUserIdByLogin(db: AppDb, login: string): number | null {
  return db.select({ id: users.id }).from(users).where(eq(users.login, login)).get()?.id ?? null;
}

const named = (u: Pick<UserView, 'login' | 'fullName' | 'role'>): string =>
  `«${u.login}» (${u.fullName}, ${ROLE_LABELS[u.role]})`;

/** What the journal keeps of a user: the row as the administrator sees it, never the hash. */
const journalState = (u: UserView) => ({
  login: u.login,
  fullName: u.fullName,
  role: u.role,
  dailyQuota: u.dailyQuota,
  active: u.active,
  hasPassword: u.hasPassword,
});

/** Creates or updates a user (the administrator's form); journals 'user.created' / 'user.updated'. */
export async function saveUser(db: AppDb, input: UserInput, by: JournalActor, nowMs: number): Promise<UserView> {
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  const sqlite = db.$client;
  try {
    return sqlite.transaction((): UserView => {
      const taken = findUserIdByLogin(db, input.login);
      if (taken !== null && taken !== input.id) throw new AppError('CONFLICT', `Логин «${input.login}» уже занят.`);
      const values = {
        login: input.login,
        fullName: input.fullName,
        role: input.role,
        dailyQuota: input.dailyQuota,
        active: input.active ? 1 : 0,
      };
      if (input.id === null) {
        const { id } = db
          .insert(users)
          .values({ ...values, createdAtMs: nowMs })
          .returning({ id: users.id })
          .get();
        if (passwordHash !== null) storePassword(db, id, passwordHash, true, nowMs);
        const after = getUser(db, id);
        writeJournal(sqlite, by, nowMs, {
          kind: 'user.created',
          summary: `Добавлен пользователь ${named(after)}${after.active ? '' : ', отключён'}${
            after.hasPassword ? '; выдан временный пароль' : '; пароль не задан'
          }`,
          object: { type: 'user', id },
          after: journalState(after),
        });
        return after;
      }
      const before = getUser(db, input.id);
      const removesAdmin = before.role === 'admin' && before.active && (input.role !== 'admin' || !input.active);
      if (removesAdmin && before.hasPassword && signInAdminCount(db, before.id) === 0) {
        throw new AppError(
          'CONFLICT',
          `Нельзя убрать последнего администратора: ${before.fullName} — единственный, кто может войти и управлять пользователями. Сначала назначьте другого администратора и задайте ему пароль.`,
        );
      }
      db.update(users).set(values).where(eq(users.id, input.id)).run();
      if (passwordHash !== null) storePassword(db, input.id, passwordHash, true, nowMs);
      const after = getUser(db, input.id);
      writeJournal(sqlite, by, nowMs, {
        kind: 'user.updated',
        summary: `Изменён пользователь ${named(after)}: ${changes(before, after, passwordHash !== null)}`,
        object: { type: 'user', id: input.id },
        before: journalState(before),
        after: journalState(after),
      });
      return after;
    })();
  } catch (error) {
    if (error instanceof Error && /UNIQUE/.test(error.message)) {
      throw new AppError('CONFLICT', `Логин «${input.login}» уже занят.`);
    }
    throw error;
  }
}

function changes(before: UserView, after: UserView, passwordSet: boolean): string {
  const list: string[] = [];
  if (before.login !== after.login) list.push(`логин «${before.login}» → «${after.login}»`);
  if (before.fullName !== after.fullName) list.push(`ФИО «${before.fullName}» → «${after.fullName}»`);
  if (before.role !== after.role) list.push(`роль ${ROLE_LABELS[before.role]} → ${ROLE_LABELS[after.role]}`);
  if (before.dailyQuota !== after.dailyQuota) list.push(`норма ${before.dailyQuota} → ${after.dailyQuota}`);
  if (before.active !== after.active) list.push(after.active ? 'снова включён' : 'отключён');
  if (passwordSet) list.push('выдан временный пароль');
  return list.length > 0 ? list.join(', ') : 'без изменений';
}

/**
 * Adds the demo district's staff with the password DEMO_PASSWORD (no change asked: it is a demonstration),
 * skipping logins that already exist. Answers the logins added.
 */
export async function addDemoStaff(db: AppDb, by: JournalActor, nowMs: number): Promise<string[]> {
  const missing = DEMO_USERS.filter((u) => findUserIdByLogin(db, u.login) === null);
  const hashes = await Promise.all(missing.map(() => hashPassword(DEMO_PASSWORD)));
  const sqlite = db.$client;
  const journal = journalWriter(sqlite);
  return sqlite.transaction(() => {
    const added: string[] = [];
    missing.forEach((u, i) => {
      if (findUserIdByLogin(db, u.login) !== null) return;
      const { id } = db
        .insert(users)
        .values({ ...u, active: 1, createdAtMs: nowMs })
        .returning({ id: users.id })
        .get();
      storePassword(db, id, hashes[i] as string, false, nowMs);
      const after = getUser(db, id);
      journal.write(by, nowMs, {
        kind: 'user.created',
        summary: `Добавлен демонстрационный пользователь ${named(after)}`,
        object: { type: 'user', id },
        after: journalState(after),
      });
      added.push(u.login);
    });
    return added;
  })();
}
