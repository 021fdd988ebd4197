/**
 * @file The «Пояснение» of one ЕПД row: the month's penalty lines (stored by the monthly run) through the
 * template. Money becomes rubles with a comma here — the document edge — and nowhere earlier.
 */
import type { EpdPenaltyTemplate } from '../../../shared/api/contract-epd';
import type { MonthPenaltyLine } from '../penalty/monthly-penalty-compute';
import { fillTemplate } from './epd-template';
import { periodShort, periodWords } from '../../../shared/dates/period-words';

/** 123456 → «1 234,56» (no currency sign: the column header says «руб.»). */
export function rublesText(kopecks: number): string {
  const sign = kopecks < 0 ? '-' : '';
  const abs = Math.abs(kopecks);
  const rub = String(Math.trunc(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return `${sign}${rub},${String(abs % 100).padStart(2, '0')}`;
}

/** 123456 → «1234,56»: for CSV cells that spreadsheets must read as numbers (no thousands separator). */
export function rublesCsv(kopecks: number): string {
  const sign = kopecks < 0 ? '-' : '';
  const abs = Math.abs(kopecks);
  return `${sign}${Math.trunc(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

function ruDate(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

function rateText(bp: number): string {
  const whole = Math.trunc(bp / 100);
  const cents = String(bp % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return `${whole}${cents ? `,${cents}` : ''}`;
}

export function epdExplanation(
  template: EpdPenaltyTemplate,
  period: string,
  calculationDate: string,
  accruedKopecks: number,
  totalKopecks: number,
  lines: readonly MonthPenaltyLine[],
): string {
  const common = { месяц: periodWords(period), итого: rublesText(totalKopecks), дата: ruDate(calculationDate) };
  if (lines.length === 0) return fillTemplate(template.none, common);
  const parts = lines.map((l) => {
    const values = {
      база: rublesText(l.baseKopecks),
      месяц_долга: periodShort(l.period) + (l.kind === 'capital_repair' ? ' (капремонт)' : ''),
      дни: String(l.days),
      с: ruDate(l.from),
      по: ruDate(l.to),
      ставка: rateText(l.rateBasisPoints),
      доля: l.fraction,
      мораторий: l.moratoriumId ?? '',
      пени_строки: rublesText(l.penaltyKopecks),
    };
    if (l.moratoriumId !== null) return fillTemplate(template.moratorium, values);
    if (l.fraction === '0') return fillTemplate(template.grace, values);
    return fillTemplate(template.line, values);
  });
  return fillTemplate(template.total, { ...common, пени: rublesText(accruedKopecks), строки: parts.join('; ') });
}
