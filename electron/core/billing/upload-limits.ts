/**
 * @file The file limits the administrator sets (app_settings key 'upload_limits'); defaults and their reasons in
 * shared/import/file-limits.ts. Saving writes the journal with the values before and after.
 */
import type Database from 'better-sqlite3';
import {
  UploadLimitsSchema,
  type UploadLimits,
  type UploadLimitsView,
} from '../../../shared/api/contract-upload-limits';
import { readSettingJson, writeSettingJson } from '../repositories/settings-repo';
import { drizzleOf } from '../db/drizzle-of';
import { writeJournal } from '../journal/journal-writer';
import type { JournalActor } from '../auth/actor';
import { DEFAULT_UPLOAD_LIMITS, fileLimitsOf, type FileLimits } from '../../../shared/import/file-limits';

export {
  DEFAULT_FILE_LIMITS,
  DEFAULT_UPLOAD_LIMITS,
  fileLimitsOf,
  type FileLimits,
} from '../../../shared/import/file-limits';

const KEY = 'upload_limits';

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

export function saveUploadLimits(
  sqlite: Database.Database,
  limits: UploadLimits,
  by: JournalActor,
  nowMs: number,
): UploadLimitsView {
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
