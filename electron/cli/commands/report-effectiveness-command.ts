/**
 * @file `report effectiveness --from ГГГГ-ММ-ДД --to ГГГГ-ММ-ДД --out ПАПКА [--json]`: the effectiveness of the
 * measures for the actions of the period (`effectiveness.xlsx`: the report, saved as XLSX and registered), the file
 * written into the folder (`documents.file`) and the table printed: per kind the accounts, the share that paid
 * ≥ 10 % within 7/30/60 days and the difference from the comparison group in percentage points.
 */
import path from 'node:path';
import type { CliAction } from '../cli-command';
import { answer, requiredOption, saveBase64 } from '../cli-output';
import { effectTitle, percentText, ppText } from '../../../shared/reports/effectiveness-text';

export const reportEffectivenessAction: CliAction = {
  method: 'effectiveness.xlsx',
  summary: 'эффективность мер: доля оплативших за 7/30/60 дней против группы сравнения (XLSX в папку)',
  options: { out: { type: 'string', valueName: 'ПАПКА', description: 'папка, куда положить отчёт XLSX' } },
  async run(ctx) {
    const api = ctx.api!;
    const out = path.resolve(requiredOption(ctx, 'out', 'папку'));
    const result = await api.call('effectiveness.xlsx', ctx.input);
    const file = await api.call('documents.file', { documentId: result.documentId });
    const xlsxPath = saveBase64(file.base64, path.join(out, result.fileName));
    const r = result.report;
    const lines = [
      `${effectTitle(r)} (на ${r.today}).`,
      ...r.kinds.map((k) => {
        const windows = k.windows
          .map((w, i) => `${w.days} дн. ${percentText(w.sharePercent)} (${ppText(k.diffPp[i] ?? null)})`)
          .join(', ');
        return `  ${k.label}: счетов ${k.accounts}; ${windows}`;
      }),
      `  Группа сравнения: счетов ${r.comparison.accounts}; ${r.comparison.windows.map((w) => `${w.days} дн. ${percentText(w.sharePercent)}`).join(', ')}`,
      `XLSX: ${xlsxPath}`,
    ];
    return answer(ctx, lines.join('\n'), {
      from: r.from,
      to: r.to,
      today: r.today,
      totals: r.totals,
      documentId: result.documentId,
      xlsxPath,
    });
  },
};
