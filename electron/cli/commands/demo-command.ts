/**
 * @file `demo --accounts N --seed S --out DIR`: writes a deterministic demo district as billing files in the
 * canonical layouts (CSV in windows-1251 and XLSX) — the same files `import` and the first-run screen load. It
 * touches no database (loading the demo into one is `demo.load`, the administrator's, from the first-run screen),
 * so it calls no API method; its flags still come from a zod schema, checked with the shared calendar schemas.
 */
import path from 'node:path';
import { z } from '../../../shared/api/zod-russian';
import { isoDateSchema, periodSchema } from '../../../shared/api/calendar-schemas';
import { writeDemoDistrict, type DemoFormat } from '../../core/demo/write-demo-district';
import type { CliCommand } from '../cli-command';
import { answer, validateLocally } from '../cli-output';
import { progressPrinter } from '../progress-printer';

/** The flags of `demo`, as a schema (the same parser and help as the API commands). */
export const DemoFilesSchema = z
  .object({
    accounts: z
      .number({ error: 'Укажите число лицевых счетов — целое число от 10 до 150 000.' })
      .int('Число лицевых счетов — целое число от 10 до 150 000.')
      .min(10, 'Число лицевых счетов — целое число от 10 до 150 000.')
      .max(150_000, 'Число лицевых счетов — целое число от 10 до 150 000.'),
    seed: z.string().trim().min(1).max(50).default('krasnogorsk'),
    out: z.string({ error: 'Укажите папку: --out ПАПКА.' }).min(1, 'Укажите папку: --out ПАПКА.'),
    months: z
      .number()
      .int()
      .min(1, 'Месяцев истории — от 1 до 120.')
      .max(120, 'Месяцев истории — от 1 до 120.')
      .default(60),
    endPeriod: periodSchema('Последний месяц начислений').optional(),
    asOf: isoDateSchema('Оплаты по дату').optional(),
    format: z
      .array(z.enum(['csv', 'xlsx']))
      .min(1)
      .default(['csv', 'xlsx']),
  })
  .strict();

export const demoCommand: CliCommand = {
  name: 'demo',
  summary: 'создать файлы демонстрационного района (CSV windows-1251 и XLSX) в папке',
  usage:
    'demo --accounts N --seed S --out ПАПКА [--months 60] [--end-period ГГГГ-ММ] [--as-of ГГГГ-ММ-ДД] [--format csv --format xlsx] [--json]',
  needsCore: false,
  actions: {
    '': {
      method: null,
      schema: DemoFilesSchema,
      summary:
        'последний месяц начислений — по умолчанию прошлый; оплаты после --as-of (по умолчанию сегодня) не попадают в файлы',
      async run(ctx) {
        const input = validateLocally(DemoFilesSchema, ctx.input, ctx.nameField);
        const print = progressPrinter(ctx.io);
        const result = await writeDemoDistrict({
          accounts: input.accounts,
          seed: input.seed,
          months: input.months,
          ...(input.endPeriod ? { endPeriod: input.endPeriod } : {}),
          ...(input.asOf ? { asOfDate: input.asOf } : {}),
          outDir: path.resolve(input.out),
          formats: [...new Set(input.format)] as DemoFormat[],
          onProgress: (done, total) => print('Создание файлов', total > 0 ? done / total : 0),
        });
        const c = result.counts;
        return answer(
          ctx,
          `Файлы демонстрационного района:\n${result.files.map((f) => `  ${f}`).join('\n')}\n` +
            `УК: ${c.companies}, домов: ${c.buildings}, лицевых счетов: ${c.accounts}, жильцов: ${c.persons}, начислений: ${c.charges}, оплат: ${c.payments}`,
          result,
        );
      },
    },
  },
};
