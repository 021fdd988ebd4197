/**
 * @file `rules show|account|evaluate-all`: the rule book in force, one account's next step with the reasons, and
 * the rules over every account (a job, followed with progress).
 */
import { formatCondition } from '../../../shared/rules/eligibility/format-fact';
import { ruleVersionWords, withFullStop } from '../../../shared/rules/eligibility/rule-version-words';
import type { CliCommand } from '../cli-command';
import { answer } from '../cli-output';
import { progressPrinter } from '../progress-printer';

export const rulesCommand: CliCommand = {
  name: 'rules',
  summary: 'правила мероприятий: show — действующая версия, account — следующий шаг счёта, evaluate-all — все счета',
  usage: 'rules show|account|evaluate-all [--account НОМЕР_ЛС] [--json] [--data-dir ПАПКА]',
  needsCore: true,
  actions: {
    show: {
      method: 'rules.get',
      summary: 'действующая версия правил',
      async run(ctx) {
        const v = await ctx.api!.call('rules.get', ctx.input);
        const lines = [`Правила ${ruleVersionWords(v.book.version)}`];
        const l = v.book.contactLimits;
        lines.push(
          `  Звонки: не больше ${l.call.perDay} в день, ${l.call.perWeek} в неделю, ${l.call.perMonth} в месяц; SMS: не больше ${l.sms.perDay} в день, ${l.sms.perWeek} в неделю, ${l.sms.perMonth} в месяц`,
        );
        for (const m of v.book.measures)
          lines.push(
            `  ${m.measure}. ${m.action}: ${m.conditions.map(formatCondition).join('; ') || 'не по лицевому счёту'}`,
          );
        return answer(ctx, lines.join('\n'), v.book);
      },
    },
    account: {
      // The account is named by its number: found through account.debt, then account.evaluate by its id.
      method: 'account.debt',
      summary: 'следующий шаг лицевого счёта и почему недоступны другие',
      aliases: { account: 'number' },
      hidden: ['asOf'],
      async run(ctx) {
        const api = ctx.api!;
        const { accountId } = await api.call('account.debt', ctx.input);
        const ev = await api.call('account.evaluate', { accountId });
        const lines = [
          ev.next
            ? `Следующий шаг: ${ev.next.measure}. ${ev.next.action} — ${ev.next.reason}`
            : `Шага нет: ${ev.noNextReason}`,
        ];
        for (const m of ev.measures)
          if (m.measure !== ev.next?.measure)
            lines.push(`  ${m.measure}. ${m.action}: ${m.available ? 'доступно' : `нет — ${m.reason}`}`);
        lines.push(withFullStop(`Правила ${ruleVersionWords(ev.ruleVersion)}`));
        return answer(ctx, lines.join('\n'), ev);
      },
    },
    'evaluate-all': {
      method: 'rules.evaluateAll',
      summary: 'правила по всем лицевым счетам',
      async run(ctx) {
        const api = ctx.api!;
        const { jobId } = await api.call('rules.evaluateAll', ctx.input);
        const job = await api.followJob(jobId, ctx.json ? undefined : progressPrinter(ctx.io));
        return answer(ctx, job.summary ?? '', job);
      },
    },
  },
};
