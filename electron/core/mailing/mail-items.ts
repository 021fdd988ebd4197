/**
 * @file The letters of a claim batch in print order, as the mailing lists read them.
 */
import type Database from 'better-sqlite3';
import type { MailItemFacts } from '../../../shared/documents/mailing/mailing-view';
import { AppError } from '../app-error';
import { documentRule } from '../documents/document-rules';

export interface MailItemRow extends MailItemFacts {
  id: number;
  position: number;
  accountId: number;
  totalKopecks: number;
  outcome: 'pending' | 'delivered' | 'returned' | 'refused';
  outcomeDate: string | null;
}

export function batchInfo(sqlite: Database.Database, batchId: number): { title: string; asOfDate: string; createdAtMs: number; kind: string } {
  const b = sqlite.prepare('SELECT title, as_of_date AS asOfDate, created_at_ms AS createdAtMs, kind FROM document_batches WHERE id = ?').get(batchId) as
    | { title: string; asOfDate: string; createdAtMs: number; kind: string }
    | undefined;
  if (!b || b.kind !== 'claims') throw new AppError('NOT_FOUND', `Пакет претензий № ${batchId} не найден.`);
  return b;
}

export function mailItemsOf(sqlite: Database.Database, batchId: number, onDate: string): MailItemRow[] {
  const mass = documentRule(sqlite, 'letter_mass_grams', onDate);
  const rows = sqlite
    .prepare(
      `SELECT m.id, m.position, m.account_id AS accountId, m.recipient_name AS recipientName, m.postal_code AS postalCode, m.address,
              b.address AS buildingAddress, m.apartment, a.number AS accountNumber, m.tracking_number AS trackingNumber,
              m.total_kopecks AS totalKopecks, m.outcome, m.outcome_date AS outcomeDate
         FROM mail_items m JOIN accounts a ON a.id = m.account_id LEFT JOIN buildings b ON b.id = m.building_id
        WHERE m.batch_id = ? ORDER BY m.position`,
    )
    .all(batchId) as Array<Omit<MailItemRow, 'orderNumber' | 'massGrams'>>;
  return rows.map((r) => ({ ...r, orderNumber: `${batchId}-${r.position}`, massGrams: mass }));
}
