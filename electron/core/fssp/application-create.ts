/**
 * @file Preparing the creditor's applications on writs (229-ФЗ ст.30 to the department, ст.8 to the debtor's bank):
 * every writ is checked and its PDF rendered first; then, in one transaction, each application (status «prepared»),
 * one petition row per chosen petition (sent_date empty until the register is handed over), the PDF in the
 * documents registry and the journal entry «fssp.application_prepared» on the account. One refused writ refuses the
 * whole request, naming it: nothing is half-prepared. Also the list of applications and taking one back.
 */
import type Database from 'better-sqlite3';
import { and, desc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { accounts } from '../../../shared/db/schema';
import { generatedDocuments } from '../../../shared/db/schema-documents';
import {
  bailiffDepartments,
  debtorBankAccounts,
  fsspApplications,
  fsspPetitions,
  writs,
} from '../../../shared/db/schema-fssp';
import { PETITION_KINDS, PETITION_LABELS, type PetitionKind } from '../../../shared/fssp/fssp-terms';
import { travelBanOffer } from '../../../shared/fssp/travel-ban';
import { rublesKopecksText } from '../../../shared/documents/money-text';
import { writTitle } from '../../../shared/documents/fssp/application-view';
import type {
  ApplicationStatus,
  CreateApplicationsResult,
  FsspApplicationView,
} from '../../../shared/api/contract-fssp-applications';
import { AppError } from '../app-error';
import type { JournalActor } from '../auth/actor';
import { saveDocument } from '../documents/document-files';
import { writeJournal } from '../journal/journal-writer';
import { courtRule } from '../court/court-rules-repo';
import { checkedApplication, type CheckedApplication } from './application-facts';
import { FSSP_TEMPLATE_VERSION, pdfPageCount, renderFsspApplication } from './fssp-document-render';

export interface FsspEnv {
  sqlite: Database.Database;
  dataDir: string;
  by: JournalActor;
  nowMs: number;
  today: string;
}

export interface CreateApplicationsInput {
  writIds: readonly number[];
  recipient: 'department' | 'bank';
  debtorBankAccountId?: number | undefined;
  petitions: readonly PetitionKind[];
  applicationDate?: string | undefined;
}

export async function createApplications(
  env: FsspEnv,
  input: CreateApplicationsInput,
): Promise<CreateApplicationsResult> {
  const ids = [...new Set(input.writIds)];
  const date = input.applicationDate ?? env.today;
  if (date > env.today) throw new AppError('VALIDATION', 'Дата заявления не может быть позже сегодняшней.');
  // The petitions in the law's order, whatever order the page sent them in.
  const petitions = PETITION_KINDS.filter((k) => input.petitions.includes(k));
  if (petitions.length !== input.petitions.length)
    throw new AppError('VALIDATION', 'Каждое ходатайство выбирается один раз.');
  const threshold = courtRule(env.sqlite, 'travel_ban_min_kopecks', date);
  const checked: Array<CheckedApplication & { bytes: Buffer; pages: number }> = [];
  for (const writId of ids) {
    const c = checkedApplication(env.sqlite, {
      writId,
      recipient: input.recipient,
      debtorBankAccountId: input.debtorBankAccountId,
      petitions,
      applicationDate: date,
      today: env.today,
      travelBan: (total) => travelBanOffer(total, threshold),
    });
    const bytes = await renderFsspApplication(c.facts);
    checked.push({ ...c, bytes, pages: await pdfPageCount(bytes) });
  }
  const warnings: string[] = [];
  for (const c of checked)
    if (!c.powerOfAttorneyKnown) {
      const w = `Доверенность представителя «${c.facts.creditor.name}» не указана — в заявлении оставлена строка для заполнения от руки.`;
      if (!warnings.includes(w)) warnings.push(w);
    }

  const db = drizzleOf(env.sqlite);
  const made = env.sqlite.transaction(() => {
    const out: number[] = [];
    for (const c of checked) {
      const w = c.place.writ;
      const documentId = saveDocument(env.sqlite, env.dataDir, {
        batchId: null,
        kind: c.target.recipient === 'bank' ? 'fssp_bank_application' : 'fssp_application',
        templateVersion: FSSP_TEMPLATE_VERSION,
        accountId: w.accountId,
        issuedDate: date,
        filePath: `fssp/applications/${w.id}/${env.nowMs}.pdf`,
        bytes: c.bytes,
        pages: c.pages,
        totalKopecks: w.totalKopecks,
        userName: env.by.name,
        atMs: env.nowMs,
      });
      const applicationId = db
        .insert(fsspApplications)
        .values({
          writId: w.id,
          recipient: c.target.recipient,
          departmentId: c.target.department?.id ?? null,
          debtorBankAccountId: c.target.bankAccount?.id ?? null,
          applicationDate: date,
          documentId,
          registerId: null,
          status: 'prepared',
          createdBy: env.by.name,
          createdAtMs: env.nowMs,
        })
        .returning({ id: fsspApplications.id })
        .get().id;
      for (const kind of petitions)
        db.insert(fsspPetitions)
          .values({ writId: w.id, applicationId, kind, documentId, createdBy: env.by.name, createdAtMs: env.nowMs })
          .run();
      const to =
        c.target.recipient === 'bank'
          ? `в банк ${c.target.bankAccount!.bankName} (ст. 8)`
          : `в ${c.target.department!.name}`;
      writeJournal(env.sqlite, env.by, env.nowMs, {
        kind: 'fssp.application_prepared',
        summary:
          `Заявление № ${applicationId} ${to} по ИД: ${writTitle(w)}, должник ${w.debtorName}, ${rublesKopecksText(w.totalKopecks)}` +
          (petitions.length > 0 ? `; ходатайства: ${petitions.map((k) => PETITION_LABELS[k]).join('; ')}` : ''),
        accountId: w.accountId,
        object: { type: 'application', id: applicationId },
        details: {
          applicationId,
          writId: w.id,
          recipient: c.target.recipient,
          departmentId: c.target.department?.id ?? null,
          debtorBankAccountId: c.target.bankAccount?.id ?? null,
          petitions,
          documentId,
          applicationDate: date,
        },
      });
      out.push(applicationId);
    }
    return out;
  })();
  const applications = listApplications(env.sqlite, { ids: made });
  const total = checked.reduce((s, c) => s + c.place.writ.totalKopecks, 0);
  return {
    applications,
    warnings,
    summary: [
      `Подготовлено заявлений: ${made.length} на ${rublesKopecksText(total)}${petitions.length > 0 ? `, ходатайств в каждом: ${petitions.length}` : ''}. Передайте их с реестром.`,
      ...warnings,
    ].join(' '),
  };
}

/** Applications with their writ, account, recipient and petitions; newest first. */
export function listApplications(
  sqlite: Database.Database,
  filter: { ids?: readonly number[]; status?: ApplicationStatus; unregistered?: boolean; registerId?: number },
): FsspApplicationView[] {
  const where: SQL[] = [];
  if (filter.ids) where.push(inArray(fsspApplications.id, [...filter.ids]));
  if (filter.status) where.push(eq(fsspApplications.status, filter.status));
  if (filter.unregistered)
    where.push(and(eq(fsspApplications.status, 'prepared'), isNull(fsspApplications.registerId))!);
  if (filter.registerId !== undefined) where.push(eq(fsspApplications.registerId, filter.registerId));
  const db = drizzleOf(sqlite);
  const rows = db
    .select({
      a: fsspApplications,
      writ: writs,
      accountNumber: accounts.number,
      departmentName: bailiffDepartments.name,
      bankName: debtorBankAccounts.bankName,
      bankBik: debtorBankAccounts.bik,
      pages: generatedDocuments.pages,
    })
    .from(fsspApplications)
    .innerJoin(writs, eq(writs.id, fsspApplications.writId))
    .innerJoin(accounts, eq(accounts.id, writs.accountId))
    .leftJoin(bailiffDepartments, eq(bailiffDepartments.id, fsspApplications.departmentId))
    .leftJoin(debtorBankAccounts, eq(debtorBankAccounts.id, fsspApplications.debtorBankAccountId))
    .leftJoin(generatedDocuments, eq(generatedDocuments.id, fsspApplications.documentId))
    .where(where.length > 0 ? and(...where) : undefined)
    .orderBy(desc(fsspApplications.id))
    .all();
  const ids = rows.map((r) => r.a.id);
  const petitions =
    ids.length === 0
      ? []
      : db
          .select()
          .from(fsspPetitions)
          .where(inArray(fsspPetitions.applicationId, ids))
          .orderBy(fsspPetitions.id)
          .all();
  return rows.map((r) => ({
    id: r.a.id,
    writId: r.writ.id,
    writKind: r.writ.kind,
    writNumber: r.writ.number,
    writActDate: r.writ.actDate,
    courtName: r.writ.courtName,
    accountId: r.writ.accountId,
    accountNumber: r.accountNumber,
    debtorName: r.writ.debtorName,
    totalKopecks: r.writ.totalKopecks,
    recipient: r.a.recipient,
    departmentId: r.a.departmentId,
    recipientName: (r.a.recipient === 'bank' ? r.bankName : r.departmentName) ?? '',
    bankBik: r.a.recipient === 'bank' ? r.bankBik : null,
    applicationDate: r.a.applicationDate,
    status: r.a.status,
    documentId: r.a.documentId,
    pages: r.pages,
    registerId: r.a.registerId,
    petitions: petitions
      .filter((p) => p.applicationId === r.a.id)
      .map((p) => ({ id: p.id, kind: p.kind, sentDate: p.sentDate, answerDueDate: p.answerDueDate })),
    createdBy: r.a.createdBy,
  }));
}

/** Takes back a prepared application not yet in a register; its petitions are removed with it (never sent). */
export function withdrawApplication(env: FsspEnv, applicationId: number): FsspApplicationView {
  return env.sqlite.transaction(() => {
    const view = listApplications(env.sqlite, { ids: [applicationId] })[0];
    if (!view) throw new AppError('NOT_FOUND', `Заявления № ${applicationId} нет в базе.`);
    if (view.status !== 'prepared')
      throw new AppError(
        'FSSP.WRIT_STATE',
        `Заявление № ${applicationId} уже ${view.status === 'sent' ? 'передано' : 'отозвано'}.`,
      );
    if (view.registerId !== null)
      throw new AppError(
        'FSSP.WRIT_STATE',
        `Заявление № ${applicationId} включено в реестр № ${view.registerId}: реестр ещё не передан, но заявление из него не убирается.`,
      );
    const db = drizzleOf(env.sqlite);
    db.delete(fsspPetitions).where(eq(fsspPetitions.applicationId, applicationId)).run();
    db.update(fsspApplications).set({ status: 'withdrawn' }).where(eq(fsspApplications.id, applicationId)).run();
    writeJournal(env.sqlite, env.by, env.nowMs, {
      kind: 'fssp.writ_changed',
      summary: `Заявление № ${applicationId} (${view.recipientName}) отозвано до передачи: ${view.debtorName}`,
      accountId: view.accountId,
      object: { type: 'application', id: applicationId },
      details: { applicationId, writId: view.writId, withdrawn: true },
    });
    return { ...view, status: 'withdrawn' as const, petitions: [] };
  })();
}
