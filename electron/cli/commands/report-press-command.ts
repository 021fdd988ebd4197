/**
 * @file `report press --from ГГГГ-ММ-ДД --to ГГГГ-ММ-ДД --out ПАПКА [--json]`: the press summary of measure 7 without
 * personal data (`press.make`: checked, registered, journaled), its PDF and XLSX written into the folder
 * (`documents.file`) and their paths printed. A period that cannot be used → the core's Russian message and exit 1.
 */
import path from 'node:path';
import type { CliAction } from '../cli-command';
import { answer, requiredOption, saveBase64 } from '../cli-output';
import { formatRuDate } from '../../../shared/dates/iso-date';

export const reportPressAction: CliAction = {
  method: 'press.make',
  summary: 'сводка для СМИ без персональных данных (PDF и XLSX в папку)',
  options: { out: { type: 'string', valueName: 'ПАПКА', description: 'папка, куда положить сводку (PDF и XLSX)' } },
  async run(ctx) {
    const api = ctx.api!;
    const out = path.resolve(requiredOption(ctx, 'out', 'папку'));
    const made = await api.call('press.make', ctx.input);
    const pdf = await api.call('documents.file', { documentId: made.pdf.documentId });
    const xlsx = await api.call('documents.file', { documentId: made.xlsx.documentId });
    const pdfPath = saveBase64(pdf.base64, path.join(out, made.pdf.fileName));
    const xlsxPath = saveBase64(xlsx.base64, path.join(out, made.xlsx.fileName));
    const lines = [
      `Сводка для СМИ за период с ${formatRuDate(made.from)} по ${formatRuDate(made.to)}: ${made.view.keyFigures
        .map((f) => `${f.label.toLowerCase()} — ${f.value}`)
        .join('; ')}.`,
      made.check.text,
      `PDF (${made.pdf.pages} л.): ${pdfPath}`,
      `XLSX: ${xlsxPath}`,
    ];
    return answer(ctx, lines.join('\n'), {
      from: made.from,
      to: made.to,
      check: made.check,
      keyFigures: made.view.keyFigures,
      pdfDocumentId: made.pdf.documentId,
      xlsxDocumentId: made.xlsx.documentId,
      pdfPath,
      xlsxPath,
    });
  },
};
