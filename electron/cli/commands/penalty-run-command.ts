/**
 * @file `penalty-run --period ГГГГ-ММ [--company ID]`: the monthly penalty run (measure 4) for one УК or all through
 * `penaltyRun.start`, its job followed with progress on stderr, then the month's runs per УК on stdout.
 */
import { formatKopecks } from '../../../shared/rules/penalty/rational';
import type { CliCommand } from '../cli-command';
import { answer } from '../cli-output';
import { progressPrinter } from '../progress-printer';

export const penaltyRunCommand: CliCommand = {
  name: 'penalty-run',
  summary: 'начислить пени за месяц по УК (мероприятие 4): повторный расчёт заменяет прежний',
  usage: 'penalty-run --period ГГГГ-ММ [--company КОД_УК] [--data-dir ПАПКА] [--quiet] [--json]',
  needsCore: true,
  actions: {
    '': {
      method: 'penaltyRun.start',
      aliases: { company: 'companyId' },
      options: { quiet: { type: 'boolean', description: 'не показывать ход расчёта' } },
      async run(ctx) {
        const api = ctx.api!;
        const { jobId } = await api.call('penaltyRun.start', ctx.input);
        const job = await api.followJob(jobId, ctx.options.quiet ? undefined : progressPrinter(ctx.io));
        const period = String(ctx.input.period);
        const list = await api.call('penaltyRun.list', { period });
        const runs = list.runs.filter(
          (r) => r.status === 'current' && (ctx.input.companyId == null || r.companyId === ctx.input.companyId),
        );
        const lines = [job.summary ?? ''];
        for (const r of runs)
          lines.push(`  ${r.companyName}: ${r.accountsCount} л/с, ${formatKopecks(r.accruedKopecks)}`);
        return answer(ctx, lines.join('\n'), { job, runs });
      },
    },
  },
};
