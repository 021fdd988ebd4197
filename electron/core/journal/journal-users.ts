/**
 * @file Who the journal page's «Пользователь» filter offers: the users who have entries in the journal (by their
 * current name, since the filter is by user id), and «Командная строка» when the command line has acted. Entries
 * older than sign-in carry only a name (user_id NULL) and are found through the other filters.
 */
import { and, eq, exists, isNull, like } from 'drizzle-orm';
import { actions } from '../../../shared/db/schema';
import { users } from '../../../shared/db/schema-work';
import type { JournalUserOption } from '../../../shared/api/contract-auth';
import type { AppDb } from '../db/connection';
import { CLI_NAME_PREFIX } from './journal-search';

export function journalUsers(db: AppDb): JournalUserOption[] {
  const acted = db
    .select({ id: users.id, fullName: users.fullName, login: users.login })
    .from(users)
    .where(exists(db.select({ id: actions.id }).from(actions).where(eq(actions.userId, users.id))))
    .all()
    .sort((a, b) => a.fullName.localeCompare(b.fullName, 'ru'));
  const options: JournalUserOption[] = acted.map((u) => ({ user: u.id, name: `${u.fullName} (${u.login})` }));
  const cli = db
    .select({ id: actions.id })
    .from(actions)
    .where(and(isNull(actions.userId), like(actions.userName, `${CLI_NAME_PREFIX}%`)))
    .limit(1)
    .get();
  if (cli) options.push({ user: 'cli', name: CLI_NAME_PREFIX });
  return options;
}
