/**
 * @file Import of tracking numbers (ШПИ) for the letters of a claim batch: the post's list comes back as text,
 * a line per letter «номер заказа;ШПИ» (the order number of the upload file, «<batch>-<n>»). Each number's
 * check digit is verified; all or nothing — a bad line is reported with its number and nothing is written.
 */
import type Database from 'better-sqlite3';
import { and, eq } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { mailItems } from '../../../shared/db/schema-documents';
import { isValidTrackingNumber } from '../../../shared/documents/mailing/tracking-number';
import { AppError } from '../app-error';

export interface TrackingImportResult {
  updated: number;
}

export function importTrackingNumbers(sqlite: Database.Database, batchId: number, text: string): TrackingImportResult {
  const errors: string[] = [];
  const updates: Array<{ position: number; tracking: string }> = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const [order = '', tracking = ''] = line.split(/[;,\t]/).map((c) => c.trim().replace(/^"|"$/g, ''));
    if (i === 0 && !/\d/.test(order)) return; // header line
    const m = /^(\d+)-(\d+)$/.exec(order);
    if (!m || Number(m[1]) !== batchId) {
      errors.push(`Строка ${i + 1}: номер заказа «${order}» не из пакета № ${batchId}`);
      return;
    }
    const shpi = tracking.replace(/\s+/g, '');
    if (!isValidTrackingNumber(shpi)) {
      errors.push(`Строка ${i + 1}: «${tracking}» — не ШПИ (14 цифр с верной контрольной цифрой)`);
      return;
    }
    updates.push({ position: Number(m[2]), tracking: shpi });
  });
  const update = (tracking: string, position: number) =>
    drizzleOf(sqlite)
      .update(mailItems)
      .set({ trackingNumber: tracking })
      .where(and(eq(mailItems.batchId, batchId), eq(mailItems.position, position)))
      .run();
  if (errors.length === 0) {
    sqlite.transaction(() => {
      for (const u of updates) {
        if (update(u.tracking, u.position).changes === 0) errors.push(`Письма ${batchId}-${u.position} нет в пакете`);
      }
      if (errors.length > 0)
        throw new AppError('MAILING.TRACKING', `ШПИ не загружены: ${errors.slice(0, 20).join('; ')}.`);
    })();
  }
  if (errors.length > 0)
    throw new AppError(
      'MAILING.TRACKING',
      `ШПИ не загружены: ${errors.slice(0, 20).join('; ')}${errors.length > 20 ? ` и ещё ${errors.length - 20}` : ''}.`,
    );
  return { updated: updates.length };
}
