/**
 * @file `info [--json]`: database path, schema version and row counts — through the same `app.info` API
 * method the UI's status line uses.
 */
import type { CliCommand } from '../cli-command';
import { answer } from '../cli-output';

export const infoCommand: CliCommand = {
  name: 'info',
  summary: 'сведения о базе данных: путь, версия схемы, количество записей',
  usage: 'info [--json] [--data-dir ПАПКА]',
  needsCore: true,
  actions: {
    '': {
      method: 'app.info',
      async run(ctx) {
        const info = await ctx.api!.call('app.info', ctx.input);
        return answer(
          ctx,
          [
            `Папка данных:      ${info.dataDir}`,
            `База данных:       ${info.databasePath}`,
            `Версия схемы:      ${info.schemaVersion} (${info.schemaTag ?? 'пустая база'})`,
            `Управляющих комп.: ${info.counts.managementCompanies}`,
            `Домов:             ${info.counts.buildings}`,
            `Лицевых счетов:    ${info.counts.accounts}`,
            `Записей журнала:   ${info.counts.actions}`,
          ].join('\n'),
          info,
        );
      },
    },
  },
};
