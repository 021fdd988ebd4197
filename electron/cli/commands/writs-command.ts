/**
 * @file `writs deadlines [--as-of ГГГГ-ММ-ДД] [--management-company-id N] [--json]`: the presentation deadlines of
 * the writs with the creditor through the `writs.deadlines` API method — the writs not yet sent (received or
 * returned) first, then by the last day; a warning where the rules writ_warn_days_far / _near say. `--json` prints
 * the method's output as it is.
 */
import type { CliAction } from '../cli-command';
import { answer } from '../cli-output';
import { formatKopecksAsRub } from '../../../shared/rules/eligibility/format-fact';
import { WRIT_KIND_LABELS, WRIT_STATUS_LABELS } from '../../../shared/fssp/fssp-terms';

const ru = (d: string) => d.split('-').reverse().join('.');
const WARN = { expired: 'СРОК ИСТЁК', near: 'срочно', far: 'внимание' } as const;

export const writsDeadlinesAction: CliAction = {
  method: 'writs.deadlines',
  summary: 'сроки предъявления исполнительных документов: ненаправленные первыми, предупреждения за 90 и 30 дней',
  async run(ctx) {
    const r = await ctx.api!.call('writs.deadlines', ctx.input);
    const lines = [
      `Сроки предъявления на ${ru(r.asOf)}: документов ${r.items.length}, не направлено ${r.counts.toSend}; истёк срок — ${r.counts.expired}, до ${r.nearDays} дн. — ${r.counts.near}, до ${r.farDays} дн. — ${r.counts.far}`,
    ];
    for (const i of r.items) {
      const left =
        i.daysLeft < 0 ? `${-i.daysLeft} дн. назад` : i.daysLeft === 0 ? 'сегодня' : `через ${i.daysLeft} дн.`;
      lines.push(
        `  ${ru(i.deadline)} (${left})${i.warning ? ` [${WARN[i.warning]}]` : ''}  ${WRIT_KIND_LABELS[i.kind]} № ${i.number}  л/с ${i.accountNumber}  ${i.debtorName}  ${formatKopecksAsRub(i.totalKopecks)}  — ${WRIT_STATUS_LABELS[i.status]}`,
      );
    }
    if (r.items.length === 0) lines.push('  Документов с текущим сроком предъявления нет.');
    return answer(ctx, lines.join('\n'), r);
  },
};
