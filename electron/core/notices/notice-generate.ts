/**
 * @file Stairwell notices for selected buildings (measure 6): one PDF per building (a page per entrance with
 * debtors) kept in the registry, plus one print file when several buildings are chosen. Entrances with very few
 * flats are printed only after the clerk has seen the warning and confirmed. Journaled as measure 6.
 */
import type Database from 'better-sqlite3';
import { PDFDocument } from 'pdf-lib';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { NoticeDocument } from '../../../shared/documents/notice/NoticeDocument';
import { buildNoticeView, NOTICE_TEMPLATE_VERSION } from '../../../shared/documents/notice/notice-view';
import { rublesKopecksText } from '../../../shared/documents/money-text';
import { AppError } from '../app-error';
import { journal, organisationForDocuments, saveDocument } from '../documents/document-files';
import { renderTemplate } from '../documents/render-documents';
import { planNotices } from './notice-entrances';

export interface NoticeRequest {
  buildingIds: number[];
  asOfDate: string;
  thresholdKopecks: number | null;
  confirmFewFlats: boolean;
}

export interface GeneratedNotices {
  batchId: number;
  documents: Array<{ documentId: number; buildingId: number; buildingAddress: string; entrances: number[]; filePath: string }>;
  printFile: string;
  pages: number;
  warnings: string[];
}

export async function generateNotices(
  env: { sqlite: Database.Database; dataDir: string; userName: string; nowMs: number; issuedDate: string },
  r: NoticeRequest,
): Promise<GeneratedNotices> {
  const { sqlite, dataDir } = env;
  const plan = planNotices(sqlite, r.buildingIds, r.asOfDate, r.thresholdKopecks);
  if (plan.entrances.length === 0) {
    throw new AppError('NOTICES.NOTHING', `В выбранных домах нет квартир с долгом от ${rublesKopecksText(plan.thresholdKopecks)} на ${formatRuDate(r.asOfDate)}.`);
  }
  if (plan.warnings.length > 0 && !r.confirmFewFlats) {
    throw new AppError('NOTICES.FEW_FLATS', `Подтвердите печать: в подъездах мало квартир. ${plan.warnings.join(' ')}`);
  }
  const org = organisationForDocuments(sqlite);
  const title = `Объявления в подъездах: ${new Set(plan.entrances.map((e) => e.buildingId)).size} дом(а), на ${formatRuDate(r.asOfDate)}`;
  const batchId = Number(
    sqlite
      .prepare(
        `INSERT INTO document_batches (kind, title, params_json, as_of_date, status, total_items, done_items, user_name, created_at_ms)
         VALUES ('notices', ?, ?, ?, 'running', ?, 0, ?, ?)`,
      )
      .run(title, JSON.stringify({ ...r, thresholdKopecks: plan.thresholdKopecks }), r.asOfDate, plan.entrances.length, env.userName, env.nowMs).lastInsertRowid,
  );
  const dir = `documents/notices/batch-${batchId}`;
  const documents: GeneratedNotices['documents'] = [];
  const merged = await PDFDocument.create();
  for (const buildingId of [...new Set(plan.entrances.map((e) => e.buildingId))]) {
    const entrances = plan.entrances.filter((e) => e.buildingId === buildingId);
    const views = entrances.map((e) =>
      buildNoticeView({
        buildingAddress: e.buildingAddress,
        entrance: e.entrance,
        asOfDate: r.asOfDate,
        thresholdKopecks: plan.thresholdKopecks,
        rows: e.rows,
        companyName: e.companyName,
        companyPhone: e.companyPhone,
        companyAddress: e.companyAddress,
        organisationName: org.organisationName,
      }),
    );
    const bytes = await renderTemplate(NoticeDocument, { views });
    const src = await PDFDocument.load(bytes);
    for (const page of await merged.copyPages(src, src.getPageIndices())) merged.addPage(page);
    const filePath = `${dir}/dom-${buildingId}.pdf`;
    const first = entrances[0] as (typeof entrances)[number];
    const documentId = saveDocument(sqlite, dataDir, {
      batchId,
      kind: 'notice',
      templateVersion: NOTICE_TEMPLATE_VERSION,
      buildingId,
      issuedDate: env.issuedDate,
      filePath,
      bytes,
      pages: src.getPageCount(),
      totalKopecks: entrances.reduce((s, e) => s + e.totalKopecks, 0),
      userName: env.userName,
      atMs: env.nowMs,
    });
    const numbers = entrances.map((e) => e.entrance ?? 0);
    documents.push({ documentId, buildingId, buildingAddress: first.buildingAddress, entrances: numbers, filePath });
    journal(sqlite, {
      accountId: null,
      measure: 6,
      kind: 'notice.generated',
      actionDate: env.issuedDate,
      atMs: env.nowMs,
      userName: env.userName,
      summary: `Объявления для ${first.buildingAddress}: ${entrances.length} подъезд(ов), ${entrances.reduce((s, e) => s + e.rows.length, 0)} кв. с долгом от ${rublesKopecksText(plan.thresholdKopecks)}`,
      details: { batchId, documentId, buildingId, entrances: numbers, fewFlatsConfirmed: entrances.some((e) => e.fewFlats) },
    });
  }
  const printBytes = Buffer.from(await merged.save());
  const printFile = `${dir}/pechat-obyavleniya-${batchId}.pdf`;
  saveDocument(sqlite, dataDir, {
    batchId,
    kind: 'notices_print',
    templateVersion: NOTICE_TEMPLATE_VERSION,
    issuedDate: env.issuedDate,
    filePath: printFile,
    bytes: printBytes,
    pages: merged.getPageCount(),
    userName: env.userName,
    atMs: env.nowMs,
  });
  sqlite
    .prepare(`UPDATE document_batches SET status = 'done', done_items = total_items, print_file = ?, summary = ?, finished_at_ms = ? WHERE id = ?`)
    .run(printFile, `${merged.getPageCount()} объявлений`, env.nowMs, batchId);
  return { batchId, documents, printFile, pages: merged.getPageCount(), warnings: plan.warnings };
}

