/**
 * @file Writing generated documents into the data folder and recording them in the registry (kind, template
 * version, file, SHA-256, who, when). Files are written beside and renamed, so a crash never leaves half a PDF.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { appSettings } from '../../../shared/db/schema';
import { generatedDocuments } from '../../../shared/db/schema-documents';

export function writeFileAtomic(fullPath: string, bytes: Buffer | string): void {
  fs.mkdirSync(path.dirname(fullPath), { recursive: true });
  const partial = `${fullPath}.${process.pid}.part`;
  fs.writeFileSync(partial, bytes);
  fs.renameSync(partial, fullPath);
}

export function sha256(bytes: Buffer | string): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

export interface RegisteredDocument {
  batchId: number | null;
  kind: string;
  templateVersion: string;
  accountId?: number | null;
  buildingId?: number | null;
  entrance?: number | null;
  issuedDate: string;
  /** Relative to the data folder, with forward slashes. */
  filePath: string;
  bytes: Buffer | string;
  pages?: number | null;
  totalKopecks?: number | null;
  userName: string;
  atMs: number;
}

/** Writes the file and its registry row; returns the row id. */
export function saveDocument(sqlite: Database.Database, dataDir: string, d: RegisteredDocument): number {
  writeFileAtomic(path.join(dataDir, d.filePath), d.bytes);
  return insertRegistryRow(sqlite, d, sha256(d.bytes));
}

/** SHA-256 of a file read in pieces (print files may be hundreds of megabytes). */
export function fileSha256(fullPath: string): string {
  const hash = crypto.createHash('sha256');
  const fd = fs.openSync(fullPath, 'r');
  const chunk = Buffer.alloc(1 << 20);
  try {
    for (;;) {
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      hash.update(chunk.subarray(0, n));
    }
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

/** Records a file already written into the data folder (same fields as saveDocument, no bytes in memory). */
export function registerFile(sqlite: Database.Database, dataDir: string, d: Omit<RegisteredDocument, 'bytes'>): number {
  return insertRegistryRow(sqlite, d, fileSha256(path.join(dataDir, d.filePath)));
}

function insertRegistryRow(sqlite: Database.Database, d: Omit<RegisteredDocument, 'bytes'>, hash: string): number {
  const result = drizzleOf(sqlite)
    .insert(generatedDocuments)
    .values({
      batchId: d.batchId,
      kind: d.kind,
      templateVersion: d.templateVersion,
      accountId: d.accountId ?? null,
      buildingId: d.buildingId ?? null,
      entrance: d.entrance ?? null,
      issuedDate: d.issuedDate,
      filePath: d.filePath,
      sha256: hash,
      pages: d.pages ?? null,
      totalKopecks: d.totalKopecks ?? null,
      userName: d.userName,
      createdAtMs: d.atMs,
    })
    .run();
  return Number(result.lastInsertRowid);
}

/** The organisation's settings as documents print them (same defaults as settings-repo). */
export function organisationForDocuments(sqlite: Database.Database): {
  organisationName: string;
  responsiblePerson: string;
} {
  const row = drizzleOf(sqlite)
    .select({ v: appSettings.valueJson })
    .from(appSettings)
    .where(eq(appSettings.key, 'organisation'))
    .get();
  const parsed = row ? (JSON.parse(row.v) as { organisationName?: string; responsiblePerson?: string }) : {};
  return {
    organisationName: parsed.organisationName?.trim() || 'Отдел по работе с задолженностью за ЖКУ',
    responsiblePerson: parsed.responsiblePerson?.trim() ?? '',
  };
}
