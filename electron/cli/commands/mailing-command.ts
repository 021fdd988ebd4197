/**
 * @file `mailing --batch N --out ПАПКА`: the mailing files of a claim batch (form 103 PDF, the batch-mail upload
 * CSV, courier route sheets) into a folder; `--tracking ФАЙЛ` first loads the post's tracking numbers
 * («номер заказа;ШПИ» per line), so the printed form 103 carries them.
 */
import fs from 'node:fs';
import { AppError } from '../../core/app-error';
import { exportMailing } from '../../core/mailing/mailing-export';
import { importTrackingNumbers } from '../../core/mailing/tracking-import';
import type { CliCommand } from '../cli-command';
import { copyOut } from './document-output';

export const mailingCommand: CliCommand = {
  name: 'mailing',
  summary: 'списки отправки пакета претензий: ф.103 (PDF), файл загрузки для почты (CSV), маршрутные листы курьера',
  usage: 'mailing --batch N --out ПАПКА [--tracking ФАЙЛ_ШПИ] [--data-dir ПАПКА]',
  options: {
    batch: { type: 'string', description: 'номер пакета претензий (печатает команда claims)' },
    out: { type: 'string', description: 'папка для файлов' },
    tracking: { type: 'string', description: 'файл с ШПИ от почты: строки «номер заказа;ШПИ» (UTF-8)' },
  },
  needsCore: true,
  async run({ values, core, io }) {
    if (!core) return 1;
    const batchId = Number(values.batch);
    if (!Number.isInteger(batchId) || batchId <= 0) {
      io.err('Укажите номер пакета: --batch N.\n');
      return 2;
    }
    if (typeof values.out !== 'string' || values.out === '') {
      io.err('Укажите папку: --out ПАПКА.\n');
      return 2;
    }
    try {
      const { sqlite, dataDir } = core.ctx;
      if (typeof values.tracking === 'string') {
        const loaded = importTrackingNumbers(sqlite, batchId, fs.readFileSync(values.tracking, 'utf8'));
        io.out(`ШПИ загружены: ${loaded.updated}\n`);
      }
      const result = await exportMailing({ sqlite, dataDir, userName: core.ctx.userName, nowMs: core.ctx.clock() }, batchId);
      for (const f of result.files) io.out(`${copyOut(dataDir, f.filePath, values.out)}\n`);
      io.out(`Писем: ${result.letters}${result.withoutPostalCode > 0 ? `, без почтового индекса: ${result.withoutPostalCode} (дополните таблицу индексов)` : ''}\n`);
      return 0;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      io.err(`${error.message}\n`);
      return 1;
    }
  },
};
