/**
 * @file The XLSX list that goes with a duty request letter: one row per application (the same rows and order as the
 * letter, from the same view), its claim, duty, offset, what was paid already and what to pay, with the purpose
 * line; the total row; a second sheet with the payee details of each court. Sums are written from integer kopecks
 * (value / 100, two decimals), so the list and the letter agree to the kopeck.
 */
import '../import/exceljs-multibyte-fix';
import ExcelJS from 'exceljs';
import { formatRuDate } from '../../../shared/dates/iso-date';
import type { DutyRequestView } from '../../../shared/documents/court-duty/duty-request-view';

export const DUTY_LIST_HEADERS = [
  '№ п/п',
  '№ заявления',
  'Лицевой счёт',
  'Должник',
  'Суд',
  'Вид заявления',
  'Цена иска, руб.',
  'Госпошлина, руб.',
  'Зачтено, руб.',
  'Оплачено ранее, руб.',
  'К оплате, руб.',
  'Назначение платежа',
  'ОКТМО',
  'КБК',
] as const;

const rub = (kopecks: number): number => kopecks / 100;

export async function dutyRequestXlsx(view: DutyRequestView, companyName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'АРМ «Долги ЖКУ»';
  workbook.title = `Запрос ${view.outgoingNumber}`;
  const sheet = workbook.addWorksheet('Заявления');
  sheet.addRow([
    `Запрос госпошлины ${view.outgoingNumber} от ${formatRuDate(view.requestDate)} — ${companyName}`,
  ]).font = { bold: true };
  sheet.addRow([]);
  const header = sheet.addRow([...DUTY_LIST_HEADERS]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  const widths = [7, 11, 14, 34, 40, 16, 15, 14, 13, 14, 14, 70, 11, 22];
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  let claim = 0;
  let duty = 0;
  let offset = 0;
  let paid = 0;
  for (const g of view.groups) {
    for (const r of g.rows) {
      sheet.addRow([
        r.position,
        r.caseId,
        r.accountNumber,
        r.debtorName,
        r.courtName,
        r.kindLabel,
        rub(r.claimKopecks),
        rub(r.dutyKopecks),
        rub(r.dutyOffsetKopecks),
        rub(r.paidKopecks),
        rub(r.toPayKopecks),
        r.purpose,
        g.payee.oktmo,
        g.payee.kbk,
      ]);
      claim += r.claimKopecks;
      duty += r.dutyKopecks;
      offset += r.dutyOffsetKopecks;
      paid += r.paidKopecks;
    }
  }
  const total = sheet.addRow([
    '',
    '',
    '',
    `Итого: ${view.casesCount}`,
    '',
    '',
    rub(claim),
    rub(duty),
    rub(offset),
    rub(paid),
    rub(view.totalKopecks),
  ]);
  total.font = { bold: true };
  for (const col of [7, 8, 9, 10, 11]) sheet.getColumn(col).numFmt = '#,##0.00';
  sheet.getColumn(3).numFmt = '@';
  sheet.getColumn(13).numFmt = '@';
  sheet.getColumn(14).numFmt = '@';
  sheet.views = [{ state: 'frozen', ySplit: 3 }];

  const payees = workbook.addWorksheet('Реквизиты');
  payees.addRow([
    'Суд',
    'Получатель',
    'ИНН',
    'КПП',
    'Банк получателя',
    'БИК',
    'ЕКС (счёт банка)',
    'Казначейский счёт',
    'КБК',
    'ОКТМО',
    'Заявлений',
    'К оплате, руб.',
  ]).font = { bold: true };
  for (const g of view.groups) {
    const p = g.payee;
    payees.addRow([
      p.courtName,
      p.payeeName,
      p.payeeInn,
      p.payeeKpp,
      p.payeeBankName,
      p.payeeBik,
      p.payeeBankAccount,
      p.payeeTreasuryAccount,
      p.kbk,
      p.oktmo,
      g.rows.length,
      rub(g.subtotalKopecks),
    ]);
  }
  [40, 34, 13, 12, 50, 12, 24, 24, 22, 11, 11, 14].forEach((w, i) => (payees.getColumn(i + 1).width = w));
  for (const col of [3, 4, 6, 7, 8, 9, 10]) payees.getColumn(col).numFmt = '@';
  payees.getColumn(12).numFmt = '#,##0.00';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
