/**
 * @file The letters of a petition (ходатайство, ст.64.1) and of the complaint to the senior bailiff (ст.123) made
 * into text PDFs the way the court documents are (render-court-document.ts): the facts from the database, the pure
 * view builders (shared/documents/fssp-complaint/fssp-letters-view.ts), the court letters' template
 * (CourtLetterDocument) and the registry of generated documents (saveDocument), as kinds 'fssp_petition' and
 * 'fssp_complaint' on the account.
 *
 * The letter needs its addressee: a proceeding without a department is refused (FSSP.NO_DEPARTMENT) with a hint to
 * set it. The signer is the УК's court representative (court-representatives.ts); without one the letter keeps a
 * blank line for the signature and the caller warns.
 */
import type Database from 'better-sqlite3';
import { PDFDocument } from 'pdf-lib';
import { eq, sql } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { accountSummaries, managementCompanies, persons } from '../../../shared/db/schema';
import { bailiffDepartments, enforcementProceedings, fsspCollections, writs } from '../../../shared/db/schema-fssp';
import type { PetitionKind } from '../../../shared/fssp/fssp-terms';
import type { FsspLetterFacts } from '../../../shared/documents/fssp-complaint/fssp-letter-facts';
import { buildComplaintView, buildPetitionView } from '../../../shared/documents/fssp-complaint/fssp-letters-view';
import { CourtLetterDocument } from '../../../shared/documents/court/CourtDocuments';
import { renderTemplate } from '../documents/render-documents';
import { saveDocument } from '../documents/document-files';
import { courtRepresentativeFor } from '../court/court-representatives';
import { AppError } from '../app-error';

/** Bump when the wording or layout of the petition or the complaint changes. */
export const FSSP_LETTERS_TEMPLATE_VERSION = 'fssp-letters-1';

export function fsspLetterFacts(
  sqlite: Database.Database,
  proceedingId: number,
  petition: { kind: PetitionKind; sentDate: string | null; answerDueDate: string | null },
  documentDate: string,
): FsspLetterFacts & { accountId: number } {
  const db = drizzleOf(sqlite);
  const p = db
    .select({
      number: enforcementProceedings.number,
      openedDate: enforcementProceedings.openedDate,
      debtKopecks: enforcementProceedings.debtKopecks,
      bailiffName: enforcementProceedings.bailiffName,
      departmentName: bailiffDepartments.name,
      departmentAddress: bailiffDepartments.address,
      seniorBailiff: bailiffDepartments.seniorBailiff,
      writKind: writs.kind,
      writNumber: writs.number,
      actDate: writs.actDate,
      courtName: writs.courtName,
      debtorName: writs.debtorName,
      debtorPersonId: writs.debtorPersonId,
      companyId: writs.managementCompanyId,
      accountId: writs.accountId,
      address: accountSummaries.address,
      collected: sql<number>`coalesce((select sum(${fsspCollections.amountKopecks}) from ${fsspCollections} where ${fsspCollections.proceedingId} = ${enforcementProceedings.id}), 0)`,
    })
    .from(enforcementProceedings)
    .innerJoin(writs, eq(writs.id, enforcementProceedings.writId))
    .innerJoin(accountSummaries, eq(accountSummaries.accountId, writs.accountId))
    .leftJoin(bailiffDepartments, eq(bailiffDepartments.id, enforcementProceedings.departmentId))
    .where(eq(enforcementProceedings.id, proceedingId))
    .get();
  if (!p) throw new AppError('NOT_FOUND', `Исполнительное производство № ${proceedingId} не найдено.`);
  if (p.departmentName === null || p.departmentAddress === null)
    throw new AppError(
      'FSSP.NO_DEPARTMENT',
      `У производства № ${p.number} не указан отдел судебных приставов: укажите его в карточке производства — письмо адресуется отделу.`,
    );
  const person = db
    .select({ birthDate: persons.birthDate })
    .from(persons)
    .where(eq(persons.id, p.debtorPersonId))
    .get();
  const company = db.select().from(managementCompanies).where(eq(managementCompanies.id, p.companyId)).get()!;
  const rep = courtRepresentativeFor(sqlite, p.companyId);
  return {
    accountId: p.accountId,
    documentDate,
    department: {
      name: p.departmentName,
      address: p.departmentAddress,
      seniorBailiff: p.seniorBailiff?.trim() || null,
    },
    bailiffName: p.bailiffName,
    proceeding: {
      number: p.number,
      openedDate: p.openedDate,
      debtKopecks: p.debtKopecks,
      balanceKopecks: Math.max(0, p.debtKopecks - p.collected),
    },
    writ: { kind: p.writKind, number: p.writNumber, actDate: p.actDate, courtName: p.courtName },
    debtor: { fullName: p.debtorName, birthDate: person?.birthDate ?? null, address: p.address },
    creditor: {
      name: company.name,
      inn: company.inn,
      kpp: company.kpp,
      ogrn: company.ogrn,
      address: company.address,
      phone: rep?.phone || company.phone,
    },
    representative: rep
      ? { fullName: rep.fullName, position: rep.position, powerOfAttorney: rep.powerOfAttorney }
      : null,
    petition,
  };
}

export async function renderFsspLetter(
  kind: 'petition' | 'complaint',
  facts: FsspLetterFacts,
): Promise<{ bytes: Buffer; pages: number }> {
  const view = kind === 'petition' ? buildPetitionView(facts) : buildComplaintView(facts);
  const bytes = await renderTemplate(CourtLetterDocument, { view, author: facts.creditor.name });
  const pages = (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
  return { bytes, pages };
}

/** Saves a rendered letter in the registry (inside the caller's transaction); the document's id. */
export function saveFsspLetter(
  sqlite: Database.Database,
  dataDir: string,
  d: {
    kind: 'petition' | 'complaint';
    petitionId: number;
    accountId: number;
    date: string;
    bytes: Buffer;
    pages: number;
    totalKopecks: number;
    userName: string;
    nowMs: number;
  },
): number {
  return saveDocument(sqlite, dataDir, {
    batchId: null,
    kind: `fssp_${d.kind}`,
    templateVersion: FSSP_LETTERS_TEMPLATE_VERSION,
    accountId: d.accountId,
    issuedDate: d.date,
    filePath: `fssp/petitions/${d.petitionId}/${d.kind}-${d.nowMs}.pdf`,
    bytes: d.bytes,
    pages: d.pages,
    totalKopecks: d.totalKopecks,
    userName: d.userName,
    atMs: d.nowMs,
  });
}
