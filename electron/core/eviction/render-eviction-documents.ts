/**
 * @file The two documents of an eviction case, rendered and registered (generated_documents): the warning to the
 * tenant (kind 'eviction_warning') and the landlord's lawsuit draft (kind 'eviction_lawsuit'). The facts come from
 * the case, the account, the people on it, the debt position as of the document's date, the dated rules and the
 * reserved dwelling; the pure views (shared/documents/eviction/) turn them into strings. The caller links the
 * document to the case inside its own transaction.
 */
import type Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { PDFDocument } from 'pdf-lib';
import { drizzleOf } from '../db/drizzle-of';
import type { JournalActor } from '../auth/actor';
import { saveDocument } from '../documents/document-files';
import { renderTemplate } from '../documents/render-documents';
import { getSettings } from '../repositories/settings-repo';
import { readAccountDebt, readDebtors } from '../debt/account-debt-repo';
import { measureRule } from '../restriction/restriction-tables-repo';
import { housingStock } from '../../../shared/db/schema-eviction';
import { accountSummaries } from '../../../shared/db/schema';
import { EvictionDocument } from '../../../shared/documents/eviction/EvictionDocument';
import type { EvictionDocumentView } from '../../../shared/documents/eviction/eviction-document-view';
import { buildWarningView, WARNING_TEMPLATE_VERSION } from '../../../shared/documents/eviction/warning-view';
import {
  buildLawsuitView,
  LAWSUIT_TEMPLATE_VERSION,
  type LawsuitDebtMonth,
  type LawsuitDwelling,
} from '../../../shared/documents/eviction/lawsuit-view';
import type { EvictionCaseRow } from './eviction-cases-repo';
import { DUTY_EXEMPTION_GROUND, type EvictionDuty } from './eviction-duty';

export interface DocumentEnv {
  sqlite: Database.Database;
  dataDir: string;
  by: JournalActor;
  nowMs: number;
}

export interface RenderedDocument {
  bytes: Buffer;
  pages: number;
  filePath: string;
  kind: 'eviction_warning' | 'eviction_lawsuit';
  templateVersion: string;
  issuedDate: string;
  totalKopecks: number | null;
}

/** The landlord as documents name it: the municipality of the office's district, acting through its administration. */
export function landlordName(districtName: string): string {
  return `Муниципальное образование «${districtName}» в лице администрации`;
}

function parties(sqlite: Database.Database, row: EvictionCaseRow, date: string) {
  const settings = getSettings(drizzleOf(sqlite));
  const account = drizzleOf(sqlite)
    .select({
      number: accountSummaries.number,
      address: accountSummaries.address,
      mainPerson: accountSummaries.mainPerson,
    })
    .from(accountSummaries)
    .where(eq(accountSummaries.accountId, row.accountId))
    .get();
  const debtor = readDebtors(sqlite, row.accountId, date).find((d) => d.role === 'tenant');
  return {
    landlordName: landlordName(settings.districtName),
    organisationName: settings.organisationName,
    responsiblePerson: settings.responsiblePerson,
    tenantName: debtor?.fullName ?? account?.mainPerson ?? 'Наниматель',
    familyAdults: debtor?.jointly ?? [],
    address: account?.address ?? '',
    accountNumber: account?.number ?? '',
  };
}

