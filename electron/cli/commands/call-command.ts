/**
 * @file `call <method> [--flags | --json FILE]`: any API method by its contract name, through dispatch as the
 * command line's user — the flags from the method's input schema (`call account.card --account-id 5`), or the whole
 * input from a JSON file; prints the envelope's value as JSON. `call --help` lists the methods, `call <method>
 * --help` the method's flags.
 */
import { apiInputs, isApiMethod } from '../../../shared/api/contract';
import { METHOD_ACCESS } from '../../../shared/api/method-access';
import type { CliAction, CliCommand } from '../cli-command';
import { readJsonFile } from '../cli-output';

function methodAction(method: keyof typeof apiInputs): CliAction {
  const access = METHOD_ACCESS[method];
  return {
    method,
    summary: `право: ${access === 'public' ? 'всем' : access === 'signedIn' ? 'любому пользователю' : access}`,
    options: {
      json: {
        type: 'string',
        valueName: 'ФАЙЛ',
        description: 'весь ввод операции из файла JSON (параметры дополняют его)',
      },
    },
    async run(ctx) {
      const file = typeof ctx.options.json === 'string' ? readJsonFile(ctx.options.json) : {};
      const input = Object.keys(ctx.input).length === 0 ? file : { ...(file as object), ...ctx.input };
      const value = await ctx.api!.call(
        method,
        input as Record<string, unknown>,
        typeof ctx.options.json === 'string' ? (path) => path : undefined,
      );
      ctx.io.out(`${JSON.stringify(value ?? null, null, 2)}\n`);
      return 0;
    },
  };
}

export const callCommand: CliCommand = {
  name: 'call',
  summary: 'любая операция программы по её имени: call <операция> [--параметры | --json ФАЙЛ] — ответ в JSON',
  usage: `call <операция> [--параметры | --json ФАЙЛ] [--data-dir ПАПКА]\n\nОперации: ${Object.keys(apiInputs).join(', ')}`,
  needsCore: true,
  actions: {},
  actionFor: (name) => (isApiMethod(name) ? methodAction(name) : null),
};
