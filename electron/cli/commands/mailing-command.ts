/**
 * @file `mailing --batch N --out ПАПКА`: the mailing files of a claim batch through `mailing.export` — form 103 (PDF)
 * and the post's upload file (CSV) for each sending УК, the courier's receipts and route sheet — saved into a folder
 * (`documents.file`), with the lists per УК, the handover date (moved to a working day) and every warning printed.
 * `--tracking ФАЙЛ` first loads the post's tracking numbers («номер заказа;ШПИ»: `mailing.importTracking`).
 * `--postal-codes ФАЙЛ` imports postal codes per building (`mailing.importPostalCodes`), `--without-postal-code`
 * lists the buildings that have none of their own (`mailing.postalCodes`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { rublesText } from '../../../shared/documents/money-text';
import type { CliCommand } from '../cli-command';
import { CliFailure } from '../cli-api';
import { requiredOption, saveBase64, withoutBytes } from '../cli-output';

function readInput(file: string): Buffer {
  if (!fs.existsSync(file)) throw new CliFailure(`Файл не найден: ${file}.`, 1);
  return fs.readFileSync(file);
}

export const mailingCommand: CliCommand = {
  name: 'mailing',
  summary: 'отправка претензий: ф.103 и файл загрузки для почты по каждой УК, расписки курьера; индексы домов',
  usage:
    'mailing --batch N --out ПАПКА [--date ГГГГ-ММ-ДД] [--notice none|simple|ordered|electronic] [--tracking ФАЙЛ_ШПИ] [--data-dir ПАПКА]\n' +
    '       mailing --postal-codes ФАЙЛ.csv | --without-postal-code [--data-dir ПАПКА]',
  needsCore: true,
  actions: {
    '': {
      method: 'mailing.export',
      aliases: { batch: 'batchId', date: 'handoverDate' },
      options: {
        out: { type: 'string', valueName: 'ПАПКА', description: 'папка для файлов' },
        tracking: {
          type: 'string',
          valueName: 'ФАЙЛ',
          description: 'файл с ШПИ от почты: строки «номер заказа;ШПИ» (UTF-8)',
        },
        'postal-codes': {
          type: 'string',
          valueName: 'ФАЙЛ.csv',
          description: 'загрузить индексы домов из CSV: адрес дома (или номер дома в базе) и индекс, 6 цифр',
        },
        'without-postal-code': { type: 'boolean', description: 'показать дома без своего почтового индекса' },
      },
      async run(ctx) {
        const api = ctx.api!;
        const lines: string[] = [];
        const value: Record<string, unknown> = {};
        const postalFile = ctx.options['postal-codes'];
        if (typeof postalFile === 'string') {
          const r = await api.call('mailing.importPostalCodes', {
            fileName: path.basename(postalFile),
            base64: readInput(postalFile).toString('base64'),
          });
          lines.push(`Индексы домов загружены: изменено ${r.updated}, без изменений ${r.unchanged}`);
          value.postalCodes = r;
        }
        if (ctx.options['without-postal-code'] === true) {
          const list = await api.call('mailing.postalCodes', { onlyWithout: true, limit: 5000 });
          for (const b of list.buildings)
            lines.push(
              `${b.buildingId}\t${b.address}\t${b.localityCode ? `по населённому пункту ${b.localityCode}` : 'индекса нет'}`,
            );
          lines.push(
            `Домов без своего индекса: ${list.withoutOwn} из ${list.total}; без какого-либо индекса: ${list.withoutAny}`,
          );
          value.withoutPostalCode = list;
        }
        if (ctx.input.batchId === undefined) {
          if (lines.length > 0) {
            ctx.io.out(ctx.json ? `${JSON.stringify(value, null, 2)}\n` : `${lines.join('\n')}\n`);
            return 0;
          }
          throw new CliFailure('Укажите номер пакета: --batch N (или --postal-codes ФАЙЛ, --without-postal-code).', 2);
        }
        const out = requiredOption(ctx, 'out', 'папку');
        if (typeof ctx.options.tracking === 'string') {
          const loaded = await api.call('mailing.importTracking', {
            batchId: ctx.input.batchId,
            text: readInput(ctx.options.tracking).toString('utf8'),
          });
          lines.push(`ШПИ загружены: ${loaded.updated}`);
        }
        const made = await api.call('mailing.export', ctx.input);
        const saved = new Map<number, string>();
        for (const f of made.files) {
          const file = await api.call('documents.file', { documentId: f.documentId });
          saved.set(f.documentId, saveBase64(file.base64, path.join(out, f.fileName)));
        }
        lines.push(`Дата сдачи: ${formatRuDate(made.handover.date)}; ${made.mailKindText}`);
        for (const s of made.senders) {
          lines.push(
            `Список ${s.listNumber}: ${s.name} (ИНН ${s.inn}) — писем ${s.letters}, плата ${rublesText(s.totalKopecks)} ₽ с НДС`,
          );
          for (const f of made.files.filter((x) => x.companyId === s.companyId))
            lines.push(`  ${saved.get(f.documentId)}`);
        }
        lines.push('Курьер:');
        for (const f of made.files.filter((x) => x.companyId === null)) lines.push(`  ${saved.get(f.documentId)}`);
        lines.push(
          `Писем: ${made.letters} от ${made.senders.length} УК; плата всего ${rublesText(made.totalKopecks)} ₽`,
        );
        for (const w of made.warnings) lines.push(`Внимание: ${w}`);
        for (const p of made.addressProblems)
          lines.push(`  заказ ${p.orderNumber}: «${p.address}» — ${p.problems.join('; ')}`);
        value.mailing = { ...withoutBytes(made), saved: [...saved.values()] };
        ctx.io.out(ctx.json ? `${JSON.stringify(value, null, 2)}\n` : `${lines.join('\n')}\n`);
        return 0;
      },
    },
  },
};
