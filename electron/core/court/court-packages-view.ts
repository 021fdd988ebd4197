/**
 * @file What the «Пакеты в суд» tab shows: each court with its cases awaiting filing (prepared or duty paid) — the
 * documents made or not, the duty gate open or not — and the packages exported.
 */
import type Database from 'better-sqlite3';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { accounts } from '../../../shared/db/schema';
import { courtCaseDocuments, courtCases, courts } from '../../../shared/db/schema-court';
import { generatedDocuments } from '../../../shared/db/schema-documents';
import type { CourtPackagesView, PackageCourtRow } from '../../../shared/api/contract-court-documents';
import { dutyGateOpen, listCourtPackages } from './court-package';

export function courtPackagesView(sqlite: Database.Database, courtId?: number): CourtPackagesView {
  const db = drizzleOf(sqlite);
  const waiting = inArray(courtCases.status, ['prepared', 'duty_paid']);
  const rows = db
    .select({
      caseId: courtCases.id,
      kind: courtCases.kind,
      status: courtCases.status,
      debtorName: courtCases.debtorName,
      accountId: courtCases.accountId,
      accountNumber: accounts.number,
      claimKopecks: courtCases.claimKopecks,
      dutyKopecks: courtCases.dutyKopecks,
      dutyOffsetKopecks: courtCases.dutyOffsetKopecks,
      dutyExemptReason: courtCases.dutyExemptReason,
      courtId: courtCases.courtId,
      documents: sql<number>`count(${courtCaseDocuments.documentId})`,
      documentsDate: sql<string | null>`max(${generatedDocuments.issuedDate})`,
    })
    .from(courtCases)
    .innerJoin(accounts, eq(accounts.id, courtCases.accountId))
    .leftJoin(courtCaseDocuments, eq(courtCaseDocuments.caseId, courtCases.id))
    .leftJoin(generatedDocuments, eq(generatedDocuments.id, courtCaseDocuments.documentId))
    .where(courtId === undefined ? waiting : and(waiting, eq(courtCases.courtId, courtId)))
    .groupBy(courtCases.id)
    .orderBy(courtCases.id)
    .all();
  const courtRows = db
    .select({ courtId: courts.id, name: courts.name, kind: courts.kind, code: courts.code })
    .from(courts)
    .where(courtId === undefined ? undefined : eq(courts.id, courtId))
    .orderBy(courts.kind, courts.name)
    .all();
  const byCourt: PackageCourtRow[] = courtRows
    .map((c) => ({
      ...c,
      cases: rows
        .filter((r) => r.courtId === c.courtId)
        .map((r) => ({
          caseId: r.caseId,
          kind: r.kind,
          status: r.status,
          debtorName: r.debtorName,
          accountId: r.accountId,
          accountNumber: r.accountNumber,
          claimKopecks: r.claimKopecks,
          dutyKopecks: r.dutyKopecks,
          documents: r.documents,
          documentsDate: r.documentsDate,
          ready: r.documents > 0 && dutyGateOpen(r),
        })),
    }))
    .filter((c) => c.cases.length > 0 || courtId !== undefined);
  const withoutCourt =
    courtId === undefined
      ? (db
          .select({ n: sql<number>`count(*)` })
          .from(courtCases)
          .where(and(waiting, isNull(courtCases.courtId)))
          .get()?.n ?? 0)
      : 0;
  return { courts: byCourt, withoutCourt, packages: listCourtPackages(sqlite, courtId) };
}
