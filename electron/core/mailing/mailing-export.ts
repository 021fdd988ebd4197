/**
 * @file The mailing files of a claim batch, from its plan (mailing-plan.ts): for each УК that sends letters of the
 * batch, its own form 103 (PDF) and its own upload file for the post (CSV, windows-1251, `;`), both naming that
 * УК as the sender and reading the same notice setting; for the courier, one receipt page per letter and a route
 * sheet per building with letter numbers and flats only. All files are rendered first and then written and
 * registered in one transaction, so a failure leaves no half-made set in the registry; the export is journaled.
 */
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import type Database from 'better-sqlite3';
import { and, count, eq, sql } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { actions } from '../../../shared/db/schema';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { plural } from '../../../shared/text/plural';
import {
  CourierReceiptsDocument,
  Form103Document,
  RouteSheetsDocument,
} from '../../../shared/documents/mailing/MailingDocuments';
import { MAIL_KIND_TEXT } from '../../../shared/documents/mailing/mail-notice';
import {
  buildCourierReceipts,
  buildForm103View,
  buildRouteSheets,
  MAILING_TEMPLATE_VERSION,
  type MailLetterFacts,
  type MailSender,
} from '../../../shared/documents/mailing/mailing-view';
import { uploadFileText } from '../../../shared/documents/mailing/upload-file';
import { rublesKopecksText } from '../../../shared/documents/money-text';
import { registerFile, saveDocument } from '../documents/document-files';
import { PdfConcatenator } from '../documents/pdf-concatenate';
import { safeFilePart } from '../documents/penalty-calculation-pdf';
import { renderTemplate } from '../documents/render-documents';
import { planMailing, type MailingOptions, type MailingPlan, type PlannedLetter } from './mailing-plan';
import { writeJournal } from '../journal/journal-writer';
import type { JournalActor } from '../auth/actor';

export type MailingFileKind = 'form103_pdf' | 'form103_csv' | 'courier_receipts' | 'route_sheet';

export interface MailingFile {
  kind: MailingFileKind;
  documentId: number;
  filePath: string;
  fileName: string;
  /** The УК the file is for; null for the courier's files of the whole batch. */
  companyId: number | null;
}

export interface MailingExport {
  plan: MailingPlan;
  /** Folder of this export, relative to the data folder. */
  folder: string;
  files: MailingFile[];
}

/** Receipts rendered per this many pages: react-pdf keeps a whole render in memory (1,000 pages took 1.3 GB). */
const RECEIPTS_PER_RENDER = 200;

function facts(l: PlannedLetter): MailLetterFacts {
  return {
    orderNumber: l.orderNumber,
    recipientName: l.recipientName,
    addressLine: l.postalCode ? l.addressLine : `(индекс не указан) ${l.addressLine}`,
    trackingNumber: l.trackingNumber,
    massGrams: l.massGrams,
    fees: l.fees,
    buildingAddress: l.buildingAddress ?? l.address,
    entrance: l.entrance,
    apartment: l.apartment,
  };
}

