/**
 * @file The difference report of one reconciliation, XLSX and PDF, from the same view
 * (shared/documents/fssp-reconciliation/reconciliation-report-view.ts): the XLSX has a summary sheet and a sheet per
 * difference kind with the money of both sides as numbers where they are money, the PDF is the act for the joint
 * meeting with both sides' signatures. Files go to <data dir>/exports/fssp/ and come back as bytes (FileResult).
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import '../import/exceljs-multibyte-fix';
import ExcelJS from 'exceljs';
import type { FileResult } from '../../../shared/api/contract-work';
import {
  buildReconciliationReportView,
  type ReconciliationReportView,
} from '../../../shared/documents/fssp-reconciliation/reconciliation-report-view';
import { ReconciliationReportDocument } from '../../../shared/documents/fssp-reconciliation/ReconciliationReportDocument';
import { DIFFERENCE_LABELS } from '../../../shared/fssp/fssp-terms';
import { organisationForDocuments } from '../documents/document-files';
import { renderTemplate } from '../documents/render-documents';
import { getReconciliation } from './reconciliation-history';

const SHEET_NAMES = {
  ours_not_theirs: 'Нет у ФССП',
  theirs_not_ours: 'Нет у нас',
  sum_differs: 'Сумма',
  status_differs: 'Статус',
  collected_differs: 'Взыскано',
} as const;

function reportView(
  sqlite: Database.Database,
  id: number,
  today: string,
): { view: ReconciliationReportView; rows: number } {
  const detail = getReconciliation(sqlite, id);
  const org = organisationForDocuments(sqlite);
  return {
    view: buildReconciliationReportView(detail, {
      sender: org.organisationName,
      responsiblePerson: org.responsiblePerson,
      today,
    }),
    rows: detail.differences.length,
  };
}

function save(dataDir: string, fileName: string, bytes: Buffer, rows: number): FileResult {
  const dir = path.join(dataDir, 'exports', 'fssp');
  fs.mkdirSync(dir, { recursive: true });
  const savedPath = path.join(dir, fileName);
  fs.writeFileSync(savedPath, bytes);
  return { fileName, savedPath, base64: bytes.toString('base64'), rows };
}

export async function reconciliationReportXlsx(
  sqlite: Database.Database,
  dataDir: string,
  id: number,
  today: string,
): Promise<FileResult> {
  const { view, rows } = reportView(sqlite, id, today);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'АРМ «Долги ЖКУ»';
  workbook.title = `${view.title} ${view.subtitle}`;
  const summary = workbook.addWorksheet('Итоги');
  summary.addRow([view.sender]);
  summary.addRow([view.title]).font = { bold: true, size: 13 };
  summary.addRow([view.subtitle]);
  summary.addRow([]);
  for (const f of [...view.facts, ...view.counts])
    summary.addRow([f.label, /^\d+$/.test(f.value) ? Number(f.value) : f.value]);
  if (view.skippedNote) summary.addRow([view.skippedNote]);
  summary.getColumn(1).width = 60;
  summary.getColumn(2).width = 70;
  for (const section of view.sections) {
    const sheet = workbook.addWorksheet(SHEET_NAMES[section.kind]);
    sheet.addRow([DIFFERENCE_LABELS[section.kind]]).font = { bold: true };
    sheet.addRow([section.hint]);
    sheet.addRow(section.columns).font = { bold: true };
    for (const r of section.rows)
      sheet.addRow(r.map((c, i) => ((i === 0 || i === 4) && /^\d+$/.test(c) ? Number(c) : c)));
    [5, 30, 18, 24, 8, 50, 50, 40].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
    sheet.views = [{ state: 'frozen', ySplit: 3 }];
  }
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return save(dataDir, `sverka-${id}-${today}.xlsx`, bytes, rows);
}

export async function reconciliationReportPdf(
  sqlite: Database.Database,
  dataDir: string,
  id: number,
  today: string,
): Promise<FileResult> {
  const { view, rows } = reportView(sqlite, id, today);
  const bytes = await renderTemplate(ReconciliationReportDocument, { view });
  return save(dataDir, `sverka-${id}-${today}.pdf`, bytes, rows);
}
