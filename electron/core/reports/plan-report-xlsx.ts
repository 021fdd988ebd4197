/**
 * @file The plan-execution report as XLSX: sheet «План» (the measures table as printed, with numbers where there
 * are numbers: target, actual, % done, previous, change), «Долг» (the overdue debt by bracket and by УК at both
 * ends, the sums collected) and «Динамика» (the six periods' debt and collections). Sums are written from integer
 * kopecks (value / 100, two decimals), so the sheet and the PDF agree to the kopeck.
 */
import '../import/exceljs-multibyte-fix';
import ExcelJS from 'exceljs';
import type { PlanReport, PlanReportDebtPart } from '../../../shared/api/contract-report-plan';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { PLAN_REPORT_TITLE } from '../../../shared/documents/plan-report/plan-report-view';

const RUB = '#,##0.00';

export async function planReportXlsx(r: PlanReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'АРМ «Долги ЖКУ»';
  workbook.title = `${PLAN_REPORT_TITLE} за ${r.period.words}`;

  const plan = workbook.addWorksheet('План');
  plan.addRow([`${PLAN_REPORT_TITLE} за ${r.period.words}`]).font = { bold: true };
  plan.addRow([
    `${r.organisation}; по состоянию на ${formatRuDate(r.asOfDate)}; предыдущий период — ${r.previous.words}`,
  ]);
  const head = plan.addRow([
    '№',
    'Мероприятие',
    'Цель на период',
    'Цель (число)',
    'Факт',
    'Факт (число)',
    'Подробности',
    '% выполнения',
    'Предыдущий период (число)',
    'Изменение',
    'Исполнитель',
    'Комментарий руководителя',
  ]);
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: 'top' };
  [5, 32, 22, 10, 20, 10, 40, 11, 12, 10, 40, 50].forEach((w, i) => (plan.getColumn(i + 1).width = w));
  for (const m of r.measures) {
    const row = plan.addRow([
      m.measure,
      m.title,
      m.targetText,
      m.target,
      m.actualText,
      m.actual,
      m.detail ?? '',
      m.percentDone,
      m.previous,
      m.change,
      m.executor,
      m.comment,
    ]);
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  if (r.generalComment.trim() !== '') {
    plan.addRow([]);
    plan.addRow(['', 'Комментарий руководителя к отчёту', r.generalComment]);
  }
  plan.addRow([]);
  r.footnotes.forEach((f, i) => plan.addRow(['', `${i + 1}. ${f}`]));
  plan.views = [{ state: 'frozen', ySplit: 3 }];

  const debt = workbook.addWorksheet('Долг');
  const d = r.debt;
  debt.addRow([
    `Просроченная задолженность на ${formatRuDate(d.asOfDate)} и на ${formatRuDate(d.previousAsOfDate)}`,
  ]).font = { bold: true };
  if (!d.available) debt.addRow(['Сведения о просроченной задолженности на эти даты не рассчитаны.']);
  const cols = ['', 'Л/с', 'Долг, руб.', 'Л/с ранее', 'Долг ранее, руб.', 'Изменение, руб.'];
  const part = (
    p: Pick<
      PlanReportDebtPart,
      'label' | 'accounts' | 'debtKopecks' | 'previousAccounts' | 'previousDebtKopecks' | 'changeKopecks'
    >,
  ) =>
    debt.addRow([
      p.label,
      p.accounts,
      p.debtKopecks / 100,
      p.previousAccounts,
      p.previousDebtKopecks / 100,
      p.changeKopecks / 100,
    ]);
  const section = (title: string, parts: PlanReportDebtPart[]) => {
    debt.addRow([]);
    const h = debt.addRow([title, ...cols.slice(1)]);
    h.font = { bold: true };
    parts.forEach(part);
  };
  part({
    label: 'Всего по округу',
    accounts: d.accounts,
    debtKopecks: d.debtKopecks,
    previousAccounts: d.previousAccounts,
    previousDebtKopecks: d.previousDebtKopecks,
    changeKopecks: d.changeKopecks,
  }).font = { bold: true };
  section('Группа долга', d.byBracket);
  section('Управляющая компания', d.byCompany);
  debt.addRow([]);
  debt.addRow(['Собрано за период, руб.', '', d.collectedKopecks / 100]);
  debt.addRow(['Собрано за предыдущий период, руб.', '', d.previousCollectedKopecks / 100]);
  [40, 10, 18, 10, 18, 18].forEach((w, i) => (debt.getColumn(i + 1).width = w));
  [3, 5, 6].forEach((c) => (debt.getColumn(c).numFmt = RUB));

  const trend = workbook.addWorksheet('Динамика');
  trend.addRow(['Период', 'Дата', 'Просроченный долг, руб.', 'Собрано за период, руб.']).font = { bold: true };
  for (const t of d.trend)
    trend.addRow([t.label, formatRuDate(t.asOfDate), t.debtKopecks / 100, t.collectedKopecks / 100]);
  [18, 12, 22, 22].forEach((w, i) => (trend.getColumn(i + 1).width = w));
  [3, 4].forEach((c) => (trend.getColumn(c).numFmt = RUB));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
