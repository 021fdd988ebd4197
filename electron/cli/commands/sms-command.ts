/**
 * @file `sms worklist|batch|export|report`: SMS to debtors (measure 1) for scheduled runs — the worklist, a batch by a
 * template, the gateway file (CSV phone;text, UTF-8), the delivery report.
 */
import fs from 'node:fs';
import { DEFAULT_SMS_TEMPLATE, smsRubles } from '../../../shared/rules/contact/sms-template';
import type { CliCommand } from '../cli-command';
import { CliFailure } from '../cli-api';
import { answer, requiredOption, saveBase64, withoutBytes } from '../cli-output';

export const smsCommand: CliCommand = {
  name: 'sms',
  summary:
    'SMS (мероприятие 1): worklist — получатели, batch — пакет по шаблону, export — файл для шлюза, report — отчёт о доставке',
  usage:
    'sms worklist|batch|export|report [--template ТЕКСТ | --template-file ФАЙЛ] [--limit N] [--batch ID] [--out ФАЙЛ] [ОТЧЁТ.csv] [--json]',
  needsCore: true,
  actions: {
    worklist: {
      method: 'sms.worklist',
      summary: 'кому сегодня можно отправить SMS',
      async run(ctx) {
        const w = await ctx.api!.call('sms.worklist', ctx.input);
        return answer(
          ctx,
          `Получателей SMS на ${w.date}: ${w.eligible} (долг более ${smsRubles(w.thresholdKopecks)} руб.). Не подходят: ${w.skipped.map((s) => `${s.reason} — ${s.count}`).join(', ') || 'нет'}`,
          w,
        );
      },
    },
    batch: {
      method: 'sms.createBatch',
      summary: 'пакет по шаблону с полями {счёт} {сумма} {дата} {оплата} {адрес} (по умолчанию стандартный)',
      options: {
        'template-file': { type: 'string', valueName: 'ФАЙЛ', description: 'текст шаблона из файла (UTF-8)' },
      },
      async run(ctx) {
        const file = ctx.options['template-file'];
        let template = ctx.input.template ?? DEFAULT_SMS_TEMPLATE;
        if (typeof file === 'string') {
          if (!fs.existsSync(file)) throw new CliFailure(`Файл не найден: ${file}.`, 1);
          template = fs.readFileSync(file, 'utf8').trim();
        }
        const b = await ctx.api!.call('sms.createBatch', { ...ctx.input, template });
        return answer(ctx, `Пакет № ${b.id}: ${b.recipients} получателей, ${b.segmentsTotal} сегментов.`, b);
      },
    },
    export: {
      method: 'sms.exportBatch',
      summary: 'файл пакета для SMS-шлюза (CSV phone;text)',
      aliases: { batch: 'batchId' },
      options: { out: { type: 'string', valueName: 'ФАЙЛ', description: 'куда сохранить CSV для шлюза' } },
      async run(ctx) {
        const out = requiredOption(ctx, 'out', 'файл');
        const r = await ctx.api!.call('sms.exportBatch', ctx.input);
        const file = saveBase64(r.base64, out);
        return answer(ctx, `Файл для SMS-шлюза: ${file} (${r.rows} сообщений, ${r.segmentsTotal} сегментов)`, {
          ...withoutBytes(r),
          file,
        });
      },
    },
    report: {
      method: 'sms.importReport',
      summary: 'отчёт шлюза о доставке (CSV phone;status)',
      aliases: { batch: 'batchId' },
      hidden: ['uploadId'],
      positionals: { usage: 'файл отчёта: sms report ОТЧЁТ.csv --batch ID', min: 1, max: 1 },
      async run(ctx) {
        const api = ctx.api!;
        const r = await api.call('sms.importReport', {
          ...ctx.input,
          uploadId: await api.upload(ctx.positionals[0] as string),
        });
        return answer(
          ctx,
          `Отчёт о доставке: доставлено ${r.delivered}, не доставлено ${r.failed}, не распознано ${r.unknown}`,
          r,
        );
      },
    },
  },
};
