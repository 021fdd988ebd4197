/**
 * @file Photos and scans attached to an act of restriction or restoration: only JPEG, PNG and PDF, recognised by
 * their first bytes (a renamed .exe or a Word file is refused whatever its name says), each within the upload size
 * limit the administrator set; kept under `<data dir>/restriction-acts/<case id>/` with their SHA-256 in
 * restriction_act_files. Every file is checked before anything is written: one bad file refuses the act whole
 * (RESTRICTION.BAD_FILE) and nothing is saved.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { ActFileRow, ActRow } from '../../../shared/api/contract-restriction-orders';
import { AppError } from '../app-error';
import { readFileLimits } from '../billing/upload-limits';
import { purgeUpload, resolveUpload } from '../billing/upload-store';
import { sha256, writeFileAtomic } from '../documents/document-files';

export interface CheckedActFile {
  uploadPath: string;
  fileName: string;
  ext: 'jpg' | 'png' | 'pdf';
  bytes: Buffer;
}

/** The type by the file's first bytes, or null. */
export function actFileType(head: Buffer): CheckedActFile['ext'] | null {
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpg';
  if (head.length >= 8 && head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'png';
  if (head.length >= 5 && head.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  return null;
}

function badFile(message: string): AppError {
  return new AppError('RESTRICTION.BAD_FILE', `${message} Акт не записан, ничего не сохранено.`);
}

/** Checks every upload (type by content, size) before anything is written. */
export function checkActUploads(
  sqlite: Database.Database,
  dataDir: string,
  uploadIds: readonly string[],
): CheckedActFile[] {
  const maxBytes = readFileLimits(sqlite).maxUploadBytes;
  return [...new Set(uploadIds)].map((uploadId) => {
    const upload = resolveUpload(dataDir, uploadId);
    const size = fs.statSync(upload.path).size;
    if (size === 0) throw badFile(`Файл «${upload.fileName}» пустой.`);
    if (size > maxBytes)
      throw badFile(`Файл «${upload.fileName}» больше допустимого размера (${Math.floor(maxBytes / 1048576)} МБ).`);
    const bytes = fs.readFileSync(upload.path);
    const ext = actFileType(bytes.subarray(0, 8));
    if (ext === null)
      throw badFile(`Файл «${upload.fileName}» не принят: приложите фотографию (JPEG, PNG) или скан в PDF.`);
    return { uploadPath: upload.path, fileName: upload.fileName, ext, bytes };
  });
}

/** Writes the checked files and their rows (inside the act's transaction). */
export function storeActFiles(
  sqlite: Database.Database,
  dataDir: string,
  ids: { caseId: number; actId: number },
  files: readonly CheckedActFile[],
  nowMs: number,
  /** Receives each path written, so a rolled-back act can remove its files. */
  written: string[],
): ActFileRow[] {
  const insert = sqlite.prepare(
    `INSERT INTO restriction_act_files (act_id, file_name, stored_path, sha256, size_bytes, created_at_ms)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  return files.map((f, i) => {
    const relative = `restriction-acts/${ids.caseId}/act-${ids.actId}-${i + 1}.${f.ext}`;
    writeFileAtomic(path.join(dataDir, relative), f.bytes);
    written.push(path.join(dataDir, relative));
    const hash = sha256(f.bytes);
    const id = Number(insert.run(ids.actId, f.fileName, relative, hash, f.bytes.length, nowMs).lastInsertRowid);
    return { id, fileName: f.fileName, sizeBytes: f.bytes.length, sha256: hash };
  });
}

/** After the act is committed: the uploads are kept under restriction-acts/ now. */
export function purgeActUploads(dataDir: string, files: readonly CheckedActFile[]): void {
  for (const f of files) purgeUpload(dataDir, f.uploadPath);
}

export function listActs(sqlite: Database.Database, caseId: number): ActRow[] {
  const acts = sqlite
    .prepare<[number], Omit<ActRow, 'files'>>(
      `SELECT id, kind, act_date AS actDate, act_time AS actTime, method, present, readings, note,
              document_id AS documentId, user_name AS userName
         FROM restriction_acts WHERE case_id = ? ORDER BY act_date, id`,
    )
    .all(caseId);
  const files = sqlite.prepare<[number], ActFileRow>(
    `SELECT id, file_name AS fileName, size_bytes AS sizeBytes, sha256 FROM restriction_act_files WHERE act_id = ? ORDER BY id`,
  );
  return acts.map((a) => ({ ...a, files: files.all(a.id) }));
}

export function readActFile(
  sqlite: Database.Database,
  dataDir: string,
  fileId: number,
): { fileName: string; base64: string } {
  const row = sqlite
    .prepare<[number], { fileName: string; storedPath: string }>(
      'SELECT file_name AS fileName, stored_path AS storedPath FROM restriction_act_files WHERE id = ?',
    )
    .get(fileId);
  if (!row) throw new AppError('NOT_FOUND', `Файл акта № ${fileId} не найден.`);
  const full = path.join(dataDir, row.storedPath);
  if (!fs.existsSync(full))
    throw new AppError('NOT_FOUND', `Файл «${row.fileName}» не найден в папке данных: ${row.storedPath}.`);
  return { fileName: row.fileName, base64: fs.readFileSync(full).toString('base64') };
}
