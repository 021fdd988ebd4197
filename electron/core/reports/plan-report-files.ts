/**
 * @file The plan-execution report made into a file — PDF (A4 landscape, PlanReportDocument.tsx) or XLSX
 * (./plan-report-xlsx.ts) — saved under documents/reports/plan/, registered among the generated documents
 * ('plan_report' / 'plan_report_xlsx') and journaled ('report.plan'). Each request makes a new file: the head prints
 * after writing comments, and the registry keeps what went to the administration.
 */
import type Database from 'better-sqlite3';
import { PDFDocument } from 'pdf-lib';
import type { JournalActor } from '../auth/actor';
import { saveDocument } from '../documents/document-files';
import { renderTemplate } from '../documents/render-documents';
import { writeJournal } from '../journal/journal-writer';
import { localMoment } from '../../../shared/rules/contact/local-time';
import { buildPlanReportView } from '../../../shared/documents/plan-report/plan-report-view';
import {
  PlanReportDocument,
  PLAN_REPORT_TEMPLATE_VERSION,
} from '../../../shared/documents/plan-report/PlanReportDocument';
import type { PlanReportFile } from '../../../shared/api/contract-report-plan';
import type { PlanPeriod } from '../../../shared/plan/plan-period';
import { buildPlanReport } from './plan-report';
import { planReportXlsx } from './plan-report-xlsx';

export interface PlanReportEnv {
  sqlite: Database.Database;
  dataDir: string;
  by: JournalActor;
  nowMs: number;
}

export async function planReportFile(
  env: PlanReportEnv,
  period: PlanPeriod,
  format: 'pdf' | 'xlsx',
): Promise<PlanReportFile> {
  const { sqlite, dataDir, by, nowMs } = env;
  const report = buildPlanReport(sqlite, period, nowMs);
  let bytes: Buffer;
  let pages: number | null = null;
  if (format === 'pdf') {
    bytes = await renderTemplate(PlanReportDocument, { view: buildPlanReportView(report) });
    pages = (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
  } else {
    bytes = await planReportXlsx(report);
  }
  const fileName = `otchet-plan-${period.from}-${period.to}.${format}`;
  const filePath = `documents/reports/plan/${nowMs}-${fileName}`;
  const documentId = sqlite.transaction(() => {
    const id = saveDocument(sqlite, dataDir, {
      batchId: null,
      kind: format === 'pdf' ? 'plan_report' : 'plan_report_xlsx',
      templateVersion: PLAN_REPORT_TEMPLATE_VERSION,
      issuedDate: report.today,
      filePath,
      bytes,
      pages,
      userName: by.name,
      atMs: nowMs,
    });
    writeJournal(sqlite, by, nowMs, {
      kind: 'report.plan',
      actionDate: localMoment(nowMs).date,
      summary: `Отчёт о выполнении плана за ${period.words} (${format.toUpperCase()})`,
      object: { type: 'report', id: `plan:${period.from}:${period.to}` },
      details: { documentId: id, format, from: period.from, to: period.to },
    });
    return id;
  })();
  return { documentId, fileName, filePath, pages };
}
