/**
 * @file `epd-export --period ГГГГ-ММ --out ФАЙЛ`: the ЕПД penalty file of a month (measure 3) through `epd.export` —
 * CSV (`;`, comma decimals, windows-1251 by default) or XLSX — saved at the given path from the answer's bytes,
 * with the lengths of the explanations and the coverage report on stdout. `--full column|file` adds the full
 * calculation as a fifth column, or as a second file next to the first («…-расчёт» before the extension).
 */
import path from 'node:path';
import type { CliCommand } from '../cli-command';
import { answer, requiredOption, saveBase64, withoutBytes } from '../cli-output';

export const epdExportCommand: CliCommand = {
  name: 'epd-export',
  summary: 'выгрузить пени для ЕПД за месяц (мероприятие 3) и показать охват должников',
  usage:
    'epd-export --period ГГГГ-ММ --out ФАЙЛ [--format csv|xlsx] [--encoding windows-1251|utf-8] [--full none|column|file] [--data-dir ПАПКА]',
  needsCore: true,
  actions: {
    '': {
      method: 'epd.export',
      aliases: { full: 'fullCalculation' },
      options: { out: { type: 'string', valueName: 'ФАЙЛ', description: 'куда сохранить файл' } },
      async run(ctx) {
        const out = requiredOption(ctx, 'out', 'файл');
        ctx.io.err(`Выгрузка пени в ЕПД за ${String(ctx.input.period)}…\n`);
        const result = await ctx.api!.call('epd.export', ctx.input);
        const file = saveBase64(result.base64, out);
        const lines = [`Файл: ${file} (${result.rows} строк)`];
        let fullFile: string | null = null;
        if (result.fullCalculationFile) {
          const ext = path.extname(file);
          fullFile = saveBase64(
            result.fullCalculationFile.base64,
            `${file.slice(0, file.length - ext.length)}-расчёт${ext}`,
          );
          lines.push(`Полный расчёт: ${fullFile}`);
        }
        const c = result.coverage;
        const t = result.texts;
        lines.push(
          `Пояснения: не длиннее ${t.maxChars} знаков, самое длинное ${t.longest}, сокращено ${t.shortened} из ${result.rows}`,
          `Охват должников: ${String(c.coveragePercent).replace('.', ',')} % (${c.coveredAccounts} из ${c.debtorAccounts}; с пенями ${c.withPenaltyAccounts})`,
        );
        for (const r of c.byReason)
          lines.push(
            `  ${r.affectsCoverage ? 'Без пени, нужно действие' : 'Без пени, причина указана'}: ${r.reasonText} — ${r.count}`,
          );
        if (c.companiesWithoutRun.length > 0)
          lines.push(`  Пени не рассчитаны по УК: ${c.companiesWithoutRun.join(', ')}`);
        return answer(ctx, lines.join('\n'), { ...withoutBytes(result), file, fullCalculationFile: fullFile });
      },
    },
  },
};
