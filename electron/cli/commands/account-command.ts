/**
 * @file `account --number N [--as-of ГГГГ-ММ-ДД] [--json]`: one account's debt as the law counts it — overdue, not
 * yet due, time-barred, each owner's part — through the `account.debt` API method. Exit 1 with a Russian message
 * for an unknown account, 2 for a bad date.
 */
import type { AccountDebtReport } from '../../../shared/api/contract-debt';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { formatKopecks } from '../../../shared/rules/penalty/rational';
import type { CliCommand } from '../cli-command';
import { answer } from '../cli-output';

const STATUS = {
  paid: 'оплачен',
  not_yet_due: 'срок не наступил',
  overdue: 'просрочен',
  time_barred: 'истекла давность',
} as const;

export const accountCommand: CliCommand = {
  name: 'account',
  summary: 'долг лицевого счёта на дату: просроченный, не наступивший, за пределами давности, доли собственников',
  usage: 'account --number НОМЕР [--as-of ГГГГ-ММ-ДД] [--json] [--data-dir ПАПКА]',
  needsCore: true,
  actions: {
    '': {
      method: 'account.debt',
      async run(ctx) {
        const report = await ctx.api!.call('account.debt', ctx.input);
        return answer(ctx, describe(report), report);
      },
    },
  },
};

function describe(r: AccountDebtReport): string {
  const lines = [
    `Лицевой счёт ${r.number}, ${r.address} (${r.companyName}) — на ${formatRuDate(r.asOf)}`,
    `Просроченный долг:             ${formatKopecks(r.overdueKopecks)} (месяцев: ${r.monthsInArrears})`,
    `  из него за пределами давности: ${formatKopecks(r.timeBarredKopecks)}`,
    `Срок оплаты не наступил:       ${formatKopecks(r.notYetDueKopecks)}`,
    `Сальдо (начислено − оплачено): ${formatKopecks(r.balanceKopecks)}`,
    '',
    ...r.owners.map(
      (o) =>
        `${o.role === 'owner' ? 'Собственник' : 'Наниматель'} ${o.name}, доля ${o.share}${o.shareAssumed ? ' (поровну: доли не указаны)' : ''}: ${formatKopecks(o.overdueKopecks)}`,
    ),
    '',
    ...r.months
      .filter((m) => m.openKopecks > 0)
      .map(
        (m) =>
          `${m.period}  срок ${formatRuDate(m.dueDate)}  не оплачено ${formatKopecks(m.openKopecks)}  ${STATUS[m.status]}`,
      ),
  ];
  return `${lines.join('\n')}\n`;
}
