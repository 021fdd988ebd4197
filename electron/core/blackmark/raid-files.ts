/**
 * @file Files of a «Чёрная метка» raid (measure 7): photos and signed lists of the raid as a whole or of one address.
 * Only JPEG, PNG and PDF, recognised by their first bytes (measure 8's check, restriction/act-files.ts `actFileType`:
 * a renamed .exe or a Word file is refused whatever its name says), each at most 20 МБ (or the administrator's
 * smaller upload limit), kept under `<data dir>/documents/blackmark/raid-<id>/files/` with their SHA-256 in
 * report_files (owner 'blackmark_raid' or 'blackmark_address'). Every file is checked before anything is written:
 * one bad file refuses them all (MEDIA.BAD_FILE) and nothing is saved. Files may be added after the raid is closed
 * (the signed list often comes back later), not to a cancelled one.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { AppError } from '../app-error';
import type { JournalActor } from '../auth/actor';
import { readFileLimits } from '../billing/upload-limits';
import { purgeUpload, resolveUpload } from '../billing/upload-store';
import { sha256, writeFileAtomic } from '../documents/document-files';
import { actFileType } from '../restriction/act-files';
import type { BlackmarkFileView, BlackmarkRaidView } from '../../../shared/api/contract-blackmark';
import { raidFolder, raidRow, readBlackmarkRaid } from './raid-read';

/** 20 МБ: a phone's photo or a scanned list fits. */
export const RAID_FILE_MAX_BYTES = 20 * 1024 * 1024;

function badFile(message: string): AppError {
  return new AppError('MEDIA.BAD_FILE', `${message} Файлы не сохранены, ничего не изменено.`);
}

export function attachRaidFiles(
  sqlite: Database.Database,
  dataDir: string,
  by: JournalActor,
  nowMs: number,
  input: { raidId: number; accountId: number | null; uploadIds: readonly string[] },
): { raid: BlackmarkRaidView; added: BlackmarkFileView[] } {
  const raid = raidRow(sqlite, input.raidId);
  if (raid.status === 'cancelled')
    throw new AppError(
      'BLACKMARK.BAD_STEP',
      `Рейд № ${raid.id} отменён — файлы к нему не прикладываются. Ничего не изменено.`,
    );
  let owner: { type: 'blackmark_raid' | 'blackmark_address'; id: number } = { type: 'blackmark_raid', id: raid.id };
  if (input.accountId !== null) {
    const address = sqlite
      .prepare<[number, number], { id: number }>(
        'SELECT id FROM blackmark_raid_addresses WHERE raid_id = ? AND account_id = ?',
      )
      .get(raid.id, input.accountId);
    if (!address)
      throw new AppError(
        'NOT_FOUND',
        `В рейде № ${raid.id} нет такого адреса (л/с код ${input.accountId}); ничего не изменено.`,
      );
    owner = { type: 'blackmark_address', id: address.id };
  }
  const maxBytes = Math.min(RAID_FILE_MAX_BYTES, readFileLimits(sqlite).maxUploadBytes);
  const files = [...new Set(input.uploadIds)].map((uploadId) => {
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

  const written: string[] = [];
  let added: BlackmarkFileView[];
  try {
    added = sqlite.transaction(() => {
      const insert = sqlite.prepare(
        `INSERT INTO report_files (owner_type, owner_id, file_name, stored_path, sha256, size_bytes, created_by, created_at_ms)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      return files.map((f, i) => {
        const relative = `${raidFolder(raid.id)}/files/${owner.type === 'blackmark_raid' ? 'raid' : `address-${owner.id}`}-${nowMs}-${i + 1}.${f.ext}`;
        const full = path.join(dataDir, relative);
        writeFileAtomic(full, f.bytes);
        written.push(full);
        const id = Number(
          insert.run(owner.type, owner.id, f.fileName, relative, sha256(f.bytes), f.bytes.length, by.name, nowMs)
            .lastInsertRowid,
        );
        return { id, fileName: f.fileName, sizeBytes: f.bytes.length, createdBy: by.name, createdAtMs: nowMs };
      });
    })();
  } catch (error) {
    for (const w of written) fs.rmSync(w, { force: true });
    throw error;
  }
  for (const f of files) purgeUpload(dataDir, f.uploadPath);
  return { raid: readBlackmarkRaid(sqlite, raid.id), added };
}

export function readRaidFile(
  sqlite: Database.Database,
  dataDir: string,
  fileId: number,
): { fileName: string; base64: string } {
  const row = sqlite
    .prepare<[number], { fileName: string; storedPath: string }>(
      `SELECT file_name AS fileName, stored_path AS storedPath FROM report_files
        WHERE id = ? AND owner_type IN ('blackmark_raid', 'blackmark_address')`,
    )
    .get(fileId);
  if (!row) throw new AppError('NOT_FOUND', `Файл рейда № ${fileId} не найден.`);
  const full = path.join(dataDir, row.storedPath);
  if (!fs.existsSync(full))
    throw new AppError('NOT_FOUND', `Файл «${row.fileName}» не найден в папке данных: ${row.storedPath}.`);
  return { fileName: row.fileName, base64: fs.readFileSync(full).toString('base64') };
}
