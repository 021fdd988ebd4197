/**
 * @file `import FILE... [--kind K]`: imports billing files through the same all-or-nothing path as the UI — each
 * file into the core's upload store, then `import.start` and its job followed through `jobs.get`, with progress on
 * stderr. Exit 0 on success; otherwise 1 with the reason and every row error (file, line, column) on stderr.
 */
import { apiInputs } from '../../../shared/api/contract';
import type { CliCommand } from '../cli-command';
import { answer } from '../cli-output';
import { progressPrinter } from '../progress-printer';
import { schemaFields } from '../schema-fields';

const kinds = schemaFields(apiInputs['import.start'])[0]?.element?.fields.find((f) => f.key === 'kind')?.values ?? [];

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'загрузить файлы начислений (УК, лицевые счета, начисления, оплаты) — всё или ничего',
  usage: `import ФАЙЛ... [--kind ${kinds.join('|')}] [--quiet] [--data-dir ПАПКА]`,
  needsCore: true,
  actions: {
    '': {
      method: 'import.start',
      hidden: ['files'],
      positionals: { usage: 'файлы: npm run cli -- import accounts.csv charges.csv …', min: 1, max: 1000 },
      options: {
        kind: {
          type: 'string',
          valueName: kinds.join('|'),
          description: 'вид файлов, если заголовки не распознаются сами',
        },
        quiet: { type: 'boolean', description: 'не показывать ход загрузки' },
      },
      async run(ctx) {
        const api = ctx.api!;
        const kind = ctx.options.kind;
        const files = [];
        for (const file of ctx.positionals)
          files.push({ uploadId: await api.upload(file), ...(kind === undefined ? {} : { kind }) });
        const { jobId } = await api.call('import.start', { ...ctx.input, files });
        const job = await api.followJob(jobId, ctx.options.quiet ? undefined : progressPrinter(ctx.io));
        return answer(ctx, job.summary ?? '', job);
      },
    },
  },
};