async function finish(
  view: EvictionDocumentView,
  author: string,
  meta: Omit<RenderedDocument, 'bytes' | 'pages'>,
): Promise<RenderedDocument> {
  const bytes = await renderTemplate(EvictionDocument, { view, author });
  const pages = (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
  return { ...meta, bytes, pages };
}

export async function renderWarning(
  env: DocumentEnv,
  row: EvictionCaseRow,
  warningDate: string,
  deadlineDate: string,
): Promise<RenderedDocument> {
  const p = parties(env.sqlite, row, warningDate);
  const view = buildWarningView({
    caseId: row.id,
    landlordName: p.landlordName,
    organisationName: p.organisationName,
    responsiblePerson: p.responsiblePerson,
    tenantName: p.tenantName,
    address: p.address,
    accountNumber: p.accountNumber,
    // The overdue debt on the warning's day (the debt position), as the tenant will find it in the bill.
    debtKopecks: readAccountDebt(env.sqlite, row.accountId, warningDate).overdueKopecks,
    monthsWithoutPayment: row.unpaidMonths,
    warningDate,
    deadlineDate,
    dormitoryNormCentiM2: measureRule(env.sqlite, 'eviction.dormitory_norm_centi_m2', warningDate),
  });
  return finish(view, p.organisationName, {
    filePath: `documents/eviction/case-${row.id}/preduprezhdenie-${row.id}-${env.nowMs}.pdf`,
    kind: 'eviction_warning',
    templateVersion: WARNING_TEMPLATE_VERSION,
    issuedDate: warningDate,
    totalKopecks: row.debtKopecks,
  });
}

function reservedDwelling(sqlite: Database.Database, dwellingId: number | null): LawsuitDwelling | null {
  if (dwellingId === null) return null;
  const d = drizzleOf(sqlite).select().from(housingStock).where(eq(housingStock.id, dwellingId)).get();
  return d
    ? {
        settlement: d.settlement,
        address: d.address,
        apartment: d.apartment,
        rooms: d.rooms,
        livingAreaCentiM2: d.livingAreaCentiM2,
      }
    : null;
}

export async function renderLawsuit(
  env: DocumentEnv,
  row: EvictionCaseRow,
  lawsuitDate: string,
  courtName: string,
  duty: EvictionDuty,
): Promise<RenderedDocument> {
  const p = parties(env.sqlite, row, lawsuitDate);
  const debt = readAccountDebt(env.sqlite, row.accountId, lawsuitDate);
  const debtMonths: LawsuitDebtMonth[] = debt.months
    .filter((m) => (m.status === 'overdue' || m.status === 'time_barred') && m.openKopecks > 0)
    .map((m) => ({
      period: m.period,
      chargedKopecks: m.chargedKopecks,
      paidKopecks: m.paidKopecks,
      openKopecks: m.openKopecks,
    }));
  const view = buildLawsuitView({
    caseId: row.id,
    lawsuitDate,
    courtName,
    landlordName: p.landlordName,
    organisationName: p.organisationName,
    responsiblePerson: p.responsiblePerson,
    tenantName: p.tenantName,
    familyAdults: p.familyAdults,
    address: p.address,
    accountNumber: p.accountNumber,
    householdSize: row.householdSize,
    monthsWithoutPayment: row.unpaidMonths,
    debtMonths,
    warningDate: row.warningDate ?? lawsuitDate,
    warningDeadlineDate: row.warningDeadlineDate ?? lawsuitDate,
    checklistDate: row.checklistDate ?? lawsuitDate,
    dwelling: reservedDwelling(env.sqlite, row.dwellingId),
    dormitoryNormCentiM2: measureRule(env.sqlite, 'eviction.dormitory_norm_centi_m2', lawsuitDate),
    dutyKopecks: duty.dutyKopecks,
    dutyExempt: duty.exempt,
    dutyExemptGround: DUTY_EXEMPTION_GROUND,
  });
  return finish(view, p.organisationName, {
    filePath: `documents/eviction/case-${row.id}/isk-${row.id}-${env.nowMs}.pdf`,
    kind: 'eviction_lawsuit',
    templateVersion: LAWSUIT_TEMPLATE_VERSION,
    issuedDate: lawsuitDate,
    totalKopecks: debtMonths.reduce((s, m) => s + m.openKopecks, 0),
  });
}

/** Writes the rendered file and its registry row (inside the caller's transaction); returns the document id. */
export function registerRendered(env: DocumentEnv, accountId: number, doc: RenderedDocument): number {
  return saveDocument(env.sqlite, env.dataDir, {
    batchId: null,
    kind: doc.kind,
    templateVersion: doc.templateVersion,
    accountId,
    issuedDate: doc.issuedDate,
    filePath: doc.filePath,
    bytes: doc.bytes,
    pages: doc.pages,
    totalKopecks: doc.totalKopecks,
    userName: env.by.name,
    atMs: env.nowMs,
  });
}
