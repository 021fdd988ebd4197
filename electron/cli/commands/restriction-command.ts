/**
 * @file `restriction worklist [--json]` and `restriction timers [--json]` (measure 8): who may be warned today about
 * a restriction, with the services over the threshold (the `restriction.worklist` API method — the rule book's
 * measure 8 over every debtor), and the 20-day terms of the warnings — running, ended (ready for an order to the
 * contractor), not yet delivered (`restriction.timers`). `--json` prints the method's output as it is.
 */
import type { CliAction, CliCommand } from '../cli-command';
import { answer } from '../cli-output';
import { formatKopecksAsRub } from '../../../shared/rules/eligibility/format-fact';

const ru = (d: string) => d.split('-').reverse().join('.');

const worklistAction: CliAction = {
  method: 'restriction.worklist',
  summary: 'кандидаты на предупреждение об ограничении: счета и услуги с долгом выше порога',
  async run(ctx) {
    const r = await ctx.api!.call('restriction.worklist', ctx.input);
    const lines = [`Кандидаты на ограничение на ${ru(r.today)}: ${r.candidates.length} л/с`];
    for (const c of r.candidates) {
      const services = c.services
        .map(
          (s) =>
            `${s.service} ${formatKopecksAsRub(s.debtKopecks)} (порог ${formatKopecksAsRub(s.thresholdKopecks)}${s.basis === 'average' ? ', по среднему' : ''})`,
        )
        .join('; ');
      lines.push(
        `  л/с ${c.number}  ${c.address}  ${c.tenure === 'social_tenant' ? 'наниматель' : 'собственник'}  — ${services}`,
      );
    }
    if (r.candidates.length === 0) lines.push('  Кандидатов нет.');
    if (r.skipped.length > 0) {
      lines.push('Не включены:');
      for (const s of r.skipped) lines.push(`  ${s.reason} — ${s.count}`);
    }
    return answer(ctx, lines.join('\n'), r);
  },
};

const METHOD = { post: 'письмо', epd: 'ЕПД', sms: 'СМС', signature: 'под подпись' } as const;

const timersAction: CliAction = {
  method: 'restriction.timers',
  summary: 'сроки предупреждений: идут, истекли (можно давать заявку), не доставлены',
  async run(ctx) {
    const r = await ctx.api!.call('restriction.timers', ctx.input);
    const lines = [
      `Сроки предупреждений на ${ru(r.today)} (срок — ${r.warningDays} дн. со дня доставки): идут ${r.running.length}, истекли ${r.ended.length}, не доставлены ${r.waiting.length}`,
    ];
    const row = (i: (typeof r.running)[number], tail: string) =>
      `  дело № ${i.caseId}  л/с ${i.accountNumber}  ${i.service}  ${formatKopecksAsRub(i.debtKopecks)}  ${tail}`;
    if (r.ended.length > 0) lines.push('Срок истёк — можно давать заявку исполнителю:');
    for (const i of r.ended)
      lines.push(row(i, `доставлено ${ru(i.deliveredDate ?? '')}, срок по ${ru(i.timerEndsDate ?? '')}`));
    if (r.running.length > 0) lines.push('Срок идёт:');
    for (const i of r.running)
      lines.push(row(i, `срок по ${ru(i.timerEndsDate ?? '')}, осталось ${i.daysLeft ?? 0} дн.`));
    if (r.waiting.length > 0) lines.push('Не доставлены:');
    for (const i of r.waiting)
      lines.push(
        row(
          i,
          `предупреждение от ${ru(i.warningDate)} (${i.deliveryMethod ? METHOD[i.deliveryMethod] : '—'}), ждёт ${i.ageDays} дн.`,
        ),
      );
    if (r.running.length + r.ended.length + r.waiting.length === 0) lines.push('  Предупреждений в работе нет.');
    return answer(ctx, lines.join('\n'), r);
  },
};

/** `restriction …`: measure 8 — the worklist and the terms of the warnings. */
export const restrictionCommand: CliCommand = {
  name: 'restriction',
  summary: 'ограничение услуг (мероприятие 8): кандидаты на предупреждение и сроки предупреждений',
  usage: 'restriction worklist [--json] | restriction timers [--json]',
  needsCore: true,
  actions: { worklist: worklistAction, timers: timersAction },
};
