/**
 * @file `import FILE... [--kind K]`: imports billing files through the same all-or-nothing path as the UI.
 * Exit 0 on success; otherwise 1 with the reason and every row error (file, line, column) on stderr.
 */
import path from 'node:path';
import type { ImportKind } from '../../../shared/import/layouts';
import { ImportRefusedError, importFiles } from '../../core/billing/import-files';
import type { CliCommand } from '../cli-command';
import { progressPrinter } from '../progress-printer';
import { cliJournalActor } from '../cli-identity';

const KINDS: ImportKind[] = ['companies', 'accounts', 'charges', 'payments'];

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'загрузить файлы начислений (УК, лицевые счета, начисления, оплаты) — всё или ничего',
  usage: 'import ФАЙЛ... [--kind companies|accounts|charges|payments] [--data-dir ПАПКА]',
  options: {
    kind: { type: 'string', description: 'вид файлов, если заголовки не распознаются сами' },
    quiet: { type: 'boolean', description: 'не показывать ход загрузки' },
  },
  needsCore: true,
  async run({ values, positionals, core, io }) {
    if (!core) return 1;
    if (positionals.length === 0) {
      io.err('Укажите файлы: npm run cli -- import accounts.csv charges.csv …\n');
      return 2;
    }
    const kind = values.kind as string | undefined;
    if (kind !== undefined && !KINDS.includes(kind as ImportKind)) {
      io.err(`Неизвестный вид файла «${kind}». Допустимо: ${KINDS.join(', ')}.\n`);
      return 2;
    }
    const progress = values.quiet ? undefined : progressPrinter(io);
    try {
      const result = await importFiles({
        sqlite: core.ctx.sqlite,
        dataDir: core.ctx.dataDir,
        by: cliJournalActor(),
        nowMs: core.ctx.clock(),
        files: positionals.map((file) => ({
          path: path.resolve(file),
          fileName: path.basename(file),
          ...(kind ? { kind: kind as ImportKind } : {}),
        })),
        ...(progress ? { onProgress: progress } : {}),
      });
      io.out(`${result.summary}\n`);
      return 0;
    } catch (error) {
      if (!(error instanceof ImportRefusedError)) throw error;
      io.err(`${error.message}\n`);
      for (const e of error.rowErrors) io.err(`  ${e.file}: ${e.message}\n`);
      if (error.errorCount > error.rowErrors.length) {
        io.err(`  … и ещё ${error.errorCount - error.rowErrors.length} ошибок.\n`);
      }
      return 1;
    }
  },
};
