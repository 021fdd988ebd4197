/**
 * @file The backup settings (app_settings key 'backup'): the folder (none stored = `<dataDir>/backups`), the daily
 * copy and the copy at exit (both on by default). A folder the administrator chooses (a USB stick, a network
 * share) must already exist and take a file: the program never creates it, since a share that is not mounted would
 * otherwise turn into a folder on the local disk and the copies would never reach the drive meant for them.
 */
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { z } from 'zod';
import type { AppDb } from '../db/connection';
import { readSettingJson, writeSettingJson } from '../repositories/settings-repo';
import { AppError } from '../app-error';

const SETTINGS_KEY = 'backup';

const StoredSchema = z.object({
  folder: z.string().nullable().default(null),
  daily: z.boolean().default(true),
  atExit: z.boolean().default(true),
});

export type StoredBackupSettings = z.infer<typeof StoredSchema>;

export const DEFAULT_BACKUP_SETTINGS: StoredBackupSettings = { folder: null, daily: true, atExit: true };

export function defaultBackupFolder(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

export function readBackupSettings(db: AppDb): StoredBackupSettings {
  const json = readSettingJson(db, SETTINGS_KEY);
  if (json === null) return DEFAULT_BACKUP_SETTINGS;
  try {
    const parsed = StoredSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : DEFAULT_BACKUP_SETTINGS;
  } catch {
    return DEFAULT_BACKUP_SETTINGS;
  }
}

export function writeBackupSettings(db: AppDb, settings: StoredBackupSettings, nowMs: number): void {
  writeSettingJson(db, SETTINGS_KEY, JSON.stringify(settings), nowMs);
}

/** The folder copies go to: the chosen one, or the default beside the database. */
export function backupFolderOf(db: AppDb, dataDir: string): string {
  return readBackupSettings(db).folder ?? defaultBackupFolder(dataDir);
}

/**
 * Refuses a folder that is not absolute, does not exist, is not a folder or does not take a file (checked by
 * writing and removing a probe file). The default folder is created here.
 */
export function checkBackupFolder(folder: string, dataDir: string): string {
  if (!path.isAbsolute(folder)) {
    throw new AppError(
      'VALIDATION',
      `Папка резервных копий: укажите полный путь (например, E:\\Копии), а не «${folder}». Настройки не изменены.`,
    );
  }
  const full = path.resolve(folder);
  if (full === defaultBackupFolder(dataDir)) fs.mkdirSync(full, { recursive: true });
  let stat: fs.Stats;
  try {
    stat = fs.statSync(full);
  } catch {
    throw new AppError(
      'VALIDATION',
      `Папка резервных копий «${full}» не найдена. Подключите диск или создайте папку и повторите. Настройки не изменены.`,
    );
  }
  if (!stat.isDirectory()) throw new AppError('VALIDATION', `«${full}» — это файл, а не папка. Настройки не изменены.`);
  const probe = path.join(full, `.zhku-probe-${crypto.randomUUID()}`);
  try {
    fs.writeFileSync(probe, 'zhku');
    fs.rmSync(probe, { force: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOSPC' ? 'на диске не хватает места' : 'нет права записи';
    throw new AppError(
      'VALIDATION',
      `В папку резервных копий «${full}» нельзя записать файл: ${why}. Настройки не изменены.`,
    );
  }
  return full;
}
