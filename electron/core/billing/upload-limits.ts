/**
 * @file The file limits the administrator sets (app_settings key 'upload_limits'), with their defaults.
 *
 * Defaults, and why:
 * - upload 300 MB: a charges file of a million rows is about 60 MB as CSV and 25–40 MB as XLSX; 300 MB leaves
 *   room for a whole district's multi-year history in one file, while a 2 GB «file» is refused at once;
 * - XLSX unpacked 1000 MB (each part and all parts together): a sheet of a million rows unpacks to 150–250 MB of
 *   XML; a «bomb» claims gigabytes;
 * - shared strings 2 000 000: ExcelJS keeps them all in memory (≈100 bytes each); a million-row file with text
 *   account numbers holds well under a million distinct strings, the 876 KB bomb claimed 20 million.
 */
import type Database from 'better-sqlite3';
import { UploadLimitsSchema, type UploadLimits, type UploadLimitsView } from '../../../shared/api/contract-upload-limits';
import { readSettingJson, writeSettingJson } from '../repositories/settings-repo';
import { drizzleOf } from '../db/drizzle-of';
import { writeJournal } from '../journal/journal-writer';
import type { JournalActor } from '../auth/actor';

const KEY = 'upload_limits';
const MB = 1024 * 1024;

export const DEFAULT_UPLOAD_LIMITS: UploadLimits = {
  maxUploadMb: 300,
  maxXlsxUncompressedMb: 1000,
  maxSharedStrings: 2_000_000,
};

/** The limits in bytes and counts, as the checks use them. */
export interface FileLimits {
  maxUploadBytes: number;
  maxXlsxUncompressedBytes: number;
  maxSharedStrings: number;
}

export function fileLimitsOf(limits: UploadLimits): FileLimits {
  return {
    maxUploadBytes: limits.maxUploadMb * MB,
    maxXlsxUncompressedBytes: limits.maxXlsxUncompressedMb * MB,
    maxSharedStrings: limits.maxSharedStrings,
  };
}

export const DEFAULT_FILE_LIMITS: FileLimits = fileLimitsOf(DEFAULT_UPLOAD_LIMITS);

export function readUploadLimits(sqlite: Database.Database): UploadLimits {
  const json = readSettingJson(drizzleOf(sqlite), KEY);
  if (json === null) return DEFAULT_UPLOAD_LIMITS;
  try {
    const parsed = UploadLimitsSchema.safeParse({ ...DEFAULT_UPLOAD_LIMITS, ...(JSON.parse(json) as object) });
    return parsed.success ? parsed.data : DEFAULT_UPLOAD_LIMITS;
  } catch {
    return DEFAULT_UPLOAD_LIMITS;
  }
}

export function readFileLimits(sqlite: Database.Database): FileLimits {
  return fileLimitsOf(readUploadLimits(sqlite));
}

export function uploadLimitsView(sqlite: Database.Database): UploadLimitsView {
  return { ...readUploadLimits(sqlite), defaults: DEFAULT_UPLOAD_LIMITS };
}

export function saveUploadLimits(sqlite: Database.Database, limits: UploadLimits, by: JournalActor, nowMs: number): UploadLimitsView {
  const before = readUploadLimits(sqlite);
  sqlite.transaction(() => {
    writeSettingJson(drizzleOf(sqlite), KEY, JSON.stringify(limits), nowMs);
    writeJournal(sqlite, by, nowMs, {
      kind: 'upload.limits',
      summary:
        `Пределы для файлов: загрузка до ${limits.maxUploadMb} МБ, XLSX в распакованном виде до ` +
        `${limits.maxXlsxUncompressedMb} МБ, строк в таблице строк XLSX до ${limits.maxSharedStrings}`,
      object: { type: 'settings', id: KEY },
      before,
      after: limits,
    });
  })();
  return uploadLimitsView(sqlite);
}
