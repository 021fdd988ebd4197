/**
 * @file One backup: `VACUUM INTO` a temp file in the backup folder (a consistent snapshot, WAL included, while the
 * program keeps working), the temp file checked (integrity_check, our migrations table), then renamed to its final
 * name `zhku-YYYYMMDD-HHMMSS-<reason>.sqlite`, then the rotation. A copy that fails is deleted and the failure
 * journaled and answered as BACKUP.FAILED in Russian; the database itself is never touched.
 *
 * Temp files of an earlier copy interrupted by a killed host are removed at the start of the next one.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { AppDb } from '../db/connection';
import type { Logger } from '../logger';
import type { JournalActor } from '../auth/actor';
import { AppError } from '../app-error';
import { writeJournal } from '../journal/journal-writer';
import { backupFileName, localStamp, TEMP_PREFIX, type BackupReason } from './backup-names';
import { backupFolderOf, defaultBackupFolder } from './backup-settings';
import { verifyCopy } from './verify-copy';
import { backupsToRotate } from './backup-rotation';
import { readBackupNames } from './list-backups';

export interface BackupDeps {
  sqlite: Database.Database;
  db: AppDb;
  dataDir: string;
  clock: () => number;
  logger: Logger;
}

export interface MadeBackup {
  name: string;
  path: string;
  folder: string;
  sizeBytes: number;
  reason: BackupReason;
  /** Older copies the rotation deleted. */
  rotated: string[];
}

/** Who the journal names for a copy nobody asked for (daily, at exit). */
export const AUTOMATIC: JournalActor = { userId: null, name: 'Программа (автоматически)' };

const REASON_WORDS: Record<BackupReason, string> = {
  daily: 'ежедневная',
  exit: 'при выходе',
  manual: 'вручную',
  'before-restore': 'перед восстановлением',
};

export function reasonWord(reason: BackupReason): string {
  return REASON_WORDS[reason];
}

export function makeBackup(
  deps: BackupDeps,
  reason: BackupReason,
  options: { folder?: string; by?: JournalActor } = {},
): MadeBackup {
  const by = options.by ?? AUTOMATIC;
  const folder = path.resolve(options.folder ?? backupFolderOf(deps.db, deps.dataDir));
  const nowMs = deps.clock();
  let temp: string | null = null;
  try {
    if (folder === defaultBackupFolder(deps.dataDir)) fs.mkdirSync(folder, { recursive: true });
    if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
      throw new AppError('BACKUP.FAILED', `Резервная копия не сохранена: папка «${folder}» недоступна (диск не подключён?). База данных не изменена.`);
    }
    removeLeftovers(folder, deps.logger);
    let name = backupFileName(nowMs, reason);
    for (let n = 2; fs.existsSync(path.join(folder, name)); n += 1) name = backupFileName(nowMs, reason, n);
    temp = path.join(folder, `${TEMP_PREFIX}${crypto.randomUUID()}.sqlite`);
    deps.sqlite.prepare('VACUUM INTO ?').run(temp);
    const verdict = verifyCopy(temp);
    if (!verdict.ok) throw new AppError('BACKUP.FAILED', `Резервная копия не сохранена: копия не прошла проверку (${verdict.why}). База данных не изменена.`);
    const target = path.join(folder, name);
    fs.renameSync(temp, target);
    temp = null;
    const sizeBytes = fs.statSync(target).size;
    writeJournal(deps.sqlite, by, nowMs, {
      kind: 'backup.made',
      summary: `Резервная копия (${REASON_WORDS[reason]}) сохранена: ${name}, ${formatMb(sizeBytes)} МБ`,
      object: { type: 'backup', id: name },
      details: { name, folder, sizeBytes, reason },
    });
    const rotated = rotate(folder, localStamp(nowMs).date, deps.logger);
    return { name, path: target, folder, sizeBytes, reason, rotated };
  } catch (error) {
    if (temp !== null) removeQuietly(temp);
    const failure = error instanceof AppError ? error : new AppError('BACKUP.FAILED', failureText(error, folder));
    deps.logger.error(`Резервная копия (${reason}) не сохранена в ${folder}`, error);
    try {
      writeJournal(deps.sqlite, by, nowMs, {
        kind: 'backup.failed',
        summary: failure.message,
        object: { type: 'backup', id: reason },
        details: { folder, reason },
      });
    } catch (journalError) {
      deps.logger.error('Запись о несохранённой копии не внесена в журнал', journalError);
    }
    throw failure;
  }
}

/** Deletes what the rotation says; a copy that cannot be deleted stays and is logged. */
function rotate(folder: string, today: string, logger: Logger): string[] {
  const deleted: string[] = [];
  for (const name of backupsToRotate(readBackupNames(folder), today)) {
    try {
      fs.rmSync(path.join(folder, name));
      deleted.push(name);
    } catch (error) {
      logger.error(`Старая резервная копия ${name} не удалена`, error);
    }
  }
  return deleted;
}

/** Temp files of a copy that never finished (the host killed during VACUUM INTO). */
function removeLeftovers(folder: string, logger: Logger): void {
  for (const entry of fs.readdirSync(folder)) {
    if (!entry.startsWith(TEMP_PREFIX)) continue;
    removeQuietly(path.join(folder, entry));
    logger.info(`Удалён остаток прерванной резервной копии: ${entry}`);
  }
}

function removeQuietly(file: string): void {
  for (const f of [file, `${file}-journal`, `${file}-wal`, `${file}-shm`]) {
    try {
      fs.rmSync(f, { force: true });
    } catch {
      // A file that cannot be removed now is removed by the next backup (its name starts with the temp prefix).
    }
  }
}

function failureText(error: unknown, folder: string): string {
  const code = (error as { code?: string }).code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ENOSPC' || code === 'SQLITE_FULL' || /disk is full|ENOSPC/i.test(message)) {
    return `Резервная копия не сохранена: на диске не хватает места (папка «${folder}»). База данных не изменена — освободите место и повторите.`;
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'SQLITE_CANTOPEN' || code === 'EROFS') {
    return `Резервная копия не сохранена: нет права записи в папку «${folder}». База данных не изменена.`;
  }
  return `Резервная копия не сохранена в папку «${folder}»: ${message}. База данных не изменена.`;
}

export function formatMb(bytes: number): string {
  return (bytes / 1_048_576).toFixed(1).replace('.', ',');
}
