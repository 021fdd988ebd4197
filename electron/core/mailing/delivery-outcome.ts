/**
 * @file The delivery outcome of a claim letter (delivered, returned, refused) — journaled on the account as
 * measure 5, because a delivered (or refused) claim is what a court later asks to see.
 */
import type Database from 'better-sqlite3';
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
  const item = sqlite
    .prepare('SELECT account_id AS accountId, batch_id AS batchId, position, recipient_name AS name, tracking_number AS tracking FROM mail_items WHERE id = ?')
    .get(p.mailItemId) as { accountId: number; batchId: number; position: number; name: string; tracking: string | null } | undefined;
  if (!item) throw new AppError('NOT_FOUND', `Письмо № ${p.mailItemId} не найдено.`);
  sqlite.transaction(() => {
    sqlite.prepare('UPDATE mail_items SET outcome = ?, outcome_date = ? WHERE id = ?').run(p.outcome, p.date, p.mailItemId);
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