/** «f103-12-1-ООО_УК_Наш_дом.pdf»: the batch, the list's place in it and the УК's name. */
function senderFilePart(name: string): string {
  return safeFilePart(name.replace(/[«»"']/g, '')).slice(0, 60);
}

export async function exportMailing(
  env: { sqlite: Database.Database; dataDir: string; by: JournalActor; nowMs: number; today: string },
  batchId: number,
  options: MailingOptions = {},
): Promise<MailingExport> {
  const { sqlite, dataDir } = env;
  const plan = planMailing(sqlite, batchId, env.today, options);
  const exportNo =
    1 +
    (drizzleOf(sqlite)
      .select({ n: count() })
      .from(actions)
      .where(
        and(eq(actions.kind, 'claims.mailing'), sql`json_extract(${actions.detailsJson}, '$.batchId') = ${batchId}`),
      )
      .get()?.n ?? 0);
  const folder = `documents/claims/batch-${batchId}/mailing-${exportNo}`;
  const date = plan.handover.date;

  // Render everything first: nothing is registered unless every file was made.
  const made: Array<{
    kind: MailingFileKind;
    companyId: number | null;
    fileName: string;
    bytes: Buffer;
    letters: number;
    totalKopecks: number | null;
  }> = [];
  for (const g of plan.senders) {
    const sender: MailSender = { name: g.name, address: g.address, inn: g.inn };
    const part = `${batchId}-${g.listNumber.split('/')[1]}-${senderFilePart(g.name)}`;
    const view = buildForm103View({
      listNumber: g.listNumber,
      handoverDate: date,
      sender,
      notice: plan.notice,
      tariff: plan.tariff,
      letters: g.letters.map(facts),
    });
    made.push({
      kind: 'form103_pdf',
      companyId: g.companyId,
      fileName: `f103-${part}.pdf`,
      bytes: await renderTemplate(Form103Document, { view }),
      letters: g.letters.length,
      totalKopecks: g.fees.totalKopecks,
    });
    const csv = iconv.encode(uploadFileText(g.letters, plan.notice), 'win1251');
    made.push({
      kind: 'form103_csv',
      companyId: g.companyId,
      fileName: `pochta-${part}.csv`,
      bytes: csv,
      letters: g.letters.length,
      totalKopecks: g.fees.totalKopecks,
    });
  }
  const all = plan.senders.flatMap((g) => g.letters).sort((a, b) => a.position - b.position);
  const senderOf = new Map(
    plan.senders.flatMap((g) =>
      g.letters.map((l) => [l.orderNumber, { name: g.name, address: g.address, inn: g.inn }] as const),
    ),
  );
  const route = await renderTemplate(RouteSheetsDocument, {
    sheets: buildRouteSheets({ date, letters: all.map(facts) }),
  });
  made.push({
    kind: 'route_sheet',
    companyId: null,
    fileName: `kurier-marshrut-${batchId}.pdf`,
    bytes: route,
    letters: all.length,
    totalKopecks: null,
  });

  const receiptsName = `kurier-raspiski-${batchId}.pdf`;
  const receiptsPath = `${folder}/${receiptsName}`;
  fs.mkdirSync(path.join(dataDir, folder), { recursive: true });
  const receipts = await PdfConcatenator.create(
    path.join(dataDir, receiptsPath),
    `Расписки в получении писем, пакет № ${batchId}`,
  );
  try {
    for (let from = 0; from < all.length; from += RECEIPTS_PER_RENDER) {
      const chunk = all.slice(from, from + RECEIPTS_PER_RENDER).map(facts);
      const views = buildCourierReceipts({
        batchTitle: plan.batchTitle,
        date,
        senderOf: (l) => senderOf.get(l.orderNumber) as MailSender,
        letters: chunk,
      });
      await receipts.append(await renderTemplate(CourierReceiptsDocument, { receipts: views }));
    }
    await receipts.finish();
  } catch (error) {
    receipts.abort();
    throw error;
  }

  const common = {
    batchId,
    issuedDate: date,
    userName: env.by.name,
    atMs: env.nowMs,
    templateVersion: MAILING_TEMPLATE_VERSION,
  };
  const files: MailingFile[] = [];
  sqlite.transaction(() => {
    for (const m of made) {
      const filePath = `${folder}/${m.fileName}`;
      const documentId = saveDocument(sqlite, dataDir, {
        ...common,
        kind: m.kind,
        filePath,
        bytes: m.bytes,
        totalKopecks: m.totalKopecks,
      });
      files.push({ kind: m.kind, documentId, filePath, fileName: m.fileName, companyId: m.companyId });
    }
    const documentId = registerFile(sqlite, dataDir, {
      ...common,
      kind: 'courier_receipts',
      filePath: receiptsPath,
      pages: all.length,
    });
    files.push({
      kind: 'courier_receipts',
      documentId,
      filePath: receiptsPath,
      fileName: receiptsName,
      companyId: null,
    });
    writeJournal(sqlite, env.by, env.nowMs, {
      kind: 'claims.mailing',
      actionDate: env.today,
      summary:
        `Списки отправки пакета № ${batchId}: ${plan.letters} ${plural(plan.letters, ['письмо', 'письма', 'писем'])} от ${plan.senders.length} УК, ${MAIL_KIND_TEXT[plan.notice]}, ` +
        `дата сдачи ${formatRuDate(date)}${plan.handover.moved ? ` (перенесена с ${formatRuDate(plan.handover.requested)})` : ''}, плата ${rublesKopecksText(plan.fees.totalKopecks)}`,
      details: {
        batchId,
        exportNo,
        folder,
        handoverDate: date,
        notice: plan.notice,
        tariffFrom: plan.tariff.validFromDate,
        files: files.map((f) => f.documentId),
      },
    });
  })();
  // The route sheet and the receipts come after the lists of the УК in the listing.
  files.sort((a, b) => (a.companyId === null ? 1 : 0) - (b.companyId === null ? 1 : 0));
  return { plan, folder, files };
}
