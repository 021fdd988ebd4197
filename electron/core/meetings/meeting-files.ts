/**
 * @file Files of a meeting (a protocol scan, a photo of the attendance sheet): only PDF, JPEG and PNG, recognised
 * by their first bytes (the restriction acts' check, act-files.ts), each at most 20 MB and within the upload limit
 * the administrator set; kept under `<data dir>/meetings/<meeting id>/` with their SHA-256 in report_files (owner
 * 'meeting'). Every file is checked before anything is written: one bad file refuses them all and nothing is saved.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { MeetingView } from '../../../shared/api/contract-meetings';
import { MEETING_LIMITS } from '../../../shared/meetings/meeting-terms';
import { AppError } from '../app-error';
import { readFileLimits } from '../billing/upload-limits';
import { purgeUpload, resolveUpload } from '../billing/upload-store';
import { sha256, writeFileAtomic } from '../documents/document-files';
import { actFileType } from '../restriction/act-files';
import type { MeetingEnv } from './meetings-write';
import { readMeeting } from './meetings-read';

function badFile(message: string): AppError {
  return new AppError('VALIDATION', `${message} Файлы не прикреплены, ничего не сохранено.`);
}

export function attachMeetingFiles(
  env: MeetingEnv & { dataDir: string },
  input: { meetingId: number; uploadIds: readonly string[] },
): MeetingView {
  const { sqlite, dataDir } = env;
  if (sqlite.prepare('SELECT 1 FROM meetings WHERE id = ?').pluck().get(input.meetingId) === undefined)
    throw new AppError('NOT_FOUND', `Встреча № ${input.meetingId} не найдена. Файлы не прикреплены.`);
  const maxBytes = Math.min(MEETING_LIMITS.fileBytes, readFileLimits(sqlite).maxUploadBytes);
  const checked = [...new Set(input.uploadIds)].map((uploadId) => {
    const upload = resolveUpload(dataDir, uploadId);
    const size = fs.statSync(upload.path).size;
    if (size === 0) throw badFile(`Файл «${upload.fileName}» пустой.`);
    if (size > maxBytes)
      throw badFile(`Файл «${upload.fileName}» больше допустимого размера (${Math.floor(maxBytes / 1048576)} МБ).`);
    const bytes = fs.readFileSync(upload.path);
    const ext = actFileType(bytes.subarray(0, 8));
    if (ext === null)
      throw badFile(`Файл «${upload.fileName}» не принят: приложите скан протокола в PDF или фото (JPEG, PNG).`);
    return { uploadPath: upload.path, fileName: upload.fileName, ext, bytes };
  });
  const written: string[] = [];
  try {
    sqlite.transaction(() => {
      const insert = sqlite.prepare(
        `INSERT INTO report_files (owner_type, owner_id, file_name, stored_path, sha256, size_bytes, created_by, created_at_ms)
         VALUES ('meeting', ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const f of checked) {
        const id = Number(insert.run(input.meetingId, f.fileName, '', '', 0, env.by.name, env.nowMs).lastInsertRowid);
        const relative = `meetings/${input.meetingId}/file-${id}.${f.ext}`;
        writeFileAtomic(path.join(dataDir, relative), f.bytes);
        written.push(path.join(dataDir, relative));
        sqlite
          .prepare('UPDATE report_files SET stored_path = ?, sha256 = ?, size_bytes = ? WHERE id = ?')
          .run(relative, sha256(f.bytes), f.bytes.length, id);
      }
    })();
  } catch (error) {
    for (const p of written) fs.rmSync(p, { force: true });
    throw error;
  }
  for (const f of checked) purgeUpload(dataDir, f.uploadPath);
  return readMeeting(sqlite, env.today, input.meetingId);
}

export function readMeetingFile(
  sqlite: Database.Database,
  dataDir: string,
  fileId: number,
): { fileName: string; base64: string } {
  const row = sqlite
    .prepare<[number], { fileName: string; storedPath: string }>(
      `SELECT file_name AS fileName, stored_path AS storedPath FROM report_files WHERE id = ? AND owner_type = 'meeting'`,
    )
    .get(fileId);
  if (!row) throw new AppError('NOT_FOUND', `Файл встречи № ${fileId} не найден.`);
  const full = path.join(dataDir, row.storedPath);
  if (!fs.existsSync(full))
    throw new AppError('NOT_FOUND', `Файл «${row.fileName}» не найден в папке данных: ${row.storedPath}.`);
  return { fileName: row.fileName, base64: fs.readFileSync(full).toString('base64') };
}
