/**
 * @file `claims --bracket КОД --out ПАПКА`: a claim batch of one debt bracket (measure 5) through `claims.start`, its
 * job followed with progress on stderr; the print-ready file and the per-account copies (`documents.ofBatch`,
 * `documents.file`) are saved into the folder, the batch number is printed for `mailing`, with every account of
 * the group left out and why (`claims.exclusions`).
 */
import path from 'node:path';
import type { CliCommand } from '../cli-command';
import { answer, requiredOption, saveBase64 } from '../cli-output';
import { progressPrinter } from '../progress-printer';

export const claimsCommand: CliCommand = {
  name: 'claims',
  summary: 'подготовить пакет претензий по группе долга (мероприятие 5) в папку для печати',
  usage: 'claims --bracket КОД --out ПАПКА [--company ИД_УК] [--as-of ГГГГ-ММ-ДД] [--limit N] [--data-dir ПАПКА]',
  needsCore: true,
  actions: {
    '': {
      method: 'claims.start',
      aliases: { company: 'companyId', 'as-of': 'asOfDate' },
      options: {
        out: {
          type: 'string',
          valueName: 'ПАПКА',
          description: 'папка: файл для печати и копии по лицевым счетам (accounts/)',
        },
      },
      async run(ctx) {
        const api = ctx.api!;
        const out = path.resolve(requiredOption(ctx, 'out', 'папку'));
        const started = await api.call('claims.start', ctx.input);
        ctx.io.err(`${started.title}: ${started.letters} писем\n`);
        const job = await api.followJob(started.jobId, progressPrinter(ctx.io));
        let printed = '';
        const files: string[] = [];
        for (const d of await api.call('documents.ofBatch', { batchId: started.batchId })) {
          if (d.kind !== 'claim' && d.kind !== 'claims_print') continue;
          const file = await api.call('documents.file', { documentId: d.documentId });
          const saved = saveBase64(file.base64, path.join(out, d.kind === 'claim' ? 'accounts' : '', d.fileName));
          if (d.kind === 'claims_print') printed = saved;
          files.push(saved);
        }
        const excluded = await api.call('claims.exclusions', { batchId: started.batchId });
        const lines = [
          job.summary ?? '',
          `Пакет № ${started.batchId}`,
          `Файл для печати: ${printed}`,
          `Копии по лицевым счетам: ${path.join(out, 'accounts')}`,
          `Списки для отправки: mailing --batch ${started.batchId} --out ПАПКА`,
        ];
        if (excluded.length > 0) {
          lines.push(`Не включены в пакет (${excluded.length} л/с):`);
          for (const e of excluded) lines.push(`  л/с ${e.number}, ${e.address} — ${e.reason}`);
        }
        return answer(ctx, lines.join('\n'), { ...started, summary: job.summary, files, excluded });
      },
    },
  },
};
