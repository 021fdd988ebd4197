/**
 * @file The two texts of one ЕПД row: the «Пояснение» — short, from the template, fitted into the bill's limit
 * (./epd-fit) — and, on request, the full calculation line by line (every debt month's base, days, dates, fraction,
 * rate and penalty of the month). Money becomes rubles with a comma here — the document edge — and nowhere earlier.
 * Only characters windows-1251 has are written (no «₽», no «×»): billing centres read the file in that encoding.
 */
import type { EpdPenaltyTemplate } from '../../../shared/api/contract-epd';
import type { MonthPenaltyLine } from '../penalty/monthly-penalty-compute';
import { periodShort, periodWords } from '../../../shared/dates/period-words';
import { epdMonthFacts, type EpdMonthFacts } from './epd-month-facts';
import { fitTemplate, type FitResult } from './epd-fit';

/** 123456 → «1 234,56» (no-break space between thousands; no currency sign). */
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

export function ruDate(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

/** 950 → «9,5»; 925 → «9,25»; 1600 → «16». */
export function rateText(bp: number): string {
  const whole = Math.trunc(bp / 100);
  const cents = String(bp % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return `${whole}${cents ? `,${cents}` : ''}`;
}

/** ['a'] → «a»; ['a', 'b'] → «a и b»; ['a', 'b', 'c'] → «a, b и c». */
function andList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} и ${items.at(-1) ?? ''}`;
}

export interface EpdRowFigures {
  period: string;
  calculationDate: string;
  accruedKopecks: number;
  totalKopecks: number;
  lines: readonly MonthPenaltyLine[];
}

/** The placeholder values of a row, with the short form of {расчёт}. */
export function explanationValues(
  f: EpdRowFigures,
  facts: EpdMonthFacts,
): { values: Record<string, string>; shortCalculation: string } {
  const manyRates = new Set(facts.groups.map((g) => g.rateBasisPoints)).size > 1;
  const label = (g: EpdMonthFacts['groups'][number]) =>
    manyRates ? `${g.fraction} ставки ${rateText(g.rateBasisPoints)} %` : g.fraction;
  const calculation = facts.groups
    .map(
      (g) =>
        `${label(g)}: ${g.pieces.map((p) => `${rublesText(p.baseKopecks)} за ${p.days} дн.`).join(' + ')} = ${rublesText(g.penaltyKopecks)}`,
    )
    .join('; ');
  const shortCalculation =
    facts.groups.length > 1 ? facts.groups.map((g) => `${label(g)} — ${rublesText(g.penaltyKopecks)}`).join('; ') : '';
  return {
    values: {
      месяц: periodWords(f.period),
      пени: rublesText(f.accruedKopecks),
      итого: rublesText(f.totalKopecks),
      дата: ruDate(f.calculationDate),
      долг: facts.baseKopecks > 0 ? `${facts.baseVaried ? 'до ' : ''}${rublesText(facts.baseKopecks)}` : '',
      дни: facts.days > 0 ? String(facts.days) : '',
      ставка: andList(facts.rates.map(rateText)),
      доли: andList(facts.fractions),
      мораторий: facts.moratoria.map((m) => `${m.id} (${m.days} дн.)`).join(', '),
      расчёт: calculation,
    },
    shortCalculation,
  };
}

export interface EpdExplanation extends FitResult {
  facts: EpdMonthFacts;
}

/** The «Пояснение» of one row, at most `maxChars` characters, never cut inside a word, always with both sums. */
export function epdExplanation(template: EpdPenaltyTemplate, maxChars: number, f: EpdRowFigures): EpdExplanation {
  const facts = epdMonthFacts(f.lines, f.accruedKopecks);
  const { values, shortCalculation } = explanationValues(f, facts);
  const fit = fitTemplate({
    template: template[facts.case],
    values,
    shortenable: { name: 'расчёт', short: shortCalculation },
    maxChars,
    fallbacks: [
      `Пени за ${periodShort(f.period)}: ${values.пени} руб.; долг по пени на ${values.дата}: ${values.итого} руб.`,
      `Пени ${values.пени} руб., всего ${values.итого} руб.`,
    ],
  });
  return { ...fit, facts };
}

/** The full calculation of the month: one sentence per line of the month, then the totals (no length limit). */
export function epdFullCalculation(f: EpdRowFigures): string {
  const head = `Пени за ${periodWords(f.period)}: ${rublesText(f.accruedKopecks)} руб. (ЖК РФ ст. 155 ч. 14 и 14.1).`;
  const tail = `Задолженность по пени на ${ruDate(f.calculationDate)}: ${rublesText(f.totalKopecks)} руб.`;
  if (f.lines.length === 0) return `${head} Просроченной задолженности в месяце нет. ${tail}`;
  const lines = f.lines.map((l) => {
    const what = `на долг ${rublesText(l.baseKopecks)} руб. за ${periodShort(l.period)}${l.kind === 'capital_repair' ? ' (капремонт)' : ''} — ${l.days} дн. (${ruDate(l.from)}–${ruDate(l.to)})`;
    if (l.moratoriumId !== null) return `${what} без пени: мораторий ${l.moratoriumId}`;
    if (l.fraction === '0') return `${what} без пени (первые 30 дней просрочки)`;
    return `${what} по ${l.fraction} ставки ${rateText(l.rateBasisPoints)} % = ${rublesText(l.penaltyKopecks)} руб.`;
  });
  return `${head} Расчёт: ${lines.join('; ')}. ${tail}`;
}
