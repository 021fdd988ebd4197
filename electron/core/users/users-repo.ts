/**
 * @file The people who use the workstation, with roles. A fresh database gets a few demo users (three operators,
 * a claims clerk, a lawyer, the head and an administrator) so the call queue can be split at once; the
 * administrator edits the list.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../app-error';

export type UserRole = 'operator' | 'claims_clerk' | 'lawyer' | 'head' | 'admin';

export const ROLE_LABELS: Record<UserRole, string> = {
  operator: 'оператор',
  claims_clerk: 'специалист по претензиям',
  lawyer: 'юрист',
  head: 'начальник отдела',
  admin: 'администратор',
};

export interface UserView {
  id: number;
  login: string;
  fullName: string;
  role: UserRole;
  dailyQuota: number;
  active: boolean;
}

const DEMO_USERS: Array<Omit<UserView, 'id' | 'active'>> = [
  { login: 'ivanova', fullName: 'Иванова Мария Петровна', role: 'operator', dailyQuota: 150 },
  { login: 'smirnov', fullName: 'Смирнов Алексей Игоревич', role: 'operator', dailyQuota: 150 },
  { login: 'kuznetsova', fullName: 'Кузнецова Ольга Сергеевна', role: 'operator', dailyQuota: 150 },
  { login: 'petrova', fullName: 'Петрова Анна Викторовна', role: 'claims_clerk', dailyQuota: 0 },
  { login: 'sokolov', fullName: 'Соколов Дмитрий Андреевич', role: 'lawyer', dailyQuota: 0 },
  { login: 'morozova', fullName: 'Морозова Елена Николаевна', role: 'head', dailyQuota: 0 },
  { login: 'admin', fullName: 'Администратор', role: 'admin', dailyQuota: 0 },
];

/** Seeds the demo users once, on a database that has no users yet. */
export function ensureUsers(sqlite: Database.Database, nowMs: number): void {
  const count = (sqlite.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
  if (count > 0) return;
  const insert = sqlite.prepare(
    'INSERT INTO users (login, full_name, role, daily_quota, active, created_at_ms) VALUES (?, ?, ?, ?, 1, ?)',
  );
  sqlite.transaction(() => {
    for (const u of DEMO_USERS) insert.run(u.login, u.fullName, u.role, u.dailyQuota, nowMs);
  })();
}

const SELECT = `SELECT id, login, full_name AS fullName, role, daily_quota AS dailyQuota, active FROM users`;

function toView(r: Omit<UserView, 'active'> & { active: number }): UserView {
  return { ...r, active: r.active === 1 };
}

export function listUsers(sqlite: Database.Database): UserView[] {
  return (sqlite.prepare(`${SELECT} ORDER BY id`).all() as Array<Omit<UserView, 'active'> & { active: number }>).map(
    toView,
  );
}

export function getUser(sqlite: Database.Database, userId: number): UserView {
  const row = sqlite.prepare(`${SELECT} WHERE id = ?`).get(userId) as
    (Omit<UserView, 'active'> & { active: number }) | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Такого пользователя нет.');
  return toView(row);
}

export function saveUser(
  sqlite: Database.Database,
  input: { id: number | null; login: string; fullName: string; role: UserRole; dailyQuota: number; active: boolean },
  nowMs: number,
): UserView {
  try {
    if (input.id === null) {
      const info = sqlite
        .prepare(
          'INSERT INTO users (login, full_name, role, daily_quota, active, created_at_ms) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(input.login, input.fullName, input.role, input.dailyQuota, input.active ? 1 : 0, nowMs);
      return getUser(sqlite, Number(info.lastInsertRowid));
    }
    sqlite
      .prepare('UPDATE users SET login = ?, full_name = ?, role = ?, daily_quota = ?, active = ? WHERE id = ?')
      .run(input.login, input.fullName, input.role, input.dailyQuota, input.active ? 1 : 0, input.id);
    return getUser(sqlite, input.id);
  } catch (error) {
    if (error instanceof Error && /UNIQUE/.test(error.message))
      throw new AppError('CONFLICT', `Логин «${input.login}» уже занят.`);
    throw error;
  }
}
