/**
 * @file The writ of a court case, made when the case's step «writ received» is applied (in the step's transaction,
 * electron/core/court/case-steps-apply.ts). A court order is itself the writ (kind court_order, number = the writ
 * number the clerk recorded, else the order's number); a lawsuit's writ is an исполнительный лист.
 *
 * The term's start (a choice, the clerk can edit it): the day the act came into force where the case records it,
 * else the act's date — for a lawsuit the writ is issued only after the decision is in force (ГПК ст.428), so its
 * in-force date is normally there; for a court order 229-ФЗ ст.21 counts from the order's entry into force (after the
 * objection window), which the case records as its step «in force»; without it the issue date is the only date known.
 * The duty is the case's duty (the court awards the duty paid to the creditor). Idempotent: one writ per case
 * (unique court_case_id); a writ entered by hand earlier with the same number and act date is linked to the case
 * instead of being doubled.
 */
import type Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { writs } from '../../../shared/db/schema-fssp';
import { courtCases, courts } from '../../../shared/db/schema-court';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';
import { AppError } from '../app-error';
import { insertWrit, sameNumber, writSummary } from './writs-service';

export function writFromCase(sqlite: Database.Database, caseId: number, by: JournalActor, nowMs: number): number {
  const db = drizzleOf(sqlite);
  const existing = db.select({ id: writs.id }).from(writs).where(eq(writs.courtCaseId, caseId)).get();
  if (existing) return existing.id;
  const c = db.select().from(courtCases).where(eq(courtCases.id, caseId)).get();
  if (!c) throw new AppError('NOT_FOUND', `Дело № ${caseId} не найдено.`);
  const number = c.writNumber ?? c.issuedNumber;
  const receivedDate = c.writReceivedDate;
  if (number === null || receivedDate === null)
    throw new AppError('FSSP.WRIT_STATE', `По делу № ${caseId} не записано получение исполнительного документа.`);
  const actDate = c.issuedDate ?? receivedDate;
  const court =
    c.courtId === null ? null : db.select({ name: courts.name }).from(courts).where(eq(courts.id, c.courtId)).get();
  const twin = sameNumber(sqlite, number, actDate);
  if (twin !== null) {
    const w = db
      .update(writs)
      .set({ courtCaseId: caseId, updatedAtMs: nowMs })
      .where(eq(writs.id, twin))
      .returning()
      .get();
    writeJournal(sqlite, by, nowMs, {
      kind: 'fssp.writ_changed',
      summary: `${writSummary(w)}: связан с делом № ${caseId} (документ уже был в реестре).`,
      accountId: w.accountId,
      object: { type: 'writ', id: w.id },
      before: { courtCaseId: null },
      after: { courtCaseId: caseId },
    });
    return w.id;
  }
  return insertWrit(
    sqlite,
    {
      kind: c.kind === 'court_order' ? 'court_order' : 'writ_of_execution',
      number,
      actDate,
      inForceDate: c.inForceDate,
      termStartDate: c.inForceDate ?? actDate,
      courtId: c.courtId,
      courtName: court?.name ?? 'суд не указан в деле',
      courtCaseNumber: c.courtCaseNumber,
      courtCaseId: c.id,
      accountId: c.accountId,
      managementCompanyId: c.managementCompanyId,
      debtorPersonId: c.debtorPersonId,
      debtorName: c.debtorName,
      principalKopecks: c.principalKopecks,
      penaltyKopecks: c.penaltyKopecks,
      dutyKopecks: c.dutyKopecks,
      totalKopecks: c.principalKopecks + c.penaltyKopecks + c.dutyKopecks,
      receivedDate,
      note: '',
    },
    'court_case',
    by,
    nowMs,
    `по делу № ${c.id}`,
  );
}
