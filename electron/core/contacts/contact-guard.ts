/**
 * @file The gate every contact passes before it is recorded: the ФЗ-230 limits of the channel, the hours by the
 * production calendar in the debtor's local time, blocked categories and the account's pause. A refused contact
 * is an AppError with every reason in Russian — the limits are enforced here, not only shown.
 */
import type Database from 'better-sqlite3';
import { and, eq, gte } from 'drizzle-orm';
import { accounts } from '../../../shared/db/schema';
import { contactBlocks, contacts } from '../../../shared/db/schema-work';
import { drizzleOf } from '../db/drizzle-of';
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
  const db = drizzleOf(sqlite);
  const account = db
    .select({ pausedUntil: accounts.pausedUntilDate, pauseReason: accounts.pauseReason })
    .from(accounts)
    .where(eq(accounts.id, accountId))
    .get();
  if (!account) throw new AppError('NOT_FOUND', 'Такого лицевого счёта нет.');
  const dates = db
    .select({ d: contacts.contactDate })
    .from(contacts)
    .where(
      and(
        eq(contacts.accountId, accountId),
        eq(contacts.channel, channel),
        gte(contacts.contactDate, addDays(minusOneMonth(date), -1)),
      ),
    )
    .all()
    .map((r) => r.d);
  const blocks = db
    .select({ category: contactBlocks.category })
    .from(contactBlocks)
    .where(eq(contactBlocks.accountId, accountId))
    .all()
    .map((r) => r.category);
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
  return drizzleOf(sqlite)
    .insert(contacts)
    .values({
      accountId: c.accountId,
      channel: c.channel,
      contactDate: c.localDate,
      localMinute: c.localMinute,
      atMs: c.atMs,
      phone: c.phone,
      outcome: c.outcome,
      userName: c.userName,
      note: c.note ?? null,
    })
    .returning({ id: contacts.id })
    .get().id;
}
