/**
 * @file Billing months in Russian words, for screens, journal lines, summaries and the ЕПД text (shared by the core
 * and the renderer): '2026-09' → «сентябрь 2026».
 */
const MONTHS = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
] as const;

/** '2026-09' → «сентябрь 2026» (reads after «за»: «пени за сентябрь 2026»). */
export function periodWords(period: string): string {
  const month = MONTHS[Number(period.slice(5, 7)) - 1];
  return month ? `${month} ${period.slice(0, 4)}` : period;
}

/** '2026-09' → «09.2026», as billing files and the ЕПД write a month. */
export function periodShort(period: string): string {
  return `${period.slice(5, 7)}.${period.slice(0, 4)}`;
}
