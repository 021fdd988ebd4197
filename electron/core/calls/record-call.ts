/**
 * @file Records the outcome of a call (measure 2): the contact gate first (ФЗ-230 limits, hours by the production
 * calendar, blocks, pause) — a refused call is not recorded at all — then the contact, the journal entry the
 * cockpit counts, the queue item, and a promise to pay when one was made.
 */
import type Database from 'better-sqlite3';
import { and, eq } from 'drizzle-orm';
import { callQueueItems, paymentPromises } from '../../../shared/db/schema-work';
import { drizzleOf } from '../db/drizzle-of';
import { AppError } from '../app-error';
import { currentRuleBook } from '../rules/rule-book-repo';
import { assertContactAllowed, insertContact } from '../contacts/contact-guard';
import { outcomeLabel, type CallOutcome } from '../../../shared/rules/contact/call-outcomes';
import { formatKopecksAsRub } from '../../../shared/rules/eligibility/format-fact';
import type { RecordCallResult } from '../../../shared/api/contract-work';
import { isIsoDate } from '../../../shared/dates/iso-date';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';

export interface RecordCallInput {
  accountId: number;
  /** Who called (the session's user): the contact, the promise and the journal name them. */
  by: JournalActor;
  outcome: CallOutcome;
  promiseDate: string | null;
  promiseKopecks: number | null;
  callbackAt: string | null;
  note: string;
}

const ruDate = (d: string) => d.split('-').reverse().join('.');

export function recordCall(sqlite: Database.Database, input: RecordCallInput, atMs: number): RecordCallResult {
  const book = currentRuleBook(sqlite);
  const db = drizzleOf(sqlite);
  // IMMEDIATE: the write lock is asked for before anything is read, so a job committing meanwhile (an import's
  // recount) makes this wait its turn instead of failing on a stale snapshot.
  return sqlite
    .transaction(() => {
      const { localDate, localMinute } = assertContactAllowed(sqlite, input.accountId, 'call', atMs, book);
      if (input.outcome === 'promise') {
        if (!input.promiseDate || input.promiseKopecks === null || input.promiseKopecks <= 0) {
          throw new AppError('VALIDATION', 'Для обещания оплатить укажите дату и сумму.');
        }
        if (!isIsoDate(input.promiseDate))
          throw new AppError('VALIDATION', `Такой даты нет в календаре: ${ruDate(input.promiseDate)}.`);
        if (!Number.isSafeInteger(input.promiseKopecks))
          throw new AppError('VALIDATION', 'Сумма обещания — целое число копеек.');
        if (input.promiseDate < localDate) throw new AppError('VALIDATION', 'Дата обещанной оплаты уже прошла.');
      }
      const item = db
        .select({ id: callQueueItems.id, phone: callQueueItems.phone })
        .from(callQueueItems)
        .where(and(eq(callQueueItems.queueDate, localDate), eq(callQueueItems.accountId, input.accountId)))
        .get();
      const contactId = insertContact(sqlite, {
        accountId: input.accountId,
        channel: 'call',
        localDate,
        localMinute,
        atMs,
        phone: item?.phone ?? null,
        outcome: input.outcome,
        userName: input.by.name,
        note:
          [input.callbackAt ? `перезвонить: ${input.callbackAt}` : '', input.note].filter(Boolean).join('; ') || null,
      });
      if (item) {
        db.update(callQueueItems)
          .set({ status: 'done', outcome: input.outcome, doneAtMs: atMs })
          .where(eq(callQueueItems.id, item.id))
          .run();
      }
      let promiseId: number | null = null;
      let summary = `Звонок: ${outcomeLabel(input.outcome).toLowerCase()}`;
      if (input.outcome === 'promise' && input.promiseDate && input.promiseKopecks) {
        promiseId = db
          .insert(paymentPromises)
          .values({
            accountId: input.accountId,
            madeDate: localDate,
            promisedDate: input.promiseDate,
            amountKopecks: input.promiseKopecks,
            status: 'open',
            userName: input.by.name,
            atMs,
          })
          .returning({ id: paymentPromises.id })
          .get().id;
        summary = `Звонок: обещал оплатить ${formatKopecksAsRub(input.promiseKopecks)} до ${ruDate(input.promiseDate)}`;
      }
      if (input.outcome === 'callback' && input.callbackAt) summary += ` (${input.callbackAt})`;
      writeJournal(sqlite, input.by, atMs, {
        kind: 'call.recorded',
        accountId: input.accountId,
        actionDate: localDate,
        summary,
        details: {
          outcome: input.outcome,
          contactId,
          promiseId,
          note: input.note || undefined,
          ruleVersion: book.version,
        },
      });
      return { contactId, summary, promiseId };
    })
    .immediate();
}
