/**
 * @file `notices --building ИД --out ПАПКА`: stairwell notices (measure 6) for one or more buildings into a folder.
 * Who is listed is the rule book's measure-6 evaluation today (as on the account card); apartment numbers and
 * amounts only, entrances with few flats get their totals only. Prints the summary: flats left out, by reason.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isoDateInZone } from '../../../shared/dates/iso-date';
import { localMoment } from '../../../shared/rules/contact/local-time';
import { AppError } from '../../core/app-error';
import { generateNotices } from '../../core/notices/notice-generate';
import type { CliCommand } from '../cli-command';
import { copyOut } from './document-output';
import { cliJournalActor } from '../cli-identity';

export const noticesCommand: CliCommand = {
  name: 'notices',
  summary: 'объявления о долгах для подъездов дома (мероприятие 6) по правилам: только номера квартир и суммы',
  usage: 'notices (--building ИД ... | --address ТЕКСТ) --out ПАПКА [--data-dir ПАПКА]',
  options: {
    building: { type: 'string', multiple: true, description: 'код дома в базе (можно несколько раз)' },
    address: { type: 'string', description: 'часть адреса дома, например «Оптический, д. 1» (все подходящие дома)' },
    out: { type: 'string', description: 'папка: файл для печати и файлы по домам' },
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
    const nowMs = core.ctx.clock();
    try {
      const result = await generateNotices(
        { sqlite, dataDir, by: cliJournalActor(), nowMs, issuedDate: isoDateInZone(nowMs) },
        { buildingIds: ids, today: localMoment(nowMs).date },
      );
      for (const note of result.notes) io.err(`Внимание: ${note}\n`);
      io.out(`${result.summary}\n`);
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
