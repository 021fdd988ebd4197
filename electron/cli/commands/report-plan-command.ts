/**
 * @file `report plan [--kind week|month|quarter|custom] [--date ГГГГ-ММ-ДД | --from … --to …] --out ПАПКА [--json]`:
 * the plan-execution report for the administration through `reportPlan.pdf` and `reportPlan.xlsx` (both registered
 * among the generated documents and journaled), the two files copied into the folder and their paths printed.
 * Without --kind: a custom period when --from/--to are given, otherwise the current week. A refused period → the
 * core's Russian message and exit code 1.
 */
import path from 'node:path';
import type { CliAction } from '../cli-command';
import { answer, requiredOption, saveBase64 } from '../cli-output';
import { formatRuDate } from '../../../shared/dates/iso-date';

export const reportPlanAction: CliAction = {
  method: 'reportPlan.pdf',
  summary: 'отчёт о выполнении плана за неделю, месяц, квартал или свой период (PDF и XLSX в папку)',
  options: {
    out: { type: 'string', valueName: 'ПАПКА', description: 'папка, куда положить отчёт (PDF и XLSX)' },
  },
  async run(ctx) {
    const api = ctx.api!;
    const out = path.resolve(requiredOption(ctx, 'out', 'папку'));
    const input = { ...ctx.input };
    if (input.kind === undefined) input.kind = input.from !== undefined || input.to !== undefined ? 'custom' : 'week';
    const pdf = await api.call('reportPlan.pdf', input);
    const xlsx = await api.call('reportPlan.xlsx', input);
    const save = async (documentId: number, fileName: string) => {
      const file = await api.call('documents.file', { documentId });
      return saveBase64(file.base64, path.join(out, fileName));
    };
    const pdfPath = await save(pdf.documentId, pdf.fileName);
    const xlsxPath = await save(xlsx.documentId, xlsx.fileName);
    const report = await api.call('reportPlan.get', input);
    const done = report.measures.filter((m) => m.percentDone !== null);
    const lines = [
      `Отчёт о выполнении плана за ${report.period.words} (данные на ${formatRuDate(report.asOfDate)}).`,
      ...done.map((m) => `  ${m.measure}. ${m.title}: ${m.actualText} из ${m.targetText} (${m.percentText})`),
      `PDF: ${pdfPath}`,
      `XLSX: ${xlsxPath}`,
    ];
    return answer(ctx, lines.join('\n'), { period: report.period, pdfPath, xlsxPath, pdf, xlsx });
  },
};
