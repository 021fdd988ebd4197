/**
 * @file `info [--json]`: database path, schema version and row counts — through the same `app.info` API
 * method the UI's status line uses.
 */
import type { AppInfo } from '../../../shared/api/contract';
import type { CliCommand } from '../cli-command';
import { cliCaller } from '../cli-identity';

export const infoCommand: CliCommand = {
  name: 'info',
  summary: 'сведения о базе данных: путь, версия схемы, количество записей',
  usage: 'info [--json] [--data-dir ПАПКА]',
  options: { json: { type: 'boolean', description: 'вывести JSON (для скриптов)' } },
  needsCore: true,
  async run({ values, core, io }) {
    if (!core) return 1;
    const result = await core.dispatch('app.info', {}, cliCaller());
    if (!result.ok) {
      io.err(`${result.error.message}\n`);
      return 1;
    }
    const info = result.value as AppInfo;
    if (values.json) {
      io.out(`${JSON.stringify(info, null, 2)}\n`);
      return 0;
    }
    io.out(
      [
        `Папка данных:      ${info.dataDir}`,
        `База данных:       ${info.databasePath}`,
        `Версия схемы:      ${info.schemaVersion} (${info.schemaTag ?? 'пустая база'})`,
        `Управляющих комп.: ${info.counts.managementCompanies}`,
        `Домов:             ${info.counts.buildings}`,
        `Лицевых счетов:    ${info.counts.accounts}`,
        `Записей журнала:   ${info.counts.actions}`,
      ].join('\n') + '\n',
    );
    return 0;
  },
};
