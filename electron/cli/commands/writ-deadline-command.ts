/**
 * @file `writ-deadline --input FILE.json [--json]`: the presentation deadline of a writ (229-ФЗ ст.21, 22, 16) through
 * the `writs.deadline` API method — input `{"start": "ГГГГ-ММ-ДД", "events": [{"type": "presented" | "returned" |
 * "partial_payment", "date": "ГГГГ-ММ-ДД"}], "asOf": "ГГГГ-ММ-ДД"}` (or the same fields as flags), output
 * `{"deadline": "ГГГГ-ММ-ДД" | null, "expired": boolean, "withBailiff", "lastDay", "daysLeft", "steps", …}`.
 * Bad input: the schema's Russian messages, each with its path, exit 2.
 */
import type { CliCommand } from '../cli-command';
import { answer, readJsonFile } from '../cli-output';

export const writDeadlineCommand: CliCommand = {
  name: 'writ-deadline',
  summary: 'срок предъявления исполнительного документа с перерывами и возвратами (229-ФЗ ст.21, 22, 16)',
  usage: 'writ-deadline --input ФАЙЛ.json [--json] [--data-dir ПАПКА]',
  needsCore: true,
  actions: {
    '': {
      method: 'writs.deadline',
      options: {
        input: {
          type: 'string',
          valueName: 'ФАЙЛ.json',
          description:
            'весь запрос из файла JSON: {"start": "ГГГГ-ММ-ДД", "events": [{"type": "presented" | "returned" | "partial_payment", "date": "ГГГГ-ММ-ДД"}], "asOf": "ГГГГ-ММ-ДД"}; параметры командной строки дополняют его',
        },
      },
      async run(ctx) {
        const file = typeof ctx.options.input === 'string' ? readJsonFile(ctx.options.input) : {};
        const input = Object.keys(ctx.input).length === 0 ? file : { ...(file as object), ...ctx.input };
        const r = await ctx.api!.call('writs.deadline', input as Record<string, unknown>);
        const head =
          r.deadline === null
            ? 'Документ у пристава: срок предъявления не течёт.'
            : `${r.expired ? 'Срок истёк' : 'Предъявить не позднее'} ${r.deadline.split('-').reverse().join('.')}`;
        return answer(ctx, [head, ...r.steps.map((s) => `  ${s}`)].join('\n'), r);
      },
    },
  },
};
