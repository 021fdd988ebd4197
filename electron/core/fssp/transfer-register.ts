/**
 * @file Transfer registers (реестры передачи) of prepared applications, one per department (or per bank, ст.8): the
 * register row reserves its applications first (so two clerks never put one application in two registers), then
 * the PDF and the XLSX are made from the same facts and stored in the data folder (the PDF in the documents
 * registry, the XLSX by its path); a failure while rendering takes the reservation back. Also the list of registers
 * and their files for download. Handing a register over is transfer-register-handed.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { managementCompanies } from '../../../shared/db/schema';
import { generatedDocuments } from '../../../shared/db/schema-documents';
import {
  bailiffDepartments,
  debtorBankAccounts,
  fsspApplications,
  transferRegisters,
  writs,
} from '../../../shared/db/schema-fssp';
import type { TransferRegisterFacts } from '../../../shared/documents/fssp/register-view';
import { registerTitle } from '../../../shared/documents/fssp/register-view';
import { rublesKopecksText } from '../../../shared/documents/money-text';
import { formatRuDate } from '../../../shared/dates/iso-date';
import type { RegisterFiles, TransferRegisterView } from '../../../shared/api/contract-fssp-applications';
import { AppError } from '../app-error';
import { organisationForDocuments, saveDocument, writeFileAtomic } from '../documents/document-files';
import { writeJournal } from '../journal/journal-writer';
import { courtRepresentativeFor } from '../court/court-representatives';
import type { FsspEnv } from './application-create';
import { FSSP_TEMPLATE_VERSION, renderTransferRegister } from './fssp-document-render';
import { transferRegisterXlsx } from './transfer-register-xlsx';

export interface CreateRegisterInput {
  departmentId?: number | undefined;
  bankBik?: string | undefined;
  applicationIds?: readonly number[] | undefined;
  registerDate?: string | undefined;
}

interface Picked {
  id: number;
  recipient: 'department' | 'bank';
  departmentId: number | null;
  bankBik: string | null;
  bankName: string | null;
  bankAddress: string | null;
  applicationDate: string;
  status: string;
  registerId: number | null;
}

function pickApplications(sqlite: Database.Database, input: CreateRegisterInput): Picked[] {
  const db = drizzleOf(sqlite);
  const base = db
    .select({
      id: fsspApplications.id,
      recipient: fsspApplications.recipient,
      departmentId: fsspApplications.departmentId,
      bankBik: debtorBankAccounts.bik,
      bankName: debtorBankAccounts.bankName,
      bankAddress: debtorBankAccounts.bankAddress,
      applicationDate: fsspApplications.applicationDate,
      status: fsspApplications.status,
      registerId: fsspApplications.registerId,
    })
    .from(fsspApplications)
    .leftJoin(debtorBankAccounts, eq(debtorBankAccounts.id, fsspApplications.debtorBankAccountId));
  const open = and(eq(fsspApplications.status, 'prepared'), isNull(fsspApplications.registerId));
  if (input.departmentId !== undefined) {
    const dep = db.select().from(bailiffDepartments).where(eq(bailiffDepartments.id, input.departmentId)).get();
    if (!dep) throw new AppError('NOT_FOUND', `Отдела судебных приставов № ${input.departmentId} нет в справочнике.`);
    const rows = base
      .where(and(open, eq(fsspApplications.recipient, 'department'), eq(fsspApplications.departmentId, dep.id)))
      .orderBy(fsspApplications.id)
      .all();
    if (rows.length === 0)
      throw new AppError(
        'NOT_FOUND',
        `Нет подготовленных заявлений в «${dep.name}», не включённых в реестр: реестр составлять не из чего.`,
      );
    return rows;
  }
  if (input.bankBik !== undefined) {
    const rows = base
      .where(and(open, eq(fsspApplications.recipient, 'bank'), eq(debtorBankAccounts.bik, input.bankBik)))
      .orderBy(fsspApplications.id)
      .all();
    if (rows.length === 0)
      throw new AppError(
        'NOT_FOUND',
        `Нет подготовленных заявлений в банк с БИК ${input.bankBik}, не включённых в реестр: реестр составлять не из чего.`,
      );
    return rows;
  }
  const ids = [...new Set(input.applicationIds ?? [])];
  const rows = base.where(inArray(fsspApplications.id, ids)).orderBy(fsspApplications.id).all();
  const missing = ids.filter((id) => !rows.some((r) => r.id === id));
  if (missing.length > 0) throw new AppError('NOT_FOUND', `Нет заявлений № ${missing.slice(0, 10).join(', ')}.`);
  const taken = rows.filter((r) => r.status !== 'prepared' || r.registerId !== null);
  if (taken.length > 0)
    throw new AppError(
      'FSSP.WRIT_STATE',
      `Заявления № ${taken.map((r) => r.id).join(', ')} уже в реестре, переданы или отозваны.`,
    );
  const targets = new Set(rows.map((r) => (r.recipient === 'bank' ? `bank:${r.bankBik}` : `dep:${r.departmentId}`)));
  if (targets.size > 1)
    throw new AppError('VALIDATION', 'В одном реестре — заявления в один отдел судебных приставов (или в один банк).');
  return rows;
}

function registerFacts(
  sqlite: Database.Database,
  registerId: number,
  registerDate: string,
  picked: Picked[],
): TransferRegisterFacts {
  const db = drizzleOf(sqlite);
  const first = picked[0]!;
  let recipient: TransferRegisterFacts['recipient'];
  if (first.recipient === 'department') {
    const dep = db.select().from(bailiffDepartments).where(eq(bailiffDepartments.id, first.departmentId!)).get()!;
    recipient = { name: dep.name, address: dep.address, bik: null };
  } else {
    recipient = { name: first.bankName ?? '', address: first.bankAddress ?? '', bik: first.bankBik };
  }
  const rows = db
    .select({
      applicationId: fsspApplications.id,
      kind: writs.kind,
      number: writs.number,
      actDate: writs.actDate,
      courtName: writs.courtName,
      debtorName: writs.debtorName,
      totalKopecks: writs.totalKopecks,
      companyId: writs.managementCompanyId,
      pages: generatedDocuments.pages,
    })
    .from(fsspApplications)
    .innerJoin(writs, eq(writs.id, fsspApplications.writId))
    .leftJoin(generatedDocuments, eq(generatedDocuments.id, fsspApplications.documentId))
    .where(
      inArray(
        fsspApplications.id,
        picked.map((p) => p.id),
      ),
    )
    .orderBy(fsspApplications.id)
    .all();
  const companies = [...new Set(rows.map((r) => r.companyId))];
  const organisation = organisationForDocuments(sqlite);
  let sender = organisation.organisationName;
  let signer = {
    position: 'ответственный сотрудник',
    fullName: organisation.responsiblePerson || '____________________',
  };
  if (companies.length === 1) {
    const company = db.select().from(managementCompanies).where(eq(managementCompanies.id, companies[0]!)).get();
    const rep = courtRepresentativeFor(sqlite, companies[0]!);
    if (company)
      sender = `Взыскатель: ${company.name}, ИНН ${company.inn}${company.address ? `, ${company.address}` : ''}`;
    if (rep) signer = { position: `${rep.position}, по доверенности ${rep.powerOfAttorney}`, fullName: rep.fullName };
  }
  return {
    registerId,
    registerDate,
    sender,
    recipient,
    rows: rows.map((r) => ({
      applicationId: r.applicationId,
      writ: { kind: r.kind, number: r.number, actDate: r.actDate },
      courtName: r.courtName,
      debtorName: r.debtorName,
      totalKopecks: r.totalKopecks,
      applicationPages: r.pages ?? 1,
      attachments: 'подлинник ИД, копия доверенности',
    })),
    signer,
  };
}

export async function createTransferRegister(env: FsspEnv, input: CreateRegisterInput): Promise<TransferRegisterView> {
  const date = input.registerDate ?? env.today;
  if (date > env.today) throw new AppError('VALIDATION', 'Дата реестра не может быть позже сегодняшней.');
  const db = drizzleOf(env.sqlite);
  // Reserve: the register row and its applications, in one transaction.
  const reserved = env.sqlite.transaction(() => {
    const picked = pickApplications(env.sqlite, input);
    const latest = picked.reduce((m, p) => (p.applicationDate > m ? p.applicationDate : m), '');
    if (date < latest)
      throw new AppError(
        'VALIDATION',
        `Дата реестра ${formatRuDate(date)} раньше даты заявления ${formatRuDate(latest)}.`,
      );
    const first = picked[0]!;
    const total = db
      .select({ t: writs.totalKopecks })
      .from(fsspApplications)
      .innerJoin(writs, eq(writs.id, fsspApplications.writId))
      .where(
        inArray(
          fsspApplications.id,
          picked.map((p) => p.id),
        ),
      )
      .all()
      .reduce((s, r) => s + r.t, 0);
    const id = db
      .insert(transferRegisters)
      .values({
        departmentId: first.recipient === 'department' ? first.departmentId : null,
        bankName: first.recipient === 'bank' ? first.bankName : null,
        bankBik: first.recipient === 'bank' ? first.bankBik : null,
        registerDate: date,
        applicationsCount: picked.length,
        totalKopecks: total,
        createdBy: env.by.name,
        createdAtMs: env.nowMs,
      })
      .returning({ id: transferRegisters.id })
      .get().id;
    db.update(fsspApplications)
      .set({ registerId: id })
      .where(
        inArray(
          fsspApplications.id,
          picked.map((p) => p.id),
        ),
      )
      .run();
    return { id, picked, total };
  })();
  try {
    const facts = registerFacts(env.sqlite, reserved.id, date, reserved.picked);
    const pdf = await renderTransferRegister(facts);
    const xlsx = await transferRegisterXlsx(facts);
    const folder = `fssp/registers/${reserved.id}`;
    const xlsxPath = `${folder}/register-${reserved.id}.xlsx`;
    env.sqlite.transaction(() => {
      const pdfDocumentId = saveDocument(env.sqlite, env.dataDir, {
        batchId: null,
        kind: 'fssp_register',
        templateVersion: FSSP_TEMPLATE_VERSION,
        issuedDate: date,
        filePath: `${folder}/register-${reserved.id}.pdf`,
        bytes: pdf,
        totalKopecks: reserved.total,
        userName: env.by.name,
        atMs: env.nowMs,
      });
      writeFileAtomic(path.join(env.dataDir, xlsxPath), xlsx);
      db.update(transferRegisters).set({ pdfDocumentId, xlsxPath }).where(eq(transferRegisters.id, reserved.id)).run();
      writeJournal(env.sqlite, env.by, env.nowMs, {
        kind: 'fssp.register',
        summary: `${registerTitle(facts)} сформирован: ${facts.recipient.name}, заявлений ${facts.rows.length} на ${rublesKopecksText(reserved.total)}`,
        object: { type: 'register', id: reserved.id },
        details: {
          registerId: reserved.id,
          step: 'created',
          applicationIds: reserved.picked.map((p) => p.id),
          totalKopecks: reserved.total,
          pdfDocumentId,
          xlsxPath,
        },
      });
    })();
  } catch (error) {
    env.sqlite.transaction(() => {
      db.update(fsspApplications).set({ registerId: null }).where(eq(fsspApplications.registerId, reserved.id)).run();
      db.delete(transferRegisters).where(eq(transferRegisters.id, reserved.id)).run();
    })();
    throw error;
  }
  return readRegister(env.sqlite, reserved.id);
}

export function listRegisters(sqlite: Database.Database, ids?: readonly number[]): TransferRegisterView[] {
  const db = drizzleOf(sqlite);
  const rows = db
    .select({ r: transferRegisters, departmentName: bailiffDepartments.name })
    .from(transferRegisters)
    .leftJoin(bailiffDepartments, eq(bailiffDepartments.id, transferRegisters.departmentId))
    .where(ids ? inArray(transferRegisters.id, [...ids]) : undefined)
    .orderBy(desc(transferRegisters.id))
    .all();
  const apps =
    rows.length === 0
      ? []
      : db
          .select({ id: fsspApplications.id, registerId: fsspApplications.registerId })
          .from(fsspApplications)
          .where(
            inArray(
              fsspApplications.registerId,
              rows.map((r) => r.r.id),
            ),
          )
          .orderBy(fsspApplications.id)
          .all();
  return rows.map(({ r, departmentName }) => ({
    id: r.id,
    departmentId: r.departmentId,
    recipientName: (r.departmentId !== null ? departmentName : r.bankName) ?? '',
    bankBik: r.bankBik,
    registerDate: r.registerDate,
    applicationsCount: r.applicationsCount,
    totalKopecks: r.totalKopecks,
    pdfDocumentId: r.pdfDocumentId,
    hasXlsx: r.xlsxPath !== null,
    handedDate: r.handedDate,
    receipt: r.receipt,
    createdBy: r.createdBy,
    applicationIds: apps.filter((a) => a.registerId === r.id).map((a) => a.id),
  }));
}

export function readRegister(sqlite: Database.Database, registerId: number): TransferRegisterView {
  const view = listRegisters(sqlite, [registerId])[0];
  if (!view) throw new AppError('NOT_FOUND', `Реестра № ${registerId} нет в базе.`);
  return view;
}

export function registerFiles(sqlite: Database.Database, dataDir: string, registerId: number): RegisterFiles {
  const db = drizzleOf(sqlite);
  const r = db.select().from(transferRegisters).where(eq(transferRegisters.id, registerId)).get();
  if (!r) throw new AppError('NOT_FOUND', `Реестра № ${registerId} нет в базе.`);
  const pdf =
    r.pdfDocumentId === null
      ? undefined
      : db
          .select({ p: generatedDocuments.filePath })
          .from(generatedDocuments)
          .where(eq(generatedDocuments.id, r.pdfDocumentId))
          .get();
  if (!pdf || r.xlsxPath === null) throw new AppError('NOT_FOUND', `Файлы реестра № ${registerId} не сформированы.`);
  const file = (relative: string) => {
    const savedPath = path.join(dataDir, relative);
    if (!fs.existsSync(savedPath))
      throw new AppError('NOT_FOUND', `Файл реестра № ${registerId} (${relative}) не найден в папке данных.`);
    return {
      fileName: path.posix.basename(relative),
      savedPath,
      base64: fs.readFileSync(savedPath).toString('base64'),
    };
  };
  return { registerId, pdf: file(pdf.p), xlsx: file(r.xlsxPath) };
}
