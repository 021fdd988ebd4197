/**
 * @file `mailing --batch N --out ПАПКА`: the mailing files of a claim batch into a folder — form 103 (PDF) and the
 * post's upload file (CSV) for each sending УК, the courier's receipts (a page per letter) and route sheet — with
 * the lists per УК, the handover date (moved to a working day) and every warning printed. `--tracking ФАЙЛ` first
 * loads the post's tracking numbers («номер заказа;ШПИ»). `--postal-codes ФАЙЛ` imports postal codes per
 * building (CSV: дом;индекс), `--without-postal-code` lists the buildings that have none of their own.
 */
import fs from 'node:fs';
import { checkCalendarValue, isoDateSchema } from '../../../shared/api/calendar-schemas';
import { formatRuDate, isoDateInZone } from '../../../shared/dates/iso-date';
import { MAIL_NOTICES, type MailNotice } from '../../../shared/documents/mailing/mail-notice';
import { rublesText } from '../../../shared/documents/money-text';
import { AppError } from '../../core/app-error';
import { listBuildingPostalCodes } from '../../core/mailing/building-postal-codes';
import { exportMailing } from '../../core/mailing/mailing-export';
import { mailingPlanView } from '../../core/mailing/mailing-plan-view';
import { importPostalCodes } from '../../core/mailing/postal-codes-import';
import { importTrackingNumbers } from '../../core/mailing/tracking-import';
import type { CliCommand } from '../cli-command';
import { copyOut } from './document-output';
import { cliJournalActor } from '../cli-identity';

function readInput(file: string): Buffer {
  if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', `Файл не найден: ${file}`);
  return fs.readFileSync(file);
}

export const mailingCommand: CliCommand = {
  name: 'mailing',
  summary: 'отправка претензий: ф.103 и файл загрузки для почты по каждой УК, расписки курьера; индексы домов',
  usage:
    'mailing --batch N --out ПАПКА [--date ГГГГ-ММ-ДД] [--notice none|simple|ordered|electronic] [--tracking ФАЙЛ_ШПИ] [--data-dir ПАПКА]\n' +
    '       mailing --postal-codes ФАЙЛ.csv | --without-postal-code [--data-dir ПАПКА]',
  options: {
    batch: { type: 'string', description: 'номер пакета претензий (печатает команда claims)' },
    out: { type: 'string', description: 'папка для файлов' },
    date: {
      type: 'string',
      description: 'дата сдачи на почту (по умолчанию сегодня; выходной и праздник переносятся на рабочий день)',
    },
    notice: {
      type: 'string',
      description:
        'уведомление о вручении: none — без, simple — простое, ordered — заказное, electronic — электронное (по умолчанию из настроек)',
    },
    tracking: { type: 'string', description: 'файл с ШПИ от почты: строки «номер заказа;ШПИ» (UTF-8)' },
    'postal-codes': {
      type: 'string',
      description: 'загрузить индексы домов из CSV: адрес дома (или номер дома в базе) и индекс, 6 цифр',
    },
    'without-postal-code': { type: 'boolean', description: 'показать дома без своего почтового индекса' },
  },
  needsCore: true,
  async run({ values, core, io }) {
    if (!core) return 1;
    const { sqlite, dataDir } = core.ctx;
    try {
      if (typeof values['postal-codes'] === 'string') {
        const r = importPostalCodes(sqlite, readInput(values['postal-codes']));
        io.out(`Индексы домов загружены: изменено ${r.updated}, без изменений ${r.unchanged}\n`);
      }
      if (values['without-postal-code'] === true) {
        const list = listBuildingPostalCodes(sqlite, { onlyWithout: true, search: '', limit: 100_000 });
        for (const b of list.buildings)
          io.out(
            `${b.buildingId}\t${b.address}\t${b.localityCode ? `по населённому пункту ${b.localityCode}` : 'индекса нет'}\n`,
          );
        io.out(
          `Домов без своего индекса: ${list.withoutOwn} из ${list.total}; без какого-либо индекса: ${list.withoutAny}\n`,
        );
      }
      if (values.batch === undefined) {
        if (typeof values['postal-codes'] === 'string' || values['without-postal-code'] === true) return 0;
        io.err('Укажите номер пакета: --batch N (или --postal-codes ФАЙЛ, --without-postal-code).\n');
        return 2;
      }
      const batchId = Number(values.batch);
      if (!Number.isInteger(batchId) || batchId <= 0) {
        io.err('Укажите номер пакета: --batch N.\n');
        return 2;
      }
      if (typeof values.out !== 'string' || values.out === '') {
        io.err('Укажите папку: --out ПАПКА.\n');
        return 2;
      }
      const date = values.date === undefined ? null : checkCalendarValue(isoDateSchema('--date'), values.date);
      if (date && !date.ok) {
        io.err(`${date.message}\n`);
        return 2;
      }
      if (values.notice !== undefined && !(MAIL_NOTICES as readonly unknown[]).includes(values.notice)) {
        io.err(`--notice — одно из: ${MAIL_NOTICES.join(', ')}.\n`);
        return 2;
      }
      if (typeof values.tracking === 'string') {
        const loaded = importTrackingNumbers(sqlite, batchId, readInput(values.tracking).toString('utf8'));
        io.out(`ШПИ загружены: ${loaded.updated}\n`);
      }
      const nowMs = core.ctx.clock();
      const made = await exportMailing(
        { sqlite, dataDir, by: cliJournalActor(), nowMs, today: isoDateInZone(nowMs) },
        batchId,
        {
          handoverDate: date?.ok ? date.value : undefined,
          notice: values.notice as MailNotice | undefined,
        },
      );
      const view = mailingPlanView(made.plan);
      io.out(`Дата сдачи: ${formatRuDate(view.handover.date)}; ${view.mailKindText}\n`);
      for (const s of view.senders) {
        io.out(
          `Список ${s.listNumber}: ${s.name} (ИНН ${s.inn}) — писем ${s.letters}, плата ${rublesText(s.totalKopecks)} ₽ с НДС\n`,
        );
        for (const f of made.files.filter((x) => x.companyId === s.companyId))
          io.out(`  ${copyOut(dataDir, f.filePath, values.out)}\n`);
      }
      io.out('Курьер:\n');
      for (const f of made.files.filter((x) => x.companyId === null))
        io.out(`  ${copyOut(dataDir, f.filePath, values.out)}\n`);
      io.out(`Писем: ${view.letters} от ${view.senders.length} УК; плата всего ${rublesText(view.totalKopecks)} ₽\n`);
      for (const w of view.warnings) io.out(`Внимание: ${w}\n`);
      for (const p of view.addressProblems)
        io.out(`  заказ ${p.orderNumber}: «${p.address}» — ${p.problems.join('; ')}\n`);
      return 0;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      io.err(`${error.message}\n`);
      return 1;
    }
  },
};
