/**
 * @file `court queue [--brackets over_100k,from_50k] [--as-of ГГГГ-ММ-ДД] [--list in|out] [--offset N] [--limit N]
 * [--json]`: the court queue of measure 9 through the `court.queue` API method — counts and sums by bracket, then the
 * accounts in the queue (or left out, with the reason). `--json` prints the method's output as it is.
 */
import type { CliAction } from '../cli-command';
import { ruleVersionWords } from '../../../shared/rules/eligibility/rule-version-words';
import { answer } from '../cli-output';
import { formatKopecksAsRub } from '../../../shared/rules/eligibility/format-fact';

const KIND_TEXT = { court_order: 'приказ', lawsuit: 'иск' } as const;

/** `court queue`: one action of the `court` command (electron/cli/commands/index.ts). */
export const courtQueueAction: CliAction = {
  method: 'court.queue',
  summary: 'очередь в суд: счета, которые проходят по правилу мероприятия 9, и не проходящие — с причиной',
  async run(ctx) {
    const input = { ...ctx.input };
    // `--brackets over_100k,from_50k` as well as the flag repeated.
    if (Array.isArray(input.brackets))
      input.brackets = (input.brackets as unknown[])
        .flatMap((b) => String(b).split(','))
        .map((b) => b.trim())
        .filter(Boolean);
    const q = await ctx.api!.call('court.queue', input);
    const lines = [
      `Очередь в суд на ${q.asOf.split('-').reverse().join('.')} (правила ${ruleVersionWords(q.ruleVersion)}): ${q.totalAccounts} л/с на ${formatKopecksAsRub(q.totalClaimKopecks)}; не проходят — ${q.outTotal}`,
      ...q.counts.map((c) => `  ${c.label}: ${c.accounts} л/с, ${formatKopecksAsRub(c.claimKopecks)}`),
      `Условия: ${q.conditions.join('; ')}`,
    ];
    if (q.list === 'in') {
      for (const r of q.rows)
        lines.push(
          `  ${r.number}  ${r.address}  ${formatKopecksAsRub(r.courtableDebtKopecks)}  мес. ${r.monthsInArrears}${r.oldestPeriod ? ` с ${r.oldestPeriod}` : ''}  должников ${r.debtorsCount}  ${KIND_TEXT[r.kind]}  ${r.court?.name ?? 'дом не привязан к суду'}`,
        );
      if (q.totalAccounts > q.offset + q.rows.length)
        lines.push(`  … ещё ${q.totalAccounts - q.offset - q.rows.length} (--offset, --limit)`);
    } else {
      for (const r of q.outRows)
        lines.push(
          `  ${r.number}  ${r.address}  ${formatKopecksAsRub(r.courtableDebtKopecks)}  — ${r.reasons.join('; ')}`,
        );
      if (q.outTotal > q.offset + q.outRows.length)
        lines.push(`  … ещё ${q.outTotal - q.offset - q.outRows.length} (--offset, --limit)`);
    }
    return answer(ctx, lines.join('\n'), q);
  },
};
