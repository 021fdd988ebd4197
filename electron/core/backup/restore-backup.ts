/**
 * @file The file side of a restore, shared by the application (electron/core/reopenable-core.ts) and the CLI's
 * `restore --from`: find the copy, check it in full (integrity_check, our migrations table, not newer than this
 * program), stage it beside the database while the database is still open (a failed copy changes nothing), and
 * once the database is closed swap the staged file in: -wal and -shm of the old database removed, then one rename
 * over the database file. Finally the restored database records that it was restored, from which copy and by whom.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { AppError } from '../app-error';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';
import { parseBackupName } from './backup-names';
import { verifyCopy } from './verify-copy';

/** The full path of the copy `name` in `folder`; NOT_FOUND when there is none. */
export function resolveBackupFile(folder: string, name: string): string {
  if (!parseBackupName(name))
    throw new AppError('VALIDATION', 'Выберите резервную копию из списка. База данных не изменена.');
  const full = path.join(folder, name);
  if (!fs.existsSync(full)) {
    throw new AppError('NOT_FOUND', `Резервной копии «${name}» нет в папке «${folder}». База данных не изменена.`);
  }
  return full;
}

/** Refuses a copy that is damaged, not ours or written by a newer version, with BACKUP.BAD_COPY. */
export function checkCopyForRestore(filePath: string, migrationsFolder: string): void {
  const verdict = verifyCopy(filePath, migrationsFolder);
  if (!verdict.ok) {
    throw new AppError(
      'BACKUP.BAD_COPY',
      `Из копии «${path.basename(filePath)}» восстановить нельзя: ${verdict.why}. База данных не изменена.`,
    );
  }
}

/** Copies the copy to a temp file beside the database (same disk, so the swap is one rename). */
export function stageCopy(databasePath: string, sourcePath: string): string {
  const staged = path.join(path.dirname(databasePath), `.zhku-restore-${crypto.randomUUID()}.sqlite`);
  try {
    fs.copyFileSync(sourcePath, staged);
  } catch (error) {
    fs.rmSync(staged, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    throw new AppError(
      'BACKUP.FAILED',
      code === 'ENOSPC'
        ? 'Восстановление не выполнено: на диске не хватает места. База данных не изменена.'
        : `Восстановление не выполнено: копию не удалось переписать в папку данных (${code ?? String(error)}). База данных не изменена.`,
    );
  }
  return staged;
}

/** With the database closed: removes its -wal and -shm and renames the staged copy over it. */
export function swapInStaged(databasePath: string, staged: string): void {
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(`${databasePath}${suffix}`, { force: true });
  fs.renameSync(staged, databasePath);
}

export function journalRestored(
  sqlite: Database.Database,
  by: JournalActor,
  nowMs: number,
  restored: { from: string; savedAs: string | null },
): void {
  // The restored database may have other users under the same ids: the name says who, the id goes to details.
  writeJournal(sqlite, { userId: null, name: by.name }, nowMs, {
    kind: 'backup.restored',
    summary:
      `База данных восстановлена из резервной копии ${restored.from}` +
      (restored.savedAs ? `; прежняя база сохранена как ${restored.savedAs}` : ''),
    object: { type: 'backup', id: restored.from },
    details: { from: restored.from, savedAs: restored.savedAs, byUserId: by.userId, byName: by.name },
  });
}
