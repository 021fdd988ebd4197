/**
 * @file The warning of a restriction for one account and service, from the database to PDF bytes: the addressees as
 * the claims name them (the owners, or the social tenant — readDebtors), the address as an envelope writes it, the
 * service's overdue months from the debt position (the same numbers readServiceDebts sums), the threshold, the dated
 * rules of the day (term, restoration days, costs), the payee's details, the signer of the УК's letters. The pure
 * view (shared/documents/restriction-warning/warning-view.ts) words it; RestrictionWarning.tsx lays it out. Nothing
 * is written here: restriction-warn.ts saves the bytes inside its transaction.
 */
import type Database from 'better-sqlite3';
import { PDFDocument } from 'pdf-lib';
import { readAccountDebt, readDebtors } from '../debt/account-debt-repo';
import { organisationForDocuments } from '../documents/document-files';
import { renderTemplate } from '../documents/render-documents';
import { letterAddressFor } from '../mailing/postal-codes';
import { signerFor } from '../claims/claim-signers';
import { AppError } from '../app-error';
import { measureRule } from './restriction-tables-repo';
import type { ServiceDebtLine } from './service-debt';
import {
  buildWarningView,
  type WarningAddressee,
  type WarningInput,
  type WarningView,
} from '../../../shared/documents/restriction-warning/warning-view';
import { RestrictionWarning } from '../../../shared/documents/restriction-warning/RestrictionWarning';

interface AccountRow {
  number: string;
  address: string;
  companyId: number;
  buildingId: number | null;
  buildingAddress: string | null;
  entrance: number | null;
  apartment: string | null;
  name: string;
  inn: string;
  kpp: string | null;
  companyAddress: string | null;
  phone: string | null;
  bankName: string | null;
  bik: string | null;
  correspondentAccount: string | null;
  settlementAccount: string | null;
}

export interface WarningFacts {
  input: WarningInput;
  view: WarningView;
  /** For the mail item (one letter per warning): the names on the envelope list, the address, the building. */
  recipientName: string;
  address: string;
  postalCode: string | null;
  buildingId: number | null;
  entrance: number | null;
  apartment: string | null;
  organisationName: string;
}

function readAccount(sqlite: Database.Database, accountId: number): AccountRow {
  const row = sqlite
    .prepare<[number], AccountRow>(
      `SELECT a.number, coalesce(s.address, '') AS address, a.management_company_id AS companyId,
              p.building_id AS buildingId, b.address AS buildingAddress, p.entrance, p.apartment,
              c.name, c.inn, c.kpp, c.address AS companyAddress, c.phone, c.bank_name AS bankName, c.bik,
              c.correspondent_account AS correspondentAccount, c.settlement_account AS settlementAccount
         FROM accounts a JOIN management_companies c ON c.id = a.management_company_id
         LEFT JOIN account_summaries s ON s.account_id = a.id
         LEFT JOIN premises p ON p.id = a.premises_id
         LEFT JOIN buildings b ON b.id = p.building_id
        WHERE a.id = ?`,
    )
    .get(accountId);
  if (!row) throw new AppError('NOT_FOUND', `Лицевой счёт (код ${accountId}) не найден. Ничего не изменено.`);
  return row;
}

/** Everything the warning says, as of `today`, for the service line that passed the checks. */
export function warningFacts(
  sqlite: Database.Database,
  accountId: number,
  line: ServiceDebtLine,
  today: string,
  restrictionPossible: boolean,
): WarningFacts {
  if (!line.threshold) throw new Error('warningFacts: a service without a threshold');
  const a = readAccount(sqlite, accountId);
  const debt = readAccountDebt(sqlite, accountId, today);
  const months = debt.months
    .filter((m) => m.status === 'overdue')
    .flatMap((m) =>
      m.services
        .filter((l) => l.service === line.service && l.openKopecks > 0)
        .map((l) => ({ period: m.period, openKopecks: l.openKopecks })),
    )
    .sort((x, y) => x.period.localeCompare(y.period));
  const debtors = readDebtors(sqlite, accountId, today);
  const addressees: WarningAddressee[] =
    debtors.length > 0
      ? debtors.map((d) => ({ fullName: d.fullName, role: d.role }))
      : [{ fullName: null, role: null }];
  const letter = letterAddressFor(sqlite, {
    buildingId: a.buildingId,
    buildingAddress: a.buildingAddress,
    address: a.address,
    apartment: a.apartment,
    companyId: a.companyId,
  });
  const org = organisationForDocuments(sqlite);
  const input: WarningInput = {
    documentDate: today,
    accountNumber: a.number,
    address: a.address || 'адрес не указан',
    letterAddress: letter.problems.length === 0 ? letter.line : null,
    addressees,
    service: line.service,
    debtKopecks: line.debtKopecks,
    months,
    thresholdKopecks: line.threshold.thresholdKopecks,
    thresholdBasis: line.threshold.basis,
    thresholdDetail: line.threshold.detail,
    warningDays: measureRule(sqlite, 'restriction.warning_days', today),
    restorationDays: measureRule(sqlite, 'restriction.restoration_days', today),
    restrictionPossible,
    restrictionCostKopecks: measureRule(sqlite, 'restriction.cost_restriction_kopecks', today),
    restorationCostKopecks: measureRule(sqlite, 'restriction.cost_restoration_kopecks', today),
    payee: {
      name: a.name,
      inn: a.inn,
      kpp: a.kpp,
      address: a.companyAddress,
      phone: a.phone,
      bankName: a.bankName ?? '',
      bik: a.bik ?? '',
      correspondentAccount: a.correspondentAccount ?? '',
      settlementAccount: a.settlementAccount ?? '',
    },
    organisationName: org.organisationName,
    signer: signerFor(sqlite, a.companyId),
  };
  const names = debtors.map((d) => d.fullName);
  return {
    input,
    view: buildWarningView(input),
    recipientName:
      names.length === 0
        ? 'Собственнику помещения'
        : names.length <= 3
          ? names.join(', ')
          : `${names.slice(0, 3).join(', ')} и др.`,
    address: a.address,
    postalCode: letter.postalCode,
    buildingId: a.buildingId,
    entrance: a.entrance,
    apartment: a.apartment,
    organisationName: org.organisationName,
  };
}

/** The PDF of a warning and its page count. */
export async function renderWarningPdf(facts: WarningFacts): Promise<{ bytes: Buffer; pages: number }> {
  const bytes = await renderTemplate(RestrictionWarning, { view: facts.view, author: facts.organisationName });
  const pages = (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
  return { bytes, pages };
}
