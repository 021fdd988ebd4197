/**
 * @file Russian wording of the legal tables' rows for screens and documents. The seed keeps the source files'
 * own columns (English notes) verbatim for traceability; what a clerk or a court reads is built here from the
 * rows' structured fields.
 */
import { periodWords } from '../../dates/period-words';
import type { KeyRateRow, MoratoriumRow, RateRegimeRow } from './legal-tables';

/** Latin letters that look like Cyrillic ones, as a court case number typed on a Latin keyboard carries them. */
const LATIN_LOOKALIKES: Record<string, string> = {
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'о',
  p: 'р',
  x: 'х',
};

/** «A57-15981/2022» → «А57-15981/2022»: a Russian court's case number is written in Cyrillic. */
export function cyrillicCaseNumber(number: string): string {
  return number.replace(/[ABCEHKMOPTXaceopx]/g, (c) => LATIN_LOOKALIKES[c] ?? c);
}

/** «Government Decree 474 of 26.03.2022 (…)» → «постановление Правительства РФ от 26.03.2022 № 474 (…)». */
export function russianSource(source: string): string {
  return source
    .replace(/Government Decree (\d+) of (\d{2}\.\d{2}\.\d{4})/g, 'постановление Правительства РФ от $2 № $1')
    .replace(/\(bankruptcy moratorium\)/g, '(мораторий на банкротство)')
    .replace(/\(applies from (\d{2}\.\d{2}\.\d{4})\)/g, '(применяется с $1)')
    .replace(
      /Supreme Court case ([\w/.-]+)/g,
      (_, n: string) => `определение Верховного Суда РФ по делу № ${cyrillicCaseNumber(n)}`,
    );
}

export function russianRegimeRule(row: RateRegimeRow): string {
  const percent = (bp: number) =>
    `${(bp / 100)
      .toFixed(2)
      .replace(/\.?0+$/, '')
      .replace('.', ',')} %`;
  return row.rule.kind === 'fixed'
    ? `ставка ${percent(row.rule.basisPoints)} вместо ключевой`
    : `наименьшая из ключевой ставки на дату и ${percent(row.rule.capBasisPoints)}`;
}

export function russianMoratoriumScope(row: MoratoriumRow): string {
  if (row.scope.kind === 'all') return 'пени не начисляются ни на какую задолженность за ЖКУ';
  // The months before `period`: up to the one before it, inclusive («по март 2022 включительно»).
  const [y, m] = row.scope.period.split('-').map(Number) as [number, number];
  const last = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  return `пени не начисляются на долги за расчётные месяцы по ${periodWords(last)} включительно`;
}

/** Seed key-rate notes are English remarks of the source table; the clerk sees the plain basis. */
export function russianKeyRateNote(row: KeyRateRow): string {
  if (/[а-яё]/i.test(row.note)) return row.note;
  return row.validFrom < '2016-01-01'
    ? 'ставка рефинансирования Банка России'
    : 'решение Совета директоров Банка России';
}
