/**
 * @file The agreement's document for signature (PDF): the creditor (the account's УК and its signer of claims), the
 * debtors as the claims name them (electron/core/debt/account-debt-repo.ts `readDebtors`: owners by share, or the
 * social tenant with the adult family jointly liable), the months of the debt from the debt position, the schedule,
 * and the dated rules of the day — built by the pure shared/documents/agreement/agreement-view.ts, laid out by
 * AgreementDocument.tsx.
 */
import type Database from 'better-sqlite3';
import { PDFDocument } from 'pdf-lib';
import { organisationForDocuments } from '../documents/document-files';
import { renderTemplate } from '../documents/render-documents';
import { readDebtors, partsOf } from '../debt/account-debt-repo';
import { signerFor } from '../claims/claim-signers';
import { measureRule } from '../restriction/restriction-tables-repo';
import { AppError } from '../app-error';
import type { Instalment } from '../../../shared/agreements/agreement-schedule';
import { buildAgreementView, type AgreementViewInput } from '../../../shared/documents/agreement/agreement-view';
import { AgreementDocument } from '../../../shared/documents/agreement/AgreementDocument';

interface AccountForDocument {
  number: string;
  tenure: 'owner' | 'social_tenant';
  companyId: number;
  address: string;
  companyName: string;
  inn: string;
  companyAddress: string | null;
}

export interface AgreementDocumentFacts {
  number: string;
  issuedDate: string;
  accountId: number;
  totalKopecks: number;
  instalments: readonly Instalment[];
  toleranceKopecks: number;
  graceDays: number;
}

/** The view input of an agreement's document from the database as of `issuedDate`. */
export function agreementViewInput(sqlite: Database.Database, f: AgreementDocumentFacts): AgreementViewInput {
  const a = sqlite
    .prepare<[number], AccountForDocument>(
      `SELECT a.number, a.tenure, a.management_company_id AS companyId, coalesce(s.address, '') AS address,
              c.name AS companyName, c.inn, c.address AS companyAddress
         FROM accounts a JOIN management_companies c ON c.id = a.management_company_id
         LEFT JOIN account_summaries s ON s.account_id = a.id
        WHERE a.id = ?`,
    )
    .get(f.accountId);
  if (!a) throw new AppError('NOT_FOUND', `Лицевой счёт с кодом ${f.accountId} не найден. Ничего не изменено.`);
  const period = sqlite
    .prepare<[number, string], { lo: string | null; hi: string | null }>(
      `SELECT min(period) AS lo, max(period) AS hi FROM debt_months
        WHERE account_id = ? AND open_kopecks > 0 AND due_date < ?`,
    )
    .get(f.accountId, f.issuedDate);
  const debtors = readDebtors(sqlite, f.accountId, f.issuedDate);
  const parts = partsOf(f.totalKopecks, debtors);
  const signer = signerFor(sqlite, a.companyId);
  const org = organisationForDocuments(sqlite);
  return {
    number: f.number,
    issuedDate: f.issuedDate,
    place: a.address.split(',')[0]?.trim() || '',
    creditor: {
      name: a.companyName,
      inn: a.inn,
      address: a.companyAddress,
      signerName: signer?.fullName ?? null,
      signerPosition: signer?.position ?? null,
    },
    organisationName: org.organisationName,
    accountNumber: a.number,
    address: a.address,
    debtors: debtors.map((d, i) => ({
      fullName: d.fullName,
      role: d.role,
      shareText: d.shareText,
      partKopecks: parts[i] ?? 0,
      jointly: d.jointly,
    })),
    totalKopecks: f.totalKopecks,
    periodFrom: period?.lo ?? null,
    periodTo: period?.hi ?? null,
    instalments: f.instalments,
    toleranceKopecks: f.toleranceKopecks,
    graceDays: f.graceDays,
    restorationDays: measureRule(sqlite, 'restriction.restoration_days', f.issuedDate),
    socialTenancy: a.tenure === 'social_tenant',
  };
}

/** Renders the document; the bytes and the page count. */
export async function renderAgreement(
  sqlite: Database.Database,
  f: AgreementDocumentFacts,
): Promise<{ bytes: Buffer; pages: number }> {
  const view = buildAgreementView(agreementViewInput(sqlite, f));
  const bytes = await renderTemplate(AgreementDocument, {
    view,
    author: organisationForDocuments(sqlite).organisationName,
  });
  const pages = (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
  return { bytes, pages };
}
