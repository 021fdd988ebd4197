/**
 * @file `fssp reconcile ФАЙЛ --out ПАПКА [--department ИД] [--list-date ГГГГ-ММ-ДД] [--mapping СОПОСТАВЛЕНИЕ.json]
 * [--skip-bad-rows] [--json]`: reconciles a department's list (CSV or XLSX) with our writs through
 * `reconciliation.run` — the file goes into the core's upload store as the UI's upload does — then writes the
 * difference report (XLSX and PDF, `reconciliation.reportXlsx` / `reconciliation.reportPdf`) into the folder and
 * prints the counts per difference kind. `--mapping` is a JSON object «поле → заголовок столбца» (fields:
 * proceedingNumber, proceedingDate, debtorName, birthDate, writNumber, sum, balance, collected, status, bailiff);
 * it is saved for files with the same headers.
 */
import path from 'node:path';
import type { CliAction } from '../cli-command';
import { CliFailure } from '../cli-api';
import { answer, readJsonFile, requiredOption, saveBase64 } from '../cli-output';

export const fsspReconcileAction: CliAction = {
  method: 'reconciliation.run',
  summary: 'сверка со списком отдела ФССП (CSV/XLSX): расхождения в XLSX и PDF',
  aliases: { department: 'departmentId' },
  hidden: ['uploadId', 'mapping'],
  positionals: { usage: 'файл списка отдела (CSV или XLSX): fssp reconcile СПИСОК.csv --out ПАПКА', min: 1, max: 1 },
  options: {
    out: { type: 'string', valueName: 'ПАПКА', description: 'папка, куда положить отчёт о расхождениях (XLSX и PDF)' },
    mapping: {
      type: 'string',
      valueName: 'ФАЙЛ.json',
      description: 'сопоставление столбцов: {"debtorName": "Плательщик", …}',
    },
  },
  async run(ctx) {
    const api = ctx.api!;
    const out = path.resolve(requiredOption(ctx, 'out', 'папку'));
    const mappingFile = ctx.options.mapping;
    let mapping: unknown;
    if (typeof mappingFile === 'string' && mappingFile !== '') {
      mapping = readJsonFile(mappingFile);
      if (mapping === null || typeof mapping !== 'object' || Array.isArray(mapping)) {
        throw new CliFailure(
          'Файл сопоставления — объект JSON «поле → заголовок столбца», например {"debtorName": "Плательщик"}.',
          2,
        );
      }
    }
    const uploadId = await api.upload(ctx.positionals[0] as string);
    const result = await api.call('reconciliation.run', {
      ...ctx.input,
      uploadId,
      ...(mapping === undefined ? {} : { mapping }),
    });
    const xlsx = await api.call('reconciliation.reportXlsx', { reconciliationId: result.id });
    const pdf = await api.call('reconciliation.reportPdf', { reconciliationId: result.id });
    const xlsxPath = saveBase64(xlsx.base64, path.join(out, xlsx.fileName));
    const pdfPath = saveBase64(pdf.base64, path.join(out, pdf.fileName));
    const lines = [result.summaryText, `Отчёт XLSX: ${xlsxPath}`, `Отчёт PDF: ${pdfPath}`];
    const { summaryText, ...summary } = result;
    return answer(ctx, lines.join('\n'), { ...summary, summary: summaryText, xlsxPath, pdfPath });
  },
};
