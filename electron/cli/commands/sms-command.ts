/**
 * @file `sms worklist|batch|export|report`: SMS to debtors (measure 1) for scheduled runs — the worklist, a batch by a
 * template, the gateway file (CSV phone;text, UTF-8), the delivery report.
 */
import fs from 'node:fs';
import type { FileResult, SmsBatchView, SmsReportResult, SmsWorklist } from '../../../shared/api/contract-work';
import { DEFAULT_SMS_TEMPLATE, smsRubles } from '../../../shared/rules/contact/sms-template';
import type { CliCommand } from '../cli-command';
import { apiCall, copyOut, runWork, uploadForCli, CliRefusal } from './work-cli-helpers';

export const smsCommand: CliCommand = {
  name: 'sms',
  summary:
    'SMS (мероприятие 1): worklist — получатели, batch — пакет по шаблону, export — файл для шлюза, report — отчёт о доставке',
  usage:
    'sms worklist|batch|export|report [--template ТЕКСТ | --template-file ФАЙЛ] [--limit N] [--batch ID] [--out ФАЙЛ] [ОТЧЁТ.csv] [--json]',
  options: {
    template: {
      type: 'string',
      description: 'batch: текст с полями {счёт} {сумма} {дата} {оплата} {адрес} (по умолчанию стандартный)',
    },
    'template-file': { type: 'string', description: 'batch: текст шаблона из файла (UTF-8)' },
    limit: { type: 'string', description: 'batch: не больше N получателей' },
    batch: { type: 'string', description: 'export, report: номер пакета' },
    out: { type: 'string', description: 'export: куда сохранить CSV для шлюза' },
    json: { type: 'boolean', description: 'ответ в JSON' },
  },
  needsCore: true,
  async run({ values, positionals, core, io }) {
    if (!core) return 1;
    const [sub, file] = positionals;
    const json = values.json === true;
    const batchId = Number(values.batch);
    const needBatch = () => {
      if (!Number.isInteger(batchId) || batchId <= 0) throw new CliRefusal('Укажите номер пакета: --batch ID');
    };
    switch (sub ?? '') {
      case 'worklist':
        return runWork(io, json, async () => {
          const w = await apiCall<SmsWorklist>(core, 'sms.worklist', {});
          return {
            text: `Получателей SMS на ${w.date}: ${w.eligible} (долг более ${smsRubles(w.thresholdKopecks)} руб.). Не подходят: ${w.skipped.map((s) => `${s.reason} — ${s.count}`).join(', ') || 'нет'}\n`,
            data: w,
          };
        });
      case 'batch':
        return runWork(io, json, async () => {
          const template =
            typeof values['template-file'] === 'string'
              ? fs.readFileSync(values['template-file'], 'utf8').trim()
              : typeof values.template === 'string'
                ? values.template
                : DEFAULT_SMS_TEMPLATE;
          const limit = values.limit === undefined ? null : Number(values.limit);
          const b = await apiCall<SmsBatchView>(core, 'sms.createBatch', { template, limit });
          return { text: `Пакет № ${b.id}: ${b.recipients} получателей, ${b.segmentsTotal} сегментов.\n`, data: b };
        });
      case 'export':
        return runWork(io, json, async () => {
          needBatch();
          const r = await apiCall<FileResult & { segmentsTotal: number }>(core, 'sms.exportBatch', { batchId });
          const saved = copyOut(r.savedPath, values.out);
          return {
            text: `Файл для SMS-шлюза: ${saved} (${r.rows} сообщений, ${r.segmentsTotal} сегментов)\n`,
            data: { file: saved, rows: r.rows, segmentsTotal: r.segmentsTotal },
          };
        });
      case 'report':
        return runWork(io, json, async () => {
          needBatch();
          if (!file) throw new CliRefusal('Укажите файл отчёта: sms report ОТЧЁТ.csv --batch ID');
          const r = await apiCall<SmsReportResult>(core, 'sms.importReport', {
            batchId,
            uploadId: await uploadForCli(core, file),
          });
          return {
            text: `Отчёт о доставке: доставлено ${r.delivered}, не доставлено ${r.failed}, не распознано ${r.unknown}\n`,
            data: r,
          };
        });
      default:
        io.err('Укажите действие: sms worklist | batch | export | report (подробнее: sms --help).\n');
        return 2;
    }
  },
};
