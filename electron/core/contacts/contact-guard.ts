/**
 * @file The gate every contact passes before it is recorded: the ФЗ-230 limits of the channel, the hours by the
 * production calendar in the debtor's local time, blocked categories and the account's pause. A refused contact
 * is an AppError with every reason in Russian — the limits are enforced here, not only shown.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../app-error';
import { PRODUCTION_CALENDAR } from '../../../shared/calendar/production-calendar-data';
import { checkContact, type ContactChannel, type ContactCheck } from '../../../shared/rules/contact/contact-limits';
import { localMoment } from '../../../shared/rules/contact/local-time';
import { addDays, minusOneMonth } from '../../../shared/calendar/date-math';
import type { RuleBook } from '../../../shared/rules/eligibility/rule-book';

export function contactCheckFor(
  sqlite: Database.Database,
  accountId: number,
  channel: ContactChannel,
  atMs: number,
  book: RuleBook,
): ContactCheck & { localDate: string; localMinute: number; pausedUntil: string | null; pauseReason: string | null } {
  const { date, minute } = localMoment(atMs);
  const account = sqlite
    .prepare('SELECT paused_until_date AS pausedUntil, pause_reason AS pauseReason FROM accounts WHERE id = ?')
    .get(accountId) as { pausedUntil: string | null; pauseReason: string | null } | undefined;
  if (!account) throw new AppError('NOT_FOUND', 'Такого лицевого счёта нет.');
  const dates = (
    sqlite
      .prepare('SELECT contact_date AS d FROM contacts WHERE account_id = ? AND channel = ? AND contact_date >= ?')
      .all(accountId, channel, addDays(minusOneMonth(date), -1)) as Array<{ d: string }>
  ).map((r) => r.d);
  const blocks = (
    sqlite.prepare('SELECT category FROM contact_blocks WHERE account_id = ?').all(accountId) as Array<{
      category: string;
    }>
  ).map((r) => r.category);
  const check = checkContact({
    channel,
    localDate: date,
    localMinute: minute,
    contactDates: dates,
    blockedCategories: blocks,
    limits: book.contactLimits,
    calendar: PRODUCTION_CALENDAR,
  });
  return {
    ...check,
    localDate: date,
    localMinute: minute,
    pausedUntil: account.pausedUntil,
    pauseReason: account.pauseReason,
  };
}

/** Throws CONTACT.FORBIDDEN with all reasons when the contact may not happen now. */
export function assertContactAllowed(
  sqlite: Database.Database,
  accountId: number,
  channel: ContactChannel,
  atMs: number,
  book: RuleBook,
): { localDate: string; localMinute: number } {
  const check = contactCheckFor(sqlite, accountId, channel, atMs, book);
  const reasons = check.violations.map((v) => v.text);
  if (check.pausedUntil !== null && check.pausedUntil >= check.localDate) {
    reasons.unshift(
      `работа по счёту приостановлена до ${check.pausedUntil.split('-').reverse().join('.')} (${check.pauseReason ?? 'без причины'})`,
    );
  }
  if (reasons.length > 0) {
    const what = channel === 'call' ? 'Звонок' : 'Сообщение';
    throw new AppError('CONTACT.FORBIDDEN', `${what} запрещён правилами: ${reasons.join('; ')}.`, { reasons });
  }
  return { localDate: check.localDate, localMinute: check.localMinute };
}

export function insertContact(
  sqlite: Database.Database,
  c: {
    accountId: number;
    channel: ContactChannel;
    localDate: string;
    localMinute: number;
    atMs: number;
    phone: string | null;
    outcome: string;
    userName: string;
    note?: string | null;
  },
): number {
  const info = sqlite
    .prepare(
      `INSERT INTO contacts (account_id, channel, contact_date, local_minute, at_ms, phone, outcome, user_name, note)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(c.accountId, c.channel, c.localDate, c.localMinute, c.atMs, c.phone, c.outcome, c.userName, c.note ?? null);
  return Number(info.lastInsertRowid);
}
