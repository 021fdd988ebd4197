/**
 * @file API methods — Резервные копии: ежедневная и при выходе копия (VACUUM INTO) с проверкой, ротация, список,
 * восстановление. Spread into the one contract in contract.ts.
 *
 * `{}` never destroys anything: `backups.make {}` makes one more manual copy, `backups.restore` needs the name of
 * the copy (a restore replaces the database and signs everyone out).
 */
import { z } from './zod-russian';

/** A copy's name as the list shows it (the core accepts nothing else, so no path can be slipped in). */
const BackupName = z
  .string({ error: 'Выберите резервную копию.' })
  .max(100, 'Выберите резервную копию из списка.')
  .regex(
    /^zhku-\d{8}-\d{6}-(daily|exit|manual|before-restore)(-\d{1,3})?\.sqlite$/,
    'Выберите резервную копию из списка.',
  );

const Folder = z
  .string({ error: 'Папка резервных копий: укажите путь.' })
  .trim()
  .max(1_000, 'Папка резервных копий: путь длиннее 1000 знаков.');

export const backupApiInputs = {
  /** The copies in the backup folder, newest first. */
  'backups.list': z.object({}).strict(),
  'backups.settings': z.object({}).strict(),
  /** `folder` '' = the default folder beside the database. */
  'backups.saveSettings': z
    .object({
      folder: Folder,
      daily: z.boolean({ error: 'Ежедневная копия: да или нет.' }),
      atExit: z.boolean({ error: 'Копия при выходе: да или нет.' }),
    })
    .strict(),
  /** A copy now (reason 'manual'); `folder` — another existing folder for this one copy (the CLI's `--to`). */
  'backups.make': z.object({ folder: Folder.min(1, 'Папка резервных копий: укажите путь.').optional() }).strict(),
  /** Replaces the database with the copy: checked first, the current database saved as 'before-restore'. */
  'backups.restore': z.object({ name: BackupName }).strict(),
};

export type BackupReasonCode = 'daily' | 'exit' | 'manual' | 'before-restore';

export interface BackupItem {
  name: string;
  /** Local date 'YYYY-MM-DD' and time 'HH:MM:SS' of the copy. */
  date: string;
  time: string;
  reason: BackupReasonCode;
  sizeBytes: number;
  /** The file is still a sound copy of our database (header, length, opens, our tables). */
  verified: boolean;
  /** Why it is not, in Russian. */
  problem?: string;
}

export interface BackupSettingsView {
  /** The folder copies go to now. */
  folder: string;
  defaultFolder: string;
  /** No folder chosen: the default is used. */
  isDefault: boolean;
  daily: boolean;
  atExit: boolean;
}

export interface BackupMadeView {
  name: string;
  folder: string;
  sizeBytes: number;
  /** Older copies the rotation deleted. */
  rotated: string[];
}

export interface BackupRestoredView {
  restoredFrom: string;
  /** The copy of the database as it was before the restore. */
  savedAs: string;
}

export interface BackupApiOutputs {
  'backups.list': { folder: string; items: BackupItem[] };
  'backups.settings': BackupSettingsView;
  'backups.saveSettings': BackupSettingsView;
  'backups.make': BackupMadeView;
  'backups.restore': BackupRestoredView;
}
