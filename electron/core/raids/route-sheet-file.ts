/**
 * @file The route sheet of a raid as a kept file — the part both raids share (the bailiffs' joint raids,
 * fssp/raid-route-sheet.ts, and the «Чёрная метка» raids, blackmark/raid-documents.ts): made once and linked to the
 * raid; asked again it is returned as is, unless the clerk asks to make it again (a new file; the old stays in the
 * registry). What the sheet shows, where the file goes and how the raid links it are each raid's own.
 */
import type Database from 'better-sqlite3';
import { PDFDocument } from 'pdf-lib';
import type { JournalActor } from '../auth/actor';
import { organisationForDocuments, saveDocument } from '../documents/document-files';

export interface RaidDocumentEnv {
  sqlite: Database.Database;
  dataDir: string;
  by: JournalActor;
  nowMs: number;
}

export interface RaidDocumentFile {
  raidId: number;
  documentId: number;
  pages: number;
  filePath: string;
}

export async function pageCount(bytes: Buffer): Promise<number> {
  return (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
}

export async function keptRouteSheet(
  env: RaidDocumentEnv,
  sheet: {
    raidId: number;
    /** The sheet linked to the raid, if any. */
    keptDocumentId: number | null;
    regenerate: boolean;
    /** The PDF, for the organisation named on it. */
    render: (organisationName: string) => Promise<Buffer>;
    /** The registry's facts of the new file. */
    file: { kind: string; templateVersion: string; issuedDate: string; filePath: string; totalKopecks: number };
    /** Links the new document to the raid (inside the registry's transaction). */
    link: (documentId: number) => void;
  },
): Promise<RaidDocumentFile> {
  const { sqlite, dataDir, by, nowMs } = env;
  if (sheet.keptDocumentId !== null && !sheet.regenerate) {
    const doc = sqlite
      .prepare<[number], { pages: number | null; filePath: string }>(
        'SELECT pages, file_path AS filePath FROM generated_documents WHERE id = ?',
      )
      .get(sheet.keptDocumentId);
    if (doc)
      return { raidId: sheet.raidId, documentId: sheet.keptDocumentId, pages: doc.pages ?? 0, filePath: doc.filePath };
  }
  const org = organisationForDocuments(sqlite);
  const bytes = await sheet.render(org.organisationName);
  const pages = await pageCount(bytes);
  const documentId = sqlite.transaction(() => {
    const id = saveDocument(sqlite, dataDir, {
      batchId: null,
      ...sheet.file,
      bytes,
      pages,
      userName: by.name,
      atMs: nowMs,
    });
    sheet.link(id);
    return id;
  })();
  return { raidId: sheet.raidId, documentId, pages, filePath: sheet.file.filePath };
}
