/**
 * @file `account --number N [--as-of ГГГГ-ММ-ДД] [--json]`: one account's debt as the law counts it — overdue, not
 * yet due, time-barred, each owner's part — through the `account.debt` API method. Exit 1 with a Russian message
 * for an unknown account or a bad date.
 */
import type { AccountDebtReport } from '../../../shared/api/contract-debt';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { formatKopecks } from '../../../shared/rules/penalty/rational';
import type { CliCommand } from '../cli-command';
import { apiCall, runWork } from './work-cli-helpers';

const STATUS = { paid: 'оплачен', not_yet_due: 'срок не наступил', overdue: 'просрочен', time_barred: 'истекла давность' } as const;

export const accountCommand: CliCommand = {
  name: 'account',
  summary: 'долг лицевого счёта на дату: просроченный, не наступивший, за пределами давности, доли собственников',
  usage: 'account --number НОМЕР [--as-of ГГГГ-ММ-ДД] [--json] [--data-dir ПАПКА]',
  options: {
    number: { type: 'string', description: 'номер лицевого счёта' },
    'as-of': { type: 'string', description: 'на какую дату считать (по умолчанию сегодня)' },
    json: { type: 'boolean', description: 'вывести JSON (для скриптов)' },
  },
  needsCore: true,
  async run({ values, core, io }) {
    if (!core) return 1;
    return runWork(io, values.json === true, async () => {
      const input = {
        number: typeof values.number === 'string' ? values.number : '',
        ...(typeof values['as-of'] === 'string' ? { asOf: values['as-of'] } : {}),
      };
      const report = await apiCall<AccountDebtReport>(core, 'account.debt', input);
      return { text: describe(report), data: report };
    });
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
      (o) => `${o.role === 'owner' ? 'Собственник' : 'Наниматель'} ${o.name}, доля ${o.share}${o.shareAssumed ? ' (поровну: доли не указаны)' : ''}: ${formatKopecks(o.overdueKopecks)}`,
    ),
    '',
    ...r.months
      .filter((m) => m.openKopecks > 0)
      .map((m) => `${m.period}  срок ${formatRuDate(m.dueDate)}  не оплачено ${formatKopecks(m.openKopecks)}  ${STATUS[m.status]}`),
  ];
  return `${lines.join('\n')}\n`;
}
