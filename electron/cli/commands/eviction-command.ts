/**
 * @file `eviction candidates [--json]`: the social tenants measure 12 offers eviction for (more than six months in a
 * row without payment, no kept agreement, no case under way) through the `eviction.candidates` API method, and how
 * many accounts with overdue debt are out and why. `--json` prints the method's output as it is.
 */
import type { CliAction, CliCommand } from '../cli-command';
import { answer } from '../cli-output';
import { formatKopecksAsRub } from '../../../shared/rules/eligibility/format-fact';

const candidatesAction: CliAction = {
  method: 'eviction.candidates',
  summary:
    'кандидаты на выселение: наниматели, не вносящие плату более шести месяцев подряд, и почему не проходят остальные',
  async run(ctx) {
    const r = await ctx.api!.call('eviction.candidates', {});
    const lines = [
      `Кандидаты на выселение (мероприятие 12): ${r.candidates.length} из ${r.checked} л/с с просроченным долгом.`,
      `Условия: ${r.ruleText}`,
      ...r.candidates.map(
        (c) =>
          `  ${c.number}  ${c.address}  ${c.tenantName ?? ''}  без оплаты ${c.monthsWithoutPayment} мес.  долг ${formatKopecksAsRub(c.debtKopecks)}  семья ${c.householdSize} чел.`,
      ),
      'Не проходят — почему:',
      ...r.skipped.map((s) => `  ${s.reason}: ${s.count}`),
    ];
    return answer(ctx, lines.join('\n'), r);
  },
};

/** `eviction …`: measure 12. */
export const evictionCommand: CliCommand = {
  name: 'eviction',
  summary: 'выселение нанимателей за долги (мероприятие 12): кандидаты',
  usage: 'eviction candidates [--json]',
  needsCore: true,
  actions: { candidates: candidatesAction },
};
