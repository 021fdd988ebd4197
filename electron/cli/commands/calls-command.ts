/**
 * @file `calls build|summary|export|import|promises`: the daily call queue (measure 2) for scheduled runs — build
 * today's queue at 07:00, export the list to XLSX, import results typed into it, check promises against payments.
 */
import type {
  CallQueueSummary,
  CallsImportResult,
  FileResult,
  PromiseCheckResult,
} from '../../../shared/api/contract-work';
import type { CliCommand } from '../cli-command';
import { apiCall, copyOut, runWork, uploadForCli, CliRefusal } from './work-cli-helpers';

function summaryText(s: CallQueueSummary): string {
  const lines = [`Очередь звонков на ${s.date}: ${s.total} лицевых счетов, сделано ${s.done}.`];
  for (const o of s.perOperator) lines.push(`  ${o.fullName}: ${o.total} (норма ${o.quota}), сделано ${o.done}`);
  lines.push(`  По группам: ${s.byBracket.map((b) => `${b.label} — ${b.count}`).join('; ') || 'пусто'}`);
  if (s.build) lines.push(`  Подходят по правилам: ${s.build.eligible}; не вошли: ${JSON.stringify(s.build.skipped)}`);
  return `${lines.join('\n')}\n`;
}

export const callsCommand: CliCommand = {
  name: 'calls',
  summary:
    'обзвон (мероприятие 2): build — очередь на сегодня, summary, export — XLSX, import — результаты, promises — сверка обещаний',
  usage:
    'calls build|summary|export|import|promises [--out ФАЙЛ] [--operator ID] [ФАЙЛ.xlsx] [--json] [--data-dir ПАПКА]',
  options: {
    out: { type: 'string', description: 'export: куда сохранить XLSX' },
    operator: { type: 'string', description: 'export: только список оператора; import: кто звонил (код пользователя)' },
    json: { type: 'boolean', description: 'ответ в JSON' },
  },
  needsCore: true,
  async run({ values, positionals, core, io }) {
    if (!core) return 1;
    const [sub, file] = positionals;
    const json = values.json === true;
    const operator = values.operator === undefined ? null : Number(values.operator);
    if (operator !== null && (!Number.isInteger(operator) || operator <= 0)) {
      io.err('--operator — код пользователя, целое положительное число.\n');
      return 2;
    }
    switch (sub ?? '') {
      case 'build':
        return runWork(io, json, async () => {
          const s = await apiCall<CallQueueSummary>(core, 'calls.buildQueue', {});
          return { text: summaryText(s), data: s };
        });
      case 'summary':
        return runWork(io, json, async () => {
          const s = await apiCall<CallQueueSummary>(core, 'calls.summary', {});
          return { text: summaryText(s), data: s };
        });
      case 'export':
        return runWork(io, json, async () => {
          const r = await apiCall<FileResult>(core, 'calls.exportXlsx', { userId: operator });
          const saved = copyOut(r.savedPath, values.out);
          return { text: `Список обзвона: ${saved} (${r.rows} строк)\n`, data: { file: saved, rows: r.rows } };
        });
      case 'import':
        return runWork(io, json, async () => {
          if (!file) throw new CliRefusal('Укажите файл XLSX с результатами: calls import ФАЙЛ.xlsx --operator ID');
          if (operator === null) throw new CliRefusal('Укажите, кто звонил: --operator ID');
          const r = await apiCall<CallsImportResult>(core, 'calls.importXlsx', {
            uploadId: await uploadForCli(core, file),
            userId: operator,
          });
          const refused = r.refused.map((x) => `  Строка ${x.line}, л/с ${x.number}: ${x.reason}`).join('\n');
          return {
            text: `Записано звонков: ${r.recorded}, пустых строк: ${r.skipped}, отклонено: ${r.refused.length}\n${refused ? `${refused}\n` : ''}`,
            data: r,
          };
        });
      case 'promises':
        return runWork(io, json, async () => {
          const r = await apiCall<PromiseCheckResult>(core, 'promises.check', {});
          return {
            text: `Проверено обещаний: ${r.checked}; выполнено ${r.kept}, нарушено ${r.broken}, ждём ${r.stillOpen}\n`,
            data: r,
          };
        });
      default:
        io.err('Укажите действие: calls build | summary | export | import | promises (подробнее: calls --help).\n');
        return 2;
    }
  },
};
