/**
 * @file The files of a publication (the article as printed, a screenshot of the page): PDF, JPEG or PNG only,
 * recognised by their first bytes (the same test as the restriction acts' files), at most 20 MB each; kept under
 * `<data dir>/publications/<id>/` with their SHA-256 in report_files (owner 'publication'). Every file is checked
 * before anything is written: one bad file refuses the whole step with MEDIA.BAD_FILE and nothing is saved.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { AppError } from '../app-error';
import { actFileType } from '../restriction/act-files';
import { purgeUpload, resolveUpload } from '../billing/upload-store';
import { sha256, writeFileAtomic } from '../documents/document-files';
import type { PublicationFile } from '../../../shared/api/contract-press';

export const PUBLICATION_FILE_MAX_BYTES = 20 * 1024 * 1024;

export interface CheckedPublicationFile {
  uploadPath: string;
  fileName: string;
  ext: 'jpg' | 'png' | 'pdf';
  bytes: Buffer;
}

function badFile(message: string): AppError {
  return new AppError('MEDIA.BAD_FILE', `${message} Публикация не записана, ничего не изменено.`);
}

export function checkPublicationUploads(dataDir: string, uploadIds: readonly string[]): CheckedPublicationFile[] {
  return [...new Set(uploadIds)].map((uploadId) => {
    const upload = resolveUpload(dataDir, uploadId);
    const size = fs.statSync(upload.path).size;
    if (size === 0) throw badFile(`Файл «${upload.fileName}» пустой.`);
    if (size > PUBLICATION_FILE_MAX_BYTES) throw badFile(`Файл «${upload.fileName}» больше 20 МБ.`);
    const bytes = fs.readFileSync(upload.path);
    const ext = actFileType(bytes.subarray(0, 8));
    if (ext === null)
      throw badFile(`Файл «${upload.fileName}» не принят: приложите публикацию в PDF или снимок страницы (JPEG, PNG).`);
    return { uploadPath: upload.path, fileName: upload.fileName, ext, bytes };
  });
}

/** Writes the checked files and their rows (inside the caller's transaction); `written` collects the paths. */
export function storePublicationFiles(
  sqlite: Database.Database,
  dataDir: string,
  publicationId: number,
  files: readonly CheckedPublicationFile[],
  by: string,
  nowMs: number,
  written: string[],
): PublicationFile[] {
  const insert = sqlite.prepare(
    `INSERT INTO report_files (owner_type, owner_id, file_name, stored_path, sha256, size_bytes, created_by, created_at_ms)
     VALUES ('publication', ?, ?, ?, ?, ?, ?, ?)`,
  );
  return files.map((f) => {
    const hash = sha256(f.bytes);
    const relative = `publications/${publicationId}/${nowMs}-${hash.slice(0, 12)}.${f.ext}`;
    writeFileAtomic(path.join(dataDir, relative), f.bytes);
    written.push(path.join(dataDir, relative));
    const id = Number(insert.run(publicationId, f.fileName, relative, hash, f.bytes.length, by, nowMs).lastInsertRowid);
    return { id, fileName: f.fileName, sizeBytes: f.bytes.length, sha256: hash };
  });
}

export function purgePublicationUploads(dataDir: string, files: readonly CheckedPublicationFile[]): void {
  for (const f of files) purgeUpload(dataDir, f.uploadPath);
}

export function publicationFiles(sqlite: Database.Database, publicationId: number): PublicationFile[] {
  return sqlite
    .prepare<[number], PublicationFile>(
      `SELECT id, file_name AS fileName, size_bytes AS sizeBytes, sha256 FROM report_files
        WHERE owner_type = 'publication' AND owner_id = ? ORDER BY id`,
    )
    .all(publicationId);
}

export function readPublicationFile(
  sqlite: Database.Database,
  dataDir: string,
  fileId: number,
): { fileName: string; base64: string } {
  const row = sqlite
    .prepare<[number], { fileName: string; storedPath: string }>(
      `SELECT file_name AS fileName, stored_path AS storedPath FROM report_files WHERE id = ? AND owner_type = 'publication'`,
    )
    .get(fileId);
  if (!row) throw new AppError('NOT_FOUND', `Файл публикации № ${fileId} не найден.`);
  const full = path.join(dataDir, row.storedPath);
  if (!fs.existsSync(full))
    throw new AppError('NOT_FOUND', `Файл «${row.fileName}» не найден в папке данных: ${row.storedPath}.`);
  return { fileName: row.fileName, base64: fs.readFileSync(full).toString('base64') };
}
