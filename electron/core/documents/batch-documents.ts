/**
 * @file The files one document batch made (the print file, the per-account or per-building copies, the mailing
 * lists), in the order they were made: what `documents.ofBatch` lists so a caller (the CLI's `claims --out`) can
 * fetch each through `documents.file`.
 */
import path from 'node:path';
import { asc, eq } from 'drizzle-orm';
import { generatedDocuments } from '../../../shared/db/schema-documents';
import type { BatchDocumentView } from '../../../shared/api/contract-documents';
import type { AppDb } from '../db/connection';

export function batchDocuments(db: AppDb, batchId: number): BatchDocumentView[] {
  return db
    .select({
      documentId: generatedDocuments.id,
      kind: generatedDocuments.kind,
      filePath: generatedDocuments.filePath,
      accountId: generatedDocuments.accountId,
      buildingId: generatedDocuments.buildingId,
    })
    .from(generatedDocuments)
    .where(eq(generatedDocuments.batchId, batchId))
    .orderBy(asc(generatedDocuments.id))
    .all()
    .map(({ filePath, ...d }) => ({ ...d, fileName: path.basename(filePath) }));
}
