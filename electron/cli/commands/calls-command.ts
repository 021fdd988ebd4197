/**
 * @file `calls build|summary|export|import|promises`: the daily call queue (measure 2) for scheduled runs — build
 * today's queue at 07:00, export the list to XLSX, import results typed into it, check promises against payments.
 */
import type { CallQueueSummary } from '../../../shared/api/contract-work';
import type { ActionContext, CliCommand } from '../cli-command';
import { answer, requiredOption, saveBase64, withoutBytes } from '../cli-output';

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
  needsCore: true,
  actions: {
    build: {
      method: 'calls.buildQueue',
      summary: 'очередь звонков на сегодня',
      async run(ctx) {
        const s = await ctx.api!.call('calls.buildQueue', ctx.input);
        return answer(ctx, summaryText(s), s);
      },
    },
    summary: {
      method: 'calls.summary',
      summary: 'итоги очереди',
      async run(ctx) {
        const s = await ctx.api!.call('calls.summary', ctx.input);
        return answer(ctx, summaryText(s), s);
      },
    },
    export: {
      method: 'calls.exportXlsx',
      summary: 'список обзвона в XLSX (всех операторов или одного)',
      aliases: { operator: 'operatorId' },
      options: { out: { type: 'string', valueName: 'ФАЙЛ', description: 'куда сохранить XLSX' } },
      async run(ctx: ActionContext) {
        const out = requiredOption(ctx, 'out', 'файл');
        const r = await ctx.api!.call('calls.exportXlsx', ctx.input);
        const file = saveBase64(r.base64, out);
        return answer(ctx, `Список обзвона: ${file} (${r.rows} строк)`, { ...withoutBytes(r), file });
      },
    },
    import: {
      method: 'calls.importXlsx',
      summary: 'результаты звонков из заполненного XLSX',
      hidden: ['uploadId'],
      positionals: { usage: 'файл XLSX с результатами: calls import ФАЙЛ.xlsx', min: 1, max: 1 },
      async run(ctx) {
        const api = ctx.api!;
        const r = await api.call('calls.importXlsx', {
          ...ctx.input,
          uploadId: await api.upload(ctx.positionals[0] as string),
        });
        const refused = r.refused.map((x) => `  Строка ${x.line}, л/с ${x.number}: ${x.reason}`);
        return answer(
          ctx,
          [
            `Записано звонков: ${r.recorded}, пустых строк: ${r.skipped}, отклонено: ${r.refused.length}`,
            ...refused,
          ].join('\n'),
          r,
        );
      },
    },
    promises: {
      method: 'promises.check',
      summary: 'сверка обещаний с оплатами',
      async run(ctx) {
        const r = await ctx.api!.call('promises.check', ctx.input);
        return answer(
          ctx,
          `Проверено обещаний: ${r.checked}; выполнено ${r.kept}, нарушено ${r.broken}, ждём ${r.stillOpen}`,
          r,
        );
      },
    },
  },
};
