/**
 * @file The delivery outcome of a claim letter (delivered, returned, refused) — journaled on the account as
 * measure 5, because a delivered (or refused) claim is what a court later asks to see.
 */
import type Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { documentBatches, mailItems } from '../../../shared/db/schema-documents';
import { takePostOutcomes } from '../restriction/restriction-delivery';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { AppError } from '../app-error';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';

export type DeliveryOutcome = 'delivered' | 'returned' | 'refused';

const OUTCOME_TEXT: Record<DeliveryOutcome, string> = {
  delivered: 'вручена',
  returned: 'возвращена (не вручена)',
  refused: 'адресат отказался от получения',
};

export function setDeliveryOutcome(
  sqlite: Database.Database,
  p: { mailItemId: number; outcome: DeliveryOutcome; date: string },
  by: JournalActor,
  nowMs: number,
): { mailItemId: number; outcome: DeliveryOutcome; date: string } {
  const db = drizzleOf(sqlite);
  const item = db
    .select({
      accountId: mailItems.accountId,
      batchId: mailItems.batchId,
      position: mailItems.position,
      name: mailItems.recipientName,
      tracking: mailItems.trackingNumber,
    })
    .from(mailItems)
    .where(eq(mailItems.id, p.mailItemId))
    .get();
  if (!item) throw new AppError('NOT_FOUND', `Письмо № ${p.mailItemId} не найдено.`);
  const kind = db
    .select({ kind: documentBatches.kind })
    .from(documentBatches)
    .where(eq(documentBatches.id, item.batchId))
    .get()?.kind;
  sqlite.transaction(() => {
    db.update(mailItems).set({ outcome: p.outcome, outcomeDate: p.date }).where(eq(mailItems.id, p.mailItemId)).run();
    // A restriction warning (measure 8): its case takes the outcome — delivered, refused or returned (deemed
    // delivered) — and starts its term; journaled there as 'restriction.delivered'.
    if (kind === 'restriction_warnings') {
      takePostOutcomes(sqlite, by, nowMs, p.mailItemId);
      return;
    }
    writeJournal(sqlite, by, nowMs, {
      kind: 'claim.delivery',
      accountId: item.accountId,
      actionDate: p.date,
      summary: `Претензия ${item.batchId}-${item.position} (${item.name}) ${OUTCOME_TEXT[p.outcome]} ${formatRuDate(p.date)}${item.tracking ? `, ШПИ ${item.tracking}` : ''}`,
      details: { mailItemId: p.mailItemId, batchId: item.batchId, outcome: p.outcome, trackingNumber: item.tracking },
    });
  })();
  return { mailItemId: p.mailItemId, outcome: p.outcome, date: p.date };
}
