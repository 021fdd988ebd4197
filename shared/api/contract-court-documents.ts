/**
 * @file API methods — Court documents and packages: making the documents of cases (a job), the documents of a case,
 * one ZIP per court with a manifest (a job), the packages and the cases ready for them, re-checking a package.
 * Spread into the one contract in contract.ts.
 */
import { z } from './zod-russian';
import { isoDateSchema } from './calendar-schemas';
import type { CourtDocumentKind } from '../court/court-case-facts';

const Id = z.number().int().positive();
const CaseIds = z.array(Id).min(1, 'Укажите хотя бы одно дело.').max(5000, 'Не больше 5 000 дел за раз.');

export const courtDocumentsApiInputs = {
  /** The documents of the given cases, or of a court batch's cases not yet filed; a job. */
  'court.makeDocuments': z
    .object({
      caseIds: CaseIds.optional(),
      batchId: Id.optional(),
      /** The date the documents bear; today by default. */
      documentDate: isoDateSchema('Дата документов').optional(),
    })
    .strict()
    .refine((v) => (v.caseIds === undefined) !== (v.batchId === undefined), {
      message: 'Укажите дела (caseIds) или пакет (batchId) — одно из двух.',
    }),
  'court.caseDocuments': z.object({ caseId: Id }).strict(),
  /** One ZIP per court: the given cases, or the court's cases with the duty paid and the documents made; a job. */
  'court.exportPackage': z
    .object({
      courtId: Id,
      caseIds: CaseIds.optional(),
      /** The command line only: the folder to put the ZIP into. */
      outDir: z.string().min(1).max(1000).optional(),
    })
    .strict(),
  /** The courts with their cases awaiting filing, and the packages made (of one court, or all). */
  'court.packages': z.object({ courtId: Id.optional() }).strict(),
  /** Re-checks a package against its manifest: one made here (packageId) or a ZIP uploaded (uploadId). */
  'court.verifyPackage': z
    .object({
      packageId: Id.optional(),
      uploadId: z.string().min(1).max(64, 'Неверный код файла: выберите файл заново.').optional(),
    })
    .strict()
    .refine((v) => (v.packageId === undefined) !== (v.uploadId === undefined), {
      message: 'Укажите пакет (packageId) или загруженный файл (uploadId) — одно из двух.',
    }),
  /** Who represents each УК in court, with the power of attorney the applications cite. */
  'court.representatives': z.object({}).strict(),
  /** Sets a УК's representative in court (the head: the signers are hers), or clears it with `representative: null`. */
  'court.saveRepresentative': z
    .object({
      managementCompanyId: Id,
      representative: z
        .object({
          fullName: z.string().trim().min(5, 'ФИО представителя: укажите фамилию, имя и отчество.').max(200),
          position: z.string().trim().min(3, 'Должность представителя: укажите должность.').max(300),
          powerOfAttorney: z
            .string()
            .trim()
            .min(5, 'Доверенность: укажите дату и номер («от 10.01.2026 № 5»).')
            .max(300, 'Доверенность: не длиннее 300 знаков.'),
        })
        .strict()
        .nullable(),
    })
    .strict(),
} as const;

/** A УК's representative in court as the applications will print it. */
export interface CourtRepresentativeRow {
  managementCompanyId: number;
  companyName: string;
  fullName: string | null;
  position: string | null;
  powerOfAttorney: string | null;
  /** 'court' — set for the court; 'signer' — taken from the claims' signer (no power of attorney: a blank is printed); null — nobody. */
  source: 'court' | 'signer' | null;
}

export interface CourtJobStarted {
  jobId: string;
  title: string;
  cases: number;
}

export interface CourtCaseDocument {
  documentId: number;
  kind: CourtDocumentKind;
  title: string;
  issuedDate: string;
  pages: number | null;
  totalKopecks: number | null;
  createdAtMs: number;
}

/** A case awaiting filing, as the «Пакеты в суд» tab lists it under its court. */
export interface PackageCaseRow {
  caseId: number;
  kind: 'court_order' | 'lawsuit';
  status: string;
  debtorName: string;
  accountId: number;
  accountNumber: string;
  claimKopecks: number;
  dutyKopecks: number;
  /** The documents linked now (0 = not made). */
  documents: number;
  documentsDate: string | null;
  /** Duty paid (or exempt, or fully offset) and documents made: goes into the next package. */
  ready: boolean;
}

export interface PackageCourtRow {
  courtId: number;
  name: string;
  kind: 'magistrate' | 'district';
  code: string | null;
  cases: PackageCaseRow[];
}

export interface CourtPackageRow {
  packageId: number;
  courtId: number;
  courtName: string;
  fileName: string;
  /** The registry row to download it by (documents.file). */
  documentId: number | null;
  sha256: string;
  casesCount: number;
  totalKopecks: number;
  userName: string;
  createdAtMs: number;
}

export interface CourtPackagesView {
  courts: PackageCourtRow[];
  /** Cases awaiting filing whose court is not known yet (the building is not mapped). */
  withoutCourt: number;
  packages: CourtPackageRow[];
}

export interface PackageCheckView {
  ok: true;
  fileName: string;
  files: number;
  cases: number;
  claimKopecks: number;
  lines: string[];
}

export interface CourtDocumentsApiOutputs {
  'court.makeDocuments': CourtJobStarted;
  'court.caseDocuments': CourtCaseDocument[];
  'court.exportPackage': CourtJobStarted;
  'court.packages': CourtPackagesView;
  'court.verifyPackage': PackageCheckView;
  'court.representatives': CourtRepresentativeRow[];
  'court.saveRepresentative': CourtRepresentativeRow[];
}
