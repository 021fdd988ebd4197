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
import { copyInWorker } from './copy-in-worker';

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

export function makeBackup(
  deps: BackupDeps,
  reason: BackupReason,
  options: { folder?: string; by?: JournalActor } = {},
): MadeBackup {
  const plan = planBackup(deps, reason, options);
  try {
    deps.sqlite.prepare('VACUUM INTO ?').run(plan.temp);
    return finishBackup(deps, plan, verifyCopy(plan.temp));
  } catch (error) {
    throw failBackup(deps, plan, error);
  }
}

/**
 * The same copy made on a thread of its own (copy-in-worker.ts): the daily copy and «Сделать копию сейчас», so a
 * large database is copied while the host keeps answering the office.
 */
export async function makeBackupInBackground(
  deps: BackupDeps & { databasePath: string },
  reason: BackupReason,
  options: { folder?: string; by?: JournalActor } = {},
): Promise<MadeBackup> {
  const plan = planBackup(deps, reason, options);
  try {
    const verdict = await copyInWorker({ databasePath: deps.databasePath, temp: plan.temp });
    return finishBackup(deps, plan, verdict);
  } catch (error) {
    throw failBackup(deps, plan, error);
  }
}

interface BackupPlan {
  reason: BackupReason;
  by: JournalActor;
  folder: string;
  nowMs: number;
  name: string;
  temp: string;
}

/** The folder checked, leftovers of an interrupted copy removed, the final and the temp names chosen. */
function planBackup(
  deps: BackupDeps,
  reason: BackupReason,
  options: { folder?: string; by?: JournalActor },
): BackupPlan {
  const by = options.by ?? AUTOMATIC;
  const folder = path.resolve(options.folder ?? backupFolderOf(deps.db, deps.dataDir));
  const nowMs = deps.clock();
  try {
    if (folder === defaultBackupFolder(deps.dataDir)) fs.mkdirSync(folder, { recursive: true });
    if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
      throw new AppError(
        'BACKUP.FAILED',
        `Резервная копия не сохранена: папка «${folder}» недоступна (диск не подключён?). База данных не изменена.`,
      );
    }
    removeLeftovers(folder, deps.logger);
    let name = backupFileName(nowMs, reason);
    for (let n = 2; fs.existsSync(path.join(folder, name)); n += 1) name = backupFileName(nowMs, reason, n);
    return { reason, by, folder, nowMs, name, temp: path.join(folder, `${TEMP_PREFIX}${crypto.randomUUID()}.sqlite`) };
  } catch (error) {
    throw failBackup(deps, { reason, by, folder, nowMs, name: '', temp: '' }, error);
  }
}

/** The checked temp file renamed to its final name, journaled, then the rotation. */
function finishBackup(deps: BackupDeps, plan: BackupPlan, verdict: ReturnType<typeof verifyCopy>): MadeBackup {
  if (!verdict.ok)
    throw new AppError(
      'BACKUP.FAILED',
      `Резервная копия не сохранена: копия не прошла проверку (${verdict.why}). База данных не изменена.`,
    );
  const target = path.join(plan.folder, plan.name);
  fs.renameSync(plan.temp, target);
  const sizeBytes = fs.statSync(target).size;
  writeJournal(deps.sqlite, plan.by, plan.nowMs, {
    kind: 'backup.made',
    summary: `Резервная копия (${REASON_WORDS[plan.reason]}) сохранена: ${plan.name}, ${formatMb(sizeBytes)} МБ`,
    object: { type: 'backup', id: plan.name },
    details: { name: plan.name, folder: plan.folder, sizeBytes, reason: plan.reason },
  });
  const rotated = rotate(plan.folder, localStamp(plan.nowMs).date, deps.logger);
  return { name: plan.name, path: target, folder: plan.folder, sizeBytes, reason: plan.reason, rotated };
}

/** The temp file removed, the failure logged and journaled; answers the AppError to throw. */
function failBackup(deps: BackupDeps, plan: BackupPlan, error: unknown): AppError {
  if (plan.temp !== '') removeQuietly(plan.temp);
  const failure = error instanceof AppError ? error : new AppError('BACKUP.FAILED', failureText(error, plan.folder));
  deps.logger.error(`Резервная копия (${plan.reason}) не сохранена в ${plan.folder}`, error);
  try {
    writeJournal(deps.sqlite, plan.by, plan.nowMs, {
      kind: 'backup.failed',
      summary: failure.message,
      object: { type: 'backup', id: plan.reason },
      details: { folder: plan.folder, reason: plan.reason },
    });
  } catch (journalError) {
    deps.logger.error('Запись о несохранённой копии не внесена в журнал', journalError);
  }
  return failure;
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
