/**
 * @file The effectiveness report saved as XLSX into the data folder (documents/reports/effectiveness/), recorded in
 * the document registry (kind 'report_effectiveness') and in the journal ('report.effectiveness': who took which
 * period's figures). The workbook holds aggregates only.
 */
import type Database from 'better-sqlite3';
import type { JournalActor } from '../auth/actor';
import { saveDocument } from '../documents/document-files';
import { writeJournal } from '../journal/journal-writer';
import { formatRuDate } from '../../../shared/dates/iso-date';
import type { EffectivenessXlsxResult } from '../../../shared/api/contract-effectiveness';
import { effectivenessReport } from './effectiveness';
import { effectivenessXlsx } from './effectiveness-xlsx';

export const EFFECTIVENESS_XLSX_VERSION = 'effectiveness-xlsx-1';

export interface EffectivenessFileEnv {
  sqlite: Database.Database;
  dataDir: string;
  by: JournalActor;
  nowMs: number;
}

export async function saveEffectivenessXlsx(
  env: EffectivenessFileEnv,
  input: { from: string; to: string },
): Promise<EffectivenessXlsxResult> {
  const { sqlite, dataDir, by, nowMs } = env;
  const report = effectivenessReport(sqlite, input, nowMs);
  const bytes = await effectivenessXlsx(report);
  const fileName = `effektivnost-${report.from}-${report.to}.xlsx`;
  const filePath = `documents/reports/effectiveness/${nowMs}-${fileName}`;
  const entries = report.totals.entries;
  const documentId = sqlite.transaction(() => {
    const id = saveDocument(sqlite, dataDir, {
      batchId: null,
      kind: 'report_effectiveness',
      templateVersion: EFFECTIVENESS_XLSX_VERSION,
      issuedDate: report.today,
      filePath,
      bytes,
      userName: by.name,
      atMs: nowMs,
    });
    writeJournal(sqlite, by, nowMs, {
      kind: 'report.effectiveness',
      summary: `Отчёт об эффективности мер за ${formatRuDate(report.from)} — ${formatRuDate(report.to)} выгружен в XLSX: ${entries} действий`,
      object: { type: 'report', id: `effectiveness:${report.from}:${report.to}` },
      details: { from: report.from, to: report.to, documentId: id, entries, accounts: report.totals.accounts },
    });
    return id;
  })();
  return { documentId, fileName, filePath, report };
}
