/**
 * @file The applications as the state-duty work sees them: each case with its duty, the offset from an earlier case
 * (НК ст.333.20, 333.40), what payment orders allocated to it and what is still due. One reader, so the request,
 * the payment capture and the lists count «still due» the same way: due = duty − offset; still due = due − paid.
 */
import type Database from 'better-sqlite3';
import { and, asc, eq, inArray, max, sql, type SQL } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { accounts } from '../../../shared/db/schema';
import { courtCases, courts, dutyPaymentCases, dutyRequestCases } from '../../../shared/db/schema-court';
import type { DutyCaseView } from '../../../shared/api/contract-court-duty';

export const NO_COURT = 'суд не определён';

export interface DutyCaseFilter {
  managementCompanyId?: number;
  caseIds?: readonly number[];
  statuses?: ReadonlyArray<(typeof courtCases.$inferSelect)['status']>;
}

/** The cases matching the filter, ordered by id, with their paid and still-due sums. */
export function readDutyCases(sqlite: Database.Database, filter: DutyCaseFilter): DutyCaseView[] {
  const db = drizzleOf(sqlite);
  const where: SQL[] = [];
  if (filter.managementCompanyId !== undefined)
    where.push(eq(courtCases.managementCompanyId, filter.managementCompanyId));
  if (filter.caseIds) where.push(inArray(courtCases.id, [...filter.caseIds]));
  if (filter.statuses) where.push(inArray(courtCases.status, [...filter.statuses]));
  const paid = db
    .select({ caseId: dutyPaymentCases.caseId, paid: sql<number>`sum(${dutyPaymentCases.amountKopecks})`.as('paid') })
    .from(dutyPaymentCases)
    .groupBy(dutyPaymentCases.caseId)
    .as('paid');
  const requested = db
    .select({ caseId: dutyRequestCases.caseId, requestId: max(dutyRequestCases.requestId).as('request_id') })
    .from(dutyRequestCases)
    .groupBy(dutyRequestCases.caseId)
    .as('requested');
  const rows = db
    .select({
      caseId: courtCases.id,
      managementCompanyId: courtCases.managementCompanyId,
      accountId: courtCases.accountId,
      accountNumber: accounts.number,
      debtorName: courtCases.debtorName,
      kind: courtCases.kind,
      status: courtCases.status,
      courtId: courtCases.courtId,
      courtName: courts.name,
      claimKopecks: courtCases.claimKopecks,
      dutyKopecks: courtCases.dutyKopecks,
      dutyOffsetKopecks: courtCases.dutyOffsetKopecks,
      paidKopecks: paid.paid,
      exemptReason: courtCases.dutyExemptReason,
      requestId: requested.requestId,
    })
    .from(courtCases)
    .innerJoin(accounts, eq(accounts.id, courtCases.accountId))
    .leftJoin(courts, eq(courts.id, courtCases.courtId))
    .leftJoin(paid, eq(paid.caseId, courtCases.id))
    .leftJoin(requested, eq(requested.caseId, courtCases.id))
    .where(where.length > 0 ? and(...where) : undefined)
    .orderBy(asc(courtCases.id))
    .all();
  return rows.map((r) => {
    const due = Math.max(0, r.dutyKopecks - r.dutyOffsetKopecks);
    const paidKopecks = Number(r.paidKopecks ?? 0);
    return {
      caseId: r.caseId,
      managementCompanyId: r.managementCompanyId,
      accountId: r.accountId,
      accountNumber: r.accountNumber,
      debtorName: r.debtorName,
      kind: r.kind,
      status: r.status,
      courtId: r.courtId,
      courtName: r.courtName ?? NO_COURT,
      claimKopecks: r.claimKopecks,
      dutyKopecks: r.dutyKopecks,
      dutyOffsetKopecks: r.dutyOffsetKopecks,
      dueKopecks: due,
      paidKopecks,
      stillDueKopecks: Math.max(0, due - paidKopecks),
      exemptReason: r.exemptReason,
      requestId: r.requestId === null || r.requestId === undefined ? null : Number(r.requestId),
    };
  });
}

/** Whether a case still waits for its duty: prepared, not exempt, something still due. */
export function awaitsDuty(c: DutyCaseView): boolean {
  return c.status === 'prepared' && c.exemptReason === null && c.stillDueKopecks > 0;
}

/** «№ 12 (л/с 1001, Иванов Иван Иванович)» — how a case is named to the clerk. */
export function caseLabel(c: Pick<DutyCaseView, 'caseId' | 'accountNumber' | 'debtorName'>): string {
  return `№ ${c.caseId} (л/с ${c.accountNumber}, ${c.debtorName})`;
}
