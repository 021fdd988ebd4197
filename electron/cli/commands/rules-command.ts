/**
 * @file `rules show|account|evaluate-all`: the rule book in force, one account's next step with the reasons, and
 * the rules over every account with the time it took.
 */
import type { AccountNextStep, RulesView } from '../../../shared/api/contract-work';
import { formatCondition } from '../../../shared/rules/eligibility/format-fact';
import { evaluateAllAccounts, evaluateAllSummary } from '../../core/rules/evaluate-all';
import type { CliCommand } from '../cli-command';
import { apiCall, runWork, CliRefusal } from './work-cli-helpers';

export const rulesCommand: CliCommand = {
  name: 'rules',
  summary: 'правила мероприятий: show — действующая версия, account — следующий шаг счёта, evaluate-all — все счета',
  usage: 'rules show|account|evaluate-all [--account НОМЕР_ЛС] [--json] [--data-dir ПАПКА]',
  options: {
    account: { type: 'string', description: 'account: номер лицевого счёта' },
    json: { type: 'boolean', description: 'ответ в JSON' },
  },
  needsCore: true,
  async run({ values, positionals, core, io }) {
    if (!core) return 1;
    const json = values.json === true;
    switch (positionals[0] ?? '') {
      case 'show':
        return runWork(io, json, async () => {
          const v = await apiCall<RulesView>(core, 'rules.get', {});
          const lines = [`Правила версии ${v.book.version}`];
          const l = v.book.contactLimits;
          lines.push(
            `  Звонки: ${l.call.perDay}/день, ${l.call.perWeek}/неделю, ${l.call.perMonth}/месяц; сообщения: ${l.sms.perDay}/${l.sms.perWeek}/${l.sms.perMonth}`,
          );
          for (const m of v.book.measures)
            lines.push(
              `  ${m.measure}. ${m.action}: ${m.conditions.map(formatCondition).join('; ') || 'не по лицевому счёту'}`,
            );
          return { text: `${lines.join('\n')}\n`, data: v.book };
        });
      case 'account':
        return runWork(io, json, async () => {
          if (typeof values.account !== 'string') throw new CliRefusal('Укажите номер лицевого счёта: --account НОМЕР');
          const row = core.ctx.sqlite
            .prepare('SELECT account_id AS id FROM account_summaries WHERE number = ?')
            .get(values.account) as { id: number } | undefined;
          if (!row) throw new CliRefusal(`Лицевого счёта ${values.account} нет в базе.`);
          const ev = await apiCall<AccountNextStep>(core, 'account.evaluate', { accountId: row.id });
          const lines = [
            ev.next
              ? `Следующий шаг: ${ev.next.measure}. ${ev.next.action} — ${ev.next.reason}`
              : `Шага нет: ${ev.noNextReason}`,
          ];
          for (const m of ev.measures)
            if (m.measure !== ev.next?.measure)
              lines.push(`  ${m.measure}. ${m.action}: ${m.available ? 'доступно' : `нет — ${m.reason}`}`);
          return { text: `${lines.join('\n')}\n`, data: ev };
        });
      case 'evaluate-all':
        return runWork(io, json, async () => {
          const r = await evaluateAllAccounts(core.ctx.sqlite, core.ctx.clock());
          return { text: `${evaluateAllSummary(r)}\n`, data: r };
        });
      default:
        io.err('Укажите действие: rules show | account | evaluate-all (подробнее: rules --help).\n');
        return 2;
    }
  },
};
