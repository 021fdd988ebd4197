/**
 * @file `fssp register --department ИД --out ПАПКА [--date ГГГГ-ММ-ДД] [--json]`: the transfer register of the
 * department's prepared applications not yet in a register (measure 10) through `fsspRegisters.create`, its PDF and
 * XLSX written into the folder (`fsspRegisters.files`) and their paths printed. Nothing to register → the core's
 * Russian message and exit code 1. `--bank-bik` makes the register of the applications to one bank (ст.8).
 */
import path from 'node:path';
import type { CliAction } from '../cli-command';
import { answer, requiredOption, saveBase64 } from '../cli-output';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { rublesKopecksText } from '../../../shared/documents/money-text';

export const fsspRegisterAction: CliAction = {
  method: 'fsspRegisters.create',
  summary: 'реестр передачи заявлений в отдел судебных приставов (PDF и XLSX в папку)',
  aliases: { department: 'departmentId', date: 'registerDate' },
  options: { out: { type: 'string', valueName: 'ПАПКА', description: 'папка, куда положить реестр (PDF и XLSX)' } },
  async run(ctx) {
    const api = ctx.api!;
    const out = path.resolve(requiredOption(ctx, 'out', 'папку'));
    const register = await api.call('fsspRegisters.create', ctx.input);
    const files = await api.call('fsspRegisters.files', { registerId: register.id });
    const pdfPath = saveBase64(files.pdf.base64, path.join(out, files.pdf.fileName));
    const xlsxPath = saveBase64(files.xlsx.base64, path.join(out, files.xlsx.fileName));
    const lines = [
      `Реестр № ${register.id} от ${formatRuDate(register.registerDate)}: ${register.recipientName}, заявлений ${register.applicationsCount} на ${rublesKopecksText(register.totalKopecks)}.`,
      `PDF: ${pdfPath}`,
      `XLSX: ${xlsxPath}`,
      'После передачи отметьте её: дата и входящий номер (fsspRegisters.markHanded).',
    ];
    return answer(ctx, lines.join('\n'), { ...register, pdfPath, xlsxPath });
  },
};
