/**
 * @file `epd-export --period ГГГГ-ММ --out ФАЙЛ`: the ЕПД penalty file of a month (measure 3) — CSV (`;`, comma
 * decimals, windows-1251 by default) or XLSX — copied to the given path, with the coverage report on stdout.
 */
import fs from 'node:fs';
import path from 'node:path';
import { exportEpd } from '../../core/epd/epd-export';
import { AppError } from '../../core/app-error';
import type { CliCommand } from '../cli-command';
import { checkCalendarValue, periodSchema } from '../../../shared/api/calendar-schemas';

export const epdExportCommand: CliCommand = {
  name: 'epd-export',
  summary: 'выгрузить пени для ЕПД за месяц (мероприятие 3) и показать охват должников',
  usage:
    'epd-export --period ГГГГ-ММ --out ФАЙЛ [--format csv|xlsx] [--encoding windows-1251|utf-8] [--data-dir ПАПКА]',
  options: {
    period: {
      type: 'string',
      description: 'расчётный месяц ГГГГ-ММ (пени за него должны быть начислены: penalty-run)',
    },
    out: { type: 'string', description: 'куда сохранить файл' },
    format: { type: 'string', description: 'csv (по умолчанию) или xlsx' },
    encoding: { type: 'string', description: 'кодировка CSV: windows-1251 (по умолчанию) или utf-8' },
  },
  needsCore: true,
  async run({ values, core, io }) {
    if (!core) return 1;
    if (typeof values.period !== 'string') {
      io.err('Укажите месяц: --period ГГГГ-ММ, например --period 2026-09.\n');
      return 2;
    }
    const checked = checkCalendarValue(periodSchema('--period'), values.period);
    if (!checked.ok) {
      io.err(`${checked.message}\n`);
      return 2;
    }
    const period = checked.value;
    if (typeof values.out !== 'string' || values.out === '') {
      io.err('Укажите файл: --out ФАЙЛ.\n');
      return 2;
    }
    const format = (values.format ?? 'csv') as string;
    const encoding = (values.encoding ?? 'windows-1251') as string;
    if (format !== 'csv' && format !== 'xlsx') {
      io.err('--format — csv или xlsx.\n');
      return 2;
    }
    if (encoding !== 'windows-1251' && encoding !== 'utf-8') {
      io.err('--encoding — windows-1251 или utf-8.\n');
      return 2;
    }
    try {
      io.err(`Выгрузка пени в ЕПД за ${period}…\n`);
      const result = await exportEpd({
        sqlite: core.ctx.sqlite,
        dataDir: core.ctx.dataDir,
        period,
        format,
        encoding,
        userName: core.ctx.userName,
        nowMs: core.ctx.clock(),
      });
      const out = path.resolve(values.out);
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.copyFileSync(result.savedPath, out);
      const c = result.coverage;
      io.out(`Файл: ${out} (${result.rows} строк)\n`);
      io.out(
        `Охват должников: ${String(c.coveragePercent).replace('.', ',')} % (${c.coveredAccounts} из ${c.debtorAccounts})\n`,
      );
      for (const r of c.byReason)
        io.out(`  ${r.affectsCoverage ? 'Без строки пени' : 'Пени 0,00'}: ${r.reasonText} — ${r.count}\n`);
      if (c.companiesWithoutRun.length > 0) io.out(`  Пени не рассчитаны по УК: ${c.companiesWithoutRun.join(', ')}\n`);
      return 0;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      io.err(`${error.message}\n`);
      return 1;
    }
  },
};
