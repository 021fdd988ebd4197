/**
 * @file Handlers — Резервные копии: ежедневная и при выходе копия (VACUUM INTO) с проверкой, ротация, список,
 * восстановление. Thin: each calls a service in electron/core/backup/.
 */
import path from 'node:path';
import type { ApiHandlers } from './dispatch';
import type { CoreContext } from '../core-context';
import { journalActor } from '../auth/actor';
import { AppError } from '../app-error';
import { writeJournal } from '../journal/journal-writer';
import { listBackups } from '../backup/list-backups';
import { makeBackupInBackground } from '../backup/make-backup';
import {
  backupFolderOf,
  checkBackupFolder,
  defaultBackupFolder,
  readBackupSettings,
  writeBackupSettings,
  type StoredBackupSettings,
} from '../backup/backup-settings';
import type { BackupSettingsView } from '../../../shared/api/contract-backup';

type BackupMethod = 'backups.list' | 'backups.settings' | 'backups.saveSettings' | 'backups.make' | 'backups.restore';

function settingsView(ctx: CoreContext, stored: StoredBackupSettings): BackupSettingsView {
  const defaultFolder = defaultBackupFolder(ctx.dataDir);
  return {
    folder: stored.folder ?? defaultFolder,
    defaultFolder,
    isDefault: stored.folder === null,
    daily: stored.daily,
    atExit: stored.atExit,
  };
}

export function createBackupHandlers(ctx: CoreContext): Pick<ApiHandlers, BackupMethod> {
  return {
    'backups.list': () => {
      const folder = backupFolderOf(ctx.db, ctx.dataDir);
      return { folder, items: listBackups(folder) };
    },
    'backups.settings': () => settingsView(ctx, readBackupSettings(ctx.db)),
    'backups.saveSettings': (input, { actor }) => {
      const defaultFolder = defaultBackupFolder(ctx.dataDir);
      const chosen = input.folder === '' ? defaultFolder : checkBackupFolder(input.folder, ctx.dataDir);
      const after: StoredBackupSettings = {
        folder: path.resolve(chosen) === defaultFolder ? null : chosen,
        daily: input.daily,
        atExit: input.atExit,
      };
      const nowMs = ctx.clock();
      ctx.sqlite.transaction(() => {
        const before = readBackupSettings(ctx.db);
        writeBackupSettings(ctx.db, after, nowMs);
        writeJournal(ctx.sqlite, journalActor(actor), nowMs, {
          kind: 'backup.settings',
          summary: `Настройки резервных копий: папка ${after.folder ?? defaultFolder}, ежедневно — ${after.daily ? 'да' : 'нет'}, при выходе — ${after.atExit ? 'да' : 'нет'}`,
          object: { type: 'backup', id: 'settings' },
          before,
          after,
        });
      })();
      return settingsView(ctx, after);
    },
    'backups.make': async (input, { actor }) => {
      const folder = input.folder === undefined ? undefined : checkBackupFolder(input.folder, ctx.dataDir);
      // On a thread of its own: a district's database takes seconds to copy, and the office keeps working meanwhile.
      const made = await makeBackupInBackground(ctx, 'manual', {
        by: journalActor(actor),
        ...(folder ? { folder } : {}),
      });
      ctx.backupSchedule?.noteBackup();
      return { name: made.name, folder: made.folder, sizeBytes: made.sizeBytes, rotated: made.rotated };
    },
    'backups.restore': ({ name }, { actor }) => {
      if (!ctx.requestRestore) {
        throw new AppError(
          'CONFLICT',
          'Восстановление выполняется из приложения (Настройки → Резервные копии) или командой restore при закрытом приложении. База данных не изменена.',
        );
      }
      return ctx.requestRestore(name, actor);
    },
  };
}
