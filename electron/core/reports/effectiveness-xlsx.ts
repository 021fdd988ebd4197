/**
 * @file The effectiveness report as XLSX (issue 16): sheet «Эффективность» — per kind of action the accounts, per
 * window (7/30/60 days) the share that paid ≥ 10 %, the comparison group's share, the difference in percentage
 * points and the sums paid; sheet «По группам долга» — the same per kind × bracket; sheet «Группа сравнения»; and
 * a sheet of how it was counted. Money from integer kopecks (value / 100, two decimals); shares in percent as
 * numbers. Aggregates only: the workbook holds no account, address or person.
 */
import '../import/exceljs-multibyte-fix';
import ExcelJS from 'exceljs';
import { formatRuDate } from '../../../shared/dates/iso-date';
import type {
  EffectComparedFigures,
  EffectGroupFigures,
  EffectivenessReport,
} from '../../../shared/reports/effectiveness-types';
import { effectMethodNotes, effectTitle } from '../../../shared/reports/effectiveness-text';

const MONEY = '#,##0.00';
const PERCENT = '0.0';

function windowHeaders(days: number[], compared: boolean): string[] {
  return days.flatMap((n) => [
    `${n} дн.: учтено счетов`,
    `${n} дн.: оплатили ≥ 10 %`,
    `${n} дн.: доля, %`,
    ...(compared ? [`${n} дн.: сравнение, %`, `${n} дн.: разница, п.п.`] : []),
    `${n} дн.: оплачено, ₽`,
    `${n} дн.: ещё идёт окно`,
  ]);
}

function windowCells(g: EffectGroupFigures | EffectComparedFigures, compared: boolean): (number | string | null)[] {
  return g.windows.flatMap((w, i) => [
    w.measured,
    w.paid,
    w.sharePercent,
    ...(compared && 'diffPp' in g ? [g.comparisonSharePercent[i] ?? null, g.diffPp[i] ?? null] : []),
    w.paidKopecks / 100,
    w.pending,
  ]);
}

function formatColumns(sheet: ExcelJS.Worksheet, lead: number, days: number[], compared: boolean): void {
  const per = compared ? 7 : 5;
  days.forEach((_, i) => {
    const start = lead + 1 + i * per;
    sheet.getColumn(start + 2).numFmt = PERCENT;
    if (compared) {
      sheet.getColumn(start + 3).numFmt = PERCENT;
      sheet.getColumn(start + 4).numFmt = PERCENT;
    }
    sheet.getColumn(start + per - 2).numFmt = MONEY;
  });
  for (let c = lead + 1; c <= lead + per * days.length; c++) sheet.getColumn(c).width = 13;
}

function header(sheet: ExcelJS.Worksheet, cells: string[]): void {
  const row = sheet.addRow(cells);
  row.font = { bold: true };
  row.alignment = { wrapText: true, vertical: 'top' };
}

export async function effectivenessXlsx(r: EffectivenessReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'АРМ «Долги ЖКУ»';
  workbook.title = effectTitle(r);

  const main = workbook.addWorksheet('Эффективность');
  main.addRow([effectTitle(r)]).font = { bold: true };
  main.addRow([
    `Составлен ${formatRuDate(r.today)}. Оплатил — не меньше ${r.paidSharePercent} % долга на день действия.`,
  ]);
  header(main, ['Действие', 'Мероприятие', 'Счетов', 'Долг на день действия, ₽', ...windowHeaders(r.windows, true)]);
  for (const k of r.kinds) main.addRow([k.label, k.measure, k.accounts, k.baseKopecks / 100, ...windowCells(k, true)]);
  main.getColumn(1).width = 36;
  main.getColumn(2).width = 12;
  main.getColumn(3).width = 10;
  main.getColumn(4).width = 18;
  main.getColumn(4).numFmt = MONEY;
  formatColumns(main, 4, r.windows, true);
  main.views = [{ state: 'frozen', ySplit: 3, xSplit: 1 }];

  const byBracket = workbook.addWorksheet('По группам долга');
  header(byBracket, [
    'Действие',
    'Группа долга',
    'Счетов',
    'Долг на день действия, ₽',
    ...windowHeaders(r.windows, true),
  ]);
  for (const k of r.kinds)
    for (const b of k.byBracket)
      byBracket.addRow([k.label, b.bracketLabel, b.accounts, b.baseKopecks / 100, ...windowCells(b, true)]);
  byBracket.getColumn(1).width = 36;
  byBracket.getColumn(2).width = 24;
  byBracket.getColumn(4).numFmt = MONEY;
  byBracket.getColumn(4).width = 18;
  formatColumns(byBracket, 4, r.windows, true);
  byBracket.views = [{ state: 'frozen', ySplit: 1, xSplit: 2 }];

  const cmp = workbook.addWorksheet('Группа сравнения');
  cmp.addRow([
    `Счета с просроченным долгом на ${formatRuDate(r.comparison.startDate)} без действий с ${formatRuDate(r.comparison.quietFrom)} по ${formatRuDate(r.to)}; окна считаются от ${formatRuDate(r.comparison.startDate)}.`,
  ]);
  header(cmp, ['Группа долга', 'Счетов', 'Долг, ₽', ...windowHeaders(r.windows, false)]);
  cmp.addRow([
    'Все группы',
    r.comparison.accounts,
    r.comparison.baseKopecks / 100,
    ...windowCells(r.comparison, false),
  ]).font = { bold: true };
  for (const b of r.comparison.byBracket)
    cmp.addRow([b.bracketLabel, b.accounts, b.baseKopecks / 100, ...windowCells(b, false)]);
  cmp.getColumn(1).width = 24;
  cmp.getColumn(3).numFmt = MONEY;
  cmp.getColumn(3).width = 18;
  formatColumns(cmp, 3, r.windows, false);

  const notes = workbook.addWorksheet('Как считали');
  notes.getColumn(1).width = 120;
  for (const line of effectMethodNotes(r)) notes.addRow([line]).alignment = { wrapText: true, vertical: 'top' };

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
