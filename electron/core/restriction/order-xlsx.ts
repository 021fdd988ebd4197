/**
 * @file The XLSX address list that goes with an order to a restriction contractor: the same rows and order as the
 * PDF (both from order-view.ts's input), the debt as a number of rubles written from integer kopecks, dates as the
 * clerk reads them, and empty columns the contractor fills in (done on, act number, note) — contractors plan
 * their rounds in a spreadsheet.
 */
import '../import/exceljs-multibyte-fix';
import ExcelJS from 'exceljs';
import { formatRuDate } from '../../../shared/dates/iso-date';
import {
  RESTRICTION_FIRST,
  SUSPENSION_AT_ONCE,
  type OrderInput,
} from '../../../shared/documents/restriction-order/order-view';

export const ORDER_LIST_HEADERS = [
  '№ п/п',
  'Адрес',
  'Кв.',
  'Лицевой счёт',
  'Услуга',
  'Долг, руб.',
  'Предупреждение доставлено',
  'Срок истёк',
  'Порядок',
  'Выполнено (дата)',
  '№ акта',
  'Примечание исполнителя',
] as const;

export async function orderXlsx(input: OrderInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'АРМ «Долги ЖКУ»';
  workbook.title = `Заявка ${input.number}`;
  const sheet = workbook.addWorksheet('Адреса');
  sheet.addRow([
    `Заявка № ${input.number} от ${formatRuDate(input.orderDate)} — ${input.contractor.name}; от ${input.organisationName}`,
  ]).font = { bold: true };
  sheet.addRow([]);
  const header = sheet.addRow([...ORDER_LIST_HEADERS]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  [7, 44, 8, 14, 24, 13, 14, 12, 36, 14, 10, 30].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  let total = 0;
  input.lines.forEach((l, i) => {
    sheet.addRow([
      i + 1,
      l.address,
      l.apartment,
      l.accountNumber,
      l.service,
      l.debtKopecks / 100,
      formatRuDate(l.deliveredDate),
      formatRuDate(l.timerEndsDate),
      l.restrictionPossible ? RESTRICTION_FIRST : SUSPENSION_AT_ONCE,
      '',
      '',
      '',
    ]);
    total += l.debtKopecks;
  });
  sheet.addRow(['', `Итого адресов: ${input.lines.length}`, '', '', '', total / 100]).font = { bold: true };
  sheet.getColumn(3).numFmt = '@';
  sheet.getColumn(4).numFmt = '@';
  sheet.getColumn(6).numFmt = '#,##0.00';
  sheet.views = [{ state: 'frozen', ySplit: 3 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
