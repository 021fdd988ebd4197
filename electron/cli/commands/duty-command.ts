/**
 * @file `duty --claim-kopecks N --filed ГГГГ-ММ-ДД --kind court_order|lawsuit [--json]`: the state duty of one
 * application by its filing date (НК РФ ст.333.19 п.1 пп.1–2; the scale editions stored in the database) through
 * the `duty.compute` API method. The court work's fixed contract: `--json` prints `{"dutyKopecks", "explanation",
 * "scaleFrom", "kind", "claimKopecks", "filed", …}`; without it, a Russian answer with the explanation. Bad input
 * (not an integer, ≤ 0, a day not in the calendar, an unknown kind, a missing flag): the Russian message, exit 1.
 */
import type { CliCommand } from '../cli-command';
import { answer } from '../cli-output';
import { rub } from '../../../shared/court/state-duty';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { DUTY_KIND_LABELS } from '../../../shared/api/contract-court-duty';

export const dutyCommand: CliCommand = {
  name: 'duty',
  summary: 'государственная пошлина за судебный приказ или иск по дате подачи (НК РФ ст.333.19)',
  usage: 'duty --claim-kopecks N --filed ГГГГ-ММ-ДД --kind court_order|lawsuit [--json] [--data-dir ПАПКА]',
  needsCore: true,
  badInputExitCode: 1,
  actions: {
    '': {
      method: 'duty.compute',
      summary: 'пошлина по цене иска (в копейках), дате подачи и виду заявления',
      async run(ctx) {
        const r = await ctx.api!.call('duty.compute', ctx.input);
        const text = [
          `Госпошлина: ${rub(r.dutyKopecks)} — ${DUTY_KIND_LABELS[r.kind]}, цена иска ${rub(r.claimKopecks)}, подача ${formatRuDate(r.filed)}.`,
          ...r.explanation.map((line) => `  ${line}`),
        ].join('\n');
        return answer(ctx, text, r);
      },
    },
  },
};
