/**
 * @file `epd-export --period ГГГГ-ММ --out ФАЙЛ`: the ЕПД penalty file of a month (measure 3) — CSV (`;`, comma
 * decimals, windows-1251 by default) or XLSX — copied to the given path, with the lengths of the explanations and
 * the coverage report on stdout. `--full column|file` adds the full calculation as a fifth column, or as a second
 * file next to the first («…-расчёт» before the extension).
 */
import fs from 'node:fs';
import path from 'node:path';
import { exportEpd } from '../../core/epd/epd-export';
import { AppError } from '../../core/app-error';
import type { CliCommand } from '../cli-command';
import { checkCalendarValue, periodSchema } from '../../../shared/api/calendar-schemas';
import { cliJournalActor } from '../cli-identity';

export const epdExportCommand: CliCommand = {
  name: 'epd-export',
  summary: 'выгрузить пени для ЕПД за месяц (мероприятие 3) и показать охват должников',
  usage:
    'epd-export --period ГГГГ-ММ --out ФАЙЛ [--format csv|xlsx] [--encoding windows-1251|utf-8] [--full column|file] [--data-dir ПАПКА]',
  options: {
    period: {
      type: 'string',
      description: 'расчётный месяц ГГГГ-ММ (пени за него должны быть начислены: penalty-run)',
    },
    out: { type: 'string', description: 'куда сохранить файл' },
    format: { type: 'string', description: 'csv (по умолчанию) или xlsx' },
    encoding: { type: 'string', description: 'кодировка CSV: windows-1251 (по умолчанию) или utf-8' },
    full: {
      type: 'string',
      description: 'полный расчёт пени: column — пятым столбцом, file — отдельным файлом рядом (…-расчёт)',
    },
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
    const full = (values.full ?? 'none') as string;
    if (full !== 'none' && full !== 'column' && full !== 'file') {
      io.err('--full — column (пятый столбец) или file (отдельный файл).\n');
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
        fullCalculation: full,
        by: cliJournalActor(),
        nowMs: core.ctx.clock(),
      });
      const out = path.resolve(values.out);
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.copyFileSync(result.savedPath, out);
      const c = result.coverage;
      const t = result.texts;
      io.out(`Файл: ${out} (${result.rows} строк)\n`);
      if (result.fullCalculationFile) {
        const ext = path.extname(out);
        const fullOut = `${out.slice(0, out.length - ext.length)}-расчёт${ext}`;
        fs.copyFileSync(result.fullCalculationFile.savedPath, fullOut);
        io.out(`Полный расчёт: ${fullOut}\n`);
      }
      io.out(
        `Пояснения: не длиннее ${t.maxChars} знаков, самое длинное ${t.longest}, сокращено ${t.shortened} из ${result.rows}\n`,
      );
      io.out(
        `Охват должников: ${String(c.coveragePercent).replace('.', ',')} % (${c.coveredAccounts} из ${c.debtorAccounts}; с пенями ${c.withPenaltyAccounts})\n`,
      );
      for (const r of c.byReason)
        io.out(
          `  ${r.affectsCoverage ? 'Без пени, нужно действие' : 'Без пени, причина указана'}: ${r.reasonText} — ${r.count}\n`,
        );
      if (c.companiesWithoutRun.length > 0) io.out(`  Пени не рассчитаны по УК: ${c.companiesWithoutRun.join(', ')}\n`);
      return 0;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      io.err(`${error.message}\n`);
      return 1;
    }
  },
};
