/**
 * @file `limitation --input FILE.json [--json]`: исковая давность by billing month through the `debt.limitation`
 * API method — input `{"asOf", "periods": ["ГГГГ-ММ"], "courtOrders": [{"filed", "cancelled" | null, "periods"}]}`
 * (or the same fields as flags), output `{"months": [{"period", "dueDate", "expiresOn" | null, "expired",
 * "outsideCalendar", "reasons"}]}` as JSON. Bad input: the schema's Russian messages, each with its path, exit 2.
 */
import type { CliCommand } from '../cli-command';
import { readJsonFile } from '../cli-output';

export const limitationCommand: CliCommand = {
  name: 'limitation',
  summary: 'исковая давность по расчётным месяцам с учётом судебных приказов (ГК РФ ст.196, 200, 204, 193)',
  usage: 'limitation --input ФАЙЛ.json [--json] [--data-dir ПАПКА]',
  needsCore: true,
  actions: {
    '': {
      method: 'debt.limitation',
      options: {
        input: {
          type: 'string',
          valueName: 'ФАЙЛ.json',
          description:
            'весь запрос из файла JSON: {"asOf": "ГГГГ-ММ-ДД", "periods": ["ГГГГ-ММ"], "courtOrders": [{"filed": "ГГГГ-ММ-ДД", "cancelled": "ГГГГ-ММ-ДД" | null, "periods": ["ГГГГ-ММ"]}]}; параметры командной строки дополняют его',
        },
      },
      async run(ctx) {
        const file = typeof ctx.options.input === 'string' ? readJsonFile(ctx.options.input) : {};
        const input = Object.keys(ctx.input).length === 0 ? file : { ...(file as object), ...ctx.input };
        const answer = await ctx.api!.call(
          'debt.limitation',
          input as Record<string, unknown>,
          typeof ctx.options.input === 'string' ? (path) => path : undefined,
        );
        ctx.io.out(`${JSON.stringify(answer, null, 2)}\n`);
        return 0;
      },
    },
  },
};
