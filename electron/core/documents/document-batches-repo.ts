/**
 * @file Reads and small updates of document batches and the file registry that the documents handlers need:
 * the batch list with its print file, a cancel request, a registered file by id. The handlers stay free of SQL.
 */
import type Database from 'better-sqlite3';
import { and, desc, eq, sql } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { documentBatches, generatedDocuments } from '../../../shared/db/schema-documents';
import type { DocumentBatchView } from '../../../shared/api/contract-documents';

/** The registered file of a document (path relative to the data folder), or undefined when the id is unknown. */
export function registeredDocument(
  sqlite: Database.Database,
  documentId: number,
): { filePath: string; sha256: string } | undefined {
  return drizzleOf(sqlite)
    .select({ filePath: generatedDocuments.filePath, sha256: generatedDocuments.sha256 })
    .from(generatedDocuments)
    .where(eq(generatedDocuments.id, documentId))
    .get();
}

/** The last 200 batches, newest first, of one kind or of all, each with its latest print-ready file. */
export function listDocumentBatches(
  sqlite: Database.Database,
  kind: DocumentBatchView['kind'] | null | undefined,
): DocumentBatchView[] {
  const b = documentBatches;
  return drizzleOf(sqlite)
    .select({
      id: b.id,
      kind: b.kind,
      title: b.title,
      asOfDate: b.asOfDate,
      status: b.status,
      totalItems: b.totalItems,
      doneItems: b.doneItems,
      summary: b.summary,
      // A correlated subquery: the builder has no scalar subquery in a select list. The outer column is written
      // out in full: in a one-table query drizzle leaves `${b.id}` unqualified, and inside the subquery "id" would
      // be the document's own.
      printDocumentId: sql<number | null>`(SELECT d.id FROM generated_documents d WHERE d.batch_id = document_batches.id
        AND d.kind IN ('claims_print', 'notices_print') ORDER BY d.id DESC LIMIT 1)`,
      userName: b.userName,
      createdAtMs: b.createdAtMs,
    })
    .from(b)
    .where(kind == null ? undefined : eq(b.kind, kind))
    .orderBy(desc(b.id))
    .limit(200)
    .all();
}

/** Asks a running batch to stop; false when the batch is not running (or unknown). */
export function requestBatchCancel(sqlite: Database.Database, batchId: number): boolean {
  const result = drizzleOf(sqlite)
    .update(documentBatches)
    .set({ cancelRequested: 1 })
    .where(and(eq(documentBatches.id, batchId), eq(documentBatches.status, 'running')))
    .run();
  return result.changes > 0;
}

/** The registry id of a batch's file of the given kind (e.g. 'notices_print'), or undefined. */
export function batchDocumentId(sqlite: Database.Database, batchId: number, kind: string): number | undefined {
  return drizzleOf(sqlite)
    .select({ id: generatedDocuments.id })
    .from(generatedDocuments)
    .where(and(eq(generatedDocuments.batchId, batchId), eq(generatedDocuments.kind, kind)))
    .get()?.id;
}

/** A batch's status ('running', 'done', 'cancelled', 'failed'), or undefined for an unknown id. */
export function batchStatus(sqlite: Database.Database, batchId: number): DocumentBatchView['status'] | undefined {
  return drizzleOf(sqlite)
    .select({ status: documentBatches.status })
    .from(documentBatches)
    .where(eq(documentBatches.id, batchId))
    .get()?.status;
}
