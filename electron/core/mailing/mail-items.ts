/**
 * @file The letters of a claim batch in print order, as the mailing lists read them, each with the УК whose claim
 * it is (the sender on form 103 and in the upload file).
 */
import type Database from 'better-sqlite3';
import { AppError } from '../app-error';
import { documentRule } from '../documents/document-rules';

export interface MailItemRow {
  id: number;
  /** «<batch>-<position>». */
  orderNumber: string;
  position: number;
  accountId: number;
  accountNumber: string;
  recipientName: string;
  /** The address as the claim was addressed (billing text with the flat). */
  address: string;
  /** The postal code stored when the claim was made (the mailing lists look it up again). */
  postalCode: string | null;
  buildingId: number | null;
  buildingAddress: string | null;
  entrance: number | null;
  apartment: string | null;
  companyId: number;
  totalKopecks: number;
  trackingNumber: string | null;
  massGrams: number;
  outcome: 'pending' | 'delivered' | 'returned' | 'refused';
  outcomeDate: string | null;
}

export function batchInfo(
  sqlite: Database.Database,
  batchId: number,
): { title: string; asOfDate: string; createdAtMs: number; kind: string } {
  const b = sqlite
    .prepare(
      'SELECT title, as_of_date AS asOfDate, created_at_ms AS createdAtMs, kind FROM document_batches WHERE id = ?',
    )
    .get(batchId) as { title: string; asOfDate: string; createdAtMs: number; kind: string } | undefined;
  if (!b || b.kind !== 'claims') throw new AppError('NOT_FOUND', `Пакет претензий № ${batchId} не найден.`);
  return b;
}

export function mailItemsOf(sqlite: Database.Database, batchId: number, onDate: string): MailItemRow[] {
  const mass = documentRule(sqlite, 'letter_mass_grams', onDate);
  const rows = sqlite
    .prepare(
      `SELECT m.id, m.position, m.account_id AS accountId, a.number AS accountNumber, m.recipient_name AS recipientName,
              m.address, m.postal_code AS postalCode, m.building_id AS buildingId, b.address AS buildingAddress, m.entrance,
              m.apartment, a.management_company_id AS companyId, m.total_kopecks AS totalKopecks,
              m.tracking_number AS trackingNumber, m.outcome, m.outcome_date AS outcomeDate
         FROM mail_items m JOIN accounts a ON a.id = m.account_id LEFT JOIN buildings b ON b.id = m.building_id
        WHERE m.batch_id = ? ORDER BY m.position`,
    )
    .all(batchId) as Array<Omit<MailItemRow, 'orderNumber' | 'massGrams'>>;
  return rows.map((r) => ({ ...r, orderNumber: `${batchId}-${r.position}`, massGrams: mass }));
}
