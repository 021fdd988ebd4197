/**
 * @file The press summary of measure 7: on screen (`preview`: the figures and the result of the personal-data check,
 * nothing saved) and as files (`make`: the PDF and the XLSX written into the data folder, registered as generated
 * documents 'media_press_summary' and 'media_press_summary_xlsx', journaled as 'media.press_summary' with no account).
 * The view is checked for personal data before anything is rendered; a finding refuses the summary whole.
 */
import type Database from 'better-sqlite3';
import { PDFDocument } from 'pdf-lib';
import { AppError } from '../app-error';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';
import { organisationForDocuments, saveDocument } from '../documents/document-files';
import { renderTemplate } from '../documents/render-documents';
import { formatRuDate } from '../../../shared/dates/iso-date';
import {
  buildPressSummaryView,
  PRESS_TEMPLATE_VERSION,
  type PressSummaryView,
} from '../../../shared/documents/press/press-summary-view';
import { PressSummaryDocument } from '../../../shared/documents/press/PressSummaryDocument';
import { defaultPressPeriod, pressPeriodProblem, type PressPeriod } from '../../../shared/media/press-period';
import type { PressSummaryMade, PressSummaryPreview } from '../../../shared/api/contract-press';
import { pressSummaryFacts } from './press-summary-facts';
import { personalDataIn, assertPressViewClean } from './press-privacy';
import { pressSummaryXlsx } from './press-summary-xlsx';

export interface PressEnv {
  sqlite: Database.Database;
  dataDir: string;
  by: JournalActor;
  nowMs: number;
  today: string;
}

export const PRESS_CHECK_PASSED =
  'Проверка персональных данных: пройдена — нет имён, адресов ниже УК, номеров лицевых счетов; группы менее 5 должников объединены.';

function periodOf(input: { from?: string | null; to?: string | null }, today: string): PressPeriod {
  const fallback = defaultPressPeriod(today);
  const period = { from: input.from ?? fallback.from, to: input.to ?? fallback.to };
  const problem = pressPeriodProblem(period, today);
  if (problem) throw new AppError(problem.code, problem.message);
  return period;
}

export function previewPressSummary(
  env: Omit<PressEnv, 'by' | 'dataDir'>,
  input: { from?: string | null; to?: string | null },
): PressSummaryPreview {
  const period = periodOf(input, env.today);
  const view = buildPressSummaryView(pressSummaryFacts(env.sqlite, period, env.today, env.nowMs));
  const found = personalDataIn(env.sqlite, view);
  return {
    from: period.from,
    to: period.to,
    view,
    check:
      found.length === 0
        ? { passed: true, text: PRESS_CHECK_PASSED }
        : {
            passed: false,
            text: `Проверка персональных данных: НЕ пройдена — ${found.map((f) => f.what).join(', ')}. Сводку нельзя выпустить.`,
          },
  };
}

export async function makePressSummary(env: PressEnv, input: { from: string; to: string }): Promise<PressSummaryMade> {
  const { sqlite, dataDir, by, nowMs, today } = env;
  const period = periodOf(input, today);
  const facts = pressSummaryFacts(sqlite, period, today, nowMs);
  const view: PressSummaryView = buildPressSummaryView(facts);
  assertPressViewClean(sqlite, view);
  const org = organisationForDocuments(sqlite);
  const pdf = await renderTemplate(PressSummaryDocument, { view, author: org.organisationName });
  const pages = (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount();
  const xlsx = await pressSummaryXlsx(facts, view);
  const dir = `documents/media/press/${period.from}_${period.to}`;
  const pdfPath = `${dir}/${view.fileStem}-${nowMs}.pdf`;
  const xlsxPath = `${dir}/${view.fileStem}-${nowMs}.xlsx`;
  const endDebt = facts.companies.reduce((a, c) => a + c.end.debtKopecks, 0);
  const ids = sqlite.transaction(() => {
    const common = {
      batchId: null,
      templateVersion: PRESS_TEMPLATE_VERSION,
      issuedDate: today,
      totalKopecks: endDebt,
      userName: by.name,
      atMs: nowMs,
    };
    const pdfId = saveDocument(sqlite, dataDir, {
      ...common,
      kind: 'media_press_summary',
      filePath: pdfPath,
      bytes: pdf,
      pages,
    });
    const xlsxId = saveDocument(sqlite, dataDir, {
      ...common,
      kind: 'media_press_summary_xlsx',
      filePath: xlsxPath,
      bytes: xlsx,
    });
    writeJournal(sqlite, by, nowMs, {
      kind: 'media.press_summary',
      summary: `Сводка для СМИ за период с ${formatRuDate(period.from)} по ${formatRuDate(period.to)}: PDF (${pages} л.) и XLSX, проверка персональных данных пройдена.`,
      object: { type: 'report', id: pdfId },
      details: {
        from: period.from,
        to: period.to,
        pdfDocumentId: pdfId,
        xlsxDocumentId: xlsxId,
        endDebtKopecks: endDebt,
      },
    });
    return { pdfId, xlsxId };
  })();
  return {
    from: period.from,
    to: period.to,
    view,
    check: { passed: true, text: PRESS_CHECK_PASSED },
    pdf: { documentId: ids.pdfId, fileName: pdfPath.split('/').pop()!, pages },
    xlsx: { documentId: ids.xlsxId, fileName: xlsxPath.split('/').pop()! },
  };
}
