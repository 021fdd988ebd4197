/**
 * @file The transfer register as XLSX: the same rows, in the same order, as its PDF (one per application: the writ,
 * the court, the debtor's name, the sum, the sheets and attachments) and the total row. Sums are written from integer
 * kopecks (value / 100, two decimals), so the sheet and the PDF agree to the kopeck.
 */
import '../import/exceljs-multibyte-fix';
import ExcelJS from 'exceljs';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { writTitle } from '../../../shared/documents/fssp/application-view';
import {
  REGISTER_COLUMNS,
  applicationsWord,
  registerTitle,
  type TransferRegisterFacts,
} from '../../../shared/documents/fssp/register-view';

export async function transferRegisterXlsx(f: TransferRegisterFacts): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'АРМ «Долги ЖКУ»';
  workbook.title = registerTitle(f);
  const sheet = workbook.addWorksheet('Реестр');
  sheet.addRow([
    `${registerTitle(f)} — ${f.recipient.name}${f.recipient.bik ? ` (БИК ${f.recipient.bik})` : ''}`,
  ]).font = {
    bold: true,
  };
  sheet.addRow([`Отправитель: ${f.sender}; адрес получателя: ${f.recipient.address}`]);
  const header = sheet.addRow([...REGISTER_COLUMNS]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  [7, 42, 40, 34, 15, 10, 34].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  let total = 0;
  let pages = 0;
  f.rows.forEach((r, i) => {
    sheet.addRow([
      i + 1,
      writTitle(r.writ),
      r.courtName,
      r.debtorName,
      r.totalKopecks / 100,
      r.applicationPages,
      r.attachments,
    ]);
    total += r.totalKopecks;
    pages += r.applicationPages;
  });
  sheet.addRow(['', 'Итого', '', `${f.rows.length} ${applicationsWord(f.rows.length)}`, total / 100, pages, '']).font =
    {
      bold: true,
    };
  sheet.getColumn(5).numFmt = '#,##0.00';
  sheet.addRow([]);
  sheet.addRow([`Реестр составил: ${f.signer.position} ${f.signer.fullName}, ${formatRuDate(f.registerDate)}`]);
  sheet.views = [{ state: 'frozen', ySplit: 3 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
