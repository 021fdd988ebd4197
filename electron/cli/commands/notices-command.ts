/**
 * @file `notices --building ИД --out ПАПКА`: stairwell notices (measure 6) for one or more buildings — apartment
 * numbers and amounts only — into a folder. Entrances with very few flats are refused unless
 * `--confirm-few-flats` is given after the warning has been read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isoDateInZone } from '../../../shared/dates/iso-date';
import { checkCalendarValue, isoDateSchema } from '../../../shared/api/calendar-schemas';
import { AppError } from '../../core/app-error';
import { parseMoney } from '../../core/import/parse-money';
import { ValueError } from '../../core/import/errors';
import { generateNotices } from '../../core/notices/notice-generate';
import { planNotices } from '../../core/notices/notice-entrances';
import type { CliCommand } from '../cli-command';
import { copyOut } from './document-output';

export const noticesCommand: CliCommand = {
  name: 'notices',
  summary: 'объявления о долгах для подъездов дома (мероприятие 6): только номера квартир и суммы',
  usage: 'notices (--building ИД ... | --address ТЕКСТ) --out ПАПКА [--threshold РУБ] [--as-of ГГГГ-ММ-ДД] [--confirm-few-flats] [--data-dir ПАПКА]',
  options: {
    building: { type: 'string', multiple: true, description: 'код дома в базе (можно несколько раз)' },
    address: { type: 'string', description: 'часть адреса дома, например «Оптический, д. 1» (все подходящие дома)' },
    out: { type: 'string', description: 'папка: файл для печати и файлы по домам' },
    threshold: { type: 'string', description: 'порог долга в рублях (по умолчанию из настроек документов)' },
    'as-of': { type: 'string', description: 'дата «по состоянию на» (по умолчанию сегодня)' },
    'confirm-few-flats': { type: 'boolean', description: 'печатать и подъезды, где мало квартир (после предупреждения)' },
  },
  needsCore: true,
  async run({ values, core, io }) {
    if (!core) return 1;
    const { sqlite, dataDir } = core.ctx;
    let ids = (Array.isArray(values.building) ? values.building : []).map(Number);
    if (typeof values.address === 'string' && values.address.trim() !== '') {
      const needle = values.address.trim().toLowerCase().replace(/ё/g, 'е');
      ids = [...ids, ...(sqlite.prepare(`SELECT id FROM buildings WHERE instr(address_search, ?) > 0 ORDER BY address_search`).pluck().all(needle) as number[])];
    }
    if (ids.length === 0 || ids.some((id) => !Number.isInteger(id) || id <= 0)) {
      io.err('Укажите дом: --building ИД или --address ТЕКСТ (ни один дом не найден).\n');
      return 2;
    }
    if (typeof values.out !== 'string' || values.out === '') {
      io.err('Укажите папку: --out ПАПКА.\n');
      return 2;
    }
    const today = isoDateInZone(core.ctx.clock());
    const checkedAsOf = checkCalendarValue(isoDateSchema('--as-of'), values['as-of'] ?? today);
    if (!checkedAsOf.ok) {
      io.err(`${checkedAsOf.message}\n`);
      return 2;
    }
    const asOf = checkedAsOf.value;
    // Rubles with kopecks as typed («5 000,50») → exact kopecks, never through `× 100`.
    const parsedThreshold = typeof values.threshold === 'string' ? parseMoney(values.threshold) : null;
    if (parsedThreshold instanceof ValueError || (parsedThreshold !== null && parsedThreshold < 0)) {
      io.err('--threshold — сумма в рублях, например 5000 или 5 000,50.\n');
      return 2;
    }
    const threshold = parsedThreshold;
    try {
      const plan = planNotices(sqlite, ids, asOf, threshold);
      for (const w of plan.warnings) io.err(`Внимание: ${w}\n`);
      const result = await generateNotices(
        { sqlite, dataDir, userName: core.ctx.userName, nowMs: core.ctx.clock(), issuedDate: today },
        { buildingIds: ids, asOfDate: asOf, thresholdKopecks: threshold, confirmFewFlats: values['confirm-few-flats'] === true },
      );
      fs.mkdirSync(path.resolve(values.out), { recursive: true });
      io.out(`Файл для печати: ${copyOut(dataDir, result.printFile, values.out)} (${result.pages} стр.)\n`);
      for (const d of result.documents) io.out(`${d.buildingAddress}: ${copyOut(dataDir, d.filePath, values.out, 'doma')}\n`);
      return 0;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      io.err(`${error.message}\n`);
      return 1;
    }
  },
};
