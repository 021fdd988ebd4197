/**
 * @file What the documents and package methods act on, checked before a job starts: the cases asked for (each must
 * exist — a forged id is refused by number), a batch's cases awaiting filing, and a package made here with its file.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { eq, inArray } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { courtCases, courtPackages } from '../../../shared/db/schema-court';
import { AppError } from '../app-error';
import { casesOfBatch } from './make-case-documents';

/** The given cases (deduplicated) or the batch's cases awaiting filing; refused when any is unknown or none is left. */
export function documentTargets(
  sqlite: Database.Database,
  caseIds: readonly number[] | undefined,
  batchId: number | undefined,
): number[] {
  if (caseIds === undefined) {
    const ids = casesOfBatch(sqlite, batchId!);
    if (ids.length === 0) throw new AppError('NOT_FOUND', `В пакете № ${batchId} нет дел, ожидающих подачи в суд.`);
    return ids;
  }
  const ids = [...new Set(caseIds)];
  const found = new Set(
    drizzleOf(sqlite)
      .select({ id: courtCases.id })
      .from(courtCases)
      .where(inArray(courtCases.id, ids))
      .all()
      .map((r) => r.id),
  );
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) throw new AppError('NOT_FOUND', `Нет судебных дел № ${missing.slice(0, 10).join(', ')}.`);
  return ids;
}

/** A package made here: its full path, file name and recorded SHA-256. */
export function packageFileOf(
  sqlite: Database.Database,
  dataDir: string,
  packageId: number,
): { fullPath: string; fileName: string; sha256: string } {
  const row = drizzleOf(sqlite).select().from(courtPackages).where(eq(courtPackages.id, packageId)).get();
  if (!row) throw new AppError('NOT_FOUND', `Пакета № ${packageId} нет в базе.`);
  const fullPath = path.join(dataDir, row.filePath);
  if (!fs.existsSync(fullPath))
    throw new AppError('NOT_FOUND', `Файл пакета № ${packageId} (${row.filePath}) не найден в папке данных.`);
  return { fullPath, fileName: path.posix.basename(row.filePath), sha256: row.sha256 };
}
