/**
 * @file The press summary as XLSX: the same tables as its PDF — key figures, debt by УК (small ones merged the same
 * way, by the same pure functions), by size of debt, the six month ends, the measures, the text to quote, the
 * footnotes and the source. Sums are numbers in rubles from integer kopecks (two decimals), so the sheet and the PDF
 * agree; no personal data can reach it (the view and the groups carry none).
 */
import '../import/exceljs-multibyte-fix';
import ExcelJS from 'exceljs';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { groupBrackets, groupCompanies } from '../../../shared/media/press-groups';
import type { PressSummaryFacts, PressSummaryView } from '../../../shared/documents/press/press-summary-view';

const RUB = '#,##0.00';
const rub = (kopecks: number): number => kopecks / 100;

export async function pressSummaryXlsx(facts: PressSummaryFacts, view: PressSummaryView): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'АРМ «Долги ЖКУ»';
  workbook.title = view.title;

  const summary = workbook.addWorksheet('Сводка');
  summary.getColumn(1).width = 40;
  summary.getColumn(2).width = 60;
  summary.addRow([view.title]).font = { bold: true, size: 13 };
  summary.addRow([view.period]);
  summary.addRow([]);
  for (const f of view.keyFigures) summary.addRow([f.label, `${f.value} (${f.note})`]);
  summary.addRow([]);
  summary.addRow(['Текст для публикации']).font = { bold: true };
  for (const p of view.pressText) summary.addRow([p]);
  summary.addRow([]);
  for (const n of view.footnotes) summary.addRow([n]);
  summary.addRow([view.source]);
  summary.addRow([view.privacyNote]);

  const groups = groupCompanies(facts.companies);
  const byUk = workbook.addWorksheet('По УК');
  const head = byUk.addRow([
    ...view.companyColumns.slice(0, 3),
    'Изменение, руб.',
    'Должников на начало',
    'Должников на конец',
    view.companyColumns[5],
  ]);
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: 'top' };
  [44, 18, 18, 18, 14, 14, 20].forEach((w, i) => (byUk.getColumn(i + 1).width = w));
  groups.forEach((g, i) =>
    byUk.addRow([
      view.companies[i]?.label ?? g.label,
      rub(g.start.debtKopecks),
      rub(g.end.debtKopecks),
      rub(g.end.debtKopecks - g.start.debtKopecks),
      g.start.accounts,
      g.end.accounts,
      rub(g.collectedKopecks),
    ]),
  );
  const total = groups.reduce(
    (a, g) => ({
      s: a.s + g.start.debtKopecks,
      e: a.e + g.end.debtKopecks,
      sa: a.sa + g.start.accounts,
      ea: a.ea + g.end.accounts,
      c: a.c + g.collectedKopecks,
    }),
    { s: 0, e: 0, sa: 0, ea: 0, c: 0 },
  );
  byUk.addRow([
    view.companiesTotal.label,
    rub(total.s),
    rub(total.e),
    rub(total.e - total.s),
    total.sa,
    total.ea,
    rub(total.c),
  ]).font = {
    bold: true,
  };
  [2, 3, 4, 7].forEach((col) => (byUk.getColumn(col).numFmt = RUB));
  byUk.views = [{ state: 'frozen', ySplit: 1 }];

  const byBracket = workbook.addWorksheet('По размеру долга');
  byBracket.addRow(view.bracketColumns.slice(0, 3)).font = { bold: true };
  [50, 14, 20].forEach((w, i) => (byBracket.getColumn(i + 1).width = w));
  for (const b of groupBrackets(facts.brackets)) byBracket.addRow([b.label, b.accounts, rub(b.debtKopecks)]);
  byBracket.getColumn(3).numFmt = RUB;

  const byMonth = workbook.addWorksheet('По месяцам');
  byMonth.addRow(['На дату', 'Долг, руб.', 'Должников']).font = { bold: true };
  [14, 20, 14].forEach((w, i) => (byMonth.getColumn(i + 1).width = w));
  for (const m of facts.months) byMonth.addRow([formatRuDate(m.date), rub(m.debtKopecks), m.accounts]);
  byMonth.getColumn(2).numFmt = RUB;

  const measures = workbook.addWorksheet('Мероприятия');
  measures.addRow(['№', 'Мероприятие', 'Сделано за период', 'Подробнее']).font = { bold: true };
  [6, 40, 24, 50].forEach((w, i) => (measures.getColumn(i + 1).width = w));
  for (const m of facts.measures) measures.addRow([m.number, m.title, m.text, m.detail ?? '']);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
