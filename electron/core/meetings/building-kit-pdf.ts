/**
 * @file The building kit as a PDF (one A4 page): the facts of building-kit.ts in the words of kit-view.ts, laid out
 * by BuildingKitDocument.tsx, saved in the registry as a generated document ('meeting_kit', with the building) and
 * journaled as 'meeting.kit' (office work: preparing a meeting is not the meeting). A new file each time it is
 * asked for — the debt changes daily; the older ones stay in the registry.
 */
import type Database from 'better-sqlite3';
import { PDFDocument } from 'pdf-lib';
import type { BuildingKitPdfResult } from '../../../shared/api/contract-meetings';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { BuildingKitDocument } from '../../../shared/documents/meeting-kit/BuildingKitDocument';
import { buildKitView, KIT_TEMPLATE_VERSION } from '../../../shared/documents/meeting-kit/kit-view';
import type { JournalActor } from '../auth/actor';
import { organisationForDocuments, saveDocument } from '../documents/document-files';
import { renderTemplate } from '../documents/render-documents';
import { writeJournal } from '../journal/journal-writer';
import { buildingKitInput } from './building-kit';

export interface KitPdfEnv {
  sqlite: Database.Database;
  dataDir: string;
  by: JournalActor;
  nowMs: number;
  today: string;
}

export async function buildingKitPdf(env: KitPdfEnv, buildingId: number): Promise<BuildingKitPdfResult> {
  const { sqlite, dataDir, by, nowMs, today } = env;
  const { input } = buildingKitInput(sqlite, buildingId, today);
  const view = buildKitView(input);
  const bytes = await renderTemplate(BuildingKitDocument, {
    view,
    author: organisationForDocuments(sqlite).organisationName,
  });
  const pages = (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
  const filePath = `documents/meetings/kit-dom-${buildingId}-${today}-${nowMs}.pdf`;
  const documentId = sqlite.transaction(() => {
    const id = saveDocument(sqlite, dataDir, {
      batchId: null,
      kind: 'meeting_kit',
      templateVersion: KIT_TEMPLATE_VERSION,
      buildingId,
      issuedDate: today,
      filePath,
      bytes,
      pages,
      totalKopecks: input.totalDebtKopecks,
      userName: by.name,
      atMs: nowMs,
    });
    writeJournal(sqlite, by, nowMs, {
      kind: 'meeting.kit',
      object: { type: 'document', id },
      summary: `Сводка по дому к встрече: ${input.buildingAddress} на ${formatRuDate(today)}`,
      details: {
        buildingId,
        documentId: id,
        totalDebtKopecks: input.totalDebtKopecks,
        debtorFlats: input.debtorFlats,
        flatList: input.flatList.kind === 'plan' ? 'notice_rules' : 'none',
      },
    });
    return id;
  })();
  return { buildingId, documentId, filePath, pages };
}
