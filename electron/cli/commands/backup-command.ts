/**
 * @file `backup [--to ПАПКА]` makes a checked copy of the database now (the `backups.make` method, reason
 * 'manual', rotated like the others) in the backup folder of the settings or in the folder given; `restore --from
 * ФАЙЛ` puts a copy back into a data folder no program holds (electron/core/backup/restore-offline.ts): the copy
 * checked, the current database saved first, the restore journaled in the restored database.
 */
import path from 'node:path';
import { z } from '../../../shared/api/zod-russian';
import { clockFromEnv } from '../../core/contacts/clock-from-env';
import { defaultDataDir, SOURCE_MIGRATIONS_FOLDER } from '../../core/default-paths';
import { runOfflineRestore } from '../../core/backup/restore-offline';
import type { CliCommand } from '../cli-command';
import { CliFailure } from '../cli-api';
import { answer, validateLocally } from '../cli-output';
import { cliCaller } from '../cli-identity';

export const backupCommand: CliCommand = {
  name: 'backup',
  summary: 'резервная копия базы данных сейчас (проверенная, с ротацией), в папку настроек или --to ПАПКА',
  usage: 'backup [--to ПАПКА] [--json] [--data-dir ПАПКА]',
  needsCore: true,
  actions: {
    '': {
      method: 'backups.make',
      aliases: { to: 'folder' },
      async run(ctx) {
        const made = await ctx.api!.call('backups.make', ctx.input);
        const lines = [
          `Резервная копия сохранена и проверена: ${path.join(made.folder, made.name)} (${(made.sizeBytes / 1_048_576).toFixed(1).replace('.', ',')} МБ)`,
        ];
        if (made.rotated.length > 0) lines.push(`Удалены старые копии по ротации: ${made.rotated.join(', ')}`);
        return answer(ctx, lines.join('\n'), made);
      },
    },
  },
};

const RestoreSchema = z
  .object({ from: z.string({ error: 'Укажите файл копии: --from ФАЙЛ.' }).min(1, 'Укажите файл копии: --from ФАЙЛ.') })
  .strict();

export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: 'восстановить базу из резервной копии (программа должна быть закрыта; текущая база сохраняется)',
  usage: 'restore --from ФАЙЛ [--json] [--data-dir ПАПКА]',
  needsCore: false,
  actions: {
    '': {
      method: null,
      schema: RestoreSchema,
      async run(ctx) {
        const input = validateLocally(RestoreSchema, ctx.input, ctx.nameField);
        const dataDir = typeof ctx.options['data-dir'] === 'string' ? ctx.options['data-dir'] : defaultDataDir();
        const result = await runOfflineRestore({
          dataDir,
          sourcePath: input.from,
          migrationsFolder: SOURCE_MIGRATIONS_FOLDER,
          clock: clockFromEnv(),
          connection: cliCaller(),
        });
        if (!result.ok) throw new CliFailure(result.error.message, 1, [], result.error.code);
        const done = result.value;
        const lines = [`База данных восстановлена из копии ${path.resolve(input.from)}: ${done.databasePath}`];
        if (done.savedAs) lines.push(`Прежняя база сохранена как ${done.savedAs} (папка резервных копий).`);
        if (done.savedRaw) lines.push(`Прежняя база не читалась целиком; её файл сохранён как есть: ${done.savedRaw}`);
        lines.push('Все пользователи входят в программу заново.');
        return answer(ctx, lines.join('\n'), done);
      },
    },
  },
};
