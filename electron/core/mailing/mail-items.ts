/**
 * @file The letters of a claim batch in print order, as the mailing lists read them, each with the УК whose claim
 * it is (the sender on form 103 and in the upload file).
 */
import type Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { accounts, buildings } from '../../../shared/db/schema';
import { documentBatches, mailItems } from '../../../shared/db/schema-documents';
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
  const b = drizzleOf(sqlite)
    .select({
      title: documentBatches.title,
      asOfDate: documentBatches.asOfDate,
      createdAtMs: documentBatches.createdAtMs,
      kind: documentBatches.kind,
    })
    .from(documentBatches)
    .where(eq(documentBatches.id, batchId))
    .get();
  // Claims (measure 5) and warnings of a restriction sent by post (measure 8) go through the same mailing.
  if (!b || (b.kind !== 'claims' && b.kind !== 'restriction_warnings'))
    throw new AppError('NOT_FOUND', `Пакет писем № ${batchId} не найден.`);
  return b;
}

export function mailItemsOf(sqlite: Database.Database, batchId: number, onDate: string): MailItemRow[] {
  const mass = documentRule(sqlite, 'letter_mass_grams', onDate);
  const m = mailItems;
  const rows = drizzleOf(sqlite)
    .select({
      id: m.id,
      position: m.position,
      accountId: m.accountId,
      accountNumber: accounts.number,
      recipientName: m.recipientName,
      address: m.address,
      postalCode: m.postalCode,
      buildingId: m.buildingId,
      buildingAddress: buildings.address,
      entrance: m.entrance,
      apartment: m.apartment,
      companyId: accounts.managementCompanyId,
      totalKopecks: m.totalKopecks,
      trackingNumber: m.trackingNumber,
      outcome: m.outcome,
      outcomeDate: m.outcomeDate,
    })
    .from(m)
    .innerJoin(accounts, eq(accounts.id, m.accountId))
    .leftJoin(buildings, eq(buildings.id, m.buildingId))
    .where(eq(m.batchId, batchId))
    .orderBy(m.position)
    .all();
  return rows.map((r) => ({ ...r, orderNumber: `${batchId}-${r.position}`, massGrams: mass }));
}
