/**
 * @file Writing generated documents into the data folder and recording them in the registry (kind, template
 * version, file, SHA-256, who, when). Files are written beside and renamed, so a crash never leaves half a PDF.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';

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
  const result = sqlite
    .prepare(
      `INSERT INTO generated_documents (batch_id, kind, template_version, account_id, building_id, entrance, issued_date,
         file_path, sha256, pages, total_kopecks, user_name, created_at_ms)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      d.batchId,
      d.kind,
      d.templateVersion,
      d.accountId ?? null,
      d.buildingId ?? null,
      d.entrance ?? null,
      d.issuedDate,
      d.filePath,
      hash,
      d.pages ?? null,
      d.totalKopecks ?? null,
      d.userName,
      d.atMs,
    );
  return Number(result.lastInsertRowid);
}

/** The organisation's settings as documents print them (raw SQL, same defaults as settings-repo). */
export function organisationForDocuments(sqlite: Database.Database): {
  organisationName: string;
  responsiblePerson: string;
} {
  const row = sqlite.prepare(`SELECT value_json AS v FROM app_settings WHERE key = 'organisation'`).get() as
    { v: string } | undefined;
  const parsed = row ? (JSON.parse(row.v) as { organisationName?: string; responsiblePerson?: string }) : {};
  return {
    organisationName: parsed.organisationName?.trim() || 'Отдел по работе с задолженностью за ЖКУ',
    responsiblePerson: parsed.responsiblePerson?.trim() ?? '',
  };
}
