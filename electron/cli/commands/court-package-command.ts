/**
 * @file `court package --court ИД --out ПАПКА [--json]`: one ZIP per court for filing (measure 9) through
 * `court.exportPackage` — the court's cases with the duty paid and the documents made (or `--case-ids`), a folder per
 * application, the register and the manifest; the job is followed with progress on stderr, the ZIP's path and the
 * manifest's summary printed. `court verify ФАЙЛ.zip` (or `--package-id N`) re-checks a package against its manifest.
 */
import path from 'node:path';
import type { CliAction } from '../cli-command';
import { CliFailure } from '../cli-api';
import { answer, requiredOption } from '../cli-output';
import { progressPrinter } from '../progress-printer';
import { rublesKopecksText } from '../../../shared/documents/money-text';

export const courtPackageAction: CliAction = {
  method: 'court.exportPackage',
  summary: 'выгрузить пакет в суд: один ZIP на суд (папка на заявление, реестр, опись с SHA-256)',
  aliases: { court: 'courtId' },
  hidden: ['outDir'],
  options: { out: { type: 'string', valueName: 'ПАПКА', description: 'папка, куда положить архив ZIP' } },
  async run(ctx) {
    const api = ctx.api!;
    const out = path.resolve(requiredOption(ctx, 'out', 'папку'));
    const started = await api.call('court.exportPackage', { ...ctx.input, outDir: out });
    ctx.io.err(`${started.title}: ${started.cases} дел\n`);
    const job = await api.followJob(started.jobId, progressPrinter(ctx.io));
    if (job.state !== 'done') throw new CliFailure(job.error?.message ?? 'Пакет не выгружен.', 1);
    const courtId = ctx.input.courtId as number;
    const view = await api.call('court.packages', { courtId });
    const pkg = view.packages[0];
    if (!pkg) throw new CliFailure('Пакет не найден после выгрузки.', 1);
    const zipPath = path.join(out, pkg.fileName);
    const lines = [
      job.summary ?? '',
      `Архив: ${zipPath}`,
      `Пакет № ${pkg.packageId}: ${pkg.casesCount} заявлений на ${rublesKopecksText(pkg.totalKopecks)}, SHA-256 ${pkg.sha256}`,
      `Проверка пакета: court verify ${zipPath}`,
    ];
    return answer(ctx, lines.join('\n'), { ...pkg, zipPath, summary: job.summary });
  },
};

export const courtVerifyAction: CliAction = {
  method: 'court.verifyPackage',
  summary: 'проверить пакет в суд по его описи (размер и SHA-256 каждого файла, лишние и недостающие файлы)',
  hidden: ['uploadId'],
  positionals: { usage: '[ФАЙЛ.zip]', min: 0, max: 1 },
  async run(ctx) {
    const api = ctx.api!;
    const file = ctx.positionals[0];
    const input = file === undefined ? ctx.input : { ...ctx.input, uploadId: await api.upload(file) };
    const check = await api.call('court.verifyPackage', input);
    return answer(ctx, check.lines.join('\n'), check);
  },
};
