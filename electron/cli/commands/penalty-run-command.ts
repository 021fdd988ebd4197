/**
 * @file `penalty-run --period ГГГГ-ММ [--company ID]`: the monthly penalty run (measure 4) for one УК or all, in
 * this process (two worker threads for the engine), with progress on stderr and the figures on stdout.
 */
import { runMonthlyPenalty } from '../../core/penalty/monthly-penalty-run';
import { AppError } from '../../core/app-error';
import type { CliCommand } from '../cli-command';
import { progressPrinter } from '../progress-printer';
import { checkCalendarValue, periodSchema } from '../../../shared/api/calendar-schemas';
import { cliJournalActor } from '../cli-identity';

export const penaltyRunCommand: CliCommand = {
  name: 'penalty-run',
  summary: 'начислить пени за месяц по УК (мероприятие 4): повторный расчёт заменяет прежний',
  usage: 'penalty-run --period ГГГГ-ММ [--company КОД_УК] [--data-dir ПАПКА] [--quiet]',
  options: {
    period: { type: 'string', description: 'расчётный месяц ГГГГ-ММ; пени считаются на его последний день' },
    company: { type: 'string', description: 'код УК (по умолчанию — все УК)' },
    quiet: { type: 'boolean', description: 'не показывать ход расчёта' },
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
    const companyId = values.company === undefined ? null : Number(values.company);
    if (companyId !== null && (!Number.isInteger(companyId) || companyId <= 0)) {
      io.err('--company — код УК, целое положительное число.\n');
      return 2;
    }
    try {
      const result = await runMonthlyPenalty({
        sqlite: core.ctx.sqlite,
        dataDir: core.ctx.dataDir,
        period,
        companyId,
        by: cliJournalActor(),
        nowMs: core.ctx.clock(),
        ...(values.quiet ? {} : { onProgress: progressPrinter(io) }),
      });
      io.out(`${result.summary}\n`);
      for (const c of result.companies) {
        io.out(
          `  ${c.companyName}: ${c.accountsCount} л/с, ${(c.accruedKopecks / 100).toFixed(2).replace('.', ',')} руб.${c.replacedRunId ? ' (перерасчёт)' : ''}\n`,
        );
      }
      for (const e of result.exceptions) io.out(`  Исключение: ${e.companyName} — ${e.reason}\n`);
      const t = result.timings;
      io.err(
        `Время: расчёт ${(t.computeMs / 1000).toFixed(1)} с, запись ${(t.writeMs / 1000).toFixed(1)} с, реестры ${(t.registersMs / 1000).toFixed(1)} с.\n`,
      );
      return 0;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      io.err(`${error.message}\n`);
      return 1;
    }
  },
};
